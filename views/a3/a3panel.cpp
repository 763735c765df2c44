#include "a3panel.h"

#include "a3/a3store.h"
#include "a3/pdca.h"
#include "document/artefactkind.h"
#include "document/document.h"
#include "editor/fieldline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    // The Properties dock scrolls it when it is taller than the window.
    QWidget *content = this;
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
        box->setMinimumContentsLength(6);
    }
    m_map->setObjectName(QStringLiteral("a3-map"));
    m_analysis->setObjectName(QStringLiteral("a3-analysis"));
    showsForm->addRow(tr("Map"), m_map);
    showsForm->addRow(tr("Analysis"), m_analysis);
    layout->addWidget(shows);
    auto *pdca = new QGroupBox(tr("PDCA"), content);
    auto *pdcaLayout = new QVBoxLayout(pdca);
    m_stage->setObjectName(QStringLiteral("a3-stage"));
    m_stage->setWordWrap(true);
    pdcaLayout->addWidget(m_stage);
    layout->addWidget(pdca);
    layout->addStretch();

    connect(m_map, &QComboBox::activated, this, [this] { choose(m_map, int(F::Map)); });
    connect(m_analysis, &QComboBox::activated, this, [this] { choose(m_analysis, int(F::Whys)); });
    connect(&m_store->reportList(), &EntityListBase::modified, this, &A3Panel::refresh);
    connect(&m_store->stepList(), &EntityListBase::modified, this, &A3Panel::refresh);
    for (const ArtefactStore *store : document->stores()) {
        connect(store, &ArtefactStore::artefactInserted, this, &A3Panel::fillChoices);
        connect(store, &ArtefactStore::artefactRemoved, this, &A3Panel::fillChoices);
        // A rename is a new label; the navigator hears of it the same way.
        connect(store, &ArtefactStore::outlineChanged, this, [this, store](EntityId id) {
            if (store != m_store && store->artefacts().contains(id))
                fillChoices();
        });
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
    // for the analysis; by id, so that a rename is only a new label.
    for (QComboBox *box : {m_map, m_analysis}) {
        box->clear();
        box->addItem(tr("(none)"), EntityId(0));
    }
    for (const ArtefactStore *store : m_document->stores()) {
        if (store == m_store || !store->kind().hasSnapshots())
            continue;
        for (EntityId id : store->artefacts()) {
            const QString label = tr("%1 (%2)").arg(store->artefactName(id), store->kind().name());
            m_map->addItem(label, id);
            m_analysis->addItem(label, id);
        }
    }
    refresh();
}

void A3Panel::choose(QComboBox *box, int field)
{
    const QVariant data = box->currentData();
    if (!data.canConvert<EntityId>() || data.toLongLong() < 0)
        return; // the name a file gave, not in this workshop: kept until another is chosen
    const EntityId id = data.toLongLong();
    const ArtefactStore *store = id ? m_document->storeOf(id) : nullptr;
    if (QUndoCommand *command
        = m_store->setField(m_report, F(field), store ? store->artefactName(id) : QString()))
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
        const EntityId shown
            = field == F::Map ? m_store->mapOf(m_report) : m_store->analysisOf(m_report);
        int index = box->findData(shown);
        const QString name = m_store->shownName(m_report, field);
        if (!shown && !name.isEmpty()) { // named in a file, not in this workshop: said so
            index = box->findData(EntityId(-1));
            if (index < 0) {
                box->addItem(tr("%1 (not in this workshop)").arg(name), EntityId(-1));
                index = box->count() - 1;
            }
        }
        box->setCurrentIndex(qMax(0, index));
    }
    QStringList lines {tr("Stage: %1").arg(Pdca::stageName(r->stage))};
    for (const PdcaStep &step : m_store->historyOf(m_report)) {
        const QString on = QLocale().toString(step.on, QLocale::ShortFormat);
        lines << (step.note.isEmpty()
                      ? tr("%1 · %2").arg(on, Pdca::stageName(step.stage))
                      : tr("%1 · %2: %3").arg(on, Pdca::stageName(step.stage), step.note));
    }
    if (r->stage != A3Report::Stage::Done)
        lines << tr("Next: Problem ▸ Next PDCA Stage (%1).")
                     .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)
                              .toString(QKeySequence::NativeText));
    m_stage->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Takt
