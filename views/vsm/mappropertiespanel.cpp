#include "mappropertiespanel.h"

#include "core/changefield.h"
#include "document/document.h"
#include "figureedit.h"
#include "mapscene.h"
#include "vsm/valuestreammap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Takt {

using Kind = FigureEdit::Kind;

MapPropertiesPanel::MapPropertiesPanel(MapScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(scene, &QGraphicsScene::selectionChanged, this, &MapPropertiesPanel::rebuild);
    connect(scene->map(), &ValueStreamMap::changed, this, &MapPropertiesPanel::refreshValues);
    rebuild();
}

EntityList<MapElement> *MapPropertiesPanel::elements() const
{
    return &m_scene->map()->elementList();
}

void MapPropertiesPanel::showRefusals()
{
    // Every value still refused stays listed until it is corrected, whatever else is edited.
    QStringList messages;
    if (m_formHost)
        for (const FigureEdit *edit : m_formHost->findChildren<FigureEdit *>())
            if (edit->isRefused())
                messages << edit->refusal();
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_error->setVisible(!messages.isEmpty());
}

FigureEdit *MapPropertiesPanel::addFigure(int kind,
                                          const QString &label,
                                          const QVariant &value,
                                          const std::function<void(const QVariant &)> &commit)
{
    auto *edit = new FigureEdit(Kind(kind), label, m_formHost);
    edit->setValue(value);
    connect(edit, &FigureEdit::committed, this, [this, commit](const QVariant &v) {
        commit(v);
        showRefusals();
    });
    connect(edit, &FigureEdit::refused, this, &MapPropertiesPanel::showRefusals);
    // "%C&A" would otherwise lose its "&" to a keyboard accelerator.
    m_form->addRow(QString(label).replace(QLatin1Char('&'), QLatin1String("&&")) + QLatin1Char(':'),
                   edit);
    return edit;
}

void MapPropertiesPanel::rebuild()
{
    const QList<EntityId> selected = m_scene->selectedElementIds();
    const EntityId element = selected.size() == 1 ? selected.first() : 0;
    const bool showMap = selected.isEmpty() && m_scene->selectedConnectorIds().isEmpty();
    if (m_formHost && element == m_shownElement && showMap == m_showingMap && element)
        return;
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
    // Under the heading and the list of refused values, so that a refusal is seen at once.
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_formHost);
    showRefusals();
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
    for (const auto &refresh : std::as_const(m_refreshers))
        refresh();
}

