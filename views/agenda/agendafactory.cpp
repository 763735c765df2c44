#include "agendafactory.h"

#include "agenda/facilitationtimer.h"
#include "editor/editorcontext.h"
#include "editor/kindactions.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTimer>

namespace Takt {

namespace {
/** Session ▸ New Agenda Item, Start or Pause the Timer, Next Item, Presenter View. */
class AgendaMenu : public KindActions
{
public:
    AgendaMenu(EditorContext &context, QObject *parent)
        : KindActions(parent)
        , m_context(context)
    {
        const auto tr = [](const char *text) {
            return QCoreApplication::translate("Takt::AgendaMenu", text);
        };
        QMenu *menu = context.addMenu(RecordTableEditor::sessionMenuTitle());
        RecordTableEditor::addNewRowAction(
            context, menu, tr("New A&genda Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
            QStringLiteral("new-agenda-item"), [this] { return store()->registerId(); });
        QAction *start = menu->addAction(tr("Start or Pause the &Timer"), this, [this] {
            FacilitationTimer *timer = store()->timer();
            timer->isRunning() ? timer->pause() : timer->start();
        });
        start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        start->setObjectName(QStringLiteral("timer-start"));
        QAction *next
            = menu->addAction(tr("Ne&xt Agenda Item"), this, [this] { store()->timer()->next(); });
        next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        next->setObjectName(QStringLiteral("timer-next"));
        QAction *presenter = menu->addAction(tr("P&resenter View"), this, [this] {
            if (auto *editor
                = qobject_cast<AgendaEditor *>(m_context.openArtefact(store()->registerId())))
                editor->showPresenter();
        });
        presenter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
        presenter->setObjectName(QStringLiteral("presenter-timer"));
        addTimerLabel();
    }
    void currentEditorChanged(ArtefactEditor *) override { }

private:
    AgendaStore *store() const { return AgendaStore::of(*m_context.document()); }
    /** The running item and its time in the status bar, from any tab. */
    void addTimerLabel()
    {
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("status-timer"));
        label->hide();
        m_context.addStatusWidget(label);
        auto *ticker = new QTimer(label);
        ticker->setInterval(500);
        connect(ticker, &QTimer::timeout, label, [this, label] {
            const FacilitationTimer *timer = store()->timer();
            const AgendaItem *item = store()->row(timer->item());
            label->setVisible(item);
            if (item)
                label->setText(
                    (timer->isRunning()
                         ? QCoreApplication::translate("Takt::AgendaMenu", "Timer: %1, %2")
                         : QCoreApplication::translate("Takt::AgendaMenu",
                                                       "Timer: %1, %2 (paused)"))
                        .arg(item->title, FacilitationTimer::clockText(timer->remaining())));
        });
        ticker->start();
    }

    EditorContext &m_context;
};
} // namespace

KindActions *AgendaFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new AgendaMenu(context, parent);
}

} // namespace Takt
