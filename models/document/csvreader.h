#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Takt {

/**
 * One of a kind's CSV readers, as ArtefactKind::csvReaders() lists them: the parser that
 * `takt … import`, the window's Import and the fuzzers (tests/fuzz) all feed bytes to. It
 * answers whether the bytes read, and what is wrong with them (the line and the column)
 * when they do not.
 */
struct CsvReader
{
    QString name; // untranslated: "actions", "attendance", "measurements"
    std::function<bool(const QByteArray &csv, QString *error)> read;
};

} // namespace Takt
