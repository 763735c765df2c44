// A fuzz target without libFuzzer (any compiler): runs every file of the folders and files it
// is given once, as the ordinary suite's regression test of the corpus and of every input that
// ever crashed a target. A crash, a sanitizer report or an abort() fails the test.

#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>

#include <cstdio>

int main(int argc, char **argv)
{
    // The inputs before Qt sees the arguments: the application may take some for itself.
    QStringList inputs;
    for (int i = 1; i < argc; ++i)
        inputs << QString::fromLocal8Bit(argv[i]);
    LLVMFuzzerInitialize(&argc, &argv);
    int runs = 0;
    for (const QString &input : inputs) {
        QStringList files;
        if (QFileInfo(input).isDir()) {
            QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << input;
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                fprintf(stderr, "%s cannot be read\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++runs;
        }
    }
    printf("%d inputs ran\n", runs);
    return runs > 0 ? 0 : 1;
}
