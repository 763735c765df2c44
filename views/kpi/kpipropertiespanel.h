#pragma once

#include "core/entityid.h"

#include <QWidget>

#include <functional>

class QFormLayout;

namespace Takt {

class Document;
class KpiStore;

/**
 * A KPI's own figures in the Properties dock: name, unit, which way is better, the target
 * and the baseline the limits are frozen from, and the map figure it measures, if any
 * (MeasuredFigures). Each commit is a ChangeField; a value that
 * cannot be is refused with the reason under its field, and not stored.
 */
class KpiPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    KpiPropertiesPanel(Document *document, EntityId kpi, QWidget *parent = nullptr);

    void focusFirstField();

private:
    void addText(int field);
    void addBetter();
    /** What on a map the KPI measures: a step's cycle time, a queue's wait, a lead time. */
    void addMeasures();
    QString measuredText() const;

    Document *const m_document;
    KpiStore *const m_store;
    const EntityId m_kpi;
    QFormLayout *m_form;
    QList<std::function<void()>> m_refreshers;
};

} // namespace Takt
