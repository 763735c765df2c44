#pragma once

#include "vsm/mapelement.h"

#include <QAbstractItemModel>

namespace Takt {

class Document;

/**
 * The navigator's tree: the document's parts under fixed sections (Maps, Problem solving,
 * Session record, Metrics). Features add their rows under their section; rows are addressed
 * by the entity id they show (IdRole), never by pointer.
 */
class DocumentOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Section { Maps, ProblemSolving, SessionRecord, Metrics, SectionCount };
    enum Role { IdRole = Qt::UserRole + 1, SectionRole };

    explicit DocumentOutlineModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex sectionIndex(Section section) const;
    QModelIndex indexOfMap(EntityId id) const;
    static QString sectionName(Section section);

private:
    Document *const m_document;
};

} // namespace Takt
