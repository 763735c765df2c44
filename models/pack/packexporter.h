#pragma once

#include "packoptions.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

#include <functional>

namespace Takt {

class Document;

/**
 * Writes a document's session pack as a PDF: measures, then paints, into a QSaveFile, so a
 * cancelled or failed export leaves no partial file and an existing file of that name intact.
 */
class PackExporter
{
    Q_DECLARE_TR_FUNCTIONS(PackExporter)

public:
    /** Called after each unit of work with (done, total); return false to cancel. */
    using Progress = std::function<bool(int done, int total)>;

    enum class Result { Written, Cancelled, Failed };

    static Result write(const Document &document,
                        const QString &path,
                        const PackOptions &options,
                        const Progress &progress,
                        QString *error,
                        int *pageCount = nullptr);
    struct PaintResult
    {
        bool written = false;
        bool cancelled = false;
        int pages = 0;
    };
    /** Paints the pack on @p device (a PDF writer, a printer, a preview), whose resolution is
     *  72 dpi: one device unit is one point. */
    static PaintResult paint(const Document &document,
                             QPagedPaintDevice *device,
                             const PackOptions &options,
                             const Progress &progress = {});
    /** Checks section keys; returns the unknown ones. */
    static QStringList unknownSections(const QStringList &keys);
};

} // namespace Takt
