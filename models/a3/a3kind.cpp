#include "a3kind.h"

#include "a3section.h"
#include "a3store.h"
#include "document/document.h"

#include <QUndoStack>

namespace Takt {

QString A3Kind::emptyHint() const
{
    return tr("Tell a problem's story on one sheet, through PDCA: Problem ▸ New A3");
}

QList<SchemaStep> A3Kind::schemaSteps() const
{
    return {
        // Format 10: A3 reports and the history of their PDCA stages.
        {10,
         {QStringLiteral(
              "CREATE TABLE a3_reports ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
              " name TEXT NOT NULL DEFAULT '', theme TEXT NOT NULL DEFAULT '',"
              " owner TEXT NOT NULL DEFAULT '', coach TEXT NOT NULL DEFAULT '', date TEXT,"
              " stage TEXT NOT NULL DEFAULT 'plan'"
              "  CHECK (stage IN ('plan', 'do', 'check', 'act', 'done')),"
              " background TEXT NOT NULL DEFAULT '', current_condition TEXT NOT NULL DEFAULT '',"
              " goal TEXT NOT NULL DEFAULT '', analysis TEXT NOT NULL DEFAULT '',"
              " countermeasures TEXT NOT NULL DEFAULT '', plan TEXT NOT NULL DEFAULT '',"
              " follow_up TEXT NOT NULL DEFAULT '', map TEXT NOT NULL DEFAULT '',"
              " whys TEXT NOT NULL DEFAULT '', figure TEXT NOT NULL DEFAULT '',"
              " baseline REAL, target REAL, target_by TEXT, result REAL)"),
          QStringLiteral("CREATE TABLE pdca_steps ("
                         " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                         " report_id INTEGER NOT NULL REFERENCES a3_reports(id) ON DELETE CASCADE,"
                         " stage TEXT NOT NULL"
                         "  CHECK (stage IN ('plan', 'do', 'check', 'act', 'done')),"
                         " on_date TEXT, note TEXT NOT NULL DEFAULT '')")}},
    };
}

std::unique_ptr<ArtefactStore> A3Kind::createStore(Document &document) const
{
    return std::make_unique<A3Store>(document, *this);
}

std::vector<std::unique_ptr<PackSection>> A3Kind::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<A3Section>());
    return sections;
}

EntityId A3Kind::importJson(Document &document, const QByteArray &json, QString *error) const
{
    const auto sheet = A3Json::read(
        json, [&] { return document.newId(); }, error);
    if (!sheet)
        return 0;
    document.undoStack()->push(
        A3Store::of(document)->addReport(*sheet, tr("Import A3 \"%1\"").arg(sheet->report.name)));
    return sheet->report.id;
}

QByteArray A3Kind::exportJson(const Document &document,
                              EntityId id,
                              QStringList *leftOut,
                              QString *error) const
{
    Q_UNUSED(leftOut)
    const A3Store *store = A3Store::of(document);
    if (!store->report(id)) {
        if (error)
            *error = tr("no A3 has the id %1").arg(id);
        return {};
    }
    return A3Json::write(store->sheet(id));
}

bool A3Kind::buildExample(Document &document,
                          const QJsonObject &workshop,
                          const QString &folder,
                          QString *error) const
{
    // "a3": ["file.json", …], each a takt-a3 file beside workshop.json.
    return importListedFiles(document, workshop, QStringLiteral("a3"), folder, error);
}

} // namespace Takt
