#include "ideaboardeditor.h"

#include "document/document.h"
#include "document/entitynames.h"
#include "document/followup.h"
#include "ideamatrixview.h"
#include "ideas/ideastore.h"
#include "ideas/ideatablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

IdeaBoardEditor::IdeaBoardEditor(Document *document, EntityId registerId, QWidget *parent)
    : RecordTableEditor(document, registerId, new IdeaTableModel(document), parent)
    , m_store(IdeaStore::of(*document))
{
    filterEdit()->setPlaceholderText(tr("Filter: idea, tag, figure…"));
    filterEdit()->setAccessibleName(tr("Filter the ideas"));
    table()->setObjectName(QStringLiteral("ideas"));
    QHeaderView *header = table()->horizontalHeader();
    header->setStretchLastSection(false);
    // The idea and its dots first; the rest scrolls beside them.
    header->resizeSection(IdeaTableModel::TitleColumn, fontMetrics().averageCharWidth() * 34);
    header->moveSection(header->visualIndex(IdeaTableModel::DotsColumn), 1);
    fitColumn(IdeaTableModel::DotsColumn, {tr("hidden")});
    table()->setColumnHidden(IdeaTableModel::DescriptionColumn, true); // long: in the pack
    for (int column : {IdeaTableModel::ImpactColumn, IdeaTableModel::EffortColumn})
        fitColumn(column, {QStringLiteral("10 (M)")});
    auto *toAction = new QPushButton(tr("→ &Action"), this);
    toAction->setObjectName(QStringLiteral("to-action"));
    toAction->setToolTip(tr("Turn the selected ideas into actions, linked to them"));
    toAction->setVisible(FollowUps::canTake(*document, FollowUp::Kind::Action));
    bar()->addWidget(toAction);
    connect(toAction, &QPushButton::clicked, this, &IdeaBoardEditor::selectionToActions);
    // The table and the 2×2 side by side; the voting above both.
    m_matrix = new IdeaMatrixView(document, this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    const int at = box->indexOf(table());
    box->removeWidget(table());
    split->addWidget(table());
    split->addWidget(m_matrix);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});
    box->insertWidget(at, split, 1);
    box->insertWidget(0, makeVotingBar());
    connect(m_matrix, &IdeaMatrixView::ideaClicked, this, [this](EntityId idea) {
        const QModelIndex row = filter()->mapFromSource(model()->index(model()->rowOf(idea), 0));
        if (row.isValid())
            table()->selectRow(row.row());
    });
    setEntry(tr("Type an idea, and press Enter"), tr("New kaizen idea"),
             [this](const QString &text) { return addTyped(text); });
    for (const EntityListBase *list : {static_cast<const EntityListBase *>(&m_store->rounds()),
                                       static_cast<const EntityListBase *>(&m_store->votes())})
        connect(list, &EntityListBase::modified, this, &IdeaBoardEditor::refreshVoting);
    refreshVoting();
    refreshFooter();
}

QWidget *IdeaBoardEditor::makeVotingBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("voting_bar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_dots = new QSpinBox(this);
    m_dots->setObjectName(QStringLiteral("dots_each"));
    m_dots->setRange(1, 20);
    m_dots->setValue(3);
    m_dots->setAccessibleName(tr("Dots for each participant"));
    auto *dotsLabel = new QLabel(tr("D&ots each:"), this);
    dotsLabel->setBuddy(m_dots);
    m_round = new QPushButton(this);
    m_round->setObjectName(QStringLiteral("round"));
    connect(m_round, &QPushButton::clicked, this, &IdeaBoardEditor::advanceRound);
    m_voter = new QComboBox(this);
    m_voter->setObjectName(QStringLiteral("voter"));
    m_voter->setEditable(true);
    m_voter->setMinimumContentsLength(14);
    m_voter->setAccessibleName(tr("Who is voting"));
    auto *voterLabel = new QLabel(tr("&Voter:"), this);
    voterLabel->setBuddy(m_voter);
    m_voteEdit = new QLineEdit(this);
    m_voteEdit->setObjectName(QStringLiteral("vote"));
    m_voteEdit->setPlaceholderText(tr("Idea no., Enter"));
    m_voteEdit->setAccessibleName(tr("The number of the idea the dot goes to"));
    m_voteEdit->setToolTip(tr("Type an idea's number and press Enter: one dot from the voter"));
    m_voteEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    m_voteEdit->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    connect(m_voteEdit, &QLineEdit::returnPressed, this, [this] {
        const QString refusal = vote(m_voteEdit->text());
        m_voteEdit->clear();
        if (!refusal.isEmpty())
            Q_EMIT statusMessage(refusal);
        m_voteState->setText(refusal.isEmpty() ? m_voteState->text() : refusal);
    });
    m_voteState = new QLabel(this);
    m_voteState->setObjectName(QStringLiteral("vote_state"));
    m_voteState->setWordWrap(true); // long in German, on a 1366 px laptop
    for (QWidget *w : std::initializer_list<QWidget *> {dotsLabel, m_dots, m_round, voterLabel,
                                                        m_voter, m_voteEdit})
        row->addWidget(w);
    row->addWidget(m_voteState, 1);
    return bar;
}

