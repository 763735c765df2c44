// Fuzzes the .takt loader: the bytes are a file, opened as `takt export` opens one; every
// artefact of every registered kind is then read back as the command line and the window read
// it (its summary, JSON, slides and snapshot), and the whole session pack is painted.

#include "document/artefactkind.h"
#include "document/artefactregistry.h"
#include "document/artefactstore.h"
#include "document/document.h"
#include "fuzzsupport.h"
#include "pack/packexporter.h"
#include "pack/packoptions.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

using namespace Takt;

namespace {

void readEveryArtefact(const Document &document)
{
    for (const ArtefactStore *store : document.stores()) {
        for (const EntityId id : store->artefacts()) {
            (void)store->summary(id);
            QStringList leftOut;
            QString error;
            (void)store->kind().exportJson(document, id, &leftOut, &error);
            for (const Slide &slide : store->kind().slides(document, id, {1366, 768}, 14)) {
                QImage image(64, 36, QImage::Format_ARGB32);
                QPainter painter(&image);
                painter.scale(64 / qMax<qreal>(1, slide.source.width()),
                              36 / qMax<qreal>(1, slide.source.height()));
                if (slide.paint)
                    slide.paint(&painter, slide.source);
            }
            (void)store->kind().snapshot(document, id);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = TaktFuzz::writeInput(QStringLiteral("input.takt"), data, size);
    QString error;
    auto document = Document::open(path, &error, Document::Access::ReadOnly);
    static const bool verbose = qEnvironmentVariableIsSet("TAKT_FUZZ_VERBOSE");
    if (!document) {
        if (verbose)
            fprintf(stderr, "refused: %s\n", qPrintable(error));
        if (error.isEmpty())
            abort(); // refused without a word: what users must never meet
        return 0;
    }
    readEveryArtefact(*document);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setResolution(72);
    const auto pack = PackExporter::paint(*document, &writer, PackOptions());
    if (verbose)
        fprintf(stderr, "opened: %d pages\n", pack.pages);
    return 0;
}
