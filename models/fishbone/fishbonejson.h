#pragma once

#include "fishbonetree.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>
#include <optional>

namespace Takt {

/**
 * A fishbone as JSON, format "takt-fishbone" version 1: the effect, its categories (bones),
 * each with causes that may be marked likely and have causes of their own. Read strictly, a
 * bad file named by its place ("categories[2].causes[0]") and field; written back key for key.
 */
class FishboneJson
{
    Q_DECLARE_TR_FUNCTIONS(FishboneJson)

public:
    using NewId = std::function<EntityId()>;
    static constexpr int MaxDepth = 16;

    static std::optional<FishboneTree>
    read(const QByteArray &json, const NewId &newId, QString *error);
    static QByteArray write(const FishboneTree &tree);

private:
    static bool readCauses(const QJsonValue &value,
                           const QString &where,
                           EntityId parent,
                           int depth,
                           const NewId &newId,
                           FishboneTree &tree,
                           QString *error);
    static QJsonArray causesOf(const FishboneTree &tree, EntityId parent);
};

} // namespace Takt
