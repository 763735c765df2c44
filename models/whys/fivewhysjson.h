#pragma once

#include "fivewhystree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Takt {

/**
 * A 5 Whys as JSON, format "takt-whys" version 1 (docs/whys-json.md): the analysis, its tree
 * of causes (each with its evidence, status, root-cause mark, countermeasures and causes of
 * its own). Read strictly: a file that is not one is refused with a message naming the cause
 * by its place ("causes[1].causes[0]") and the field; nothing is half read.
 */
class FiveWhysJson
{
    Q_DECLARE_TR_FUNCTIONS(FiveWhysJson)

public:
    using NewId = std::function<EntityId()>;
    /** Causes deeper than this are refused (a file, not a loop). */
    static constexpr int MaxDepth = 64;

    static std::optional<FiveWhysTree>
    read(const QByteArray &json, const NewId &newId, QString *error);
    static QByteArray write(const FiveWhysTree &tree);

private:
    static bool readCauses(const QJsonValue &value,
                           const QString &where,
                           EntityId parent,
                           int depth,
                           const NewId &newId,
                           FiveWhysTree &tree,
                           QString *error);
    static bool readCountermeasures(const QJsonValue &value,
                                    const QString &where,
                                    EntityId cause,
                                    const NewId &newId,
                                    FiveWhysTree &tree,
                                    QString *error);
    static bool readEvidenceFigure(const QJsonValue &value,
                                   const QString &where,
                                   EntityId cause,
                                   FiveWhysTree &tree,
                                   QString *error);
    static QJsonArray causesOf(const FiveWhysTree &tree, EntityId parent);
};

} // namespace Takt
