#include "actionskind.h"

#include "actioncsv.h"
#include "actionsection.h"
#include "actionstore.h"
#include "common/wholefile.h"
#include "document/document.h"

#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString ActionsKind::emptyHint() const
{
    return tr("Bring in actions: takt actions import DOC FILE.csv");
}

QList<SchemaStep> ActionsKind::schemaSteps() const
{
    return {
        // Format 6: the action register.
        {6,
         {QStringLiteral("CREATE TABLE action_registers ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " name TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE action_items ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
              " register_id INTEGER NOT NULL REFERENCES action_registers(id) ON DELETE CASCADE,"
              " what TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', due TEXT,"
              " status TEXT NOT NULL DEFAULT 'open'"
              "  CHECK (status IN ('open', 'in progress', 'done', 'cancelled')),"
              " priority TEXT NOT NULL DEFAULT 'medium'"
              "  CHECK (priority IN ('high', 'medium', 'low')),"
              " verifier TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',"
              " expected TEXT NOT NULL DEFAULT '', measured TEXT NOT NULL DEFAULT '',"
              " notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE INDEX action_items_by_register ON action_items (register_id, position)")}},
    };
}

std::unique_ptr<ArtefactStore> ActionsKind::createStore(Document &document) const
{
    return std::make_unique<ActionStore>(document, *this);
}

std::vector<std::unique_ptr<PackSection>> ActionsKind::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<ActionSection>());
    return sections;
}

bool ActionsKind::buildExample(Document &document,
                               const QJsonObject &workshop,
                               const QString &folder,
                               QString *error) const
{
    // The example's actions are a CSV file, as a facilitator brings them from a spreadsheet.
    const QString name = workshop.value(QLatin1String("actions_csv")).toString();
    if (name.isEmpty())
        return true;
    const auto bytes = WholeFile::read(folder + QLatin1Char('/') + name, error, name);
    auto actions = bytes ? ActionCsv::read(*bytes, error) : std::nullopt;
    if (!actions)
        return false;
    for (ActionItem &a : *actions)
        a.id = document.newId();
    document.undoStack()->push(ActionStore::of(document)->addActions(*actions));
    return true;
}

QList<CsvReader> ActionsKind::csvReaders() const
{
    return {{QStringLiteral("actions"), [](const QByteArray &csv, QString *error) {
                 return ActionCsv::read(csv, error).has_value();
             }}};
}

} // namespace Takt
