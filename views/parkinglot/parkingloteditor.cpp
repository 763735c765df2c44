#include "parkingloteditor.h"

#include "document/document.h"
#include "document/recordtablemodel.h"
#include "parkinglot/parkinglotstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace Takt {

namespace {
enum Column { TopicColumn, RaisedByColumn, RaisedColumn, OutcomeColumn };
}

ParkingLotEditor::ParkingLotEditor(Document *document, EntityId registerId, QWidget *parent)
    : RecordTableEditor(document,
                        registerId,
                        new RecordTableModel(document,
                                             &ParkingLotStore::of(*document)->rowList(),
                                             "ParkedTopic",
                                             ParkedTopic::fields().defs()),
                        parent)
    , m_store(ParkingLotStore::of(*document))
    , m_toAction(new QPushButton(tr("→ &Action"), this))
    , m_toAgenda(new QPushButton(tr("→ A&genda"), this))
{
    filterEdit()->setPlaceholderText(tr("Filter: topic, who, outcome…"));
    filterEdit()->setAccessibleName(tr("Filter the parked topics"));
    table()->setObjectName(QStringLiteral("topics"));
    QHeaderView *header = table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopicColumn, QHeaderView::Stretch);
    fitColumn(RaisedColumn, {QStringLiteral("30 Sept 2026")});
    QStringList outcomes;
    for (const FieldChoice &c :
         ParkedTopic::fields().find(int(ParkedTopic::Field::Outcome))->def.choices)
        outcomes << ParkedTopic::fields().choiceLabel(int(ParkedTopic::Field::Outcome), c.value);
    fitColumn(OutcomeColumn, outcomes);
    header->resizeSection(RaisedByColumn, fontMetrics().averageCharWidth() * 22);
    m_toAction->setObjectName(QStringLiteral("to-action"));
    m_toAction->setToolTip(tr("Turn the selected topics into actions, linked to them"));
    m_toAgenda->setObjectName(QStringLiteral("to-agenda"));
    m_toAgenda->setToolTip(tr("Carry the selected topics to the next day's agenda"));
    bar()->addWidget(m_toAction);
    bar()->addWidget(m_toAgenda);
    m_toAction->setVisible(FollowUps::canTake(*document, FollowUp::Kind::Action));
    m_toAgenda->setVisible(FollowUps::canTake(*document, FollowUp::Kind::AgendaItem));
    setEntry(tr("Type a topic to park, and press Enter"), tr("New parked topic"),
             [this](const QString &text) { return addTyped(text); });
    connect(m_toAction, &QPushButton::clicked, this,
            [this] { handOnSelection(FollowUp::Kind::Action); });
    connect(m_toAgenda, &QPushButton::clicked, this,
            [this] { handOnSelection(FollowUp::Kind::AgendaItem); });
    // Only a topic not yet handed on can be: a second press would make nothing.
    const auto enable = [this] {
        bool any = false;
        for (EntityId id : selectedIds())
            if (const ParkedTopic *t = m_store->row(id))
                any = any
                    || (t->outcome != ParkedTopic::Outcome::Action
                        && t->outcome != ParkedTopic::Outcome::Carried);
        m_toAction->setEnabled(any);
        m_toAgenda->setEnabled(any);
    };
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, enable);
    connect(&m_store->topics(), &EntityListBase::modified, this, enable);
    enable();
    refreshFooter();
}

QString ParkingLotEditor::addTyped(const QString &text)
{
    ParkedTopic t;
    t.id = document()->newId();
    t.topic = text;
    t.raised = QDate::currentDate();
    document()->undoStack()->push(m_store->addTopics({t}));
    return {};
}

void ParkingLotEditor::handOnSelection(FollowUp::Kind kind)
{
    int handed = 0;
    for (EntityId id : selectedIds()) {
        const ParkedTopic *t = m_store->row(id);
        if (!t || t->outcome == ParkedTopic::Outcome::Action
            || t->outcome == ParkedTopic::Outcome::Carried)
            continue; // handed on already
        if (QUndoCommand *command = m_store->handOn(id, kind)) {
            document()->undoStack()->push(command);
            ++handed;
        }
    }
    Q_EMIT statusMessage(kind == FollowUp::Kind::Action
                             ? tr("%n topic(s) turned into actions", nullptr, handed)
                             : tr("%n topic(s) carried to the agenda", nullptr, handed));
}

void ParkingLotEditor::removeRows(const QSet<EntityId> &ids)
{
    document()->undoStack()->push(m_store->removeTopics(ids));
}

void ParkingLotEditor::refreshFooter()
{
    using O = ParkedTopic::Outcome;
    setFooter(tr("%n topic(s): %1 open, %2 resolved, %3 turned into actions, %4 carried", nullptr,
                 int(m_store->topics().items().size()))
                  .arg(m_store->count(O::Open))
                  .arg(m_store->count(O::Resolved))
                  .arg(m_store->count(O::Action))
                  .arg(m_store->count(O::Carried)));
}

} // namespace Takt
