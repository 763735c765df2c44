#pragma once

#include "core/entityid.h"
#include "core/fielddef.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Takt {

class Document;
class EntityListBase;

/**
 * The rows of one entity list as a table, one column per field given: what the session
 * record's registers (attendance, decisions, parking lot, agenda) show and edit. A cell shows
 * its field as FieldText formats it, a choice by its translated label; an edit is a
 * ChangeField on the document's undo stack, and a value that cannot be is refused with the
 * reason (refused()). A kind derives for cells of its own (display(), cellData(), setCell()).
 * Sorting and filtering are a QSortFilterProxyModel's, through SortRole and SearchRole.
 */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The value to sort by: a date as a date, a choice in its order, text in lower case. */
    static constexpr int SortRole = Qt::UserRole + 1;
    /** Every column's text in lower case, once per row: what a filter searches. */
    static constexpr int SearchRole = Qt::UserRole + 3;
    /** A choice's cell: its choices as [label, value] pairs, for a list to pick from. */
    static constexpr int ChoicesRole = Qt::UserRole + 4;
    /** A person's cell: the workshop's people, offered as the name is typed. */
    static constexpr int CompletionsRole = Qt::UserRole + 5;

    RecordTableModel(Document *document,
                     EntityListBase *list,
                     const char *context,
                     QList<FieldDef> columns,
                     QObject *parent = nullptr);

    EntityId idAt(int row) const;
    int rowOf(EntityId id) const;
    const FieldDef &columnField(int column) const { return m_columns.at(column); }
    int columnOf(int field) const;
    /** Every cell read anew. */
    void refreshAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &reason);

protected:
    Document *document() const { return m_document; }
    EntityListBase *list() const { return m_list; }
    QVariant value(EntityId id, int column) const;
    /** A cell's text as shown. */
    virtual QString display(EntityId id, int column) const;
    /** Any other role of a cell (a font, a tooltip, a check state); invalid for the default. */
    virtual QVariant cellData(EntityId id, int column, int role) const;
    /** Stores @p value, already parsed for the field, as an undo step. */
    virtual bool setCell(EntityId id, int column, const QVariant &value);
    /** Takes a role other than the edit role (a check box's); false by default. */
    virtual bool setCellData(EntityId id, int column, const QVariant &value, int role);
    /** The row's cached sort and search keys are stale (a kind's own reason). */
    void forget(EntityId id) { m_keys.remove(id); }

private:
    struct RowKeys
    {
        QString search;
        QVariantList sort;
    };
    const RowKeys &keys(EntityId id) const;
    QVariant sortKey(EntityId id, int column) const;
    QString choiceLabel(const FieldDef &field, int value) const;

    Document *const m_document;
    EntityListBase *const m_list;
    const char *const m_context;
    const QList<FieldDef> m_columns;
    mutable QHash<EntityId, RowKeys> m_keys;
};

} // namespace Takt
