#pragma once

#include "mapelement.h"

namespace Takt {

/** An arrow between two elements; it follows them when they move. */
struct Connector
{
    enum class Kind { Push, Pull, Fifo, Shipment, ManualInfo, ElectronicInfo };
    enum class Field { Kind, From, To, Label };

    EntityId id = 0;
    Kind kind = Kind::Push;
    EntityId from = 0;
    EntityId to = 0;
    QString label;

    /** Material arrows make up the flow path; information arrows do not. */
    bool isMaterialFlow() const
    {
        return kind == Kind::Push || kind == Kind::Pull || kind == Kind::Fifo
            || kind == Kind::Shipment;
    }
    bool operator==(const Connector &o) const
    {
        return id == o.id && kind == o.kind && from == o.from && to == o.to && label == o.label;
    }

    static const FieldTable<Connector> &fields();
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind); // translated
    static QList<Kind> allKinds();
};

} // namespace Takt
