// Fuzzes every JSON importer: the bytes are a file given to `takt import`, which finds the kind
// by the file's "format" among the registered kinds. What imports is then written to the
// document's working copy, exported back, undone and redone, as a user's import would be.

#include "document/artefactfiles.h"
#include "document/document.h"
#include "fuzzsupport.h"

#include <QUndoStack>

using namespace Takt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = TaktFuzz::writeInput(QStringLiteral("input.json"), data, size);
    QString error;
    auto document = Document::createNew(&error);
    if (!document)
        abort(); // a new document in a test folder: nothing the input did
    const EntityId id = ArtefactFiles::importFile(*document, path, &error);
    if (!id) {
        if (error.isEmpty())
            abort(); // refused without a word
        return 0;
    }
    if (!document->flush(&error))
        abort(); // the importer let in what the store cannot write
    QStringList leftOut;
    (void)ArtefactFiles::exportJson(*document, id, &leftOut, &error);
    document->undoStack()->undo();
    document->undoStack()->redo();
    if (!document->flush(&error))
        abort();
    return 0;
}
