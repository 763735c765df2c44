#include "wholefile.h"

#include <QDir>
#include <QSaveFile>

namespace Takt {

QString WholeFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
}

std::optional<QByteArray> WholeFile::read(const QString &path, QString *error, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2")
                         .arg(name.isEmpty() ? QDir::toNativeSeparators(path) : name,
                              file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace Takt
