#pragma once

#include "core/entityid.h"

#include <QWidget>

class QLabel;

namespace Takt {

class Document;
class FieldLine;
class FishboneStore;

/** A fishbone's Properties: its name and effect, and what the selected cause started. */
class FishbonePanel : public QWidget
{
    Q_OBJECT

public:
    FishbonePanel(Document *document, EntityId diagram, QWidget *parent = nullptr);

    void setItem(EntityId item);
    void focusFirstField();

private:
    void refresh();

    Document *const m_document;
    FishboneStore *const m_store;
    QList<FieldLine *> m_lines;
    QLabel *m_selected;
    EntityId m_item = 0;
};

} // namespace Takt
