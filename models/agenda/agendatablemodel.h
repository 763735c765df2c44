#pragma once

#include "document/recordtablemodel.h"

namespace Takt {

class AgendaStore;

/** The agenda as a table: Planned and Actual in minutes (a bare number is minutes), Actual
 *  with its difference to the plan, About by the linked entity's current name. The item being
 *  timed says so in its Item cell, in words. */
class AgendaTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        ItemColumn,
        PlannedColumn,
        OwnerColumn,
        AboutColumn,
        ActualColumn,
        NotesColumn
    };

    explicit AgendaTableModel(Document *document, QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QString display(EntityId id, int column) const override;
    QVariant cellData(EntityId id, int column, int role) const override;
    bool setCell(EntityId id, int column, const QVariant &value) override;

private:
    AgendaStore *const m_store;
    EntityId m_timed = 0;
};

} // namespace Takt
