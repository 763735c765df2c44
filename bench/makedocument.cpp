// bench-make-document OUT.takt MAPS ELEMENTS: writes a generated workshop for the benchmarks.

#include "artefactkinds.h"
#include "generatedmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Takt::registerArtefactKinds();
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 4) {
        qCritical("usage: bench-make-document OUT.takt MAPS ELEMENTS");
        return 2;
    }
    QString error;
    auto document = Takt::Document::createNew(&error);
    for (int i = 0; i < atoi(argv[2]); ++i)
        TaktBench::addGeneratedMap(document.get(), QStringLiteral("Generated map %1").arg(i + 1),
                                   atoi(argv[3]));
    const QString out = QString::fromLocal8Bit(argv[1]);
    QFile::remove(out);
    if (!document->save(out, &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    return 0;
}
