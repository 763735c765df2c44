// make-example WORKSHOP_FOLDER OUT.takt: builds the bundled example workshop at build time.

#include "artefactkinds.h"
#include "document/document.h"
#include "document/exampleworkshop.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Takt::registerArtefactKinds();
    QStandardPaths::setTestModeEnabled(true); // keep the recovery folder out of the user's
    if (argc != 3) {
        qCritical("usage: make-example EXAMPLES_FOLDER OUT.takt");
        return 2;
    }
    QString error;
    auto document = Takt::ExampleWorkshop::build(QString::fromLocal8Bit(argv[1]), &error);
    const QString output = QString::fromLocal8Bit(argv[2]);
    QFile::remove(output);
    if (!document || !document->save(output, &error)) {
        qCritical("make-example: %s", qPrintable(error));
        return 1;
    }
    return 0;
}
