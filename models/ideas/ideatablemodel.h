#pragma once

#include "document/recordtablemodel.h"

namespace Takt {

class IdeaStore;

/**
 * The kaizen ideas as a table, numbered as the room calls them (the row header), with a Dots
 * column: hidden ("hidden until revealed") while a round is open, the tally once it is revealed,
 * the last closed round's otherwise; a number typed there is the idea's total. Effort reads as
 * its score and size ("2 (S)"); Tags offer the tags in use.
 */
class IdeaTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        DescriptionColumn,
        TagsColumn,
        AboutColumn,
        FigureColumn,
        ChangeColumn,
        ImpactColumn,
        EffortColumn,
        StatusColumn,
        StageColumn,
        DotsColumn
    };

    explicit IdeaTableModel(Document *document, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /** The round whose dots the Dots column shows; 0 for none. */
    EntityId shownRound() const;

protected:
    QString display(EntityId id, int column) const override;
    QVariant cellData(EntityId id, int column, int role) const override;
    bool setCell(EntityId id, int column, const QVariant &value) override;

private:
    IdeaStore *const m_store;
};

} // namespace Takt
