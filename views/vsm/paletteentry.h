#pragma once

#include "vsm/connector.h"
#include "vsm/mapelement.h"

#include <QString>

namespace Takt {

/** What a palette entry places: an icon of a kind, a step template, or a connector. It travels
 *  as text ("element:process", "template:labeling", "connector:push") in drags; this is the
 *  one place that reads and writes that text. */
struct PaletteEntry
{
    enum class Type { Element, Template, Connector };

    Type type = Type::Element;
    ElementKind kind = ElementKind::Process;
    QString templateKey;
    Connector::Kind connectorKind = Connector::Kind::Push;

    static PaletteEntry element(ElementKind kind);
    static PaletteEntry stepTemplate(const QString &key);
    static PaletteEntry connector(Connector::Kind kind);
    /** Nothing for text no palette wrote. */
    static std::optional<PaletteEntry> fromText(const QString &text);
    QString toText() const;
};

} // namespace Takt
