#include "paletteentry.h"

#include "vsm/steptemplates.h"

namespace Takt {

namespace {
const QLatin1String ElementPrefix("element:");
const QLatin1String TemplatePrefix("template:");
const QLatin1String ConnectorPrefix("connector:");
} // namespace

PaletteEntry PaletteEntry::element(ElementKind kind)
{
    PaletteEntry e;
    e.kind = kind;
    return e;
}

PaletteEntry PaletteEntry::stepTemplate(const QString &key)
{
    PaletteEntry e;
    e.type = Type::Template;
    e.templateKey = key;
    return e;
}

PaletteEntry PaletteEntry::connector(Connector::Kind kind)
{
    PaletteEntry e;
    e.type = Type::Connector;
    e.connectorKind = kind;
    return e;
}

std::optional<PaletteEntry> PaletteEntry::fromText(const QString &text)
{
    if (text.startsWith(ElementPrefix)) {
        if (const auto kind = MapElement::kindFromKey(text.mid(ElementPrefix.size())))
            return element(*kind);
    } else if (text.startsWith(TemplatePrefix)) {
        if (const auto t = StepTemplates::byKey(text.mid(TemplatePrefix.size())))
            return stepTemplate(t->key);
    } else if (text.startsWith(ConnectorPrefix)) {
        if (const auto kind = Connector::kindFromKey(text.mid(ConnectorPrefix.size())))
            return connector(*kind);
    }
    return std::nullopt;
}

QString PaletteEntry::toText() const
{
    switch (type) {
    case Type::Element:
        return ElementPrefix + MapElement::kindKey(kind);
    case Type::Template:
        return TemplatePrefix + templateKey;
    case Type::Connector:
        return ConnectorPrefix + Connector::kindKey(connectorKind);
    }
    return {};
}

} // namespace Takt
