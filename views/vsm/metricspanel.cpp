#include "metricspanel.h"

#include "document/document.h"
#include "mapscene.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapstore.h"
#include "vsm/metricstable.h"
#include "vsm/paintstyle.h"
#include "vsm/valuestreammap.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Takt {

MetricsPanel::MetricsPanel(MapScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_title(new QLabel(this))
    , m_notes(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true); // "Figures, against <a long map name>" must not widen the panel
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notes);
    layout->addStretch();
    connect(scene, &MapScene::metricsChanged, this, &MetricsPanel::refresh);
    // A future state reads against its current state: follow that one's edits too.
    connect(scene->maps(), &MapStore::mapPropertiesChanged, this, &MetricsPanel::refresh);
    refresh();
}

void MetricsPanel::refresh()
{
    const ValueStreamMap *map = m_scene->map();
    const ValueStreamMap *base
        = map->derivedFrom() ? m_scene->maps()->map(map->derivedFrom()) : nullptr;
    MapMetrics baseMetrics;
    if (base)
        baseMetrics = MapMetrics::compute(*base);
    const auto rows = MetricsTable::rows(m_scene->metrics(), base ? &baseMetrics : nullptr);

    delete m_table;
    m_table = new QWidget(this);
    auto *grid = new QGridLayout(m_table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    m_title->setText(base ? tr("Figures, against %1").arg(base->name()) : tr("Figures"));
    int r = 0;
    const auto keepTogether = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    };
    for (const MetricsTable::Row &row : rows) {
        auto *label = new QLabel(row.label, m_table);
        label->setWordWrap(true);
        auto *value = new QLabel(QStringLiteral("<b>%1</b>").arg(keepTogether(row.value)), m_table);
        value->setTextFormat(Qt::RichText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, r, 0, Qt::AlignTop);
        grid->addWidget(value, r, 1, Qt::AlignTop);
        ++r;
        // Against a base map: "was 14.7 d, −74 %" on its own line under the figure, so that
        // the panel stays narrow.
        if (base && row.baseline != row.value) {
            QString was = tr("was %1").arg(keepTogether(row.baseline));
            if (!row.change.isEmpty()) {
                const QColor colour = row.trend > 0 ? Paint::Better
                    : row.trend < 0                 ? Paint::Accent
                                                    : Paint::Muted;
                was += QStringLiteral(", <span style='color:%1'>%2</span>")
                           .arg(colour.name(), keepTogether(row.change));
            }
            auto *comparison = new QLabel(QStringLiteral("<span style='color:%1'>%2</span>")
                                              .arg(QColor(Paint::Muted).name(), was),
                                          m_table);
            comparison->setTextFormat(Qt::RichText);
            comparison->setWordWrap(true);
            comparison->setContentsMargins(12, 0, 0, 4);
            grid->addWidget(comparison, r, 0, 1, 2);
            ++r;
        }
    }
    grid->setColumnStretch(1, 1);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_table);

    QStringList notes;
    const MapMetrics &m = m_scene->metrics();
    for (const QString &note : m.notes)
        notes << QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    for (const QString &warning : m.warnings)
        notes << QStringLiteral("<p style='color:%1'>⚠ %2</p>")
                     .arg(QColor(Paint::Accent).name(), warning.toHtmlEscaped());
    m_notes->setText(notes.join(QString()));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace Takt
