#pragma once

#include "core/entitylist.h"
#include "vsm/mapelement.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Takt {

class FigureEdit;
class MapScene;

/**
 * The properties of what is selected on a map: the data box of one element, or the map's own
 * figures (demand, available time) when nothing is selected. Every commit is an undo command;
 * a refused value shows why, in red, and is not stored.
 */
class MapPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPropertiesPanel(MapScene *scene, QWidget *parent = nullptr);

    /** Puts the cursor in the first field, ready for typing (after adding a step). */
    void focusFirstField();

private:
    void rebuild();
    void refreshValues();
    void buildElementForm(const MapElement &element);
    void buildMapForm();
    FigureEdit *addFigure(int kind,
                          const QString &label,
                          const QVariant &value,
                          const std::function<void(const QVariant &)> &commit);
    void showRefusals();
    EntityList<MapElement> *elements() const;

    MapScene *const m_scene;
    QFormLayout *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QLabel *m_heading;
    QLabel *m_error;
    EntityId m_shownElement = 0;
    bool m_showingMap = false;
    /** Bring each control back to the model's value (after undo, redo, another edit). */
    QList<std::function<void()>> m_refreshers;
};

} // namespace Takt
