#include "documentoutlinemodel.h"

#include "document.h"
#include "vsm/valuestreammap.h"

namespace Takt {

namespace {
// internalId 0 marks a section row; a child row stores its section + 1.
constexpr quintptr SectionMarker = 0;
} // namespace

DocumentOutlineModel::DocumentOutlineModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &Document::mapAboutToBeInserted, this,
            [this](int row) { beginInsertRows(sectionIndex(Maps), row, row); });
    connect(document, &Document::mapInserted, this, [this] { endInsertRows(); });
    connect(document, &Document::mapAboutToBeRemoved, this, [this](EntityId id) {
        const int row = m_document->mapIndex(id);
        beginRemoveRows(sectionIndex(Maps), row, row);
    });
    connect(document, &Document::mapRemoved, this, [this] { endRemoveRows(); });
    connect(document, &Document::mapPropertiesChanged, this, [this](EntityId id) {
        const QModelIndex index = indexOfMap(id);
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
    });
}

QString DocumentOutlineModel::sectionName(Section section)
{
    switch (section) {
    case Maps:
        return tr("Value stream maps");
    case ProblemSolving:
        return tr("Problem solving");
    case SessionRecord:
        return tr("Session record");
    case Metrics:
        return tr("Metrics");
    case SectionCount:
        break;
    }
    return {};
}

QModelIndex DocumentOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DocumentOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionMarker);
}

int DocumentOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.column() != 0 || parent.internalId() != SectionMarker)
        return 0;
    if (parent.row() == Maps)
        return int(m_document->maps().size());
    return 0;
}

int DocumentOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DocumentOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionMarker) {
        if (role == Qt::DisplayRole)
            return sectionName(Section(index.row()));
        if (role == Qt::ToolTipRole && index.row() != Maps)
            return tr("Nothing here yet: 5 Whys, A3, the session record and KPIs come in later "
                      "versions of Takt.");
        if (role == SectionRole)
            return index.row();
        return {};
    }
    const auto section = Section(index.internalId() - 1);
    if (role == SectionRole)
        return int(section);
    if (section == Maps) {
        const ValueStreamMap *map = m_document->maps().value(index.row());
        if (!map)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return map->name();
        case Qt::ToolTipRole:
            return tr("%1 (%2)").arg(map->name(), ValueStreamMap::stateName(map->state()));
        case IdRole:
            return map->id();
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags DocumentOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A section with nothing in it yet is shown, but greyed: there is nothing to open.
    if (index.internalId() == SectionMarker && index.row() != Maps && rowCount(index) == 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex DocumentOutlineModel::sectionIndex(Section section) const
{
    return index(section, 0);
}

QModelIndex DocumentOutlineModel::indexOfMap(EntityId id) const
{
    const int row = m_document->mapIndex(id);
    return row < 0 ? QModelIndex() : index(row, 0, sectionIndex(Maps));
}

} // namespace Takt
