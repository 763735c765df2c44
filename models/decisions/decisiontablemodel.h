#pragma once

#include "document/recordtablemodel.h"

namespace Takt {

class DecisionStore;

/** The decisions log as a table; About reads as the linked entity's current name and, when
 *  typed, links to what it names. */
class DecisionTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { WhatColumn, DecidedByColumn, DateColumn, AboutColumn, NotesColumn };

    explicit DecisionTableModel(Document *document, QObject *parent = nullptr);

protected:
    QString display(EntityId id, int column) const override;
    bool setCell(EntityId id, int column, const QVariant &value) override;

private:
    DecisionStore *const m_store;
};

} // namespace Takt
