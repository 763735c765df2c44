#pragma once

#include "actionitem.h"
#include "document/recordtablemodel.h"

#include <QDate>
#include <QHash>

namespace Takt {

class ActionStore;

/**
 * The register's actions as a table (RecordTableModel), one row per action in register
 * order. An overdue action says so in its Due cell ("⚠ overdue") and in bold, not by colour
 * alone; a verifier who is the owner is pointed out; a Source reads as its linked entity's
 * current name and, typed, links to what it names.
 */
class ActionTableModel : public RecordTableModel
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
    /** Whether the row's action is overdue (for a filter). */
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit ActionTableModel(Document *document, QObject *parent = nullptr);

    /** A Due cell's text: "12 Nov 2026", or "⚠ 12 Nov 2026 (overdue)". */
    static QString dueText(const QDate &due, bool overdue);

    /** "Today" for overdue: the clock is the caller's, so that tests choose the day. */
    void setToday(const QDate &today);
    /** The Source cells whose linked name changed read anew, and only those. */
    void refreshSources();
    EntityId actionAt(int row) const { return idAt(row); }

protected:
    QString display(EntityId id, int column) const override;
    QVariant cellData(EntityId id, int column, int role) const override;
    bool setCell(EntityId id, int column, const QVariant &value) override;

private:
    /** The row's source as it reads now, kept until it changes (refreshSources()). */
    QString sourceName(const ActionItem &a) const;

    ActionStore *const m_store;
    mutable QHash<EntityId, QString> m_sourceNames;
    QDate m_today;
};

} // namespace Takt
