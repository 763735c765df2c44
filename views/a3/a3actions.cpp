#include "a3actions.h"

#include "a3/a3store.h"
#include "a3/a3templates.h"
#include "a3/pdca.h"
#include "a3editor.h"
#include "document/document.h"
#include "editor/diagramview.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace Takt {

A3Actions::A3Actions(EditorContext &context, QObject *parent)
    : KindActions(parent)
    , m_context(context)
{
    QMenu *menu = m_context.addMenu(problemMenuTitle());
    QMenu *fresh = menu->addMenu(tr("New &A3"));
    fresh->setObjectName(QStringLiteral("new-a3-menu"));
    for (A3Templates::Template which : A3Templates::all()) {
        QAction *action = fresh->addAction(A3Templates::title(which), this,
                                           [this, which] { newReport(which); });
        action->setObjectName(QStringLiteral("new-a3-%1").arg(int(which)));
        if (which == A3Templates::Empty)
            fresh->addSeparator();
    }
    menu->addSeparator();
    editorAction(menu, tr("&Next PDCA Stage…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                 [this](A3Editor *e) { nextStage(e); })
        ->setObjectName(QStringLiteral("a3-next-stage"));
    editorAction(menu, tr("Ask W&hy of the A3…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                 [this](A3Editor *e) { askWhy(e); })
        ->setObjectName(QStringLiteral("a3-ask-why"));
    editorAction(menu, tr("Save A3 as &Image…"), {}, [this](A3Editor *e) {
        e->sheetView()->saveWithDialog(
            m_context, A3Store::of(*m_context.document())->artefactName(e->artefactId()));
    })->setObjectName(QStringLiteral("a3-save-sheet"));
    menu->addSeparator();
    editorAction(menu, tr("Delete A&3"), {}, [this](A3Editor *e) {
        Document *document = m_context.document();
        if (QUndoCommand *command = A3Store::of(*document)->removeReport(e->artefactId()))
            document->undoStack()->push(command); // undoable: no question asked
    })->setObjectName(QStringLiteral("delete-a3"));
    currentEditorChanged(context.currentEditor());
}

QAction *A3Actions::editorAction(QMenu *menu,
                                 const QString &text,
                                 const QKeySequence &shortcut,
                                 const std::function<void(A3Editor *)> &run)
{
    return addEditorAction<A3Editor>(menu, m_context, text, shortcut, run);
}

void A3Actions::currentEditorChanged(ArtefactEditor *editor)
{
    setEditorActionsEnabled(qobject_cast<A3Editor *>(editor) != nullptr);
}

void A3Actions::newReport(int which)
{
    Document *document = m_context.document();
    A3Store &store = *A3Store::of(*document);
    A3Sheet sheet = A3Templates::build(A3Templates::Template(which), QDate::currentDate(),
                                       [&] { return document->newId(); });
    // A3s are told apart by name, on the command line (--item) and in the navigator.
    const QString base = sheet.report.name;
    for (int n = 2; store.artefactByName(sheet.report.name); ++n)
        sheet.report.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    document->undoStack()->push(store.addReport(sheet, tr("New A3 \"%1\"").arg(sheet.report.name)));
    if (auto *editor = qobject_cast<A3Editor *>(m_context.openArtefact(sheet.report.id)))
        editor->requestPropertiesFocus();
}

bool A3Actions::askResult(EntityId report, std::optional<double> *result)
{
    const A3Report &r = *A3Store::of(*m_context.document())->report(report);
    const QString figure = r.figure.isEmpty() ? tr("the goal's figure") : r.figure;
    const QString target = r.target ? QLocale().toString(*r.target, 'g', 6) : tr("(no target set)");
    bool ok = false;
    const double value = QInputDialog::getDouble(
        m_context.window(), tr("Check"),
        tr("What does %1 measure now? The target is %2.").arg(figure, target),
        r.result.value_or(r.baseline.value_or(0)), -1e12, 1e12, 3, &ok);
    if (ok)
        *result = value;
    return ok;
}

void A3Actions::nextStage(A3Editor *editor)
{
    Document *document = m_context.document();
    A3Store &store = *A3Store::of(*document);
    const EntityId id = editor->artefactId();
    const A3Report *r = store.report(id);
    if (!r || r->stage == A3Report::Stage::Done) {
        m_context.showStatus(tr("This A3 is done."), 4000);
        return;
    }
    A3Report::Stage to = Pdca::next(r->stage);
    if (r->stage == A3Report::Stage::Act && !askDoneOrAgain(&to))
        return;
    std::optional<double> result;
    if (to == A3Report::Stage::Check && !askResult(id, &result))
        return;
    if (QUndoCommand *command = store.moveStage(id, to, QDate::currentDate(), QString(), result))
        document->undoStack()->push(command);
    r = store.report(id);
    if (r->stage == A3Report::Stage::Check && Pdca::targetMet(*r) == false)
        offerReopen(id);
}

bool A3Actions::askDoneOrAgain(A3Report::Stage *to)
{
    QMessageBox box(QMessageBox::Question, tr("Act"),
                    tr("Is the countermeasure the new standard, or does the problem need another "
                       "turn of PDCA?"),
                    QMessageBox::NoButton, m_context.window());
    QPushButton *done = box.addButton(tr("Standardised: Done"), QMessageBox::AcceptRole);
    QPushButton *again = box.addButton(tr("Another Turn: Plan"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(done);
    box.exec();
    if (box.clickedButton() != done && box.clickedButton() != again)
        return false;
    *to = box.clickedButton() == done ? A3Report::Stage::Done : A3Report::Stage::Plan;
    return true;
}

void A3Actions::offerReopen(EntityId report)
{
    // The loop closes in the data: a missed target questions the analysis, not the paper.
    Document *document = m_context.document();
    A3Store &store = *A3Store::of(*document);
    int confirmed = 0;
    for (const RootCause &root : store.rootCausesOf(report))
        confirmed += root.confirmed;
    const QString text = confirmed
        ? tr("The result misses the target. Reopen the analysis? The A3 goes back to Plan and "
             "the %n confirmed root cause(s) of its analysis are marked as not confirmed by the "
             "result.",
             nullptr, confirmed)
        : tr("The result misses the target. Reopen the analysis? The A3 goes back to Plan.");
    QMessageBox box(QMessageBox::Question, tr("Target missed"), text, QMessageBox::NoButton,
                    m_context.window());
    QPushButton *reopen = box.addButton(tr("Reopen the Analysis"), QMessageBox::AcceptRole);
    box.addButton(tr("Stay in Check"), QMessageBox::RejectRole);
    box.setDefaultButton(reopen);
    box.exec();
    if (box.clickedButton() == reopen)
        if (QUndoCommand *command = store.reopen(report, QDate::currentDate()))
            document->undoStack()->push(command);
}

void A3Actions::askWhy(A3Editor *editor)
{
    Document *document = m_context.document();
    EntityId analysis = 0;
    if (QUndoCommand *command = A3Store::of(*document)->askWhy(editor->artefactId(), &analysis)) {
        document->undoStack()->push(command);
        m_context.openArtefact(analysis);
    }
}

} // namespace Takt
