#pragma once

#include "core/entityid.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Takt {

class A3Store;
class Document;
class FieldLine;

/** An A3's Properties: its header, its measurable goal, the map and analysis it shows, and
 *  its PDCA stage with the history. */
class A3Panel : public QWidget
{
    Q_OBJECT

public:
    A3Panel(Document *document, EntityId report, QWidget *parent = nullptr);

    void focusFirstField();
    QComboBox *mapChoice() const { return m_map; }
    QComboBox *analysisChoice() const { return m_analysis; }

private:
    void refresh();
    void fillChoices();
    void choose(QComboBox *box, int field);

    Document *const m_document;
    A3Store *const m_store;
    const EntityId m_report;
    QList<FieldLine *> m_lines;
    QComboBox *m_map;
    QComboBox *m_analysis;
    QLabel *m_stage;
};

} // namespace Takt
