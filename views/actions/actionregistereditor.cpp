#include "actionregistereditor.h"

#include "actions/actionfilter.h"
#include "actions/actionstore.h"
#include "actions/actiontablemodel.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "editor/choicedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

ActionRegisterEditor::ActionRegisterEditor(Document *document, EntityId registerId, QWidget *parent)
    : ArtefactEditor(document, registerId, parent)
    , m_store(ActionStore::of(*document))
    , m_model(new ActionTableModel(document, this))
    , m_filter(new ActionFilter(this))
    , m_filterEdit(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filterEdit->setObjectName(QStringLiteral("filter"));
    m_filterEdit->setPlaceholderText(tr("Filter: what, owner, source…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the actions"));
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setAccessibleName(tr("Which actions to show"));
    using S = ActionFilter::Show;
    for (const auto &[text, show] : QList<QPair<QString, S>> {{tr("All actions"), S::All},
                                                              {tr("Open"), S::Open},
                                                              {tr("Overdue"), S::Overdue},
                                                              {tr("Done"), S::Done},
                                                              {tr("Cancelled"), S::Cancelled}})
        m_show->addItem(text, int(show));
    m_table->setObjectName(QStringLiteral("actions"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ChoiceDelegate(ActionTableModel::ChoicesRole,
                                                ActionTableModel::CompletionsRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // register order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // What takes the room left; dates, states and names are never cut short.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ActionTableModel::WhatColumn, QHeaderView::Stretch);
    // Wide enough for their longest text, worked out once: ResizeToContents would measure
    // every row of a long register at every layout.
    const auto fit = [this, header](int column, const QStringList &texts, const QFont &font) {
        int width = header->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &text : texts)
            width = qMax(width, QFontMetrics(font).horizontalAdvance(text));
        header->resizeSection(column, width + 24);
    };
    QFont bold = m_table->font(); // an overdue date is bold
    bold.setBold(true);
    fit(ActionTableModel::DueColumn, {ActionTableModel::dueText(QDate(2026, 9, 30), true)}, bold);
    const auto &fields = ActionItem::fields();
    for (const auto field : {ActionItem::Field::Status, ActionItem::Field::Priority}) {
        QStringList labels;
        for (const FieldChoice &c : fields.find(int(field))->def.choices)
            labels << fields.choiceLabel(int(field), c.value);
        fit(field == ActionItem::Field::Status ? ActionTableModel::StatusColumn
                                               : ActionTableModel::PriorityColumn,
            labels, m_table->font());
    }
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_counts->setObjectName(QStringLiteral("owner_counts"));
    m_counts->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 3);
    bar->addWidget(m_show, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ActionFilter::setText);
    // A linked source opens where it is (its map, its KPI); other cells edit.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &at) {
        const EntityId action = m_model->actionAt(m_filter->mapToSource(at).row());
        if (at.column() == ActionTableModel::SourceColumn)
            if (const EntityId artefact
                = EntityNames::artefactOf(*ArtefactEditor::document(), m_store->sourceOf(action))) {
                Q_EMIT openRequested(artefact);
                return;
            }
        m_table->edit(at);
    });
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(S(m_show->currentData().toInt())); });
    connect(m_model, &ActionTableModel::refused, this, [this](const QString &reason) {
        m_message->setText(reason);
        m_message->show();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QWidget::hide);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActionRegisterEditor::refreshCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionRegisterEditor::refreshCounts);
    refreshCounts();
}

QString ActionRegisterEditor::ownerCounts() const
{
    QMap<QString, QPair<int, int>> open; // owner: open, overdue
    const QDate today = QDate::currentDate();
    for (const ActionItem &a : m_store->actions().items())
        if (a.isOpen()) {
            auto &n = open[a.owner.trimmed().isEmpty() ? tr("(no owner)") : a.owner.trimmed()];
            ++n.first;
            n.second += a.isOverdue(today);
        }
    QStringList parts;
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        parts << (it->second
                      ? tr("%1: %2 open (%3 overdue)").arg(it.key()).arg(it->first).arg(it->second)
                      : tr("%1: %2 open").arg(it.key()).arg(it->first));
    return parts.join(QStringLiteral(" · "));
}

void ActionRegisterEditor::refreshCounts()
{
    const QString counts = ownerCounts();
    m_counts->setText(counts.isEmpty() ? tr("No open actions.")
                                       : tr("Open per owner: %1").arg(counts));
}

void ActionRegisterEditor::addAction()
{
    ActionItem action;
    action.id = document()->newId();
    document()->undoStack()->push(m_store->addActions({action}));
    // Straight on to typing what is to be done; shown whatever the filter.
    m_filterEdit->clear();
    m_show->setCurrentIndex(0);
    const QModelIndex what = m_filter->mapFromSource(m_model->index(m_model->rowOf(action.id), 0));
    m_table->setCurrentIndex(what);
    m_table->edit(what);
}

void ActionRegisterEditor::deleteSelection()
{
    QSet<EntityId> gone;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        gone.insert(m_model->actionAt(m_filter->mapToSource(row).row()));
    gone.remove(0);
    if (gone.isEmpty())
        return;
    document()->undoStack()->push(m_store->removeActions(gone));
}

} // namespace Takt
