#include "metricspanel.h"

#include "document/document.h"
#include "mapscene.h"
#include "vsm/mapmetrics.h"
#include "vsm/metricstable.h"
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
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_notes);
    layout->addStretch();
    connect(scene, &MapScene::metricsChanged, this, &MetricsPanel::refresh);
    // A future state reads against its current state: follow that one's edits too.
    connect(scene->document(), &Document::mapPropertiesChanged, this, &MetricsPanel::refresh);
    refresh();
}

void MetricsPanel::refresh()
{
    const ValueStreamMap *map = m_scene->map();
    const ValueStreamMap *base = map->derivedFrom() ? m_scene->document()->map(map->derivedFrom())
                                                    : nullptr;
    MapMetrics baseMetrics;
    if (base)
        baseMetrics = MapMetrics::compute(*base);
    const auto rows = MetricsTable::rows(m_scene->metrics(), base ? &baseMetrics : nullptr);

    delete m_table;
    m_table = new QWidget(this);
    auto *grid = new QGridLayout(m_table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    m_title->setText(tr("Figures"));
    int r = 0;
    if (base) {
        auto *now = new QLabel(tr("This map"), m_table);
        auto *before = new QLabel(base->name(), m_table);
        before->setWordWrap(true);
        grid->addWidget(now, r, 1);
        grid->addWidget(before, r, 2);
        grid->addWidget(new QLabel(tr("Change"), m_table), r, 3);
        ++r;
    }
    for (const MetricsTable::Row &row : rows) {
        auto *label = new QLabel(row.label, m_table);
        label->setWordWrap(true);
        auto *value = new QLabel(row.value, m_table);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        grid->addWidget(label, r, 0, Qt::AlignTop);
        grid->addWidget(value, r, 1, Qt::AlignTop);
        if (base) {
            auto *baseline = new QLabel(row.baseline, m_table);
            baseline->setWordWrap(true);
            grid->addWidget(baseline, r, 2, Qt::AlignTop);
            auto *change = new QLabel(row.change, m_table);
            if (row.trend != 0)
                change->setStyleSheet(row.trend > 0 ? QStringLiteral("color: #2e7d32;")
                                                    : QStringLiteral("color: #c62828;"));
            grid->addWidget(change, r, 3, Qt::AlignTop);
        }
        ++r;
    }
    grid->setColumnStretch(1, 1);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_table);

    QStringList notes;
    const MapMetrics &m = m_scene->metrics();
    for (const QString &note : m.notes)
        notes << QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    for (const QString &warning : m.warnings)
        notes << QStringLiteral("<p style='color:#c62828'>⚠ %1</p>").arg(warning.toHtmlEscaped());
    m_notes->setText(notes.join(QString()));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace Takt
