#include "attendance/attendancecsv.h"
#include "attendance/attendanceeditor.h"
#include "attendance/attendancestore.h"
#include "attendance/attendancetablemodel.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The attendance: CSV in (with a header or a bare list of names, all or nothing), kept per
 *  day, undone and reopened, offered wherever a person is named, keyed in from the editor. */
class tst_Attendance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void csvWithHeaderInAnyOrder();
    void csvOfNamesAlone();
    void badCsvIsNamedByLineAndField_data();
    void badCsvIsNamedByLineAndField();
    void daysKeptUndoneAndReopened();
    void participantsAreThePeopleOffered();
    void tableMarksAbsenceAsUndoableStep();
    void editorKeysInParticipants();

private:
    static std::unique_ptr<Document> newDocument();
};

std::unique_ptr<Document> tst_Attendance::newDocument()
{
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        qFatal("%s", qPrintable(error));
    return document;
}

void tst_Attendance::csvWithHeaderInAnyOrder()
{
    // A BOM, CRLF, columns in another order and case, a quoted comma, non-Latin names.
    const QByteArray csv = "\xEF\xBB\xBFteam,NAME,Role\r\nData platform,王芳,\"Lead, labeling\"\r\n"
                           ",Мария Иванова,\"ML engineer\r\n(\"\"training\"\")\"\r\n\r\n";
    QString error;
    const auto people = AttendanceCsv::read(csv, &error);
    QVERIFY2(people, qPrintable(error));
    QCOMPARE(people->size(), 2);
    QCOMPARE(people->at(0).name, QStringLiteral("王芳"));
    QCOMPARE(people->at(0).role, QStringLiteral("Lead, labeling"));
    QCOMPARE(people->at(0).team, QStringLiteral("Data platform"));
    QCOMPARE(people->at(1).name, QStringLiteral("Мария Иванова"));
    QVERIFY(people->at(1).team.isEmpty());
    QCOMPARE(people->at(1).role,
             QStringLiteral("ML engineer\r\n(\"training\")")); // quoted, on two lines
    QVERIFY(people->at(1).isPresent(1));
    // Written and read back: the same people.
    const auto again = AttendanceCsv::read(AttendanceCsv::write(*people), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->at(0).role, people->at(0).role);
    QCOMPARE(again->at(1).name, people->at(1).name);
    QCOMPARE(again->at(1).role, people->at(1).role);
}

void tst_Attendance::csvOfNamesAlone()
{
    QString error;
    const auto people = AttendanceCsv::read("Ana Lima\nBo Chen\n\nChidi Okafor", &error);
    QVERIFY2(people, qPrintable(error));
    QCOMPARE(people->size(), 3);
    QCOMPARE(people->at(0).name, QStringLiteral("Ana Lima")); // the first line is a name too
    QCOMPARE(people->at(2).name, QStringLiteral("Chidi Okafor"));
    // A one-column file headed Name: the header is not a participant.
    const auto headed = AttendanceCsv::read("Name\nAna Lima\n", &error);
    QVERIFY2(headed, qPrintable(error));
    QCOMPARE(headed->size(), 1);
    QVERIFY(AttendanceCsv::read("", &error)->isEmpty());
}

void tst_Attendance::badCsvIsNamedByLineAndField_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column")
        << QByteArray("Name,Email\nAna,a@x\n") << QStringLiteral("Email");
    QTest::newRow("no name column")
        << QByteArray("Role,Team\nLead,Ops\n") << QStringLiteral("Name");
    QTest::newRow("empty name") << QByteArray("Name,Role\nAna,Lead\n,Coach\n")
                                << QStringLiteral("line 3, field \"Name\": empty");
    QTest::newRow("too many cells") << QByteArray("Name,Role\nAna,Lead,Ops,x\n")
                                    << QStringLiteral("line 2: 4 cells for 2 columns");
}