void MapPropertiesPanel::buildElementForm(const MapElement &e)
{
    m_heading->setText(MapElement::kindName(e.kind));
    Document *document = m_scene->document();
    const EntityId id = e.id;
    auto field = [this, document, id](ElementField f, Kind kind) {
        const auto read = [this, id, f] {
            const MapElement *current = m_scene->map()->element(id);
            return current ? current->value(f) : QVariant();
        };
        FigureEdit *edit
            = addFigure(int(kind), MapElement::fieldName(f), read(),
                        [this, document, id, f](const QVariant &v) {
                            document->undoStack()->push(new ChangeField(elements(), id, int(f), v));
                        });
        edit->setObjectName(MapElement::fields().key(int(f)));
        m_refreshers << [edit, read] {
            // Never overwrite what the user is typing, or a refused value still to correct.
            if (!edit->hasFocus() && !edit->isRefused())
                edit->setValue(read());
        };
    };
    const auto current = [this, id] { return m_scene->map()->element(id); };
    field(ElementField::Name, Kind::Text);
    switch (e.kind) {
    case ElementKind::Process: {
        field(ElementField::CycleTime, Kind::Duration);
        field(ElementField::Changeover, Kind::Duration);
        field(ElementField::Uptime, Kind::Percent);
        field(ElementField::CompleteAccurate, Kind::Percent);
        field(ElementField::ValueAdded, Kind::Duration);
        field(ElementField::Operators, Kind::WholeNumber);
        field(ElementField::Shifts, Kind::WholeNumber);
        field(ElementField::Batch, Kind::WholeNumber);
        field(ElementField::WipLimit, Kind::WholeNumber);
        auto *sharing = new QComboBox(m_formHost);
        sharing->setObjectName(MapElement::fields().key(int(ElementField::Sharing)));
        sharing->addItem(tr("Dedicated"), int(MapElement::Sharing::Dedicated));
        sharing->addItem(tr("Shared"), int(MapElement::Sharing::Shared));
        sharing->addItem(tr("Workcell"), int(MapElement::Sharing::Workcell));
        sharing->setCurrentIndex(sharing->findData(int(e.sharing)));
        connect(sharing, &QComboBox::activated, this, [=](int index) {
            document->undoStack()->push(new ChangeField(elements(), id, int(ElementField::Sharing),
                                                        sharing->itemData(index)));
        });
        m_form->addRow(MapElement::fieldName(ElementField::Sharing) + QLatin1Char(':'), sharing);
        m_refreshers << [sharing, current] {
            if (const MapElement *e = current())
                sharing->setCurrentIndex(sharing->findData(int(e->sharing)));
        };
        auto *timeline = new QCheckBox(MapElement::fieldName(ElementField::OnTimeline), m_formHost);
        timeline->setObjectName(MapElement::fields().key(int(ElementField::OnTimeline)));
        timeline->setChecked(e.onTimeline);
        connect(timeline, &QCheckBox::toggled, this, [=](bool on) {
            document->undoStack()->push(
                new ChangeField(elements(), id, int(ElementField::OnTimeline), on));
        });
        m_form->addRow(QString(), timeline);
        m_refreshers << [timeline, current] {
            if (const MapElement *e = current()) {
                const QSignalBlocker quiet(timeline); // a refresh is not a user's click
                timeline->setChecked(e->onTimeline);
            }
        };
        // Attributes as "key: value" lines: quick to type in a workshop.
        auto *attributes = new FigureEdit(
            Kind::Text, MapElement::fieldName(ElementField::Attributes), m_formHost);
        attributes->setObjectName(MapElement::fields().key(int(ElementField::Attributes)));
        const auto attributeText = [](const MapElement &element) {
            QStringList items;
            for (const auto &pair : element.attributes)
                items << pair.first + QStringLiteral(": ") + pair.second;
            return items.join(QStringLiteral("; "));
        };
        attributes->setValue(attributeText(e));
        m_refreshers << [attributes, current, attributeText] {
            if (const MapElement *e = current(); e && !attributes->hasFocus())
                attributes->setValue(attributeText(*e));
        };
        attributes->setPlaceholderText(tr("e.g. GPU hours: 20; tool: Airflow"));
        connect(attributes, &FigureEdit::committed, this, [=](const QVariant &v) {
            QVariantList list;
            for (const QString &item : v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString key = item.section(QLatin1Char(':'), 0, 0).trimmed();
                if (!key.isEmpty())
                    list << QVariant(
                        QStringList {key, item.section(QLatin1Char(':'), 1).trimmed()});
            }
            document->undoStack()->push(
                new ChangeField(elements(), id, int(ElementField::Attributes), list));
        });
        m_form->addRow(MapElement::fieldName(ElementField::Attributes) + QLatin1Char(':'),
                       attributes);
        break;
    }
    case ElementKind::Inventory:
    case ElementKind::Supermarket:
    case ElementKind::Buffer:
    case ElementKind::FifoLane:
        field(ElementField::Count, Kind::Number);
        field(ElementField::DemandPerDay, Kind::Number);
        field(ElementField::Wait, Kind::Duration);
        if (e.kind == ElementKind::FifoLane)
            field(ElementField::MaxCount, Kind::WholeNumber);
        break;
    case ElementKind::Shipment:
        field(ElementField::Frequency, Kind::Text);
        break;
    default:
        break;
    }
    field(ElementField::Notes, Kind::Text);
}

