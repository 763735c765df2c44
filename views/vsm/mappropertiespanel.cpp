#include "mappropertiespanel.h"

#include "core/changefield.h"
#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"
#include "document/entitynames.h"
#include "document/linkcommands.h"
#include "figureedit.h"
#include "mapscene.h"
#include "vsm/attributetext.h"
#include "vsm/mapmetrics.h"
#include "vsm/paintstyle.h"
#include "vsm/valuestreammap.h"
#include "workingtimedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

namespace {
/** "%C&A" would otherwise lose its "&" to a keyboard accelerator. */
QString rowLabel(const QString &label)
{
    return QString(label).replace(QLatin1Char('&'), QLatin1String("&&")) + QLatin1Char(':');
}
} // namespace

MapPropertiesPanel::MapPropertiesPanel(MapScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_heading(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("heading"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addStretch();
    connect(scene, &QGraphicsScene::selectionChanged, this, &MapPropertiesPanel::rebuild);
    connect(scene->map(), &ValueStreamMap::changed, this, &MapPropertiesPanel::refreshValues);
    // A linked KPI's series changes the measured spread without the map changing.
    connect(scene, &MapScene::metricsChanged, this, &MapPropertiesPanel::refreshValues);
    // Links made or gone elsewhere (an action's source) change what is linked here.
    connect(scene->document(), &Document::measuredChanged, this,
            &MapPropertiesPanel::refreshValues);
    rebuild();
}

void MapPropertiesPanel::push(EntityFields *target, EntityId id, int field, const QVariant &value)
{
    m_scene->document()->undoStack()->push(new ChangeField(target, id, field, value));
}

void MapPropertiesPanel::addEditRow(const QString &label, FigureEdit *edit)
{
    m_form->addRow(rowLabel(label), edit);
    // Right under its field, so that the form does not shift and the reason is read with it;
    // it stays until the field is valid again, whatever else is edited meanwhile.
    auto *message = new QLabel(m_formHost);
    message->setObjectName(edit->objectName() + QLatin1String("_message"));
    message->setWordWrap(true);
    message->hide();
    m_form->addRow(message);
    const auto show = [edit, message] {
        const bool refused = edit->isRefused();
        message->setText(refused ? edit->refusal() : edit->warning());
        message->setStyleSheet(
            refused ? QStringLiteral("color: %1;").arg(QColor(Paint::Accent).name()) : QString());
        message->setVisible(!message->text().isEmpty());
    };
    connect(edit, &FigureEdit::messageChanged, message, show);
    show();
}

void MapPropertiesPanel::addField(EntityFields *target,
                                  EntityId id,
                                  const FieldDef &field,
                                  const QString &label)
{
    auto *edit = new FigureEdit(field, m_formHost);
    edit->setObjectName(QLatin1String(field.key));
    const auto read = [target, id, f = field.id] { return target->fieldValue(id, f); };
    edit->setValue(read());
    connect(edit, &FigureEdit::committed, this,
            [=](const QVariant &v) { push(target, id, field.id, v); });
    addEditRow(label, edit);
    m_refreshers << [edit, read] {
        // Never overwrite what the user is typing, or a refused value still to correct.
        if (!edit->hasFocus() && !edit->isRefused())
            edit->setValue(read());
    };
}

void MapPropertiesPanel::addChoice(EntityFields *target,
                                   EntityId id,
                                   const FieldDef &field,
                                   const QString &label,
                                   const std::function<QString(const FieldChoice &)> &choiceLabel)
{
    auto *box = new QComboBox(m_formHost);
    box->setObjectName(QLatin1String(field.key));
    // A long choice ("Most readable unit for each figure") must not widen a narrow dock.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    if (field.optional)
        box->addItem(tr("Most readable unit for each figure"), QVariant());
    for (const FieldChoice &choice : field.choices)
        box->addItem(choiceLabel(choice), choice.value);
    const auto show = [box, target, id, f = field.id] {
        const QVariant value = target->fieldValue(id, f);
        box->setCurrentIndex(value.isValid() ? box->findData(value) : 0);
    };
    show();
    connect(box, &QComboBox::activated, this,
            [=](int index) { push(target, id, field.id, box->itemData(index)); });
    m_form->addRow(rowLabel(label), box);
    m_refreshers << show;
}

void MapPropertiesPanel::addCheck(EntityFields *target,
                                  EntityId id,
                                  const FieldDef &field,
                                  const QString &label)
{
    auto *check = new QCheckBox(label, m_formHost);
    check->setObjectName(QLatin1String(field.key));
    check->setChecked(target->fieldValue(id, field.id).toBool());
    connect(check, &QCheckBox::toggled, this, [=](bool on) { push(target, id, field.id, on); });
    m_form->addRow(QString(), check);
    m_refreshers << [check, target, id, f = field.id] {
        const QSignalBlocker quiet(check); // a refresh is not a user's click
        check->setChecked(target->fieldValue(id, f).toBool());
    };
}

void MapPropertiesPanel::addAttributes(EntityId id)
{
    // Attributes as "key: value" lines: quick to type in a workshop.
    EntityFields *elements = &m_scene->map()->elementList();
    const int field = int(ElementField::Attributes);
    const QString label = MapElement::fieldName(ElementField::Attributes);
    FieldDef def;
    def.type = FieldType::Text;
    auto *edit = new FigureEdit(def, m_formHost);
    edit->setObjectName(MapElement::fields().key(field));
    const auto read = [this, id] {
        const MapElement *e = m_scene->map()->element(id);
        return e ? AttributeText::format(e->attributes) : QString();
    };
    edit->setValue(read());
    edit->setPlaceholderText(tr("e.g. GPU hours: 20; tool: Airflow"));
    connect(edit, &FigureEdit::committed, this, [=](const QVariant &v) {
        push(elements, id, field, FieldValue::toVariant(AttributeText::parse(v.toString())));
    });
    addEditRow(label, edit);
    m_refreshers << [edit, read] {
        if (!edit->hasFocus())
            edit->setValue(read());
    };
}

void MapPropertiesPanel::rebuild()
{
    const QList<EntityId> selected = m_scene->selectedElementIds();
    const EntityId element = selected.size() == 1 ? selected.first() : 0;
    const bool showMap = selected.isEmpty() && m_scene->selectedConnectorIds().isEmpty();
    if (m_formHost && element == m_shownElement && showMap == m_showingMap && element)
        return;
    // What was typed into the field still focused counts: a shortcut (Ctrl+Return) that
    // selects something else must not throw it away with the old form.
    if (m_formHost)
        if (auto *edit = qobject_cast<FigureEdit *>(m_formHost->focusWidget());
            edit && edit->hasFocus())
            edit->commit();
    m_shownElement = element;
    m_showingMap = showMap;
    m_refreshers.clear();
    delete m_formHost;
    m_formHost = new QWidget(this);
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock the labels go above their fields rather than squeeze them.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_formHost);
    if (element) {
        buildElementForm(*m_scene->map()->element(element));
    } else if (showMap) {
        buildMapForm();
    } else {
        const int n = int(selected.size() + m_scene->selectedConnectorIds().size());
        m_heading->setText(tr("%n item(s) selected", nullptr, n));
    }
}

void MapPropertiesPanel::refreshValues()
{
    if (m_shownElement && !m_scene->map()->element(m_shownElement)) {
        rebuild();
        return;
    }
    if (m_showingMap) // the heading names the map: it follows a rename
        m_heading->setText(tr("Map: %1").arg(m_scene->map()->name()));
    for (const auto &refresh : std::as_const(m_refreshers))
        refresh();
}

void MapPropertiesPanel::buildElementForm(const MapElement &e)
{
    m_heading->setText(MapElement::kindName(e.kind));
    EntityFields *elements = &m_scene->map()->elementList();
    const auto &table = MapElement::fields();
    const auto field = [&](ElementField f) {
        const FieldDef &def = table.find(int(f))->def;
        if (def.type == FieldType::Boolean)
            addCheck(elements, e.id, def, table.label(def.id));
        else if (def.type == FieldType::Choice)
            addChoice(elements, e.id, def, table.label(def.id),
                      [&table, &def](const FieldChoice &c) {
                          return table.choiceLabel(def.id, c.value);
                      });
        else if (f == ElementField::Attributes)
            addAttributes(e.id);
        else
            addField(elements, e.id, def, table.label(def.id));
        if (f == ElementField::CycleTime)
            addMeasuredCycleTime(e.id);
    };
    field(ElementField::Name);
    using F = ElementField;
    switch (e.kind) {
    case ElementKind::Process:
        for (F f : {F::CycleTime, F::Changeover, F::Uptime, F::CompleteAccurate, F::ValueAdded,
                    F::Operators, F::Shifts, F::Batch, F::WipLimit, F::Sharing, F::OnTimeline,
                    F::Attributes})
            field(f);
        break;
    case ElementKind::Inventory:
    case ElementKind::Supermarket:
    case ElementKind::Buffer:
    case ElementKind::FifoLane:
        // The wait first: it is what the room calls out ("Raw data backlog, 3 days").
        for (F f : {F::Wait, F::Count, F::DemandPerDay})
            field(f);
        if (e.kind == ElementKind::FifoLane)
            field(F::MaxCount);
        break;
    case ElementKind::Shipment:
        field(F::Frequency);
        break;
    default:
        break;
    }
    field(F::Notes);
    addLinked(e.id);
}

void MapPropertiesPanel::addLinked(EntityId id)
{
    auto *linked = new QLabel(m_formHost);
    linked->setObjectName(QStringLiteral("linked"));
    linked->setWordWrap(true);
    linked->setTextFormat(Qt::RichText);
    connect(linked, &QLabel::linkActivated, this, [this](const QString &href) {
        Q_EMIT openRequested(href.mid(QStringLiteral("takt:").size()).toLongLong());
    });
    m_form->addRow(linked);
    const auto show = [this, id, linked] {
        const Document &document = *m_scene->document();
        QStringList lines;
        for (const Link &link : LinkCommands::of(document, id)) {
            const EntityId other = link.from == id ? link.to : link.from;
            const ArtefactStore *store = document.storeOf(other);
            const EntityId artefact = EntityNames::artefactOf(document, other);
            if (!store || !artefact || store == document.storeOf(id))
                continue; // the map's own links (none yet) are drawn on it
            lines << tr("%1: <a href='takt:%2'>%3</a>")
                         .arg(store->kind().name().toHtmlEscaped())
                         .arg(artefact)
                         .arg(store->entityName(other).toHtmlEscaped());
        }
        linked->setText(
            lines.isEmpty()
                ? QString()
                : tr("<b>Linked here</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
        linked->setHidden(lines.isEmpty());
    };
    show();
    m_refreshers << show;
}

void MapPropertiesPanel::addMeasuredCycleTime(EntityId step)
{
    auto *box = new QWidget(m_formHost);
    box->setObjectName(QStringLiteral("measured_cycle_time"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *reading = new QLabel(box);
    reading->setWordWrap(true);
    reading->setObjectName(QStringLiteral("measured_reading"));
    layout->addWidget(reading);
    auto *buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    const auto take = [this, step](bool median) {
        const MeasuredSpread spread = m_scene->metrics().measuredCycleTimes.value(step);
        if (spread.n == 0)
            return;
        const double value = median ? spread.median : spread.mean;
        // A parent of its own: a ChangeField alone would merge with the typing before it.
        auto *command = new QUndoCommand(
            median ? tr("Cycle Time from the Median of \"%1\"").arg(spread.sourceName)
                   : tr("Cycle Time from the Mean of \"%1\"").arg(spread.sourceName));
        new ChangeField(&m_scene->map()->elementList(), step, int(ElementField::CycleTime), value,
                        command);
        m_scene->document()->undoStack()->push(command);
    };
    for (const bool median : {false, true}) {
        auto *button = new QPushButton(median ? tr("Use Median") : tr("Use Mean"), box);
        button->setObjectName(median ? QStringLiteral("use_median") : QStringLiteral("use_mean"));
        connect(button, &QPushButton::clicked, this, [take, median] { take(median); });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    m_form->addRow(box);
    const auto show = [this, step, box, reading] {
        const MapMetrics &metrics = m_scene->metrics();
        const auto spread = metrics.measuredCycleTimes.constFind(step);
        // (Not isVisible(): the dock may be hidden, and the text must be right when shown.)
        const bool measured = spread != metrics.measuredCycleTimes.constEnd();
        box->setHidden(!measured);
        if (!measured)
            return;
        reading->setText(tr("Measured by \"%1\": mean %2, median %3 (%4).")
                             .arg(spread->sourceName, metrics.formatTime(spread->mean),
                                  metrics.formatTime(spread->median), metrics.spreadText(*spread)));
    };
    show();
    m_refreshers << show;
}

void MapPropertiesPanel::buildMapForm()
{
    ValueStreamMap *map = m_scene->map();
    m_heading->setText(tr("Map: %1").arg(map->name()));
    const auto &table = ValueStreamMap::fields();
    using F = ValueStreamMap::Field;
    const auto def = [&table](F f) -> const FieldDef & { return table.find(int(f))->def; };
    addField(map, map->id(), def(F::Name), table.label(int(F::Name)));
    addChoice(map, map->id(), def(F::State), table.label(int(F::State)),
              [&table](const FieldChoice &c) { return table.choiceLabel(int(F::State), c.value); });
    addField(map, map->id(), def(F::DemandPerDay), table.label(int(F::DemandPerDay)));
    addCalculator(int(F::DemandPerDay), tr("From monthly demand…"), "demand_calculator");
    addField(map, map->id(), def(F::AvailableTime), table.label(int(F::AvailableTime)));
    addCalculator(int(F::AvailableTime), tr("From shifts…"), "shift_calculator");
    addChoice(map, map->id(), def(F::TimeUnit), table.label(int(F::TimeUnit)),
              [](const FieldChoice &c) { return Duration::unitName(Duration::Unit(c.value)); });
    addField(map, map->id(), def(F::Notes), table.label(int(F::Notes)));
}

void MapPropertiesPanel::addCalculator(int figure, const QString &text, const char *objectName)
{
    ValueStreamMap *map = m_scene->map();
    auto *button = new QPushButton(text, m_formHost);
    button->setObjectName(QLatin1String(objectName));
    connect(button, &QPushButton::clicked, this, [this, map, figure] {
        using D = WorkingTimeDialog::Figure;
        WorkingTimeDialog dialog(figure == int(ValueStreamMap::Field::DemandPerDay)
                                     ? D::DemandPerDay
                                     : D::AvailableTimePerDay,
                                 this);
        if (dialog.exec() == QDialog::Accepted && dialog.result())
            push(map, map->id(), figure, *dialog.result());
    });
    m_form->addRow(QString(), button);
}

void MapPropertiesPanel::focusField(const QString &key)
{
    rebuild();
    if (!m_formHost)
        return;
    FigureEdit *edit = key.isEmpty() ? nullptr : m_formHost->findChild<FigureEdit *>(key);
    if (!edit)
        edit = m_formHost->findChild<FigureEdit *>();
    if (edit) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    }
}

} // namespace Takt
