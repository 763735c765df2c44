#include "kaizenidea.h"

#include <QCoreApplication>

namespace Takt {

const FieldTable<KaizenIdea> &KaizenIdea::fields()
{
    using F = KaizenIdea::Field;
    using Table = FieldTable<KaizenIdea>;
    const auto text = [](F f, const char *key, const char *label) {
        return FieldDef {int(f), key, FieldType::Text, label, key};
    };
    FieldDef title = text(F::Title, "title", QT_TRANSLATE_NOOP("KaizenIdea", "Idea"));
    title.wanted = true;
    const auto score = [](F f, const char *key, const char *label) {
        FieldDef def {int(f), key, FieldType::WholeNumber, label, key};
        def.minimum = 1;
        def.maximum = MaxScore;
        return def;
    };
    FieldDef status {int(F::Status), "status", FieldType::Choice,
                     QT_TRANSLATE_NOOP("KaizenIdea", "Status"), "status"};
    status.choices
        = {{int(Status::Proposed), "proposed", QT_TRANSLATE_NOOP("KaizenIdea", "proposed")},
           {int(Status::Accepted), "accepted", QT_TRANSLATE_NOOP("KaizenIdea", "accepted")},
           {int(Status::Rejected), "rejected", QT_TRANSLATE_NOOP("KaizenIdea", "rejected")},
           {int(Status::Done), "done", QT_TRANSLATE_NOOP("KaizenIdea", "done")}};
    status.optional = false;
    FieldDef stage {int(F::Stage), "stage", FieldType::Choice,
                    QT_TRANSLATE_NOOP("KaizenIdea", "PDCA"), "stage"};
    stage.choices = {{int(Stage::Plan), "plan", QT_TRANSLATE_NOOP("KaizenIdea", "Plan")},
                     {int(Stage::Do), "do", QT_TRANSLATE_NOOP("KaizenIdea", "Do")},
                     {int(Stage::Check), "check", QT_TRANSLATE_NOOP("KaizenIdea", "Check")},
                     {int(Stage::Act), "act", QT_TRANSLATE_NOOP("KaizenIdea", "Act")},
                     {int(Stage::Done), "done", QT_TRANSLATE_NOOP("KaizenIdea", "Done")}};
    stage.optional = false;
    static const Table table(
        "KaizenIdea",
        {Table::member(title, &KaizenIdea::title),
         Table::member(
             text(F::Description, "description", QT_TRANSLATE_NOOP("KaizenIdea", "Description")),
             &KaizenIdea::description),
         Table::member(text(F::Tags, "tags", QT_TRANSLATE_NOOP("KaizenIdea", "Tags")),
                       &KaizenIdea::tags),
         Table::member(text(F::About, "about", QT_TRANSLATE_NOOP("KaizenIdea", "About")),
                       &KaizenIdea::about),
         Table::member(text(F::Figure, "figure", QT_TRANSLATE_NOOP("KaizenIdea", "Figure")),
                       &KaizenIdea::figure),
         Table::member(text(F::Change, "change", QT_TRANSLATE_NOOP("KaizenIdea", "Change")),
                       &KaizenIdea::change),
         Table::member(score(F::Impact, "impact", QT_TRANSLATE_NOOP("KaizenIdea", "Impact")),
                       &KaizenIdea::impact),
         Table::member(score(F::Effort, "effort", QT_TRANSLATE_NOOP("KaizenIdea", "Effort")),
                       &KaizenIdea::effort),
         Table::member(status, &KaizenIdea::status), Table::member(stage, &KaizenIdea::stage)});
    return table;
}

QString KaizenIdea::effortSize() const
{
    const int e = effortScore();
    return e <= 3 ? QStringLiteral("S") : e <= 7 ? QStringLiteral("M") : QStringLiteral("L");
}

QStringList KaizenIdea::tagList() const
{
    QStringList list;
    for (const QString &tag : tags.split(QLatin1Char(',')))
        if (!tag.trimmed().isEmpty())
            list << tag.trimmed();
    return list;
}

} // namespace Takt
