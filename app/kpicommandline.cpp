#include "kpicommandline.h"

#include "commandline.h"

#include "document/document.h"
#include "document/measuredfigure.h"
#include "kpi/kpireading.h"
#include "kpi/kpistore.h"
#include "kpi/measurementcsv.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

namespace {
QJsonObject limitsJson(const XmrChart::Limits &l)
{
    return {{QStringLiteral("n"), l.points},     {QStringLiteral("centre"), l.centre},
            {QStringLiteral("mr_bar"), l.mrBar}, {QStringLiteral("lnpl"), l.lnpl},
            {QStringLiteral("unpl"), l.unpl},    {QStringLiteral("url"), l.url}};
}
} // namespace

KpiCommandLine::KpiCommandLine(CommandLine &commandLine)
    : m_commandLine(commandLine)
{ }

int KpiCommandLine::kpi(const QStringList &args)
{
    if (args.value(1) == QLatin1String("import"))
        return importCsv(CommandLine::subcommandArguments(args));
    return show(args);
}

int KpiCommandLine::importCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Appends the measurements of a CSV file (header Timestamp,Value,Note) to a KPI of a "
           "document, both made when absent; all rows or none."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addPositionalArgument(QStringLiteral("csv"), tr("The CSV file."));
    parser.addOption({QStringLiteral("kpi"), tr("The KPI's name."), tr("name")});
    parser.addOption({QStringLiteral("unit"), tr("The unit of a new KPI."), tr("unit")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 2, 2))
        return code;
    const QString name = parser.value(QStringLiteral("kpi")).trimmed();
    if (name.isEmpty())
        return m_commandLine.fail(tr("say which KPI with --kpi NAME"));
    const QString documentPath = parser.positionalArguments().at(0);
    const QString csvPath = parser.positionalArguments().at(1);
    const QString csvName = QDir::toNativeSeparators(csvPath);
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return m_commandLine.fail(tr("%1 cannot be read: %2").arg(csvName, file.errorString()));
    QString error;
    auto rows = MeasurementCsv::read(file.readAll(), &error);
    if (!rows)
        return m_commandLine.fail(tr("%1: %2").arg(csvName, error));
    // Only now the document: a refused file writes nothing.
    const auto document = m_commandLine.openOrCreate(documentPath);
    if (!document)
        return CommandLine::BadInput;
    KpiStore &store = *KpiStore::of(*document);
    EntityId id = store.kpiByName(name);
    document->undoStack()->beginMacro(tr("Import measurements"));
    if (!id) {
        Kpi kpi;
        kpi.id = id = document->newId();
        kpi.name = name;
        kpi.unit = parser.value(QStringLiteral("unit"));
        document->undoStack()->push(store.addKpi(kpi));
    }
    for (Measurement &m : *rows) {
        m.id = document->newId();
        m.kpi = id;
    }
    document->undoStack()->push(store.addMeasurements(*rows));
    document->undoStack()->endMacro();
    if (!document->save(documentPath, &error))
        return m_commandLine.fail(error);
    return m_commandLine.write(tr("%1: %n measurement(s) added", nullptr, int(rows->size()))
                                       .arg(store.artefactName(id))
                                       .toUtf8()
                                   + '\n',
                               QString());
}

int KpiCommandLine::show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a KPI's XmR chart: its limits (from all points, or per phase), its signals "
           "by rule and what they say."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("kpi"), tr("The KPI's name."), tr("name")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const QString path = parser.positionalArguments().first();
    const auto document = m_commandLine.openDocument(path);
    if (!document)
        return CommandLine::BadInput;
    const KpiStore &store = *KpiStore::of(*document);
    const QString name = parser.value(QStringLiteral("kpi"));
    const EntityId id = store.kpiByName(name);
    if (!id) {
        QStringList names;
        for (EntityId k : store.artefacts())
            names << QStringLiteral("\"%1\"").arg(store.artefactName(k));
        const QString file = QDir::toNativeSeparators(path);
        return m_commandLine.fail(names.isEmpty()
                                      ? tr("%1 has no KPIs").arg(file)
                                      : tr("%1 has no KPI named \"%2\"; its KPIs are %3")
                                            .arg(file, name, names.join(QStringLiteral(", "))));
    }
    const Kpi &kpi = *store.kpi(id);
    const QList<Measurement> series = store.series(id);
    const XmrChart::Result chart = store.chart(id, series);
    const auto measures = MeasuredFigures::measuredBy(*document, id);
    if (!parser.isSet(QStringLiteral("json"))) {
        QString text = kpi.name + QLatin1Char('\n') + KpiReading::text(kpi, series, chart)
            + QLatin1Char('\n');
        if (measures)
            text += tr("Measures %1\n").arg(measures->label);
        for (const XmrChart::Signal &s : chart.signalsFound)
            text += tr("  point %1 (%2): rule %3, %4\n")
                        .arg(s.index + 1)
                        .arg(KpiReading::when(series.at(s.index).takenAt),
                             XmrChart::ruleKey(s.rule), XmrChart::ruleName(s.rule));
        return m_commandLine.write(text.toUtf8(), QString());
    }
    // The last phase's limits (all points' without phases), and each phase's.
    QJsonObject root = chart.phases.isEmpty() ? QJsonObject {{QStringLiteral("n"), 0}}
                                              : limitsJson(chart.phases.last().limits);
    root.insert(QStringLiteral("kpi"), kpi.name);
    root.insert(QStringLiteral("unit"), kpi.unit);
    root.insert(QStringLiteral("n"), int(series.size()));
    QJsonArray signalList;
    for (const XmrChart::Signal &s : chart.signalsFound) {
        const QJsonValue rule = s.rule == XmrChart::Rule::MovingRange
            ? QJsonValue(QStringLiteral("mr"))
            : QJsonValue(int(s.rule));
        signalList.append(
            QJsonObject {{QStringLiteral("index"), s.index + 1}, {QStringLiteral("rule"), rule}});
    }
    root.insert(QStringLiteral("signals"), signalList);
    if (chart.phases.size() > 1) {
        QJsonArray phases;
        for (const XmrChart::Phase &p : chart.phases) {
            QJsonObject o = limitsJson(p.limits);
            o.insert(QStringLiteral("start"), p.start + 1);
            o.insert(QStringLiteral("end"), p.end);
            phases.append(o);
        }
        root.insert(QStringLiteral("phases"), phases);
    }
    root.insert(QStringLiteral("reading"), KpiReading::text(kpi, series, chart));
    if (measures) // as the example workshop names it: {"artefact", "item", "figure"}
        root.insert(QStringLiteral("measures"),
                    QJsonObject {{QStringLiteral("artefact"), measures->artefact},
                                 {QStringLiteral("item"), measures->item},
                                 {QStringLiteral("figure"), measures->key}});
    return m_commandLine.write(QJsonDocument(root).toJson(QJsonDocument::Indented), QString());
}

} // namespace Takt
