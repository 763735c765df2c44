#pragma once

#include "core/entityid.h"

#include <QAbstractItemModel>

namespace Takt {

class ArtefactStore;
class Document;

/**
 * The navigator's tree: a row per registered artefact kind, and under it the rows its store
 * gives, to any depth. Rows are addressed by the entity id they show (ArtefactStore::IdRole),
 * never by pointer: ids are unique across the document, so one id names one row.
 */
class DocumentOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit DocumentOutlineModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** The row heading the kind @p kindKey. */
    QModelIndex sectionIndex(const QString &kindKey) const;
    /** The row showing @p id, if the navigator shows it. */
    QModelIndex indexOf(EntityId id) const;

private:
    int sectionOf(const ArtefactStore *store) const;
    ArtefactStore *storeFor(EntityId id) const;
    /** The row under which @p store lists the children of @p parent (0: the section). */
    QModelIndex parentIndex(ArtefactStore *store, EntityId parent) const;

    Document *const m_document;
};

} // namespace Takt
