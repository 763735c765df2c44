#pragma once

#include "core/entityid.h"

#include <QAbstractItemModel>

namespace Takt {

class Document;
class FiveWhysStore;

/**
 * One analysis's causes as a tree model: what the outline editor shows and edits. Rows follow
 * the store's list signals (a move is a removal and an insertion); every edit through
 * setData() or a drop is one undo command on the document's stack.
 */
class FiveWhysModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { WhyColumn, StatusColumn, RootCauseColumn, EvidenceColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    FiveWhysModel(Document *document, EntityId analysis, QObject *parent = nullptr);

    EntityId analysis() const { return m_analysis; }
    /** What the root-cause column says of one. */
    static QString rootCauseText() { return tr("root cause"); }
    EntityId causeAt(const QModelIndex &index) const;
    QModelIndex indexOf(EntityId cause, int column = 0) const;

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
    void connectList();
    /** Whether @p parent's rows are in the tree: the problem, or a cause whose ancestors are
     *  all there (during a removal of many, a child may outlive its parent for a moment). */
    bool isShown(EntityId parent) const;

    Document *const m_document;
    FiveWhysStore *const m_store;
    const EntityId m_analysis;
    bool m_inserting = false;
    bool m_removing = false;
};

} // namespace Takt
