#pragma once

#include <QCoreApplication>
#include <QString>

namespace Takt {

/**
 * The checks a file passes before Takt touches it, in the order a user can act on them: it can
 * be read, it is SQLite, it is Takt's (application_id), its format is not newer than this build,
 * it is not truncated. They read the header only; the file is never opened for writing.
 */
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)

public:
    static constexpr quint32 ApplicationId = 0x54414B54; // "TAKT"
    static constexpr const char *Suffix = "takt";

    struct Header
    {
        quint32 applicationId = 0;
        quint32 userVersion = 0;
        qint64 expectedSize = -1; // from the page count, when the header vouches for it
    };

    /** Returns an empty string when the file may be opened, or why it may not (translated,
     *  naming the file). Fills @p header when the header could be read. */
    static QString inspect(const QString &path, Header *header = nullptr);

    /** A readable name for another application's SQLite application_id. */
    static QString applicationName(quint32 applicationId);
};

} // namespace Takt
