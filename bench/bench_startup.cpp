// Cold start of takt with the example workshop, to the main window shown, against a bare
// QApplication + QMainWindow in the same run. Target: at most 3x the bare window.

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class bench_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startToWindowShown();

private:
    static qint64 medianMs(const QString &program, const QStringList &args, int runs);
};

qint64 bench_Startup::medianMs(const QString &program, const QStringList &args, int runs)
{
    // A private home: the user's recovery folder could hold a prompt that would wait forever,
    // and the runs must not add to the user's recent files.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        env.insert(QLatin1String(variable), home.filePath(QLatin1String(variable)));
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        process.waitForFinished(30000);
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void bench_Startup::startToWindowShown()
{
    const int runs = 11;
    const qint64 bare = medianMs(QStringLiteral(BARE_WINDOW), {}, runs);
    const qint64 takt = medianMs(
        QStringLiteral(TAKT_EXECUTABLE),
        {QStringLiteral(TAKT_EXAMPLE_WORKSHOP), QStringLiteral("--automation-quit-when-shown")},
        runs);
    qInfo("bare QMainWindow: %lld ms, takt with the example: %lld ms, ratio %.2f (target <= 3)",
          bare, takt, double(takt) / qMax<qint64>(bare, 1));
}

QTEST_GUILESS_MAIN(bench_Startup)
#include "bench_startup.moc"
