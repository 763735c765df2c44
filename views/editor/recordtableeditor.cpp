#include "recordtableeditor.h"

#include "choicedelegate.h"
#include "document/recordtablemodel.h"
#include "editorcontext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Takt {

RecordTableEditor::RecordTableEditor(Document *document,
                                     EntityId registerId,
                                     RecordTableModel *model,
                                     QWidget *parent)
    : ArtefactEditor(document, registerId, parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_entry(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_bar(new QHBoxLayout)
{
    m_model->setParent(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(RecordTableModel::SortRole);
    m_filter->setFilterRole(RecordTableModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(0); // the search key holds every column
    m_filterEdit->setObjectName(QStringLiteral("filter"));
    m_filterEdit->setPlaceholderText(tr("Filter…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the rows"));
    m_table->setObjectName(QStringLiteral("rows"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ChoiceDelegate(RecordTableModel::ChoicesRole,
                                                RecordTableModel::CompletionsRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // register order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::SelectedClicked);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_entry->setObjectName(QStringLiteral("entry"));
    m_entry->hide();
    m_entry->installEventFilter(this);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setWordWrap(true);
    m_bar->addWidget(m_filterEdit, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_bar);
    layout->addWidget(m_table);
    layout->addWidget(m_entry);
    layout->addWidget(m_message);
    layout->addWidget(m_footer);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &RecordTableModel::refused, this, [this](const QString &reason) {
        m_message->setText(reason);
        m_message->show();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QWidget::hide);
    // The footer counts once per burst of changes (an import is many rows).
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, [this] { refreshFooter(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, later, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, later, qOverload<>(&QTimer::start));
}

QString RecordTableEditor::footerText() const
{
    return m_footer->text();
}

void RecordTableEditor::setFooter(const QString &text)
{
    m_footer->setText(text);
}

QList<EntityId> RecordTableEditor::selectedIds() const
{
    QList<EntityId> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const EntityId id = m_model->idAt(m_filter->mapToSource(row).row()))
            ids << id;
    return ids;
}

void RecordTableEditor::deleteSelection()
{
    const QList<EntityId> ids = selectedIds();
    if (!ids.isEmpty())
        removeRows(QSet<EntityId>(ids.cbegin(), ids.cend()));
}

void RecordTableEditor::editRow(EntityId id, int column)
{
    m_filterEdit->clear();
    const QModelIndex at = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), column));
    if (!at.isValid())
        return;
    m_table->setFocus();
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    if (m_model->flags(m_model->index(m_model->rowOf(id), column)) & Qt::ItemIsEditable)
        m_table->edit(at);
}

void RecordTableEditor::setEntry(const QString &placeholder,
                                 const QString &accessibleName,
                                 std::function<QString(const QString &)> add)
{
    m_entry->setPlaceholderText(placeholder);
    m_entry->setAccessibleName(accessibleName);
    m_entry->setToolTip(placeholder);
    m_entry->show();
    connect(m_entry, &QLineEdit::returnPressed, this, [this, add = std::move(add)] {
        if (m_entry->text().trimmed().isEmpty())
            return;
        const QString refusal = add(m_entry->text().trimmed());
        if (!refusal.isEmpty()) {
            m_message->setText(refusal);
            m_message->show();
            return;
        }
        m_message->hide();
        m_entry->clear();
        m_filterEdit->clear(); // the new row in view
        m_table->scrollToBottom();
    });
}

bool RecordTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in the empty entry line undoes the row just added, not the line's typing: the
    // line would otherwise bring the text back and the row would stay.
    if (watched == m_entry && event->type() == QEvent::ShortcutOverride
        && m_entry->text().isEmpty()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true; // not taken by the line: the window's Undo and Redo run
    }
    return ArtefactEditor::eventFilter(watched, event);
}

void RecordTableEditor::focusEntry()
{
    if (!m_entry->isHidden())
        m_entry->setFocus();
}

QAction *RecordTableEditor::addNewRowAction(EditorContext &context,
                                            QMenu *menu,
                                            const QString &text,
                                            const QKeySequence &shortcut,
                                            const QString &objectName,
                                            std::function<EntityId()> registerId)
{
    QAction *action = menu->addAction(text, menu, [&context, registerId = std::move(registerId)] {
        if (auto *editor = qobject_cast<RecordTableEditor *>(context.openArtefact(registerId())))
            editor->focusEntry();
    });
    action->setShortcut(shortcut);
    action->setObjectName(objectName);
    return action;
}

void RecordTableEditor::fitColumn(int column, const QStringList &texts)
{
    QHeaderView *header = m_table->horizontalHeader();
    int width = header->fontMetrics().horizontalAdvance(
        m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    for (const QString &text : texts)
        width = qMax(width, m_table->fontMetrics().horizontalAdvance(text));
    header->resizeSection(column, width + 32); // a check box or a sort arrow beside it
}

} // namespace Takt
