#pragma once

#include "mapelement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Takt {

class ValueStreamMap;

/**
 * The takt-vsm interchange format, version 1 (docs/vsm-json.md): a map's figures and its steps
 * in flow order. Reading is strict: an unknown field, a bad duration or a count without demand
 * is refused with a message naming the step and the field, and nothing is created.
 */
class VsmJson
{
    Q_DECLARE_TR_FUNCTIONS(VsmJson)

public:
    static constexpr int Version = 1;
    static inline const QString FormatName = QStringLiteral("takt-vsm");

    /** Parses @p json into a new map laid out in the classic VSM arrangement. Ids are taken
     *  from @p newId. Returns nullptr and sets @p error on bad input. */
    static std::unique_ptr<ValueStreamMap>
    read(const QByteArray &json, const std::function<EntityId()> &newId, QString *error);
    /** The map's flow in version 1. What version 1 cannot hold (other icons, elements off
     *  the flow) is named in @p leftOut, for the user to be told. */
    static QByteArray write(const ValueStreamMap &map, QStringList *leftOut = nullptr);

    /** Lays the flow out left to right: supplier top left, customer top right, steps in a
     *  row with the queues between them. Used by import and by "Arrange as VSM". */
    static void layOut(ValueStreamMap &map);
};

} // namespace Takt
