#pragma once

#include "editor/recordtableeditor.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Takt {

class IdeaMatrixView;
class IdeaStore;

/**
 * The kaizen ideas: a table (numbered as the room calls them, typed in one line, edited in
 * place) beside the impact/effort 2×2, and the dot voting: start a round of N dots each,
 * choose who votes and type an idea's number (Enter gives a dot; the next voter follows once
 * one's dots are given), or type totals in the Dots column; the tally is hidden until revealed.
 */
class IdeaBoardEditor : public RecordTableEditor
{
    Q_OBJECT

public:
    IdeaBoardEditor(Document *document, EntityId registerId, QWidget *parent = nullptr);

    QString addTyped(const QString &text);
    /** A dot from the chosen voter for idea number @p text; why not, if not. */
    QString vote(const QString &text);
    /** The selected ideas turned into actions, one undo step each. */
    void selectionToActions();

    IdeaMatrixView *matrix() const { return m_matrix; }
    QComboBox *voterBox() const { return m_voter; }
    QLineEdit *voteEdit() const { return m_voteEdit; }
    QPushButton *roundButton() const { return m_round; }
    QSpinBox *dotsBox() const { return m_dots; }

protected:
    void removeRows(const QSet<EntityId> &ids) override;
    void refreshFooter() override;

private:
    QWidget *makeVotingBar();
    void refreshVoting();
    void advanceRound();

    IdeaStore *const m_store;
    IdeaMatrixView *m_matrix = nullptr;
    QSpinBox *m_dots = nullptr;
    QPushButton *m_round = nullptr;
    QComboBox *m_voter = nullptr;
    QLineEdit *m_voteEdit = nullptr;
    QLabel *m_voteState = nullptr;
};

} // namespace Takt
