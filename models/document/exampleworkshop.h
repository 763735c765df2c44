#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Takt {

class Document;

/**
 * The bundled example workshop (a model-retraining pipeline), built from the JSON sources in
 * resources/examples through the same undo commands a user's edits take. The build makes the
 * shipped .takt from them; Help ▸ Open Example Workshop builds it from the resources.
 */
class ExampleWorkshop
{
    Q_DECLARE_TR_FUNCTIONS(ExampleWorkshop)

public:
    /** @p folder holds workshop.json and the maps it names (a path or ":/examples"). */
    static std::unique_ptr<Document> build(const QString &folder, QString *error);
};

} // namespace Takt
