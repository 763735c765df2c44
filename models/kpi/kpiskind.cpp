#include "kpiskind.h"

#include "document/document.h"
#include "document/measuredfigure.h"
#include "kpisection.h"
#include "kpistore.h"
#include "measurementcsv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

QString KpisKind::emptyHint() const
{
    return tr("Measure a KPI: takt kpi import DOC --kpi NAME FILE.csv");
}

QList<SchemaStep> KpisKind::schemaSteps() const
{
    return {
        // Format 5: KPIs and their measurements.
        {5,
         {QStringLiteral(
              "CREATE TABLE kpis ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
              " unit TEXT NOT NULL DEFAULT '',"
              " better TEXT NOT NULL DEFAULT 'lower' CHECK (better IN ('lower', 'higher')),"
              " target REAL, baseline INTEGER, notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE kpi_measurements ("
              " id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
              " kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
              " taken_at TEXT NOT NULL, value REAL NOT NULL, note TEXT NOT NULL DEFAULT '',"
              " phase_start INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral(
              "CREATE INDEX kpi_measurements_by_kpi ON kpi_measurements (kpi_id, position)")}},
    };
}

std::unique_ptr<ArtefactStore> KpisKind::createStore(Document &document) const
{
    return std::make_unique<KpiStore>(document, *this);
}

std::vector<std::unique_ptr<PackSection>> KpisKind::packSections() const
{
    std::vector<std::unique_ptr<PackSection>> sections;
    sections.push_back(std::make_unique<KpiSection>());
    return sections;
}

bool KpisKind::buildExample(Document &document,
                            const QJsonObject &workshop,
                            const QString &,
                            QString *error) const
{
    KpiStore &store = *KpiStore::of(document);
    for (const QJsonValue &entry : workshop.value(QLatin1String("kpis")).toArray()) {
        const QJsonObject o = entry.toObject();
        Kpi kpi;
        kpi.id = document.newId();
        kpi.name = o.value(QLatin1String("name")).toString();
        kpi.unit = o.value(QLatin1String("unit")).toString();
        kpi.better = o.value(QLatin1String("better")).toString() == QLatin1String("higher")
            ? Kpi::Better::Higher
            : Kpi::Better::Lower;
        if (o.contains(QLatin1String("target")))
            kpi.target = o.value(QLatin1String("target")).toDouble();
        kpi.notes = o.value(QLatin1String("notes")).toString();
        QList<Measurement> points;
        for (const QJsonValue &m : o.value(QLatin1String("measurements")).toArray()) {
            Measurement point;
            point.id = document.newId();
            point.kpi = kpi.id;
            const QDateTime time
                = Measurement::parseTime(m.toObject().value(QLatin1String("timestamp")).toString());
            if (!time.isValid() || kpi.name.isEmpty()) {
                if (error)
                    *error
                        = tr("KPI \"%1\": a measurement without a valid timestamp").arg(kpi.name);
                return false;
            }
            point.takenAt = MeasurementCsv::storedTime(time);
            point.value = m.toObject().value(QLatin1String("value")).toDouble();
            point.note = m.toObject().value(QLatin1String("note")).toString();
            point.phaseStart = m.toObject().value(QLatin1String("phase_start")).toBool();
            points << point;
        }
        document.undoStack()->push(store.addKpi(kpi));
        document.undoStack()->push(store.addMeasurements(points));
        // What on a map it measures: {"artefact": map, "item": step or queue, "figure": key}.
        const QJsonObject measures = o.value(QLatin1String("measures")).toObject();
        if (!measures.isEmpty()) {
            const auto figure = MeasuredFigures::findByName(
                document, measures.value(QLatin1String("artefact")).toString(),
                measures.value(QLatin1String("item")).toString(),
                measures.value(QLatin1String("figure")).toString());
            if (!figure) {
                if (error)
                    *error = tr("KPI \"%1\": measures a figure the example does not have")
                                 .arg(kpi.name);
                return false;
            }
            document.undoStack()->push(
                MeasuredFigures::link(document, kpi.id, figure->target, figure->key));
        }
    }
    return true;
}

QList<CsvReader> KpisKind::csvReaders() const
{
    // A file, and text pasted from a spreadsheet in a German locale (decimal commas, dates
    // with dots): the two ways measurements come in.
    return {{QStringLiteral("measurements"),
             [](const QByteArray &csv, QString *error) {
                 return MeasurementCsv::read(csv, error).has_value();
             }},
            {QStringLiteral("pasted measurements"), [](const QByteArray &csv, QString *error) {
                 return MeasurementCsv::readPasted(QString::fromUtf8(csv), QLocale(QLocale::German),
                                                   QDate(2026, 11, 2), error)
                     .has_value();
             }}};
}

} // namespace Takt
