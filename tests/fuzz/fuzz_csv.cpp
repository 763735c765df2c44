// Fuzzes every CSV reader of every registered kind (ArtefactKind::csvReaders): each gets the
// same bytes, and each either reads them or says what is wrong with them.

#include "document/artefactkind.h"
#include "document/artefactregistry.h"
#include "fuzzsupport.h"

using namespace Takt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto &kind : ArtefactRegistry::kinds()) {
        for (const CsvReader &reader : kind->csvReaders()) {
            QString error;
            if (!reader.read(csv, &error) && error.isEmpty())
                abort(); // refused without a word
        }
    }
    return 0;
}