void tst_Attendance::badCsvIsNamedByLineAndField()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AttendanceCsv::read(csv, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_Attendance::daysKeptUndoneAndReopened()
{
    auto document = newDocument();
    AttendanceStore *store = AttendanceStore::of(*document);
    QVERIFY(store->registerId()); // every document has its attendance
    QCOMPARE(store->dayCount(), 1);
    QString error;
    QList<Participant> people = *AttendanceCsv::read("Ana Lima\nBo Chen\nChidi Okafor\n", &error);
    for (Participant &p : people)
        p.id = document->newId();
    document->undoStack()->push(store->addParticipants(people));
    document->undoStack()->push(store->changeDays(2));
    document->undoStack()->push(
        new ChangeField(&store->rowList(), people.at(1).id, int(Participant::Field::Day2), false));
    QCOMPARE(store->dayCount(), 2);
    QCOMPARE(store->presentOn(1), 3);
    QCOMPARE(store->presentOn(2), 2);
    QVERIFY2(store->summary(store->registerId())
                 .endsWith(QStringLiteral("; day 1: 3 present, day 2: 2 present")),
             qPrintable(store->summary(store->registerId())));
    // Bo again, in another case: not a second Bo.
    Participant again;
    again.name = QStringLiteral("bo chen");
    QVERIFY(store->newcomers({again}).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendance.takt"));
    QVERIFY2(document->save(path, &error), qPrintable(error));
    document.reset();
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    AttendanceStore *kept = AttendanceStore::of(*reopened);
    QCOMPARE(kept->dayCount(), 2);
    QCOMPARE(kept->participants().items().size(), 3);
    QVERIFY(!kept->participants().items().at(1).isPresent(2));
    QVERIFY(kept->participants().items().at(1).isPresent(1));
    // Undo after reopening is not there (a new session), but an edit and its undo are exact.
    reopened->undoStack()->push(kept->removeParticipants({people.at(0).id}));
    QCOMPARE(kept->participants().items().size(), 2);
    reopened->undoStack()->undo();
    QCOMPARE(kept->participants().items().first().name, QStringLiteral("Ana Lima"));
}

void tst_Attendance::participantsAreThePeopleOffered()
{
    auto document = newDocument();
    AttendanceStore *store = AttendanceStore::of(*document);
    QList<Participant> people = *AttendanceCsv::read("王芳\nAna Lima\n", nullptr);
    for (Participant &p : people)
        p.id = document->newId();
    document->undoStack()->push(store->addParticipants(people));
    const QStringList offered = EntityNames::people(*document);
    QVERIFY2(offered.contains(QStringLiteral("王芳")), qPrintable(offered.join(u',')));
    QVERIFY(offered.contains(QStringLiteral("Ana Lima")));
    // A participant is an entity a Source can name.
    QCOMPARE(EntityNames::find(*document, QStringLiteral("Ana Lima")), people.at(1).id);
}

void tst_Attendance::tableMarksAbsenceAsUndoableStep()
{
    auto document = newDocument();
    AttendanceStore *store = AttendanceStore::of(*document);
    AttendanceTableModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Participant> people = *AttendanceCsv::read("Name,Role\nAna,Coach\nBo,Lead\n", nullptr);
    for (Participant &p : people)
        p.id = document->newId();
    document->undoStack()->push(store->addParticipants(people));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex day1 = model.index(1, AttendanceTableModel::FirstDayColumn);
    QCOMPARE(model.data(day1, Qt::DisplayRole).toString(), QStringLiteral("present"));
    QCOMPARE(model.data(day1, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.flags(day1) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(day1, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.data(day1, Qt::DisplayRole).toString(), QStringLiteral("absent"));
    QCOMPARE(store->presentOn(1), 1);
    document->undoStack()->undo();
    QCOMPARE(model.data(day1, Qt::DisplayRole).toString(), QStringLiteral("present"));
    QCOMPARE(store->presentOn(1), 2);
}

void tst_Attendance::editorKeysInParticipants()
{
    auto document = newDocument();
    AttendanceEditor editor(document.get(), AttendanceStore::of(*document)->registerId());
    editor.resize(900, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.focusEntry();
    QTRY_VERIFY(editor.entryEdit()->hasFocus());
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Ana Lima, Coach, Data platform"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("Bo Chen"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    const AttendanceStore &store = *AttendanceStore::of(*document);
    QCOMPARE(store.participants().items().size(), 2);
    QCOMPARE(store.participants().items().at(0).team, QStringLiteral("Data platform"));
    QVERIFY(editor.entryEdit()->text().isEmpty()); // ready for the next
    // A name already there is refused, and the line keeps it to correct.
    QTest::keyClicks(editor.entryEdit(), QStringLiteral("bo chen"));
    QTest::keyClick(editor.entryEdit(), Qt::Key_Return);
    QCOMPARE(store.participants().items().size(), 2);
    QCOMPARE(editor.entryEdit()->text(), QStringLiteral("bo chen"));
    // Two days: a second column shows, and the footer counts both.
    QVERIFY(editor.table()->isColumnHidden(AttendanceTableModel::FirstDayColumn + 1));
    editor.daysBox()->setValue(2);
    QCOMPARE(store.dayCount(), 2);
    QVERIFY(!editor.table()->isColumnHidden(AttendanceTableModel::FirstDayColumn + 1));
    QTRY_VERIFY2(editor.footerText().contains(QStringLiteral("Day 2: all 2 present")),
                 qPrintable(editor.footerText()));
    document->undoStack()->undo(); // the days
    QVERIFY(editor.table()->isColumnHidden(AttendanceTableModel::FirstDayColumn + 1));
    QCOMPARE(editor.daysBox()->value(), 1);
}

QTEST_MAIN(tst_Attendance)
#include "tst_attendance.moc"
