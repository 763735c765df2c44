#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Takt {

/** Writing a file whole or not at all (QSaveFile): a failed write leaves the old file as it
 *  was, and says why in words that name the file. */
class WholeFile
{
    Q_DECLARE_TR_FUNCTIONS(WholeFile)

public:
    /** Writes @p bytes to @p path; an empty string, or "PATH cannot be written: reason." */
    static QString write(const QString &path, const QByteArray &bytes);
    /** The bytes of @p path, or nothing and "PATH cannot be read: reason" (the path as
     *  @p name gives it, if given). */
    static std::optional<QByteArray>
    read(const QString &path, QString *error, const QString &name = QString());
};

} // namespace Takt
