#include "core/addremoveentities.h"
#include "core/changefield.h"
#include "core/fieldtext.h"
#include "testsupport.h"
#include "vsm/attributetext.h"
#include "vsm/insertprocessstep.h"
#include "vsm/workingtime.h"

#include <QSignalSpy>
#include <QTest>

using namespace Takt;

/** The generic building blocks every kind uses: typed field text, entity lists and their
 *  dirty rows, the field edit command; and the maps' figures worked out from what the room
 *  knows. */
class tst_Fields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void fieldText_data();
    void fieldText();
    void formatsAsTyped();
    void limitsAndWarningsOfAField();
    void entityListAnnouncesAndTracksDirtyRows();
    void changeFieldMergesAndBecomesObsolete();
    void workingTime();
    void attributeText();
    void stepAtTheEndOfTheRow();
};

void tst_Fields::fieldText_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("value"); // invalid: refused, or "not measured" when no error
    QTest::addColumn<QString>("error");
    const int duration = int(FieldType::Duration), fraction = int(FieldType::Fraction),
              whole = int(FieldType::WholeNumber), number = int(FieldType::Number);
    QTest::newRow("45 min") << duration << "45 min" << QVariant(2700.0) << "";
    QTest::newRow("1.5 d") << duration << "1.5 d" << QVariant(129600.0) << "";
    QTest::newRow("soon") << duration << "soon" << QVariant() << "C/T: \"soon\" is not a duration";
    QTest::newRow("empty duration") << duration << "  " << QVariant() << "";
    QTest::newRow("90 %") << fraction << "90 %" << QVariant(0.9) << "";
    QTest::newRow("90") << fraction << "90" << QVariant(0.9) << "";
    QTest::newRow("0.9") << fraction << "0.9" << QVariant(0.9) << "";
    QTest::newRow("150 %") << fraction << "150 %" << QVariant()
                           << "C/T: \"150 %\" is more than 100 %";
    QTest::newRow("3") << whole << "3" << QVariant(3) << "";
    QTest::newRow("2.5 people") << whole << "2.5" << QVariant()
                                << "C/T: \"2.5\" is not a whole number";
    QTest::newRow("negative") << number << "-1" << QVariant()
                              << "C/T: this figure cannot be negative (\"-1\")";
    QTest::newRow("words") << number << "many" << QVariant() << "C/T: \"many\" is not a number";
}

void tst_Fields::fieldText()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    QVariant parsed;
    QString message;
    const bool ok
        = FieldText::parse(FieldType(type), QStringLiteral("C/T"), text, &parsed, &message);
    QCOMPARE(ok, error.isEmpty());
    if (ok)
        QCOMPARE(parsed, value);
    else
        QVERIFY2(message.startsWith(error.left(error.indexOf(QLatin1Char('"')) + 1))
                     && message.contains(text.trimmed()),
                 qPrintable(message));
}

void tst_Fields::limitsAndWarningsOfAField()
{
    FieldDef day;
    day.type = FieldType::Duration;
    day.maximum = 86400;
    QVariant v;
    QString reason;
    QVERIFY(FieldText::parse(day, QStringLiteral("24 h"), &v, &reason)); // the limit is allowed
    QCOMPARE(v.toDouble(), 86400.0);
    QVERIFY(!FieldText::parse(day, QStringLiteral("24.5 h"), &v, &reason));
    QCOMPARE(FieldText::sentence(reason),
             QStringLiteral("\"24.5 h\" is more than 24 h, the most it can be."));

    FieldDef wip;
    wip.type = FieldType::WholeNumber;
    wip.minimum = 1;
    QVERIFY(FieldText::parse(wip, QStringLiteral("1"), &v, &reason));
    QCOMPARE(v, QVariant(1));
    QVERIFY(FieldText::parse(wip, QString(), &v, &reason)); // empty: no limit
    QVERIFY(!v.isValid());
    QVERIFY(!FieldText::parse(wip, QStringLiteral("0"), &v, &reason));
    QVERIFY(reason.contains(QStringLiteral("less than 1")));

    FieldDef name;
    name.type = FieldType::Text;
    QCOMPARE(FieldText::warning(name, QString()), QString());
    name.wanted = true;
    QVERIFY(!FieldText::warning(name, QStringLiteral("  ")).isEmpty());
    QCOMPARE(FieldText::warning(name, QStringLiteral("Training")), QString());
    QCOMPARE(FieldText::sentence(QStringLiteral("a duration cannot be negative")),
             QStringLiteral("A duration cannot be negative."));
}

void tst_Fields::formatsAsTyped()
{
    QCOMPARE(FieldText::format(FieldType::Duration, 5400.0), QStringLiteral("1.5 h"));
    QCOMPARE(FieldText::format(FieldType::Fraction, 0.95), QStringLiteral("95 %"));
    QCOMPARE(FieldText::format(FieldType::WholeNumber, 3), QStringLiteral("3"));
    QCOMPARE(FieldText::format(FieldType::Number, QVariant()), QString()); // not measured
}

