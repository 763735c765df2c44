#include "documentfile.h"

#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Takt {

namespace {
constexpr int HeaderSize = 100;
const char SqliteMagic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

QString DocumentFile::applicationName(quint32 id)
{
    switch (id) {
    case 0x47504B47:
        return QStringLiteral("GeoPackage");
    case 0x4D504258:
        return QStringLiteral("MBTiles");
    case 0x0F055112:
    case 0x0F055113:
        return QStringLiteral("Fossil");
    case 0x5A494E4B:
        return QStringLiteral("Zotero");
    default:
        break;
    }
    // Many applications use four readable letters; show them rather than a number.
    QByteArray letters(4, '\0');
    qToBigEndian(id, letters.data());
    bool readable = true;
    for (char c : letters)
        readable = readable && c >= 0x20 && c < 0x7F;
    return readable ? QStringLiteral("\"%1\"").arg(QString::fromLatin1(letters))
                    : QStringLiteral("0x%1").arg(id, 8, 16, QLatin1Char('0'));
}

QString DocumentFile::inspect(const QString &path, Header *header)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(name);
    if (info.isDir())
        return tr("%1 is a folder, not a Takt document.").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2.").arg(name, file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return tr("%1 is empty (0 bytes), not a Takt document.").arg(name);
    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() < HeaderSize || !bytes.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        return tr("%1 is not a Takt document: it is not an SQLite database.").arg(name);

    Header h;
    h.applicationId = bigEndian32(bytes, 68);
    h.userVersion = bigEndian32(bytes, 60);
    quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(bytes, 28);
    // The page count is only valid when "version-valid-for" matches the change counter.
    if (pageCount > 0 && bigEndian32(bytes, 92) == bigEndian32(bytes, 24))
        h.expectedSize = qint64(pageSize) * pageCount;
    if (header)
        *header = h;

    if (h.applicationId != ApplicationId) {
        if (h.applicationId == 0)
            return tr("%1 is an SQLite database of another application, not a Takt document.")
                .arg(name);
        return tr("%1 belongs to another application (%2), not to Takt.")
            .arg(name, applicationName(h.applicationId));
    }
    if (int(h.userVersion) > Schema::currentVersion())
        return tr("%1 was made by a newer version of Takt: format %2, this version reads up to "
                  "%3. Update Takt to open it.")
            .arg(name)
            .arg(h.userVersion)
            .arg(Schema::currentVersion());
    if (h.userVersion < 1)
        return tr("%1 has no Takt format version; it was not written by Takt.").arg(name);
    if (h.expectedSize > size)
        return tr("%1 is truncated: it holds %2 of its %3 bytes. Use a backup copy.")
            .arg(name)
            .arg(size)
            .arg(h.expectedSize);
    return {};
}

} // namespace Takt
