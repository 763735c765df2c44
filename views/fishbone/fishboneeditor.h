#pragma once

#include "editor/diagrameditor.h"

namespace Takt {

class DiagramView;
class FishboneModel;
class FishboneOutlineView;
class FishbonePanel;
class FishboneStore;

/**
 * A fishbone: the keyboard-first outline of its bones and causes beside the classic diagram
 * of the same model; its name and effect in the Properties dock.
 */
class FishboneEditor : public DiagramEditor
{
    Q_OBJECT

public:
    FishboneEditor(Document *document, EntityId diagram, QWidget *parent = nullptr);
    ~FishboneEditor() override;

    FishboneOutlineView *outline() const { return m_outline; }
    DiagramView *diagramView() const { return m_diagram; }
    FishboneModel *model() const { return m_model; }

    QWidget *propertiesWidget() const override;
    void focusProperties() override;
    EditActions editActions() const override { return Delete; }
    void deleteSelection() override;

private:
    FishboneStore *const m_store;
    FishboneModel *m_model;
    FishboneOutlineView *m_outline;
    DiagramView *m_diagram;
    FishbonePanel *m_panel;
};

} // namespace Takt
