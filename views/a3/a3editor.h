#pragma once

#include "editor/diagrameditor.h"

namespace Takt {

class A3Panel;
class A3SectionEditor;
class A3Store;
class DiagramView;

/**
 * An A3 as the paper form, live beside the editor of its free sections: a click on a box of
 * the sheet edits that section; the header, the goal, what the sheet shows and the PDCA stage
 * are in the Properties dock.
 */
class A3Editor : public DiagramEditor
{
    Q_OBJECT

public:
    A3Editor(Document *document, EntityId report, QWidget *parent = nullptr);
    ~A3Editor() override;

    DiagramView *sheetView() const { return m_sheet; }
    A3SectionEditor *sectionEditor() const { return m_sections; }
    A3Panel *panel() const { return m_panel; }

    QWidget *propertiesWidget() const override;
    void focusProperties() override;

private:
    A3Store *const m_store;
    A3SectionEditor *m_sections;
    DiagramView *m_sheet;
    A3Panel *m_panel;
};

} // namespace Takt
