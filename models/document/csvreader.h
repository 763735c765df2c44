#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Takt {

/**
 * One of a kind's CSV readers, as ArtefactKind::csvReaders() lists them: the same parser that
 * `takt … import` and the window's Import call, named so that the fuzzers (tests/fuzz) can
 * feed it bytes without knowing the kind. It answers whether the bytes read, and what is wrong
 * with them when they do not.
 */
struct CsvReader
{
    QString name; // untranslated: "actions", "attendance", "measurements"
    std::function<bool(const QByteArray &csv, QString *error)> read;
};

} // namespace Takt
