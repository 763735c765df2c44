// The action register's budgets: 10,000 actions read from CSV and imported <= 0.5 s; a
// register of 10,000 opens (its editor and table) <= 200 ms; a sort or a filter keystroke
// <= 16 ms.

#include "actions/actioncsv.h"
#include "actions/actionfilter.h"
#include "actions/actionregistereditor.h"
#include "actions/actionstore.h"
#include "artefactkinds.h"
#include "document/document.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Takt;

class bench_Actions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCsvOf10000Actions();
    void openARegisterOf10000();
    void sortByDue();
    void filterKeystroke();

private:
    QByteArray m_csv;
    std::unique_ptr<Document> m_document;
};

void bench_Actions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerArtefactKinds();
    QList<ActionItem> actions;
    const QStringList owners {QStringLiteral("Priya Raman"), QStringLiteral("王芳"),
                              QStringLiteral("Lars Nilsson"), QStringLiteral("Мария Иванова")};
    for (int i = 0; i < 10000; ++i) {
        ActionItem a;
        a.what = QStringLiteral("Action %1: shorten the wait, \"step\" %2").arg(i).arg(i % 17);
        a.owner = owners.at(i % owners.size());
        a.verifier = owners.at((i + 1) % owners.size());
        a.due = QDate(2026, 10, 1).addDays(i % 120);
        a.status = ActionItem::Status(i % 4);
        a.priority = ActionItem::Priority(i % 3);
        a.source = QStringLiteral("Labeling");
        actions << a;
    }
    m_csv = ActionCsv::write(actions);
    QString error;
    m_document = Document::createNew(&error);
    auto read = ActionCsv::read(m_csv, &error);
    for (ActionItem &a : *read)
        a.id = m_document->newId();
    m_document->undoStack()->push(ActionStore::of(*m_document)->addActions(*read));
}

void bench_Actions::importCsvOf10000Actions()
{
    QBENCHMARK
    {
        QString error;
        auto document = Document::createNew(&error);
        auto read = ActionCsv::read(m_csv, &error);
        QVERIFY2(read, qPrintable(error));
        for (ActionItem &a : *read)
            a.id = document->newId();
        document->undoStack()->push(ActionStore::of(*document)->addActions(*read));
        QVERIFY(document->flush(&error));
    }
}

void bench_Actions::openARegisterOf10000()
{
    const EntityId id = ActionStore::of(*m_document)->registerId();
    QBENCHMARK
    {
        ActionRegisterEditor editor(m_document.get(), id);
        editor.resize(1366, 700);
        editor.show();
        QCoreApplication::processEvents();
    }
}

void bench_Actions::sortByDue()
{
    ActionRegisterEditor editor(m_document.get(), ActionStore::of(*m_document)->registerId());
    int column = 0;
    QBENCHMARK
    {
        editor.table()->sortByColumn(column++ % 2 ? 2 : 4, Qt::AscendingOrder);
    }
}

void bench_Actions::filterKeystroke()
{
    ActionRegisterEditor editor(m_document.get(), ActionStore::of(*m_document)->registerId());
    int i = 0;
    QBENCHMARK
    {
        editor.filterEdit()->setText(i++ % 2 ? QStringLiteral("王") : QStringLiteral("step\" 3"));
    }
    QVERIFY(editor.filter()->rowCount() > 0);
}

QTEST_MAIN(bench_Actions)
#include "bench_actions.moc"
