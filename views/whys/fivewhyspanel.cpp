#include "fivewhyspanel.h"

#include "common/duration.h"
#include "core/fieldtext.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/followup.h"
#include "document/measuredfigure.h"
#include "document/recordtablemodel.h"
#include "editor/fieldline.h"
#include "whys/fivewhysstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

namespace {
/** The countermeasures of one cause, out of all of them. */
class CauseFilter : public QSortFilterProxyModel
{
public:
    CauseFilter(const FiveWhysStore *store, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_store(store)
    { }
    void setCause(EntityId cause)
    {
        m_cause = cause;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *model = static_cast<const RecordTableModel *>(sourceModel());
        const Countermeasure *m = m_store->countermeasure(model->idAt(row));
        return m && m_cause && m->cause == m_cause;
    }

private:
    const FiveWhysStore *m_store;
    EntityId m_cause = 0;
};

FieldDef defOf(const FieldTable<FiveWhysAnalysis> &t, FiveWhysAnalysis::Field f)
{
    return t.find(int(f))->def;
}
} // namespace

FiveWhysPanel::FiveWhysPanel(Document *document, EntityId analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(FiveWhysStore::of(*document))
    , m_analysis(analysis)
{
    auto *layout = new QVBoxLayout(this);
    auto *problem = new QGroupBox(tr("Problem"), this);
    auto *problemForm = new QFormLayout(problem);
    problemForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    using A = FiveWhysAnalysis::Field;
    const auto &at = FiveWhysAnalysis::fields();
    const IdOf analysisId = [analysis] { return analysis; };
    for (A f : {A::Name, A::Problem, A::Date, A::Team, A::Scope})
        addLine(problemForm, &m_store->analysisList(), defOf(at, f), analysisId);
    m_explains = new QLabel(problem);
    m_explains->setObjectName(QStringLiteral("explains"));
    m_explains->setWordWrap(true);
    problemForm->addRow(m_explains);
    layout->addWidget(problem);

    auto *cause = new QGroupBox(tr("Selected cause"), this);
    m_causeBox = cause;
    auto *causeForm = new QFormLayout(cause);
    causeForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    using C = WhyCause::Field;
    const IdOf causeId = [this] { return m_cause; };
    for (C f : {C::Text, C::Evidence, C::StatusBy})
        addLine(causeForm, &m_store->causeList(), WhyCause::fields().find(int(f))->def, causeId);
    addEvidenceFigure(causeForm);
    m_statusOn = new QLabel(cause);
    m_statusOn->setObjectName(QStringLiteral("status_on"));
    m_statusOn->setWordWrap(true);
    causeForm->addRow(m_statusOn);
    layout->addWidget(cause);
    addCountermeasures();
    layout->addStretch();

    for (const EntityListBase *list :
         {static_cast<EntityListBase *>(&m_store->analysisList()),
          static_cast<EntityListBase *>(&m_store->causeList()),
          static_cast<EntityListBase *>(&m_store->countermeasureList()),
          static_cast<EntityListBase *>(&document->links())})
        connect(list, &EntityListBase::modified, this, &FiveWhysPanel::refresh);
    // The maps' figures are worked out for the choice when the cause or its link changes,
    // not at every edit of the analysis.
    connect(&document->links(), &EntityListBase::modified, this,
            &FiveWhysPanel::fillEvidenceFigures);
    setCause(0);
}

void FiveWhysPanel::addLine(QFormLayout *form,
                            EntityListBase *list,
                            const FieldDef &def,
                            const IdOf &id)
{
    auto *line = new FieldLine(m_document, list, def,
                               list == &m_store->analysisList() ? "FiveWhysAnalysis" : "WhyCause",
                               id, form);
    m_refreshers << [line] { line->refresh(); };
}

void FiveWhysPanel::addEvidenceFigure(QFormLayout *form)
{
    m_evidenceFigure = new QComboBox(form->parentWidget());
    m_evidenceFigure->setObjectName(QStringLiteral("evidence_figure"));
    // Long figure names would widen the dock: the choice is elided, its list is not.
    m_evidenceFigure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_evidenceFigure->setMinimumContentsLength(6);
    form->addRow(tr("Evidence figure"), m_evidenceFigure);
    connect(m_evidenceFigure, &QComboBox::activated, this, [this](int index) {
        const QStringList figure = m_evidenceFigure->itemData(index).toStringList();
        const EntityId target = figure.value(0).toLongLong();
        if (QUndoCommand *command = m_store->linkEvidence(m_cause, target, figure.value(1)))
            m_document->undoStack()->push(command);
    });
}

void FiveWhysPanel::fillEvidenceFigures()
{
    // The figures the workshop's maps offer (a step's cycle time, a map's lead time), with
    // what they say now: what the room points at as its evidence.
    const auto current = m_store->evidenceFigure(m_cause);
    m_evidenceFigure->clear();
    m_evidenceFigure->addItem(tr("(none)"), QStringList());
    for (const MeasurableFigure &f : MeasuredFigures::offered(*m_document)) {
        QString label = f.label;
        if (f.value)
            label += QStringLiteral(" = %1").arg(f.isTime ? Duration::format(*f.value)
                                                          : QLocale().toString(*f.value));
        m_evidenceFigure->addItem(label, QStringList {QString::number(f.target), f.key});
        if (current && current->target == f.target && current->key == f.key)
            m_evidenceFigure->setCurrentIndex(m_evidenceFigure->count() - 1);
    }
}

void FiveWhysPanel::addCountermeasures()
{
    auto *box = new QGroupBox(tr("Countermeasures"), this);
    auto *layout = new QVBoxLayout(box);
    using F = Countermeasure::Field;
    const auto &table = Countermeasure::fields();
    QList<FieldDef> columns;
    for (F f : {F::Text, F::Owner, F::Due, F::Figure, F::Expected})
        columns << table.find(int(f))->def;
    m_measureModel = new RecordTableModel(m_document, &m_store->countermeasureList(),
                                          "Countermeasure", columns, this);
    auto *filter = new CauseFilter(m_store, this);
    filter->setSourceModel(m_measureModel);
    m_measureFilter = filter;
    m_measures = new QTableView(box);
    m_measures->setObjectName(QStringLiteral("countermeasures"));
    m_measures->setAccessibleName(tr("Countermeasures"));
    m_measures->setModel(filter);
    m_measures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_measures->horizontalHeader()->setStretchLastSection(true);
    m_measures->verticalHeader()->hide();
    m_measures->setMinimumHeight(120);
    layout->addWidget(m_measures);
    auto *buttons = new QHBoxLayout;
    // Tool buttons: as wide as their words, where push buttons keep a wider minimum.
    auto *add = new QToolButton(box);
    add->setText(tr("&Add"));
    add->setObjectName(QStringLiteral("add-countermeasure"));
    add->setToolTip(tr("A countermeasure to the selected cause: tested, not assumed to work"));
    m_remove = new QToolButton(box);
    m_remove->setText(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("remove-countermeasure"));
    m_toAction = new QToolButton(box);
    m_toAction->setText(tr("Make &Action"));
    m_toAction->setObjectName(QStringLiteral("countermeasure-to-action"));
    m_toAction->setToolTip(tr("Track the countermeasure in the action register, linked to it"));
    connect(add, &QToolButton::clicked, this, &FiveWhysPanel::addCountermeasure);
    connect(m_remove, &QToolButton::clicked, this, &FiveWhysPanel::removeCountermeasure);
    connect(m_toAction, &QToolButton::clicked, this, &FiveWhysPanel::countermeasureToAction);
    connect(m_measures->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FiveWhysPanel::refresh);
    // Two rows: the dock may be as narrow as 180 px at 1366x768.
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_toAction);
    static_cast<QVBoxLayout *>(this->layout())->addWidget(box);
    m_refreshers << [this, add] {
        add->setEnabled(m_cause != 0);
        const EntityId current = currentCountermeasure();
        m_remove->setEnabled(current != 0);
        m_toAction->setEnabled(current && FollowUps::canTake(*m_document, FollowUp::Kind::Action)
                               && FollowUps::of(*m_document, current).isEmpty());
    };
}

EntityId FiveWhysPanel::currentCountermeasure() const
{
    const QModelIndex index = m_measureFilter->mapToSource(m_measures->currentIndex());
    return index.isValid() ? m_measureModel->idAt(index.row()) : 0;
}

void FiveWhysPanel::setCause(EntityId cause)
{
    // A line being typed in belongs to the cause it was typed for: committed first.
    if (auto *edit = qobject_cast<QLineEdit *>(focusWidget()); edit && isAncestorOf(edit))
        edit->clearFocus(); // editingFinished(), for the cause it was typed for
    m_cause = m_store->cause(cause) ? cause : 0;
    static_cast<CauseFilter *>(m_measureFilter)->setCause(m_cause);
    m_causeBox->setEnabled(m_cause != 0);
    fillEvidenceFigures();
    refresh();
}

void FiveWhysPanel::refresh()
{
    if (m_cause && !m_store->cause(m_cause))
        return setCause(0);
    // Started from a map's burst or a fishbone's cause: named as it reads now, or gone.
    const EntityId source = m_store->explains(m_analysis);
    m_explains->setText(source ? tr("Asks why of: %1").arg(EntityNames::nameOf(*m_document, source))
                               : QString());
    m_explains->setVisible(source);
    const WhyCause *c = m_store->cause(m_cause);
    m_statusOn->setText(c && c->statusOn.isValid()
                            ? tr("Status set on %1").arg(FieldText::formatDate(c->statusOn))
                            : QString());
    for (const auto &refresh : std::as_const(m_refreshers))
        refresh();
}

void FiveWhysPanel::focusFirstField()
{
    if (auto *edit = findChild<QLineEdit *>(QStringLiteral("name")))
        edit->setFocus();
}

void FiveWhysPanel::addCountermeasure()
{
    if (!m_cause)
        return;
    Countermeasure m;
    m.id = m_document->newId();
    m.cause = m_cause;
    m.text = tr("New countermeasure");
    m_document->undoStack()->push(m_store->addCountermeasure(m));
    const QModelIndex index
        = m_measureFilter->mapFromSource(m_measureModel->index(m_measureModel->rowOf(m.id), 0));
    m_measures->setCurrentIndex(index);
    m_measures->edit(index);
}

void FiveWhysPanel::removeCountermeasure()
{
    if (QUndoCommand *command = m_store->removeCountermeasure(currentCountermeasure()))
        m_document->undoStack()->push(command);
}

void FiveWhysPanel::countermeasureToAction()
{
    if (QUndoCommand *command = m_store->toAction(currentCountermeasure()))
        m_document->undoStack()->push(command);
    refresh();
}

} // namespace Takt
