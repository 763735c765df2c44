#include "fishbonejson.h"

#include "common/jsonfields.h"
#include "core/jsonobjectreader.h"

#include <QJsonDocument>

namespace Takt {

namespace {
const QString Format = QStringLiteral("takt-fishbone");
}

std::optional<FishboneTree>
FishboneJson::read(const QByteArray &json, const NewId &newId, QString *error)
{
    QString why;
    const auto fail = [&] {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto object = JsonObjectReader::readFormat(json, Format, &why);
    if (!object)
        return fail();
    const QJsonObject &o = *object;
    FishboneTree tree;
    tree.diagram.id = newId();
    JsonFields fields(o, tr("the fishbone"), &why);
    if (!fields.onlyKnown({QStringLiteral("format"), QStringLiteral("version"),
                           QStringLiteral("name"), QStringLiteral("effect"),
                           QStringLiteral("categories")},
                          Format)
        || !fields.text("name", &tree.diagram.name) || !fields.text("effect", &tree.diagram.effect))
        return fail();
    if (tree.diagram.name.trimmed().isEmpty()) {
        fields.fail("name", tr("empty; name the fishbone"));
        return fail();
    }
    const auto categories = JsonFields::objects(
        o.value(QLatin1String("categories")), QStringLiteral("categories"),
        tr("%1: write a list of categories in [ ]"), tr("%1: a category is written as { }"), &why);
    if (!categories)
        return fail();
    for (const JsonFields::Item &item : *categories) {
        const QString &here = item.where;
        const QJsonObject &c = item.object;
        JsonFields bone(c, here, &why);
        FishboneCategory category;
        category.id = newId();
        category.diagram = tree.diagram.id;
        if (!bone.onlyKnown({QStringLiteral("name"), QStringLiteral("causes")}, Format)
            || !bone.text("name", &category.name))
            return fail();
        if (category.name.trimmed().isEmpty()) {
            bone.fail("name", tr("empty; name the category"));
            return fail();
        }
        tree.categories << category;
        if (!readCauses(c.value(QLatin1String("causes")), here + QStringLiteral(".causes"),
                        category.id, 1, newId, tree, &why))
            return fail();
    }
    return tree;
}

bool FishboneJson::readCauses(const QJsonValue &value,
                              const QString &where,
                              EntityId parent,
                              int depth,
                              const NewId &newId,
                              FishboneTree &tree,
                              QString *error)
{
    const auto items = JsonFields::objects(value, where, tr("%1: write a list of causes in [ ]"),
                                           tr("%1: a cause is written as { }"), error);
    if (!items)
        return false;
    if (depth > MaxDepth) {
        *error = tr("%1: causes nested deeper than %2").arg(where).arg(MaxDepth);
        return false;
    }
    for (const JsonFields::Item &item : *items) {
        const QString &here = item.where;
        const QJsonObject &o = item.object;
        JsonFields fields(o, here, error);
        FishboneCause c;
        c.id = newId();
        c.diagram = tree.diagram.id;
        c.parent = parent;
        if (!fields.onlyKnown(
                {QStringLiteral("text"), QStringLiteral("likely"), QStringLiteral("causes")},
                Format)
            || !fields.text("text", &c.text) || !fields.boolean("likely", &c.likely))
            return false;
        if (c.text.trimmed().isEmpty())
            return fields.fail("text", tr("empty; say what could cause the effect"));
        tree.causes << c;
        if (!readCauses(o.value(QLatin1String("causes")), here + QStringLiteral(".causes"), c.id,
                        depth + 1, newId, tree, error))
            return false;
    }
    return true;
}

QJsonArray FishboneJson::causesOf(const FishboneTree &tree, EntityId parent)
{
    QJsonArray causes;
    for (const FishboneCause *c : tree.causesOf(parent)) {
        QJsonObject o {{QStringLiteral("text"), c->text}, {QStringLiteral("likely"), c->likely}};
        const QJsonArray children = causesOf(tree, c->id);
        if (!children.isEmpty())
            o.insert(QStringLiteral("causes"), children);
        causes << o;
    }
    return causes;
}

QByteArray FishboneJson::write(const FishboneTree &tree)
{
    QJsonArray categories;
    for (const FishboneCategory &c : tree.categories)
        categories << QJsonObject {{QStringLiteral("name"), c.name},
                                   {QStringLiteral("causes"), causesOf(tree, c.id)}};
    const QJsonObject o {{QStringLiteral("format"), Format},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("name"), tree.diagram.name},
                         {QStringLiteral("effect"), tree.diagram.effect},
                         {QStringLiteral("categories"), categories}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace Takt
