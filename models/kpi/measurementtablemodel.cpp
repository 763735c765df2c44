#include "measurementtablemodel.h"

#include "core/changefield.h"
#include "document/document.h"
#include "kpireading.h"
#include "kpistore.h"
#include "measurementcsv.h"

#include <QLocale>
#include <QUndoStack>

namespace Takt {

MeasurementTableModel::MeasurementTableModel(Document *document, EntityId kpi, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_store(KpiStore::of(*document))
    , m_kpi(kpi)
{
    m_rows = m_store->series(kpi);
    connect(m_store, &KpiStore::seriesChanged, this, [this](EntityId id) {
        if (id == m_kpi)
            reload();
    });
}

void MeasurementTableModel::reload()
{
    beginResetModel();
    m_rows = m_store->series(m_kpi);
    endResetModel();
}

EntityId MeasurementTableModel::measurementAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MeasurementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Measurement &m = m_rows.at(index.row());
    if (index.column() == PhaseColumn) {
        if (role == Qt::CheckStateRole)
            return m.phaseStart ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole) // in words too, not only a tick
            return m.phaseStart ? tr("change") : QString();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return role == Qt::TextAlignmentRole && index.column() == ValueColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    switch (index.column()) {
    case TimeColumn:
        return role == Qt::EditRole ? m.takenAt : KpiReading::when(m.takenAt);
    case ValueColumn:
        return role == Qt::EditRole ? QVariant(m.value)
                                    : QVariant(QLocale().toString(m.value, 'g', 10));
    case NoteColumn:
        return m.note;
    }
    return {};
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the point's number, as the signals name it
    switch (section) {
    case TimeColumn:
        return tr("Timestamp");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    case PhaseColumn:
        return tr("Process change");
    }
    return {};
}

Qt::ItemFlags MeasurementTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == PhaseColumn ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

bool MeasurementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Measurement &m = m_rows.at(index.row());
    QVariant stored;
    Measurement::Field field = Measurement::Field::Note;
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = Measurement::parseTime(value.toString());
        if (!time.isValid()) {
            Q_EMIT refused(tr("\"%1\" is not a date and time; write 2026-03-12 or "
                              "2026-03-12 14:30.")
                               .arg(value.toString()));
            return false;
        }
        field = Measurement::Field::TakenAt;
        stored = MeasurementCsv::storedTime(time);
        break;
    }
    case ValueColumn: {
        bool ok = value.typeId() == QMetaType::Double;
        double d = value.toDouble();
        if (!ok)
            d = QLocale().toDouble(value.toString(), &ok);
        if (!ok)
            d = value.toString().toDouble(&ok);
        if (!ok) {
            Q_EMIT refused(tr("\"%1\" is not a number.").arg(value.toString()));
            return false;
        }
        field = Measurement::Field::Value;
        stored = d;
        break;
    }
    case NoteColumn:
        stored = value.toString();
        break;
    case PhaseColumn:
        if (role != Qt::CheckStateRole)
            return false;
        field = Measurement::Field::PhaseStart;
        stored = value.toInt() == Qt::Checked;
        break;
    }
    if (Measurement::fields().value(m, int(field)) == stored)
        return true;
    m_document->undoStack()->push(
        new ChangeField(&m_store->measurementList(), m.id, int(field), stored));
    return true;
}

} // namespace Takt
