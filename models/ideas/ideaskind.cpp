#include "ideaskind.h"

#include "document/document.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString IdeasKind::emptyHint() const
{
    return tr("Collect the room's improvement ideas: Session ▸ New Kaizen Idea");
}

QList<SchemaStep> IdeasKind::schemaSteps() const
{
    return {
        // Format 7: the kaizen ideas and their dot voting.
        {7,
         {QStringLiteral("CREATE TABLE idea_boards ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE kaizen_ideas ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
              " register_id INTEGER NOT NULL REFERENCES idea_boards(id) ON DELETE CASCADE,"
              " title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
              " tags TEXT NOT NULL DEFAULT '', about TEXT NOT NULL DEFAULT '',"
              " figure TEXT NOT NULL DEFAULT '', change TEXT NOT NULL DEFAULT '',"
              " impact INTEGER, effort INTEGER,"
              " status TEXT NOT NULL DEFAULT 'proposed'"
              "  CHECK (status IN ('proposed', 'accepted', 'rejected', 'done')),"
              " stage TEXT NOT NULL DEFAULT 'plan'"
              "  CHECK (stage IN ('plan', 'do', 'check', 'act', 'done')))"),
          QStringLiteral(
              "CREATE TABLE voting_rounds ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
              " register_id INTEGER NOT NULL REFERENCES idea_boards(id) ON DELETE CASCADE,"
              " name TEXT NOT NULL DEFAULT '', dots_each INTEGER,"
              " state TEXT NOT NULL DEFAULT 'open'"
              "  CHECK (state IN ('open', 'revealed', 'closed')))"),
          QStringLiteral(
              "CREATE TABLE dot_votes ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
              " register_id INTEGER NOT NULL REFERENCES idea_boards(id) ON DELETE CASCADE,"
              " round_id INTEGER, voter TEXT NOT NULL DEFAULT '', idea_id INTEGER, dots INTEGER)"),
          QStringLiteral(
              "CREATE INDEX kaizen_ideas_by_register ON kaizen_ideas (register_id, position)")}},
    };
}

bool IdeasKind::buildExample(Document &document,
                             const QJsonObject &workshop,
                             const QString &,
                             QString *error) const
{
    // "ideas": [{"title", "tags", "about", "figure", "change", "impact", "effort", "status"}],
    // "voting": {"round", "dots_each", "dots": {"Name": [idea numbers]}}
    const auto &table = KaizenIdea::fields();
    QList<KaizenIdea> ideas;
    for (const QJsonValue value : workshop.value(QLatin1String("ideas")).toArray()) {
        const QJsonObject o = value.toObject();
        KaizenIdea i;
        i.id = document.newId();
        for (const char *key : {"title", "description", "tags", "about", "figure", "change"})
            table.setValue(i, int(table.find(QLatin1String(key))->def.id),
                           o.value(QLatin1String(key)).toString());
        i.impact = o.value(QLatin1String("impact")).toInt(5);
        i.effort = o.value(QLatin1String("effort")).toInt(5);
        const QString status = o.value(QLatin1String("status")).toString();
        for (const FieldChoice &c : table.find(int(KaizenIdea::Field::Status))->def.choices)
            if (status == QLatin1String(c.key))
                i.status = KaizenIdea::Status(c.value);
        if (i.title.isEmpty()) {
            if (error)
                *error = tr("idea %1: the title is empty").arg(ideas.size() + 1);
            return false;
        }
        ideas << i;
    }
    if (ideas.isEmpty())
        return true;
    document.undoStack()->push(IdeaStore::of(document)->addIdeas(ideas));
    return buildVotes(document, workshop.value(QLatin1String("voting")).toObject(), error);
}

bool IdeasKind::buildVotes(Document &document, const QJsonObject &voting, QString *error) const
{
    const QString name = voting.value(QLatin1String("round")).toString();
    if (name.isEmpty())
        return true;
    IdeaStore *store = IdeaStore::of(document);
    QUndoStack *undo = document.undoStack();
    undo->push(store->newRound(name, voting.value(QLatin1String("dots_each")).toInt(3)));
    const EntityId round = store->currentRound();
    const QJsonObject dots = voting.value(QLatin1String("dots")).toObject();
    for (auto it = dots.begin(); it != dots.end(); ++it)
        for (const QJsonValue number : it.value().toArray()) {
            QString why;
            QUndoCommand *dot
                = store->castDot(round, it.key(), store->ideaNumbered(number.toInt()), &why);
            if (!dot) {
                if (error)
                    *error = tr("voting, %1: %2").arg(it.key(), why);
                return false;
            }
            undo->push(dot);
        }
    undo->push(store->changeRoundState(round, VotingRound::State::Revealed));
    undo->push(store->changeRoundState(round, VotingRound::State::Closed));
    return true;
}

} // namespace Takt