void IdeaBoardEditor::refreshVoting()
{
    const VotingRound *r = m_store->rounds().find(m_store->currentRound());
    using S = VotingRound::State;
    m_round->setText(!r                        ? tr("Start a &Round")
                         : r->state == S::Open ? tr("&Reveal the Votes")
                                               : tr("&Close the Round"));
    m_round->setToolTip(!r ? tr("A round of dot voting: each participant has the dots set beside")
                            : r->state == S::Open ? tr("Show the tally to the room")
                                                  : tr("Keep the round with its tally"));
    const bool voting = r && r->state == S::Open;
    m_dots->setEnabled(!r);
    m_voter->setEnabled(voting);
    m_voteEdit->setEnabled(voting);
    const QString current = m_voter->currentText();
    if (m_voter->count() == 0 || !voting) {
        m_voter->clear();
        m_voter->addItems(EntityNames::people(*document()));
        if (!current.isEmpty())
            m_voter->setCurrentText(current);
    }
    if (!r) {
        const VotingRound *closed = m_store->rounds().find(m_store->lastClosedRound());
        m_voteState->setText(closed
                                 ? tr("%1 closed; start a round to vote again.").arg(closed->name)
                                 : tr("No round open."));
        return;
    }
    const QString voter = m_voter->currentText().trimmed();
    m_voteState->setText(r->state == S::Open
                             ? tr("%1: %2 · %3 of %4 dots given · tally hidden until revealed")
                                   .arg(r->name, voter.isEmpty() ? tr("choose a voter") : voter)
                                   .arg(voter.isEmpty() ? 0 : m_store->dotsGiven(r->id, voter))
                                   .arg(r->dots())
                             : tr("%1: revealed").arg(r->name));
}

void IdeaBoardEditor::advanceRound()
{
    QUndoStack *undo = document()->undoStack();
    const EntityId current = m_store->currentRound();
    const VotingRound *r = m_store->rounds().find(current);
    if (!r) {
        undo->push(
            m_store->newRound(tr("Round %1").arg(m_store->rounds().count() + 1), m_dots->value()));
        m_voter->setFocus();
    } else {
        undo->push(m_store->changeRoundState(current,
                                             r->state == VotingRound::State::Open
                                                 ? VotingRound::State::Revealed
                                                 : VotingRound::State::Closed));
    }
}

QString IdeaBoardEditor::vote(const QString &text)
{
    bool number = false;
    const EntityId idea = m_store->ideaNumbered(text.trimmed().toInt(&number));
    if (!number || !idea)
        return tr("“%1” is not the number of an idea (1 to %2).")
            .arg(text.trimmed())
            .arg(m_store->ideas().count());
    const QString voter = m_voter->currentText().trimmed();
    QString why;
    QUndoCommand *dot = m_store->castDot(m_store->currentRound(), voter, idea, &why);
    if (!dot)
        return why;
    document()->undoStack()->push(dot);
    // All of one's dots given: on to the next participant, as the room queues at the wall.
    const VotingRound *r = m_store->rounds().find(m_store->currentRound());
    if (r && m_store->dotsGiven(r->id, voter) >= r->dots() && m_voter->currentIndex() >= 0
        && m_voter->currentIndex() + 1 < m_voter->count()) {
        m_voter->setCurrentIndex(m_voter->currentIndex() + 1);
        Q_EMIT statusMessage(tr("%1 has given all %2 dots; next: %3")
                                 .arg(voter)
                                 .arg(r->dots())
                                 .arg(m_voter->currentText()));
    }
    refreshVoting();
    return {};
}

QString IdeaBoardEditor::addTyped(const QString &text)
{
    KaizenIdea idea;
    idea.id = document()->newId();
    idea.title = text;
    document()->undoStack()->push(m_store->addIdeas({idea}));
    return {};
}

void IdeaBoardEditor::selectionToActions()
{
    int made = 0;
    for (EntityId id : selectedIds()) {
        if (!FollowUps::of(*document(), id).isEmpty())
            continue; // an action already follows from it
        if (QUndoCommand *command = m_store->toAction(id)) {
            document()->undoStack()->push(command);
            ++made;
        }
    }
    Q_EMIT statusMessage(tr("%n idea(s) turned into actions", nullptr, made));
}

void IdeaBoardEditor::removeRows(const QSet<EntityId> &ids)
{
    document()->undoStack()->push(m_store->removeIdeas(ids));
}

void IdeaBoardEditor::refreshFooter()
{
    setFooter(m_store->summary(m_store->registerId()));
}

} // namespace Takt
