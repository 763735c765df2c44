#include "exampleworkshop.h"

#include "artefactkind.h"
#include "artefactregistry.h"
#include "core/changefield.h"
#include "document.h"
#include "workshoprecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Takt {

namespace {

QJsonObject readWorkshop(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject())
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
    return json.object();
}

void setMetadata(Document &document, const QJsonObject &workshop)
{
    using F = WorkshopMetadata::Field;
    QStringList facilitators;
    for (const QJsonValue &v : workshop.value(QLatin1String("facilitators")).toArray())
        facilitators << v.toString();
    // The JSON keys are the fields' own; dates are ISO text, facilitators a list.
    for (const auto &field : WorkshopMetadata::fields().fields()) {
        const QJsonValue value = workshop.value(QLatin1String(field.def.key));
        QVariant v = value.toString();
        if (field.def.type == FieldType::Date)
            v = QDate::fromString(value.toString(), Qt::ISODate);
        if (field.def.id == int(F::Facilitators))
            v = facilitators.join(QLatin1Char('\n'));
        document.undoStack()->push(
            new ChangeField(document.workshop(), WorkshopRecord::Id, field.def.id, v));
    }
}

} // namespace

std::unique_ptr<Document> ExampleWorkshop::build(const QString &folder, QString *error)
{
    QString problem;
    const QJsonObject workshop
        = readWorkshop(QDir(folder).filePath(QStringLiteral("workshop.json")), &problem);
    auto document = problem.isEmpty() ? Document::createNew(&problem) : nullptr;
    if (document) {
        setMetadata(*document, workshop);
        // Each kind adds its part through the same undo commands a user's edits take.
        for (const auto &kind : ArtefactRegistry::kinds())
            if (!kind->buildExample(*document, workshop, folder, &problem))
                break;
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("The example workshop could not be built: %1").arg(problem);
        return nullptr;
    }
    document->undoStack()->clear(); // the example starts as opened, not as edits to undo
    return document;
}

} // namespace Takt
