#include "connector.h"

#include <QCoreApplication>

namespace Takt {

namespace {
struct KindInfo
{
    Connector::Kind kind;
    const char *key;
    const char *name;
};

const KindInfo Kinds[] = {
    {Connector::Kind::Push, "push", QT_TRANSLATE_NOOP("Connector", "Push arrow")},
    {Connector::Kind::Pull, "pull", QT_TRANSLATE_NOOP("Connector", "Pull (withdrawal)")},
    {Connector::Kind::Fifo, "fifo", QT_TRANSLATE_NOOP("Connector", "FIFO flow")},
    {Connector::Kind::Shipment, "shipment", QT_TRANSLATE_NOOP("Connector", "Shipment arrow")},
    {Connector::Kind::ManualInfo, "manual_info",
     QT_TRANSLATE_NOOP("Connector", "Manual information")},
    {Connector::Kind::ElectronicInfo, "electronic_info",
     QT_TRANSLATE_NOOP("Connector", "Electronic information")},
};
} // namespace

const FieldTable<Connector> &Connector::fields()
{
    using Table = FieldTable<Connector>;
    FieldDef kind {int(Field::Kind), "kind", FieldType::Choice, nullptr, "kind"};
    for (const KindInfo &info : Kinds)
        kind.choices << FieldChoice {int(info.kind), info.key, info.name};
    kind.optional = false;
    kind.identity = true;
    static const Table table(
        "Connector",
        {Table::member(kind, &Connector::kind),
         Table::member(
             FieldDef {int(Field::From), "from", FieldType::Reference, nullptr, "from_element"},
             &Connector::from),
         Table::member(FieldDef {int(Field::To), "to", FieldType::Reference, nullptr, "to_element"},
                       &Connector::to),
         Table::member(FieldDef {int(Field::Label), "label", FieldType::Text,
                                 QT_TRANSLATE_NOOP("Connector", "Label"), "label"},
                       &Connector::label)});
    return table;
}

QString Connector::kindKey(Kind kind)
{
    for (const KindInfo &info : Kinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<Connector::Kind> Connector::kindFromKey(const QString &key)
{
    for (const KindInfo &info : Kinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QString Connector::kindName(Kind kind)
{
    for (const KindInfo &info : Kinds)
        if (info.kind == kind)
            return QCoreApplication::translate("Connector", info.name);
    return {};
}

QList<Connector::Kind> Connector::allKinds()
{
    QList<Kind> kinds;
    for (const KindInfo &info : Kinds)
        kinds << info.kind;
    return kinds;
}

} // namespace Takt
