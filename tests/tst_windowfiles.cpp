#include "document/document.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Takt;

/** The window's Save where the file cannot simply be written again: moved, renamed or deleted
 *  under Takt, or marked read-only. Save says why and asks where; nothing is lost. */
class tst_WindowFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TaktTest::isolateAppData(); }
    void savingAMovedFileAsksWhere();
    void readOnlyFileSaysSoAndSavesElsewhere();
};

namespace {
/** Answers the message box about to be shown, keeping what it said in @p said, then saves to
 *  @p path in the file dialog that follows. */
QPointer<QTimer> answerSaveAs(const QString &path, QStringList *said)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, path, said] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            *said << box->text();
            box->buttons().constFirst()->click();
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, through the base
            poll->deleteLater();
        }
    });
    poll->start(10);
    return poll;
}

MainWindow *windowOn(const QString &path)
{
    QString error;
    auto document = Document::open(path, &error);
    if (!document)
        qFatal("%s", qPrintable(error));
    auto *window = new MainWindow(std::move(document));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    window->document()->undoStack()->push(TaktTest::changeWorkshop(
        window->document(), WorkshopMetadata::Field::Title, QStringLiteral("Edited in the room")));
    return window;
}
} // namespace

void tst_WindowFiles::savingAMovedFileAsksWhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    MainWindow *window = windowOn(path);
    QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("renamed by a colleague.takt"))));
    const QString target = dir.filePath(QStringLiteral("saved here.takt"));
    QStringList said;
    // Gone with the test, whatever happens: it must not answer another test's dialogs.
    const QPointer<QTimer> poll = answerSaveAs(target, &said);
    const auto stop = qScopeGuard([poll] { delete poll.data(); });
    window->findChild<QAction *>(QStringLiteral("save"))->trigger();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QLatin1String("no longer there")), qPrintable(said.first()));
    QCOMPARE(window->document()->filePath(), target);
    QVERIFY(!window->document()->isModified());
    QVERIFY(!QFile::exists(path)); // no new file where the old one was
    delete window;
    QString error;
    QCOMPARE(Document::open(target, &error, Document::Access::ReadOnly)->metadata().title,
             QStringLiteral("Edited in the room"));
}

void tst_WindowFiles::readOnlyFileSaysSoAndSavesElsewhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handed-out.takt"));
    QVERIFY(QFile::copy(QStringLiteral(TAKT_EXAMPLE_WORKSHOP), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = TaktTest::readAll(path);
    MainWindow *window = windowOn(path);
    QVERIFY2(window->windowTitle().contains(QLatin1String("(read-only)")),
             qPrintable(window->windowTitle()));
    auto *note = window->findChild<QLabel *>(QStringLiteral("read-only-note"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("read-only")), qPrintable(note->text()));
    const QString target = dir.filePath(QStringLiteral("mine.takt"));
    QStringList said;
    // Gone with the test, whatever happens: it must not answer another test's dialogs.
    const QPointer<QTimer> poll = answerSaveAs(target, &said);
    const auto stop = qScopeGuard([poll] { delete poll.data(); });
    window->findChild<QAction *>(QStringLiteral("save"))->trigger();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QLatin1String("cannot be saved over")),
             qPrintable(said.first()));
    QCOMPARE(window->document()->filePath(), target);
    QVERIFY(!window->windowTitle().contains(QLatin1String("(read-only)")));
    QVERIFY(!note->isVisible());
    QCOMPARE(TaktTest::readAll(path), before);
    delete window;
}

QTEST_MAIN(tst_WindowFiles)
#include "tst_windowfiles.moc"
