#pragma once

#include "actionitem.h"
#include "core/entityid.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace Takt {

class ActionStore;
class Document;

/**
 * The register's actions as a table, one row per action in register order. An edit is a
 * ChangeField on the document's undo stack; a value that cannot be is refused with the
 * reason (refused()). An overdue action says so in its Due cell ("⚠ overdue") and in bold,
 * not by colour alone; a verifier who is the owner is pointed out. The rows follow every
 * change, undo included. Sorting and filtering are a QSortFilterProxyModel's.
 */
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhatColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        PriorityColumn,
        VerifierColumn,
        SourceColumn,
        ColumnCount
    };
    /** The value to sort by: a date as a date, a choice in its order (high before low). */
    static constexpr int SortRole = Qt::UserRole + 1;
    /** Whether the row's action is overdue (for a filter). */
    static constexpr int OverdueRole = Qt::UserRole + 2;
    /** Every column's text in lower case, once per row: what the filter searches. */
    static constexpr int SearchRole = Qt::UserRole + 3;
    /** Status and Priority: their choices as [label, value] pairs, for a list to pick from. */
    static constexpr int ChoicesRole = Qt::UserRole + 4;
    /** Owner and Verifier: the workshop's people, offered as a name is typed. */
    static constexpr int CompletionsRole = Qt::UserRole + 5;

    explicit ActionTableModel(Document *document, QObject *parent = nullptr);

    /** A Due cell's text: "12 Nov 2026", or "⚠ 12 Nov 2026 (overdue)". */
    static QString dueText(const QDate &due, bool overdue);

    /** "Today" for overdue: the clock is the caller's, so that tests choose the day. */
    void setToday(const QDate &today);
    /** Every cell read anew (a new "today"). */
    void refreshAll();
    /** The Source cells whose linked name changed read anew, and only those. */
    void refreshSources();
    EntityId actionAt(int row) const;
    int rowOf(EntityId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &reason);

private:
    static ActionItem::Field fieldOf(int column);
    QVariant display(const ActionItem &a, int column) const;

    /** What sorting and filtering ask of a row many times over, worked out once per change
     *  of the row: a filter keystroke or a sort of 10,000 actions stays within a frame. */
    struct RowKeys
    {
        QString search;
        QVariant sort[ColumnCount];
    };
    const RowKeys &keys(const ActionItem &a) const;
    QVariant sortKey(const ActionItem &a, int column) const;
    /** The row's source as it reads now, kept until it changes (refreshSources()). */
    QString sourceName(const ActionItem &a) const;

    Document *const m_document;
    mutable QHash<EntityId, RowKeys> m_keys;
    mutable QHash<EntityId, QString> m_sourceNames;
    ActionStore *const m_store;
    QDate m_today;
};

} // namespace Takt
