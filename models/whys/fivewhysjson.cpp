#include "fivewhysjson.h"

#include "common/jsonfields.h"
#include "core/jsonobjectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Takt {

namespace {

const QString Format = QStringLiteral("takt-whys");

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
    const auto object = JsonObjectReader::readFormat(json, Format, &why);
    if (!object)
        return fail();
    const QJsonObject &o = *object;
    const QString top = tr("the analysis");
    JsonFields fields(o, top, &why);
    if (!fields.onlyKnown({QStringLiteral("format"), QStringLiteral("version"),
                           QStringLiteral("name"), QStringLiteral("problem"),
                           QStringLiteral("date"), QStringLiteral("team"), QStringLiteral("scope"),
                           QStringLiteral("causes")},
                          Format))
        return fail();
    FiveWhysTree tree;
    tree.analysis.id = newId();
    FiveWhysAnalysis &a = tree.analysis;
    if (!fields.text("name", &a.name) || !fields.text("problem", &a.problem)
        || !fields.date("date", &a.date) || !fields.text("team", &a.team)
        || !fields.text("scope", &a.scope))
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
        if (!fields.onlyKnown({QStringLiteral("text"), QStringLiteral("evidence"),
                               QStringLiteral("status"), QStringLiteral("root_cause"),
                               QStringLiteral("status_by"), QStringLiteral("status_on"),
                               QStringLiteral("evidence_figure"), QStringLiteral("countermeasures"),
                               QStringLiteral("causes")},
                              Format))
            return false;
        WhyCause c;
        c.id = newId();
        c.analysis = tree.analysis.id;
        c.parent = parent;
        QString status;
        if (!fields.text("text", &c.text) || !fields.text("evidence", &c.evidence)
            || !fields.text("status", &status) || !fields.text("status_by", &c.statusBy)
            || !fields.date("status_on", &c.statusOn)
            || !fields.boolean("root_cause", &c.rootCause))
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
        tree.causes << c;
        if (o.contains(QLatin1String("evidence_figure"))
            && !readEvidenceFigure(o.value(QLatin1String("evidence_figure")), here, c.id, tree,
                                   error))
            return false;
        if (!readCountermeasures(o.value(QLatin1String("countermeasures")),
                                 here + QStringLiteral(".countermeasures"), c.id, newId, tree,
                                 error)
            || !readCauses(o.value(QLatin1String("causes")), here + QStringLiteral(".causes"), c.id,
                           depth + 1, newId, tree, error))
            return false;
    }
    return true;
}

bool FiveWhysJson::readEvidenceFigure(const QJsonValue &value,
                                      const QString &where,
                                      EntityId cause,
                                      FiveWhysTree &tree,
                                      QString *error)
{
    const QString here = where + QStringLiteral(", field \"evidence_figure\"");
    if (!value.isObject()) {
        *error = tr("%1: write { \"map\": …, \"item\": …, \"figure\": … }").arg(here);
        return false;
    }
    JsonFields fields(value.toObject(), here, error);
    EvidenceFigure figure;
    if (!fields.onlyKnown({QStringLiteral("map"), QStringLiteral("item"), QStringLiteral("figure")},
                          Format)
        || !fields.text("map", &figure.map) || !fields.text("item", &figure.item)
        || !fields.text("figure", &figure.figure))
        return false;
    if (figure.map.trimmed().isEmpty() || figure.figure.trimmed().isEmpty()) {
        *error = tr("%1: name the map and the figure").arg(here);
        return false;
    }
    tree.evidenceFigures.insert(cause, figure);
    return true;
}

bool FiveWhysJson::readCountermeasures(const QJsonValue &value,
                                       const QString &where,
                                       EntityId cause,
                                       const NewId &newId,
                                       FiveWhysTree &tree,
                                       QString *error)
{
    const auto items
        = JsonFields::objects(value, where, tr("%1: write a list of countermeasures in [ ]"),
                              tr("%1: a countermeasure is written as { }"), error);
    if (!items)
        return false;
    for (const JsonFields::Item &item : *items) {
        const QString &here = item.where;
        const QJsonObject &o = item.object;
        JsonFields fields(o, here, error);
        Countermeasure m;
        m.id = newId();
        m.cause = cause;
        if (!fields.onlyKnown({QStringLiteral("text"), QStringLiteral("owner"),
                               QStringLiteral("due"), QStringLiteral("figure"),
                               QStringLiteral("expected")},
                              Format)
            || !fields.text("text", &m.text) || !fields.text("owner", &m.owner)
            || !fields.date("due", &m.due) || !fields.text("figure", &m.figure)
            || !fields.text("expected", &m.expected))
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
        if (tree.evidenceFigures.contains(c->id)) {
            const EvidenceFigure &f = tree.evidenceFigures.value(c->id);
            QJsonObject figure {{QStringLiteral("map"), f.map},
                                {QStringLiteral("figure"), f.figure}};
            if (!f.item.isEmpty())
                figure.insert(QStringLiteral("item"), f.item);
            o.insert(QStringLiteral("evidence_figure"), figure);
        }
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
