#pragma once

#include "editor/kindactions.h"

#include <QList>

#include <functional>

class QAction;
class QKeySequence;
class QMenu;

namespace Takt {

class EditorContext;
class KpiEditor;

/**
 * The KPIs' actions in one window: the KPI menu (new, import measurements from CSV, save the
 * chart as an image, delete). Those that act on a KPI are enabled while a KPI's editor is
 * current.
 */
class KpiActions : public KindActions
{
    Q_OBJECT

public:
    KpiActions(EditorContext &context, QObject *parent);

    void currentEditorChanged(ArtefactEditor *editor) override;

private:
    QAction *editorAction(QMenu *menu,
                          const QString &text,
                          const QKeySequence &shortcut,
                          const std::function<void(KpiEditor *)> &run);
    KpiEditor *current() const;

    void newKpi();
    void importCsv(KpiEditor *editor);
    void deleteKpi(KpiEditor *editor);

    EditorContext &m_context;
    QList<QAction *> m_editorActions; // enabled only while a KPI is shown
};

} // namespace Takt
