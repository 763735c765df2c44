#include "fivewhysjson.h"

#include "core/jsonobjectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Takt {

namespace {

const QString Format = QStringLiteral("takt-whys");

/** Refuses a key the format does not know: a typo would otherwise vanish silently. */
bool knownKeys(const QJsonObject &o,
               const QSet<QString> &known,
               const QString &where,
               QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            *error = FiveWhysJson::tr("%1: \"%2\" is not a field of the takt-whys format")
                         .arg(where, it.key());
            return false;
        }
    return true;
}

/** A text field: absent is empty; anything but a string is refused. */
bool readText(
    const QJsonObject &o, const char *key, const QString &where, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = FiveWhysJson::tr("%1, field \"%2\": write text in quotes")
                     .arg(where, QLatin1String(key));
        return false;
    }
    *out = v.toString();
    return true;
}

bool readDate(
    const QJsonObject &o, const char *key, const QString &where, QDate *out, QString *error)
{
    QString text;
    if (!readText(o, key, where, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid()) {
        *error = FiveWhysJson::tr("%1, field \"%2\": \"%3\" is not a date as YYYY-MM-DD")
                     .arg(where, QLatin1String(key), text);
        return false;
    }
    return true;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

std::optional<FiveWhysTree>
FiveWhysJson::read(const QByteArray &json, const NewId &newId, QString *error)
{
    QString why;
    const auto fail = [&] {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto object = JsonObjectReader::read(json, &why);
    if (!object)
        return fail();
    const QJsonObject &o = *object;
    if (o.value(QLatin1String("format")).toString() != Format) {
        why = tr("field \"format\": this is not a takt-whys file");
        return fail();
    }
    if (o.value(QLatin1String("version")).toInt() != 1) {
        why = tr("field \"version\": version %1 is not one this Takt reads (1)")
                  .arg(o.value(QLatin1String("version")).toVariant().toString());
        return fail();
    }
    const QString top = tr("the analysis");
    if (!knownKeys(o,
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                    QStringLiteral("problem"), QStringLiteral("date"), QStringLiteral("team"),
                    QStringLiteral("scope"), QStringLiteral("causes")},
                   top, &why))
        return fail();
    FiveWhysTree tree;
    tree.analysis.id = newId();
    FiveWhysAnalysis &a = tree.analysis;
    if (!readText(o, "name", top, &a.name, &why) || !readText(o, "problem", top, &a.problem, &why)
        || !readDate(o, "date", top, &a.date, &why) || !readText(o, "team", top, &a.team, &why)
        || !readText(o, "scope", top, &a.scope, &why))
        return fail();
    if (a.name.trimmed().isEmpty()) {
        why = tr("%1, field \"name\": empty; name the analysis").arg(top);
        return fail();
    }
    if (!readCauses(o.value(QLatin1String("causes")), QStringLiteral("causes"), 0, 1, newId, tree,
                    &why))
        return fail();
    return tree;
}

bool FiveWhysJson::readCauses(const QJsonValue &value,
                              const QString &where,
                              EntityId parent,
                              int depth,
                              const NewId &newId,
                              FiveWhysTree &tree,
                              QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = tr("%1: write a list of causes in [ ]").arg(where);
        return false;
    }
    if (depth > MaxDepth) {
        *error = tr("%1: causes nested deeper than %2").arg(where).arg(MaxDepth);
        return false;
    }
    const QJsonArray causes = value.toArray();
    for (int i = 0; i < causes.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!causes.at(i).isObject()) {
            *error = tr("%1: a cause is written as { }").arg(here);
            return false;
        }
        const QJsonObject o = causes.at(i).toObject();
        if (!knownKeys(o,
                       {QStringLiteral("text"), QStringLiteral("evidence"),
                        QStringLiteral("status"), QStringLiteral("root_cause"),
                        QStringLiteral("status_by"), QStringLiteral("status_on"),
                        QStringLiteral("countermeasures"), QStringLiteral("causes")},
                       here, error))
            return false;
        WhyCause c;
        c.id = newId();
        c.parent = parent;
        QString status;
        if (!readText(o, "text", here, &c.text, error)
            || !readText(o, "evidence", here, &c.evidence, error)
            || !readText(o, "status", here, &status, error)
            || !readText(o, "status_by", here, &c.statusBy, error)
            || !readDate(o, "status_on", here, &c.statusOn, error))
            return false;
        if (c.text.trimmed().isEmpty()) {
            *error = tr("%1, field \"text\": empty; say why it happens").arg(here);
            return false;
        }
        const auto &table = WhyCause::fields();
        bool known = status.isEmpty();
        for (const FieldChoice &choice : table.find(int(WhyCause::Field::Status))->def.choices)
            if (status == QLatin1String(choice.key)) {
                c.status = WhyCause::Status(choice.value);
                known = true;
            }
        if (!known) {
            *error
                = tr("%1, field \"status\": \"%2\" is not one of hypothesis, confirmed, ruled_out")
                      .arg(here, status);
            return false;
        }
        const QJsonValue root = o.value(QLatin1String("root_cause"));
        if (!root.isUndefined() && !root.isBool()) {
            *error = tr("%1, field \"root_cause\": write true or false").arg(here);
            return false;
        }
        c.rootCause = root.toBool(false);
        tree.causes << c;
        if (!readCountermeasures(o.value(QLatin1String("countermeasures")),
                                 here + QStringLiteral(".countermeasures"), c.id, newId, tree,
                                 error)
            || !readCauses(o.value(QLatin1String("causes")), here + QStringLiteral(".causes"), c.id,
                           depth + 1, newId, tree, error))
            return false;
    }
    return true;
}

