#pragma once

#include "editor/editorfactory.h"

namespace Takt {

/** The attendance's views: its editor and its entries in the Session menu. */
class AttendanceEditorFactory : public EditorFactory
{
public:
    QString kindKey() const override { return QStringLiteral("attendance"); }
    ArtefactEditor *createEditor(Document *document, EntityId id, QWidget *parent) const override;
    KindActions *createActions(EditorContext &context, QObject *parent) const override;
};

} // namespace Takt
