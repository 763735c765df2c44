#pragma once

#include "a3report.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Takt {

/** An A3 with its PDCA history: what a takt-a3 file holds. */
struct A3Sheet
{
    A3Report report;
    QList<PdcaStep> history;
};

/**
 * An A3 as JSON, format "takt-a3" version 1: the header, the stage, the seven sections (as
 * Markdown-like text), the embedded map and analysis by name, the measurable goal, the result
 * and the PDCA history. Read strictly, a bad file named by its section or step and field;
 * written back key for key.
 */
class A3Json
{
    Q_DECLARE_TR_FUNCTIONS(A3Json)

public:
    using NewId = std::function<EntityId()>;

    static std::optional<A3Sheet> read(const QByteArray &json, const NewId &newId, QString *error);
    static QByteArray write(const A3Sheet &sheet);

private:
    static bool
    readHistory(const QJsonObject &o, const NewId &newId, A3Sheet &sheet, QString *error);
};

} // namespace Takt
