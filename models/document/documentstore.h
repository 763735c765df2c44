#pragma once

#include "vsm/mapelement.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace Takt {

class SqlConnection;
class ValueStreamMap;
struct WorkshopMetadata;

/**
 * Reads and writes a document's tables. The caller owns the transaction: one flush of the
 * working copy is one transaction, whatever it writes.
 */
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    explicit DocumentStore(SqlConnection &db);

    bool readMetadata(WorkshopMetadata *metadata);
    /** Reads every map, in order; the maps are parented to nobody. */
    bool readMaps(QList<ValueStreamMap *> *maps);
    EntityId largestId();

    bool writeMetadata(const WorkshopMetadata &metadata);
    /** @p baseExists: whether the map it was derived from is in the document; a deleted base
     *  is stored as no base (the link comes back with the base on undo). */
    bool writeMap(const ValueStreamMap &map, int position, bool baseExists);
    bool writeMapPositions(const QList<ValueStreamMap *> &maps);
    bool deleteMapsExcept(const QSet<EntityId> &kept);

    QString errorText() const { return m_error; }

private:
    bool fail(const QString &message);
    SqlConnection &m_db;
    QString m_error;
};

} // namespace Takt
