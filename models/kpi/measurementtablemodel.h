#pragma once

#include "core/entityid.h"
#include "measurement.h"

#include <QAbstractTableModel>

namespace Takt {

class Document;
class KpiStore;

/**
 * A KPI's measurements as a table, in time order: Timestamp, Value, Note and Process change.
 * An edit is a ChangeField on the document's undo stack; a value that cannot be is refused
 * with the reason (refused()) and not stored. The rows follow every change, undo included.
 */
class MeasurementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ValueColumn, NoteColumn, PhaseColumn, ColumnCount };

    MeasurementTableModel(Document *document, EntityId kpi, QObject *parent = nullptr);

    EntityId measurementAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString &reason);

private:
    void reload();

    Document *const m_document;
    KpiStore *const m_store;
    const EntityId m_kpi;
    QList<Measurement> m_rows;
};

} // namespace Takt
