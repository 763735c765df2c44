#pragma once

#include "core/entityid.h"

#include <QAbstractItemModel>

namespace Takt {

class Document;
class FishboneStore;

/**
 * One fishbone as a tree model: its categories (bones) as the top rows, their causes and
 * sub-causes below; what the outline editor shows and edits. Rows follow the store's list
 * signals (a move is a removal and an insertion); every edit through setData() or a drop is
 * one undo command on the document's stack.
 */
class FishboneModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CauseColumn, LikelyColumn, WhysColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    FishboneModel(Document *document, EntityId diagram, QObject *parent = nullptr);

    EntityId diagram() const { return m_diagram; }
    /** What the likely column says of a likely cause. */
    static QString likelyText() { return tr("likely"); }
    /** The category or cause at @p index; 0 for none. */
    EntityId itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(EntityId item, int column = 0) const;
    bool isCategory(EntityId item) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

private:
    void connectCategories();
    void connectCauses();
    /** The rows under @p parent (0: the bones). */
    QList<EntityId> childrenOf(EntityId parent) const;
    /** Whether @p parent's rows are in the tree: a bone of this diagram, or a cause whose
     *  ancestors are all there (during a removal of many, a child may outlive its parent). */
    bool isShown(EntityId parent) const;

    Document *const m_document;
    FishboneStore *const m_store;
    const EntityId m_diagram;
    bool m_inserting = false;
    bool m_removing = false;
};

} // namespace Takt
