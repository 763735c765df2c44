// The kill loop's driver (issue 11, part 1): a seeded random sequence of the edits a user makes
// (every registered kind's part of the example workshop, added through its own undo commands;
// the workshop record's fields; undo and redo, one step or several; save and save as) through
// the document and working-copy path the application takes, until it is killed.
//
// It writes a journal the harness (tst_killloop) reads after the kill, one line per event:
//   step N MS DIGEST    the state after edit N (DocumentState), at MS on the monotonic clock
//   save N PATH         a save of the state of edit N to PATH begins
//   saved N PATH        it has completed
// Usage: takt-killdriver SEED FOLDER JOURNAL

#include "artefactkinds.h"
#include "core/changefield.h"
#include "document/artefactkind.h"
#include "document/artefactregistry.h"
#include "document/document.h"
#include "document/workshoprecord.h"
#include "documentstate.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace Takt;

namespace {

class KillDriver
{
public:
    KillDriver(quint32 seed, const QString &folder, const QString &journal)
        : m_random(seed)
        , m_folder(folder)
        , m_journal(journal)
    { }

    bool start();
    void tick();

private:
    void note(const QByteArray &line);
    /** The state after the next edit, at the monotonic clock's time (the harness's too). */
    void step()
    {
        note("step " + QByteArray::number(++m_step) + ' '
             + QByteArray::number(QDeadlineTimer::current().deadline()) + ' '
             + DocumentState::digest(*m_document));
    }
    void save(const QString &path);
    void buildNextKind();
    void changeWorkshop();
    int percent() { return int(m_random.bounded(100)); }

    QRandomGenerator m_random;
    QDir m_folder;
    QFile m_journal;
    std::unique_ptr<Document> m_document;
    QJsonObject m_example;
    int m_nextKind = 0;
    int m_step = -1; // none yet
    int m_saveAs = 0;
};

bool KillDriver::start()
{
    QFile example(QStringLiteral(TAKT_RESOURCE_EXAMPLES "/workshop.json"));
    if (!example.open(QIODevice::ReadOnly)
        || !m_journal.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    m_example = QJsonDocument::fromJson(example.readAll()).object();
    QString error;
    m_document = Document::createNew(&error);
    if (!m_document) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    step(); // step 0: the new document
    save(m_folder.filePath(QStringLiteral("workshop-a.takt")));
    return true;
}

void KillDriver::note(const QByteArray &line)
{
    // One write per line, unbuffered: the kernel has it the moment write() returns, so a kill
    // loses no line but, at most, the one being written (which the harness ignores).
    m_journal.write(line + '\n');
}

void KillDriver::save(const QString &path)
{
    note("save " + QByteArray::number(m_step) + ' ' + path.toUtf8());
    QString error;
    if (m_document->save(path, &error))
        note("saved " + QByteArray::number(m_step) + ' ' + path.toUtf8());
    else
        fprintf(stderr, "%s\n", qPrintable(error));
}

void KillDriver::buildNextKind()
{
    QUndoStack *stack = m_document->undoStack();
    while (stack->canRedo()) // the example's later parts name its earlier ones
        stack->redo();
    const auto &kinds = ArtefactRegistry::kinds();
    QString error;
    if (!kinds.at(size_t(m_nextKind++))
             ->buildExample(*m_document, m_example, QStringLiteral(TAKT_RESOURCE_EXAMPLES), &error))
        fprintf(stderr, "%s\n", qPrintable(error));
}

void KillDriver::changeWorkshop()
{
    static const QList<WorkshopMetadata::Field> fields {
        WorkshopMetadata::Field::Title, WorkshopMetadata::Field::Location,
        WorkshopMetadata::Field::Objective, WorkshopMetadata::Field::Notes};
    const auto field = fields.at(int(m_random.bounded(fields.size())));
    const QString text
        = QStringLiteral("Edit %1 – Überprüfung %2").arg(m_step).arg(m_random.generate());
    m_document->undoStack()->push(
        new ChangeField(m_document->workshop(), WorkshopRecord::Id, int(field), text));
}

void KillDriver::tick()
{
    QUndoStack *stack = m_document->undoStack();
    const int roll = percent();
    if (m_nextKind < int(ArtefactRegistry::kinds().size()) && roll < 30) {
        buildNextKind();
    } else if (roll < 55) {
        changeWorkshop();
    } else if (roll < 68 && stack->canUndo()) {
        stack->undo();
    } else if (roll < 80 && stack->canRedo()) {
        stack->redo();
    } else if (roll < 85) {
        for (int n = 1 + int(m_random.bounded(5)); n > 0 && stack->canUndo(); --n)
            stack->undo();
    } else if (roll < 89) { // rare enough that the working copy, not a save, keeps most edits
        save(m_document->filePath());
        return;
    } else if (roll < 91) {
        save(m_folder.filePath(++m_saveAs % 2 ? QStringLiteral("workshop-b.takt")
                                              : QStringLiteral("workshop-a.takt")));
        return;
    } else {
        return; // a pause: the working copy catches up
    }
    step();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TaktKillLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("TaktKillLoop"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        fprintf(stderr, "usage: takt-killdriver SEED FOLDER JOURNAL\n");
        return 2;
    }
    registerArtefactKinds();
    KillDriver driver(args.at(1).toUInt(), args.at(2), args.at(3));
    if (!driver.start())
        return 1;
    // Edits a few milliseconds apart, as fast as a facilitator's typing and faster: most
    // kills find edits that the working copy has not taken yet.
    QTimer timer;
    QRandomGenerator pace(args.at(1).toUInt() ^ 0x5eed);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        driver.tick();
        timer.setInterval(int(pace.bounded(2, 30)));
    });
    timer.start(10);
    return app.exec();
}
