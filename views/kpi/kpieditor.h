#pragma once

#include "editor/artefacteditor.h"

class QLabel;
class QTableView;

namespace Takt {

class KpiPropertiesPanel;
class KpiStore;
class MeasurementTableModel;
class XmrChartView;

/**
 * A KPI's editor: its measurements as a table (typed, or pasted from a spreadsheet with
 * Ctrl+V) beside its XmR chart, which follows every edit and every undo.
 */
class KpiEditor : public ArtefactEditor
{
    Q_OBJECT

public:
    KpiEditor(Document *document, EntityId kpi, QWidget *parent = nullptr);
    ~KpiEditor() override;

    XmrChartView *chartView() const { return m_chart; }
    QTableView *table() const { return m_table; }
    MeasurementTableModel *model() const { return m_model; }

    QWidget *propertiesWidget() const override;
    void focusProperties() override;
    EditActions editActions() const override { return Paste | Delete; }
    void paste() override;
    void deleteSelection() override;
    /** Adds the measurements of @p text (a pasted column or two), as one undo step. */
    bool pasteText(const QString &text);

private:
    void refresh();

    KpiStore *const m_store;
    MeasurementTableModel *m_model;
    QTableView *m_table;
    XmrChartView *m_chart;
    QLabel *m_message;
    KpiPropertiesPanel *m_properties;
};

} // namespace Takt
