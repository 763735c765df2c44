#pragma once

#include "core/entityid.h"
#include "core/fielddef.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace Takt {

class EntityFields;
class FigureEdit;
class MapScene;
struct MapElement;

/**
 * The properties of what is selected on a map: the data box of one element, or the map's own
 * figures (demand, available time) when nothing is selected. Fields come from the field tables
 * (their type, label and key, the widget's object name); every commit is a ChangeField, and a
 * refused value says why, in words, and is not stored.
 */
class MapPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPropertiesPanel(MapScene *scene, QWidget *parent = nullptr);

Q_SIGNALS:
    /** A linked artefact was clicked (an action's register, a KPI): the window opens it. */
    void openRequested(Takt::EntityId artefact);

public:

    /** Puts the cursor in the field of @p key (the first field when it is empty or not
     *  shown), its text selected, ready for typing (after adding something by keyboard). */
    void focusField(const QString &key = QString());

private:
    void rebuild();
    void refreshValues();
    void buildElementForm(const MapElement &element);
    void buildMapForm();
    /** A typed field of @p target's entity @p id, as its field definition says. */
    void addField(EntityFields *target, EntityId id, const FieldDef &field, const QString &label);
    void addChoice(EntityFields *target,
                   EntityId id,
                   const FieldDef &field,
                   const QString &label,
                   const std::function<QString(const FieldChoice &)> &choiceLabel);
    void addCheck(EntityFields *target, EntityId id, const FieldDef &field, const QString &label);
    void addAttributes(EntityId id);
    /** What a linked KPI measured for the step's cycle time, and its mean or median taken
     *  as the cycle time in one click (one undo step). */
    void addMeasuredCycleTime(EntityId step);
    /** What other kinds link to @p id (the actions it is the source of, the KPI measuring
     *  it), each a link that opens it. */
    void addLinked(EntityId id);
    /** @p edit's row, with its refusal or warning in words right under it. */
    void addEditRow(const QString &label, FigureEdit *edit);
    /** A button under the field of @p figure that works it out in a WorkingTimeDialog. */
    void addCalculator(int figure, const QString &text, const char *objectName);
    void push(EntityFields *target, EntityId id, int field, const QVariant &value);

    MapScene *const m_scene;
    QFormLayout *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QLabel *m_heading;
    EntityId m_shownElement = 0;
    bool m_showingMap = false;
    /** Bring each control back to the model's value (after undo, redo, another edit). */
    QList<std::function<void()>> m_refreshers;
};

} // namespace Takt