void tst_Fields::entityListAnnouncesAndTracksDirtyRows()
{
    EntityList<Connector> list(Connector::fields(), {});
    QSignalSpy inserted(&list, &EntityListBase::inserted);
    QSignalSpy changed(&list, &EntityListBase::changed);
    list.insert(0, Connector {1, Connector::Kind::Push, 10, 11, {}});
    list.insert(1, Connector {2, Connector::Kind::Pull, 11, 12, {}});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(list.dirtyIds(), (QSet<EntityId> {1, 2}));
    QVERIFY(!list.orderChanged()); // both went at the end
    list.markStored();
    list.insert(0, Connector {3, Connector::Kind::Fifo, 12, 13, {}});
    QVERIFY(list.orderChanged()); // the others moved down: their positions change
    list.markStored();
    list.setFieldValue(2, int(Connector::Field::Label), QStringLiteral("weekly"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toInt(), int(Connector::Field::Label));
    QCOMPARE(list.dirtyIds(), QSet<EntityId> {2});
    list.take(3);
    QCOMPARE(list.removedIds(), QSet<EntityId> {3});
    QCOMPARE(list.indexOf(2), 1);
    QCOMPARE(list.find(2)->label, QStringLiteral("weekly"));
}

void tst_Fields::changeFieldMergesAndBecomesObsolete()
{
    EntityList<Connector> list(Connector::fields(), [](const Connector &c) { return c.label; });
    list.insert(0, Connector {1, Connector::Kind::Push, 10, 11, QStringLiteral("a")});
    QUndoStack stack;
    stack.push(new ChangeField(&list, 1, int(Connector::Field::Label), QStringLiteral("ab")));
    stack.push(new ChangeField(&list, 1, int(Connector::Field::Label), QStringLiteral("abc")));
    QCOMPARE(stack.count(), 1); // typing is one step
    QCOMPARE(stack.undoText(), QStringLiteral("Change Label of \"a\"")); // named as it was
    stack.push(new ChangeField(&list, 1, int(Connector::Field::Label), QStringLiteral("a")));
    QCOMPARE(stack.count(), 0); // back where it started: no empty step left
    QCOMPARE(list.find(1)->label, QStringLiteral("a"));
}

void tst_Fields::workingTime()
{
    QCOMPARE(WorkingTime::demandPerDay(40, 20).value_or(0), 2.0);
    QString error;
    QVERIFY(!WorkingTime::demandPerDay(40, 0, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(WorkingTime::availableTimePerDay(2, 8, 30).value_or(0), 2 * (8 * 3600.0 - 1800));
    QVERIFY(!WorkingTime::availableTimePerDay(1, 0.5, 30, &error));
    QVERIFY2(error.contains(QStringLiteral("whole shift")), qPrintable(error));
    QVERIFY(!WorkingTime::availableTimePerDay(3, 9, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("more than a day")), qPrintable(error));
}

void tst_Fields::attributeText()
{
    const auto pairs = AttributeText::parse(QStringLiteral(" GPU hours: 20 ; tool:Airflow;:x; ;"));
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0), qMakePair(QStringLiteral("GPU hours"), QStringLiteral("20")));
    QCOMPARE(pairs.at(1), qMakePair(QStringLiteral("tool"), QStringLiteral("Airflow")));
    QCOMPARE(AttributeText::format(pairs), QStringLiteral("GPU hours: 20; tool: Airflow"));
    QCOMPARE(AttributeText::parse(AttributeText::format(pairs)), pairs);
}

void tst_Fields::stepAtTheEndOfTheRow()
{
    // With no step to follow, a new step goes right of the rightmost, on its row, with room
    // for a queue between them (200 + 150 map units, as an import lays a flow out).
    auto document = TaktTest::documentWithExampleMap();
    ValueStreamMap *map = TaktTest::maps(*document).maps().first();
    QPointF rightmost;
    for (const MapElement &e : map->elements())
        if (e.kind == ElementKind::Process && e.pos.x() >= rightmost.x())
            rightmost = e.pos;
    auto *command = new InsertProcessStep(document.get(), map->id(), 0, QStringLiteral("Monitor"));
    document->undoStack()->push(command);
    QCOMPARE(map->element(command->stepId())->pos, rightmost + QPointF(350, 0));
    QCOMPARE(map->element(command->stepId())->name, QStringLiteral("Monitor"));
    QCOMPARE(map->connectorsOf(command->stepId()).size(), 0); // nothing to link it to
    document->undoStack()->undo();
    QVERIFY(!map->element(command->stepId()));
}

QTEST_GUILESS_MAIN(tst_Fields)
#include "tst_fields.moc"
