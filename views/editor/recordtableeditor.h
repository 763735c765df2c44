#pragma once

#include "artefacteditor.h"

#include <QSet>

#include <functional>

class QAction;
class QHBoxLayout;
class QKeySequence;
class QMenu;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Takt {

class EditorContext;
class RecordTableModel;

/**
 * The editor of a register that is a table (the attendance, the decisions log, the parking
 * lot): a filter line over a sortable table edited in place, a line for a refused value, and a
 * footer the kind fills (its counts). Enter on the last row's last cell is the kind's to take
 * (a new row); Delete removes the selected rows, as one undo step.
 */
class RecordTableEditor : public ArtefactEditor
{
    Q_OBJECT

public:
    /** Takes @p model, made for this register. */
    RecordTableEditor(Document *document,
                      EntityId registerId,
                      RecordTableModel *model,
                      QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RecordTableModel *model() const { return m_model; }
    QSortFilterProxyModel *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLineEdit *entryEdit() const { return m_entry; }
    QString footerText() const;
    QList<EntityId> selectedIds() const;

    EditActions editActions() const override { return Delete; }
    void deleteSelection() override;
    /** Shows row @p id whatever the filter and opens its cell in @p column for typing. */
    void editRow(EntityId id, int column = 0);
    /** The cursor in the entry line, to type the next row. */
    void focusEntry();

    /** The menu the session record's kinds share (EditorContext::addMenu). */
    static QString sessionMenuTitle() { return tr("&Session"); }
    /** A menu entry that opens the register @p registerId gives and puts the cursor in its
     *  entry line: a kind's "New Decision". */
    static QAction *addNewRowAction(EditorContext &context,
                                    QMenu *menu,
                                    const QString &text,
                                    const QKeySequence &shortcut,
                                    const QString &objectName,
                                    std::function<EntityId()> registerId);

protected:
    /** A line under the table where a row is typed and Enter adds it (and clears the line,
     *  ready for the next): @p add takes the text, says why when it cannot. */
    void setEntry(const QString &placeholder,
                  const QString &accessibleName,
                  std::function<QString(const QString &)> add);
    /** The bar above the table, for the kind's own controls after the filter. */
    QHBoxLayout *bar() const { return m_bar; }
    void setFooter(const QString &text);
    /** Column @p column wide enough for its header and each of @p texts. */
    void fitColumn(int column, const QStringList &texts);
    /** Removes @p ids as one undo step. */
    virtual void removeRows(const QSet<EntityId> &ids) = 0;
    /** The footer is stale: the rows or their values changed. */
    virtual void refreshFooter() { }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RecordTableModel *const m_model;
    QSortFilterProxyModel *const m_filter;
    QLineEdit *const m_filterEdit;
    QTableView *const m_table;
    QLineEdit *const m_entry;
    QLabel *const m_message;
    QLabel *const m_footer;
    QHBoxLayout *const m_bar;
};

} // namespace Takt
