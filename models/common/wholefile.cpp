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

} // namespace Takt
