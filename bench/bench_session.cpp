// The session record's budgets: a keystroke (a typed row, a dot) <= 16 ms, a register of
// hundreds opens <= 200 ms, whatever the room's size: 1,000 participants read from CSV, an
// agenda of 500 items, 500 ideas with a round of 200 voters of 3 dots each.

#include "agenda/agendaeditor.h"
#include "agenda/agendastore.h"
#include "agenda/facilitationtimer.h"
#include "artefactkinds.h"
#include "attendance/attendancecsv.h"
#include "attendance/attendancestore.h"
#include "document/document.h"
#include "ideas/ideaboardeditor.h"
#include "ideas/ideastore.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class bench_Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importAttendanceOf1000();
    void openAnAgendaOf500();
    void typeAnAgendaItem();
    void openABoardOf500Ideas();
    void castADot();

private:
    std::unique_ptr<Document> m_document;
    QByteArray m_people;
};

void bench_Session::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerArtefactKinds();
    QList<QStringList> rows {
        {QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Team")}};
    QByteArray csv = "Name,Role,Team\n";
    for (int i = 0; i < 1000; ++i)
        csv += QStringLiteral("Person %1 王,Engineer,\"Team %2, MLOps\"\n")
                   .arg(i)
                   .arg(i % 12)
                   .toUtf8();
    m_people = csv;
    QString error;
    m_document = Document::createNew(&error);
    QList<AgendaItem> items;
    for (int i = 0; i < 500; ++i) {
        AgendaItem item;
        item.id = m_document->newId();
        item.day = 1 + i / 100;
        item.title = QStringLiteral("Agenda item %1").arg(i);
        item.planned = 20 * 60.0;
        if (i < 250)
            item.actual = (18 + i % 7) * 60.0;
        items << item;
    }
    m_document->undoStack()->push(AgendaStore::of(*m_document)->addItems(items));
    IdeaStore *ideas = IdeaStore::of(*m_document);
    QList<KaizenIdea> list;
    for (int i = 0; i < 500; ++i) {
        KaizenIdea idea;
        idea.id = m_document->newId();
        idea.title = QStringLiteral("Idea %1: cut the wait").arg(i);
        idea.tags = QStringLiteral("flow, tag %1").arg(i % 9);
        idea.impact = 1 + i % 10;
        idea.effort = 1 + (i * 7) % 10;
        list << idea;
    }
    m_document->undoStack()->push(ideas->addIdeas(list));
    m_document->undoStack()->push(ideas->newRound(QStringLiteral("Round 1"), 3));
    const EntityId round = ideas->currentRound();
    for (int voter = 0; voter < 200; ++voter)
        for (int dot = 0; dot < 3; ++dot) {
            QString why;
            m_document->undoStack()->push(
                ideas->castDot(round, QStringLiteral("Voter %1").arg(voter),
                               ideas->ideaNumbered(1 + (voter * 3 + dot * 11) % 500), &why));
        }
}

void bench_Session::importAttendanceOf1000()
{
    QBENCHMARK
    {
        QString error;
        auto document = Document::createNew(&error);
        auto people = AttendanceCsv::read(m_people, &error);
        QVERIFY2(people, qPrintable(error));
        AttendanceStore *store = AttendanceStore::of(*document);
        QList<Participant> fresh = store->newcomers(*people);
        for (Participant &p : fresh)
            p.id = document->newId();
        document->undoStack()->push(store->addParticipants(fresh));
        QVERIFY(document->flush(&error));
        QCOMPARE(store->participants().count(), 1000);
    }
}

void bench_Session::openAnAgendaOf500()
{
    QBENCHMARK
    {
        AgendaEditor editor(m_document.get(), AgendaStore::of(*m_document)->registerId());
        editor.resize(1366, 700);
        editor.show();
        QCoreApplication::processEvents();
    }
}

void bench_Session::typeAnAgendaItem()
{
    AgendaEditor editor(m_document.get(), AgendaStore::of(*m_document)->registerId());
    editor.resize(1366, 700);
    editor.show();
    QCoreApplication::processEvents();
    int i = 0;
    QBENCHMARK
    {
        editor.entryEdit()->setText(QStringLiteral("Typed item %1, 15, Zoë Martin").arg(i++));
        QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
}

void bench_Session::openABoardOf500Ideas()
{
    QBENCHMARK
    {
        IdeaBoardEditor editor(m_document.get(), IdeaStore::of(*m_document)->registerId());
        editor.resize(1366, 700);
        editor.show();
        QCoreApplication::processEvents();
    }
}

void bench_Session::castADot()
{
    IdeaStore *ideas = IdeaStore::of(*m_document);
    IdeaBoardEditor editor(m_document.get(), ideas->registerId());
    editor.resize(1366, 700);
    editor.show();
    QCoreApplication::processEvents();
    int i = 0;
    QBENCHMARK
    {
        // A new voter each time: 3 dots each, so the bench never runs out.
        editor.voterBox()->setEditText(QStringLiteral("Bench voter %1").arg(i++));
        editor.vote(QString::number(1 + i % 500));
        QCoreApplication::processEvents();
    }
}

QTEST_MAIN(bench_Session)
#include "bench_session.moc"
