#include "agendafactory.h"

#include "agenda/facilitationtimer.h"
#include "editor/editorcontext.h"
#include "editor/kindactions.h"

#include <QAction>
#include <QMenu>

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
    }
    void currentEditorChanged(ArtefactEditor *) override { }

private:
    AgendaStore *store() const { return AgendaStore::of(*m_context.document()); }

    EditorContext &m_context;
};
} // namespace

KindActions *AgendaFactory::createActions(EditorContext &context, QObject *parent) const
{
    return new AgendaMenu(context, parent);
}

} // namespace Takt
