#include "actions/actionimportdialog.h"
#include "core/fieldtext.h"
#include "document/document.h"
#include "document/workshoppropertiesdialog.h"
#include "document/workshoprecord.h"
#include "editor/datefield.h"
#include "testsupport.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The small widgets and dialogs every kind shares, as a user types into them. */
class tst_Dialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionImportListsEveryProblemFirst();
    void datesAsTyped_data();
    void datesAsTyped();
    void dateFieldTypesPicksAndClears();
    void endDateCalendarOpensAtTheStart();
    void workshopDatesAreStoredAsTyped();
};

void tst_Dialogs::initTestCase()
{
    TaktTest::isolateAppData();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_Dialogs::datesAsTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate third(2026, 12, 3);
    QTest::newRow("ISO") << "en_GB"
                         << "2026-12-03" << third;
    QTest::newRow("as Takt shows it") << "en_GB"
                                      << "3 Dec 2026" << third; // once stored 2 Dec
    QTest::newRow("month in full") << "en_GB"
                                   << "3 December 2026" << third;
    QTest::newRow("British short") << "en_GB"
                                   << "03/12/2026" << third;
    QTest::newRow("American short") << "en_US"
                                    << "12/3/26" << third;
    QTest::newRow("American, full year") << "en_US"
                                         << "12/3/2026" << third;
    QTest::newRow("German short") << "de_DE"
                                  << "03.12.26" << third;
    QTest::newRow("German words") << "de_DE"
                                  << "3. Dez. 2026" << third;
    QTest::newRow("English words in German") << "de_DE"
                                             << "3 Dec 2026" << third;
    QTest::newRow("nonsense") << "en_GB"
                              << "not set026-12-03" << QDate();
    QTest::newRow("no such day") << "en_GB"
                                 << "31/02/2026" << QDate();
}

void tst_Dialogs::datesAsTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = FieldText::parseDate(text, QLocale(locale));
    QCOMPARE(parsed.value_or(QDate()), date);
}

void tst_Dialogs::dateFieldTypesPicksAndClears()
{
    DateField field;
    QSignalSpy changed(&field, &DateField::dateChanged);
    QCOMPARE(field.lineEdit()->text(), QString());
    QCOMPARE(field.lineEdit()->placeholderText(), QStringLiteral("not set"));
    // Typing into an unset date starts from nothing: no "not set" left in the text.
    field.lineEdit()->setFocus();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("2026-12-03"));
    QVERIFY(field.commit());
    QCOMPARE(field.date(), QDate(2026, 12, 3));
    QCOMPARE(field.lineEdit()->text(), QStringLiteral("3 Dec 2026"));
    QCOMPARE(changed.count(), 1);

    field.lineEdit()->setText(QStringLiteral("soon"));
    QVERIFY(!field.commit());
    QVERIFY(field.isRefused());
    QVERIFY2(field.refusal().startsWith(QStringLiteral("\"soon\" is not a date")),
             qPrintable(field.refusal()));
    QCOMPARE(field.date(), QDate(2026, 12, 3)); // the refused text is not stored

    field.showCalendar(); // at the date shown
    QCOMPARE(field.calendar()->yearShown(), 2026);
    QCOMPARE(field.calendar()->monthShown(), 12);
    Q_EMIT field.calendar()->clicked(QDate(2026, 12, 4));
    QCOMPARE(field.date(), QDate(2026, 12, 4));
    QVERIFY(!field.isRefused());
    QVERIFY(field.calendar()->isHidden());

    field.lineEdit()->clear(); // the clear button
    QVERIFY(field.commit());
    QCOMPARE(field.date(), QDate());
    field.showCalendar(); // no date: today
    QCOMPARE(field.calendar()->yearShown(), QDate::currentDate().year());
    QCOMPARE(field.calendar()->monthShown(), QDate::currentDate().month());
    field.calendar()->hide();
}

void tst_Dialogs::endDateCalendarOpensAtTheStart()
{
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    WorkshopPropertiesDialog dialog(document.get());
    auto *start = dialog.findChild<DateField *>(QStringLiteral("start_date"));
    auto *end = dialog.findChild<DateField *>(QStringLiteral("end_date"));
    QVERIFY(start && end);
    start->setDate(QDate(2027, 3, 15));
    end->showCalendar();
    QCOMPARE(end->calendar()->yearShown(), 2027);
    QCOMPARE(end->calendar()->monthShown(), 3);
    end->calendar()->hide();
}

void tst_Dialogs::workshopDatesAreStoredAsTyped()
{
    QString error;
    auto document = Document::createNew(&error);
    QVERIFY2(document, qPrintable(error));
    WorkshopPropertiesDialog dialog(document.get());
    auto *start = dialog.findChild<DateField *>(QStringLiteral("start_date"));
    auto *end = dialog.findChild<DateField *>(QStringLiteral("end_date"));
    start->lineEdit()->setText(QStringLiteral("3 Dec 2026"));
    end->lineEdit()->setText(QStringLiteral("the day after"));
    dialog.accept(); // refused: the reason shows under the end date, nothing is stored
    QVERIFY(!dialog.result());
    QCOMPARE(document->undoStack()->count(), 0);
    const auto *message = dialog.findChild<QLabel *>(QStringLiteral("end_date_message"));
    QVERIFY(message && !message->isHidden());
    end->lineEdit()->setText(QStringLiteral("2026-12-04"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(document->metadata().startDate, QDate(2026, 12, 3));
    QCOMPARE(document->metadata().endDate, QDate(2026, 12, 4));
    document->undoStack()->undo();
    QCOMPARE(document->metadata().startDate, QDate());
}

void tst_Dialogs::actionImportListsEveryProblemFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.csv"));
    QVERIFY(TaktTest::writeFile(path,
                                "What,Due,Status\nFix the gate,2026-12-01,open\n"
                                "Own it,soon,open\n,2026-12-03,\nShip,2026-12-04,finished\n"));
    ActionImportDialog dialog(path);
    // Every bad row, each with its line and field; nothing to import until all are right.
    QCOMPARE(dialog.problems().size(), 3);
    QVERIFY2(dialog.problems().at(0).startsWith(QStringLiteral("line 3, field \"Due\"")),
             qPrintable(dialog.problems().at(0)));
    QVERIFY(dialog.problems().at(1).startsWith(QStringLiteral("line 4, field \"What\"")));
    QVERIFY(dialog.problems().at(2).startsWith(QStringLiteral("line 5, field \"Status\"")));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("problems"))->count(), 3);
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("import"));
    QVERIFY(!import->isEnabled());
    QVERIFY(dialog.actions().isEmpty());
    // Fixed outside, read again: the preview lists what will come in.
    QVERIFY(TaktTest::writeFile(path,
                                "What,Due,Status\nFix the gate,2026-12-01,open\n"
                                "Own it,2026-12-02,done\n"));
    dialog.reload();
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(import->isEnabled());
    QCOMPARE(dialog.actions().size(), 2);
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Own it"));
}

QTEST_MAIN(tst_Dialogs)
#include "tst_dialogs.moc"
