#include "a3json.h"

#include "common/jsonfields.h"
#include "core/jsonobjectreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Takt {

namespace {
const QString Format = QStringLiteral("takt-a3");

/** The sections' keys, each with its member: the file's "sections" object. */
struct Section
{
    const char *key;
    QString A3Report::*member;
};
const QList<Section> &sections()
{
    static const QList<Section> list {{"background", &A3Report::background},
                                      {"current_condition", &A3Report::currentCondition},
                                      {"goal", &A3Report::goal},
                                      {"analysis", &A3Report::analysis},
                                      {"countermeasures", &A3Report::countermeasures},
                                      {"plan", &A3Report::plan},
                                      {"follow_up", &A3Report::followUp}};
    return list;
}

QStringList stageKeys()
{
    QStringList keys;
    for (int s = int(A3Report::Stage::Plan); s <= int(A3Report::Stage::Done); ++s)
        keys << A3Report::stageKey(A3Report::Stage(s));
    return keys;
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

std::optional<A3Sheet> A3Json::read(const QByteArray &json, const NewId &newId, QString *error)
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
    A3Sheet sheet;
    A3Report &r = sheet.report;
    r.id = newId();
    JsonFields top(o, tr("the A3"), &why);
    int stage = 0;
    if (!top.onlyKnown({"format", "version", "name", "theme", "owner", "coach", "date", "stage",
                        "sections", "map", "whys", "target", "result", "history"},
                       Format)
        || !top.text("name", &r.name) || !top.text("theme", &r.theme)
        || !top.text("owner", &r.owner) || !top.text("coach", &r.coach)
        || !top.date("date", &r.date) || !top.choice("stage", stageKeys(), &stage)
        || !top.text("map", &r.map) || !top.text("whys", &r.whys)
        || !top.number("result", &r.result))
        return fail();
    r.stage = A3Report::Stage(stage);
    if (r.name.trimmed().isEmpty()) {
        top.fail("name", tr("empty; name the A3"));
        return fail();
    }
    const QJsonValue sectionsValue = o.value(QLatin1String("sections"));
    if (!sectionsValue.isUndefined() && !sectionsValue.isObject()) {
        top.fail("sections", tr("write the sections as { }"));
        return fail();
    }
    JsonFields parts(sectionsValue.toObject(), QStringLiteral("sections"), &why);
    QSet<QString> sectionKeys;
    for (const Section &s : sections())
        sectionKeys << QLatin1String(s.key);
    if (!parts.onlyKnown(sectionKeys, Format))
        return fail();
    for (const Section &s : sections())
        if (!parts.text(s.key, &(r.*s.member)))
            return fail();
    const QJsonValue targetValue = o.value(QLatin1String("target"));
    if (!targetValue.isUndefined() && !targetValue.isObject()) {
        top.fail("target", tr("write the target as { }"));
        return fail();
    }
    JsonFields target(targetValue.toObject(), QStringLiteral("target"), &why);
    if (!target.onlyKnown({"figure", "baseline", "target", "by"}, Format)
        || !target.text("figure", &r.figure) || !target.number("baseline", &r.baseline)
        || !target.number("target", &r.target) || !target.date("by", &r.targetBy))
        return fail();
    if (!readHistory(o, newId, sheet, &why))
        return fail();
    return sheet;
}

bool A3Json::readHistory(const QJsonObject &o, const NewId &newId, A3Sheet &sheet, QString *error)
{
    const auto steps = JsonFields::objects(
        o.value(QLatin1String("history")), QStringLiteral("history"),
        tr("%1: write the history as a list in [ ]"), tr("%1: a step is written as { }"), error);
    if (!steps)
        return false;
    for (const JsonFields::Item &item : *steps) {
        JsonFields fields(item.object, item.where, error);
        PdcaStep step;
        step.id = newId();
        step.report = sheet.report.id;
        int stage = -1;
        if (!fields.onlyKnown({"stage", "on", "note"}, Format)
            || !fields.choice("stage", stageKeys(), &stage) || !fields.date("on", &step.on)
            || !fields.text("note", &step.note))
            return false;
        if (stage < 0)
            return fields.fail("stage", tr("missing; say which stage it moved to"));
        step.stage = A3Report::Stage(stage);
        sheet.history << step;
    }
    return true;
}

QByteArray A3Json::write(const A3Sheet &sheet)
{
    const A3Report &r = sheet.report;
    QJsonObject parts;
    for (const Section &s : sections())
        parts.insert(QLatin1String(s.key), r.*s.member);
    QJsonArray history;
    for (const PdcaStep &step : sheet.history)
        history << QJsonObject {{QStringLiteral("stage"), A3Report::stageKey(step.stage)},
                                {QStringLiteral("on"), dateOrNull(step.on)},
                                {QStringLiteral("note"), step.note}};
    const QJsonObject o {{QStringLiteral("format"), Format},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("name"), r.name},
                         {QStringLiteral("theme"), r.theme},
                         {QStringLiteral("owner"), r.owner},
                         {QStringLiteral("coach"), r.coach},
                         {QStringLiteral("date"), dateOrNull(r.date)},
                         {QStringLiteral("stage"), A3Report::stageKey(r.stage)},
                         {QStringLiteral("sections"), parts},
                         {QStringLiteral("map"), r.map},
                         {QStringLiteral("whys"), r.whys},
                         {QStringLiteral("target"),
                          QJsonObject {{QStringLiteral("figure"), r.figure},
                                       {QStringLiteral("baseline"), numberOrNull(r.baseline)},
                                       {QStringLiteral("target"), numberOrNull(r.target)},
                                       {QStringLiteral("by"), dateOrNull(r.targetBy)}}},
                         {QStringLiteral("result"), numberOrNull(r.result)},
                         {QStringLiteral("history"), history}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace Takt
