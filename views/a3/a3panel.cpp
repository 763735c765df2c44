#include "a3panel.h"

#include "a3/a3store.h"
#include "a3/pdca.h"
#include "document/artefactkind.h"
#include "document/document.h"
#include "editor/fieldline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

namespace {
using F = A3Report::Field;
} // namespace

A3Panel::A3Panel(Document *document, EntityId report, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(A3Store::of(*document))
    , m_report(report)
    , m_map(new QComboBox)
    , m_analysis(new QComboBox)
    , m_stage(new QLabel)
{
    // Tall for a dock at 1366x768: it scrolls rather than squeezing its lines.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the lines narrow instead
    auto *content = new QWidget;
    // As wide as the dock, never wider: the lines narrow rather than being cut off.
    content->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(content);
    const auto &fields = A3Report::fields();
    const auto group = [&](const QString &title, const QList<F> &which) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        for (F f : which)
            m_lines << new FieldLine(
                document, &m_store->reportList(), fields.find(int(f))->def, "A3Report",
                [report] { return report; }, form);
        layout->addWidget(box);
        return form;
    };
    group(tr("A3"), {F::Name, F::Theme, F::Owner, F::Coach, F::Date});
    group(tr("Goal"), {F::Figure, F::Baseline, F::Target, F::TargetBy, F::Result});
    auto *shows = new QGroupBox(tr("Shown on the sheet"), content);
    auto *showsForm = new QFormLayout(shows);
    showsForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (QComboBox *box : {m_map, m_analysis}) {
        // Long artefact names would widen the dock: the choice is elided, its list is not.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_map->setObjectName(QStringLiteral("a3-map"));
    m_analysis->setObjectName(QStringLiteral("a3-analysis"));
    showsForm->addRow(tr("Current condition shows"), m_map);
    showsForm->addRow(tr("Root-cause analysis shows"), m_analysis);
    layout->addWidget(shows);
    auto *pdca = new QGroupBox(tr("PDCA"), content);
    auto *pdcaLayout = new QVBoxLayout(pdca);
    m_stage->setObjectName(QStringLiteral("a3-stage"));
    m_stage->setWordWrap(true);
    pdcaLayout->addWidget(m_stage);
    layout->addWidget(pdca);
    layout->addStretch();
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_map, &QComboBox::activated, this, [this] { choose(m_map, int(F::Map)); });
    connect(m_analysis, &QComboBox::activated, this, [this] { choose(m_analysis, int(F::Whys)); });
    connect(&m_store->reportList(), &EntityListBase::modified, this, &A3Panel::refresh);
    connect(&m_store->stepList(), &EntityListBase::modified, this, &A3Panel::refresh);
    for (const ArtefactStore *store : document->stores()) {
        connect(store, &ArtefactStore::artefactInserted, this, &A3Panel::fillChoices);
        connect(store, &ArtefactStore::artefactRemoved, this, &A3Panel::fillChoices);
    }
    fillChoices();
    refresh();
}

void A3Panel::focusFirstField()
{
    m_lines.first()->edit()->setFocus(Qt::OtherFocusReason);
    m_lines.first()->edit()->selectAll();
}

void A3Panel::fillChoices()
{
    // Whatever the workshop can draw: maps for the current condition, 5 Whys or fishbones
    // for the analysis, named as the A3's file names them.
    for (QComboBox *box : {m_map, m_analysis}) {
        box->clear();
        box->addItem(tr("(none)"), QString());
    }
    for (const ArtefactStore *store : m_document->stores()) {
        if (store == m_store)
            continue;
        for (EntityId id : store->artefacts()) {
            if (!store->kind().snapshot(*m_document, id))
                continue; // a kind, or an empty map, that draws nothing
            const QString name = store->artefactName(id);
            const QString label = QStringLiteral("%1 (%2)").arg(name, store->kind().name());
            m_map->addItem(label, name);
            m_analysis->addItem(label, name);
        }
    }
    refresh();
}

void A3Panel::choose(QComboBox *box, int field)
{
    if (QUndoCommand *command
        = m_store->setField(m_report, F(field), box->currentData().toString()))
        m_document->undoStack()->push(command);
}

void A3Panel::refresh()
{
    const A3Report *r = m_store->report(m_report);
    if (!r)
        return;
    for (FieldLine *line : std::as_const(m_lines))
        line->refresh();
    for (const auto &[box, field] : {std::pair {m_map, F::Map}, std::pair {m_analysis, F::Whys}}) {
        const QString name = m_store->shownName(m_report, field);
        int index = box->findData(name);
        if (index < 0 && !name.isEmpty()) { // named in a file, not in this workshop: said so
            box->addItem(tr("%1 (not in this workshop)").arg(name), name);
            index = box->count() - 1;
        }
        box->setCurrentIndex(qMax(0, index));
    }
    QStringList lines {tr("Stage: %1").arg(Pdca::stageName(r->stage))};
    for (const PdcaStep &step : m_store->historyOf(m_report)) {
        QString line = QStringLiteral("%1 · %2").arg(
            QLocale().toString(step.on, QLocale::ShortFormat), Pdca::stageName(step.stage));
        if (!step.note.isEmpty())
            line += QStringLiteral(": ") + step.note;
        lines << line;
    }
    if (r->stage != A3Report::Stage::Done)
        lines << tr("Next: Problem ▸ Next PDCA Stage (Ctrl+Shift+N).");
    m_stage->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Takt