bool FiveWhysJson::readCountermeasures(const QJsonValue &value,
                                       const QString &where,
                                       EntityId cause,
                                       const NewId &newId,
                                       FiveWhysTree &tree,
                                       QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = tr("%1: write a list of countermeasures in [ ]").arg(where);
        return false;
    }
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = list.at(i).toObject();
        if (!list.at(i).isObject()
            || !knownKeys(o,
                          {QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("due"),
                           QStringLiteral("figure"), QStringLiteral("expected")},
                          here, error)) {
            if (!list.at(i).isObject())
                *error = tr("%1: a countermeasure is written as { }").arg(here);
            return false;
        }
        Countermeasure m;
        m.id = newId();
        m.cause = cause;
        if (!readText(o, "text", here, &m.text, error)
            || !readText(o, "owner", here, &m.owner, error)
            || !readDate(o, "due", here, &m.due, error)
            || !readText(o, "figure", here, &m.figure, error)
            || !readText(o, "expected", here, &m.expected, error))
            return false;
        if (m.text.trimmed().isEmpty()) {
            *error = tr("%1, field \"text\": empty; say what is to be tried").arg(here);
            return false;
        }
        tree.countermeasures << m;
    }
    return true;
}

QJsonArray FiveWhysJson::causesOf(const FiveWhysTree &tree, EntityId parent)
{
    const auto &statuses = WhyCause::fields();
    QJsonArray causes;
    for (const WhyCause *c : tree.children(parent)) {
        QJsonObject o {{QStringLiteral("text"), c->text},
                       {QStringLiteral("evidence"), c->evidence},
                       {QStringLiteral("status"),
                        statuses.choiceKey(int(WhyCause::Field::Status), int(c->status))},
                       {QStringLiteral("root_cause"), c->rootCause}};
        if (!c->statusBy.isEmpty())
            o.insert(QStringLiteral("status_by"), c->statusBy);
        if (c->statusOn.isValid())
            o.insert(QStringLiteral("status_on"), dateText(c->statusOn));
        QJsonArray measures;
        for (const Countermeasure *m : tree.countermeasuresOf(c->id))
            measures << QJsonObject {{QStringLiteral("text"), m->text},
                                     {QStringLiteral("owner"), m->owner},
                                     {QStringLiteral("due"), dateText(m->due)},
                                     {QStringLiteral("figure"), m->figure},
                                     {QStringLiteral("expected"), m->expected}};
        if (!measures.isEmpty())
            o.insert(QStringLiteral("countermeasures"), measures);
        const QJsonArray children = causesOf(tree, c->id);
        if (!children.isEmpty())
            o.insert(QStringLiteral("causes"), children);
        causes << o;
    }
    return causes;
}

QByteArray FiveWhysJson::write(const FiveWhysTree &tree)
{
    const FiveWhysAnalysis &a = tree.analysis;
    QJsonObject o {{QStringLiteral("format"), Format},
                   {QStringLiteral("version"), 1},
                   {QStringLiteral("name"), a.name},
                   {QStringLiteral("problem"), a.problem},
                   {QStringLiteral("team"), a.team},
                   {QStringLiteral("scope"), a.scope},
                   {QStringLiteral("causes"), causesOf(tree, 0)}};
    if (a.date.isValid())
        o.insert(QStringLiteral("date"), dateText(a.date));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace Takt
