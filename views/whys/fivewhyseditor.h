#pragma once

#include "editor/diagrameditor.h"

class QListWidget;
class QTimer;

namespace Takt {

class FiveWhysModel;
class FiveWhysPanel;
class DiagramView;
class FiveWhysStore;
class WhysOutlineView;

/**
 * A 5 Whys analysis: the keyboard-first outline of causes with the guidance beside it (each
 * chain read back, open points), and the tree diagram of the same model; the problem, the
 * selected cause and its countermeasures in the Properties dock.
 */
class FiveWhysEditor : public DiagramEditor
{
    Q_OBJECT

public:
    static constexpr int GuidanceDelayMs = 250;

    FiveWhysEditor(Document *document, EntityId analysis, QWidget *parent = nullptr);
    ~FiveWhysEditor() override;

    WhysOutlineView *outline() const { return m_outline; }
    DiagramView *diagramView() const { return m_diagram; }
    QListWidget *guidance() const { return m_guidance; }
    FiveWhysModel *model() const { return m_model; }

    QWidget *propertiesWidget() const override;
    void focusProperties() override;
    EditActions editActions() const override { return Delete; }
    void deleteSelection() override;

    /** The guidance as it is now, without waiting for the pause. */
    void refreshGuidance();

private:
    FiveWhysStore *const m_store;
    FiveWhysModel *m_model;
    WhysOutlineView *m_outline;
    DiagramView *m_diagram;
    QListWidget *m_guidance;
    FiveWhysPanel *m_panel;
    QTimer *m_guidanceTimer;
};

} // namespace Takt
