#include "actions/actionitem.h"
#include "common/csvcolumns.h"
#include "core/entitylist.h"
#include "document/document.h"
#include "document/recordtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

/** The session record's shared table (RecordTableModel) and CSV header matching
 *  (CsvColumns): cells as shown, edits as undo steps, refusals with the reason. */
class TestRecordTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }

    void cellsEditsAndUndo()
    {
        auto document = TaktTest::documentWithExampleMap();
        using F = ActionItem::Field;
        const auto &fields = ActionItem::fields();
        EntityList<ActionItem> list(fields, [](const ActionItem &a) { return a.what; });
        ActionItem a;
        a.id = 1;
        a.what = QStringLiteral("Split the labeling batch");
        a.due = QDate(2026, 12, 4);
        a.status = ActionItem::Status::Done;
        list.insert(0, a);
        RecordTableModel model(document.get(), &list, fields.context(),
                               {fields.find(int(F::What))->def, fields.find(int(F::Due))->def,
                                fields.find(int(F::Status))->def});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), "Due");
        QCOMPARE(model.index(0, 1).data().toString(), "4 Dec 2026");
        QCOMPARE(model.index(0, 2).data().toString(), "done");
        QCOMPARE(model.index(0, 2).data(RecordTableModel::ChoicesRole).toList().size(), 4);
        QVERIFY(model.index(0, 0).data(RecordTableModel::SearchRole).toString().contains("batch"));
        QCOMPARE(model.index(0, 1).data(RecordTableModel::SortRole).toLongLong(),
                 QDate(2026, 12, 4).toJulianDay());

        QString refused;
        connect(&model, &RecordTableModel::refused, this, [&](const QString &r) { refused = r; });
        QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("31 Feb")));
        QVERIFY(!refused.isEmpty());
        QCOMPARE(list.items().first().due, QDate(2026, 12, 4));

        QUndoStack *undo = document->undoStack();
        const int before = undo->count();
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("2026-12-09")));
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("  Split it  ")));
        QCOMPARE(list.items().first().due, QDate(2026, 12, 9));
        QCOMPARE(list.items().first().what, "Split it");
        QCOMPARE(model.index(0, 1).data().toString(), "9 Dec 2026");
        QCOMPARE(undo->count(), before + 2);
        undo->undo();
        undo->undo();
        QCOMPARE(list.items().first().due, QDate(2026, 12, 4));
        QCOMPARE(list.items().first().what, "Split the labeling batch");

        ActionItem b;
        b.id = 2;
        list.insert(1, b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(1), EntityId(2));
        QCOMPARE(model.index(1, 1).data(RecordTableModel::SortRole).toLongLong(),
                 std::numeric_limits<qint64>::max()); // undated last
        list.take(1);
        QCOMPARE(model.rowCount(), 1);
    }

    void csvColumns_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QString>("problem");
        QTest::newRow("any order and case")
            << QStringList {" team", "NAME"} << QList<int> {2, 0} << QString();
        QTest::newRow("unknown")
            << QStringList {"Name", "Age"} << QList<int> {}
            << "line 1: \"Age\" is not a column of the list (Name, Role, Team)";
        QTest::newRow("twice") << QStringList {"Name", "name"} << QList<int> {}
                               << "line 1: the column \"Name\" comes twice";
        QTest::newRow("missing") << QStringList {"Role"} << QList<int> {}
                                 << "line 1: the column \"Name\" is missing";
    }
    void csvColumns()
    {
        QFETCH(QStringList, header);
        QFETCH(QList<int>, expected);
        QFETCH(QString, problem);
        QString said;
        const auto matched
            = CsvColumns::match(header, {"Name", "Role", "Team"}, "Name", "the list", &said);
        QCOMPARE(said, problem);
        QCOMPARE(matched.has_value(), problem.isEmpty());
        if (matched)
            QCOMPARE(*matched, expected);
    }
};

QTEST_GUILESS_MAIN(TestRecordTable)
#include "tst_recordtable.moc"