void MapPropertiesPanel::buildMapForm()
{
    ValueStreamMap *map = m_scene->map();
    m_heading->setText(tr("Map: %1").arg(map->name()));
    Document *document = m_scene->document();
    const EntityId mapId = map->id();
    auto field = [this, document](ValueStreamMap::Field f, Kind kind) {
        const auto read = [this, f] { return m_scene->map()->value(f); };
        FigureEdit *edit = addFigure(int(kind), ValueStreamMap::fieldName(f), read(),
                                     [this, document, f](const QVariant &v) {
                                         document->undoStack()->push(new ChangeField(
                                             m_scene->map(), m_scene->mapId(), int(f), v));
                                     });
        edit->setObjectName(QStringLiteral("map_") + ValueStreamMap::fields().key(int(f)));
        m_refreshers << [edit, read] {
            if (!edit->hasFocus() && !edit->isRefused())
                edit->setValue(read());
        };
        return edit;
    };
    field(ValueStreamMap::Field::Name, Kind::Text);
    auto *state = new QComboBox(m_formHost);
    for (auto s : {ValueStreamMap::State::Current, ValueStreamMap::State::Future,
                   ValueStreamMap::State::Ideal})
        state->addItem(ValueStreamMap::stateName(s), int(s));
    state->setCurrentIndex(state->findData(int(map->state())));
    connect(state, &QComboBox::activated, this, [=](int index) {
        document->undoStack()->push(
            new ChangeField(map, mapId, int(ValueStreamMap::Field::State), state->itemData(index)));
    });
    m_form->addRow(ValueStreamMap::fieldName(ValueStreamMap::Field::State) + QLatin1Char(':'),
                   state);
    m_refreshers <<
        [this, state] { state->setCurrentIndex(state->findData(int(m_scene->map()->state()))); };
    field(ValueStreamMap::Field::DemandPerDay, Kind::Number);
    auto *perMonth = new QPushButton(tr("From monthly demand…"), m_formHost);
    connect(perMonth, &QPushButton::clicked, this, [=] {
        bool ok = false;
        const double monthly = QInputDialog::getDouble(this, tr("Demand per day"),
                                                       tr("Demand per month:"), 40, 0, 1e9, 2, &ok);
        if (!ok)
            return;
        const int days = QInputDialog::getInt(this, tr("Demand per day"),
                                              tr("Working days per month:"), 20, 1, 31, 1, &ok);
        if (ok)
            document->undoStack()->push(new ChangeField(
                map, mapId, int(ValueStreamMap::Field::DemandPerDay), monthly / days));
    });
    m_form->addRow(QString(), perMonth);
    field(ValueStreamMap::Field::AvailableTime, Kind::Duration);
    auto *shifts = new QPushButton(tr("From shifts…"), m_formHost);
    connect(shifts, &QPushButton::clicked, this, [=] {
        bool ok = false;
        const int count = QInputDialog::getInt(this, tr("Available time per day"),
                                               tr("Shifts per day (3 for 24/7):"), 1, 1, 3, 1, &ok);
        if (!ok)
            return;
        const double hours = QInputDialog::getDouble(this, tr("Available time per day"),
                                                     tr("Hours per shift:"), 8, 0.5, 24, 2, &ok);
        if (!ok)
            return;
        const double breaks
            = QInputDialog::getDouble(this, tr("Available time per day"),
                                      tr("Breaks per shift, in minutes:"), 0, 0, 600, 0, &ok);
        if (ok)
            document->undoStack()->push(new ChangeField(map, mapId,
                                                        int(ValueStreamMap::Field::AvailableTime),
                                                        count * (hours * 3600 - breaks * 60)));
    });
    m_form->addRow(QString(), shifts);
    auto *unit = new QComboBox(m_formHost);
    unit->addItem(tr("Most readable unit for each figure"), QVariant());
    for (Duration::Unit u : Duration::allUnits())
        unit->addItem(Duration::unitName(u), int(u));
    const auto showUnit = [this, unit] {
        const QVariant current = m_scene->map()->value(ValueStreamMap::Field::TimeUnit);
        unit->setCurrentIndex(current.isValid() ? unit->findData(current) : 0);
    };
    showUnit();
    connect(unit, &QComboBox::activated, this, [=](int index) {
        document->undoStack()->push(new ChangeField(
            map, mapId, int(ValueStreamMap::Field::TimeUnit), unit->itemData(index)));
    });
    m_form->addRow(ValueStreamMap::fieldName(ValueStreamMap::Field::TimeUnit) + QLatin1Char(':'),
                   unit);
    m_refreshers << showUnit;
    field(ValueStreamMap::Field::Notes, Kind::Text);
}

void MapPropertiesPanel::focusFirstField()
{
    rebuild();
    if (!m_formHost)
        return;
    if (auto *first = m_formHost->findChild<FigureEdit *>()) {
        first->setFocus(Qt::OtherFocusReason);
        first->selectAll();
    }
}

} // namespace Takt
