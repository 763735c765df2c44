#pragma once

#include "editor/recordtableeditor.h"
#include "presenterwindow.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Takt {

class AgendaStore;

/**
 * The agenda: its items by day in a table edited in place ("title, minutes, led by" typed in
 * one line), moved with Alt+Up and Alt+Down or by dragging a row's number; and the timer of
 * the item being run, with the agenda's balance ("12 min behind"), and the presenter view
 * for the room.
 */
class AgendaEditor : public RecordTableEditor
{
    Q_OBJECT

public:
    AgendaEditor(Document *document, EntityId registerId, QWidget *parent = nullptr);
    ~AgendaEditor() override;

    QString addTyped(const QString &text);
    /** The selected item one place up (-1) or down (+1), as one undo step. */
    void moveSelection(int by);
    QSpinBox *dayBox() const { return m_day; }
    QPushButton *startButton() const { return m_start; }
    QLabel *timerLabel() const { return m_clock; }
    QLabel *balanceLabel() const { return m_balance; }
    PresenterWindow *presenter() const { return m_presenter; }
    /** The presenter view on the projector (opened, or brought back). */
    void showPresenter();

protected:
    void removeRows(const QSet<EntityId> &ids) override;
    void refreshFooter() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeTimerBar();
    void refreshTimer();

    AgendaStore *const m_store;
    QSpinBox *m_day = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_balance = nullptr;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace Takt
