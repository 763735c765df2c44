#include "kpipropertiespanel.h"

#include "common/duration.h"
#include "core/changefield.h"
#include "core/fieldtext.h"
#include "document/document.h"
#include "kpi/kpistore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QUndoStack>

namespace Takt {

KpiPropertiesPanel::KpiPropertiesPanel(Document *document, EntityId kpi, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(KpiStore::of(*document))
    , m_kpi(kpi)
    , m_form(new QFormLayout(this))
{
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    using F = Kpi::Field;
    addText(int(F::Name));
    addText(int(F::Unit));
    addBetter();
    addText(int(F::Target));
    addText(int(F::Baseline));
    addText(int(F::Notes));
    addMeasures();
    connect(&m_store->kpiList(), &EntityListBase::changed, this, [this](EntityId id) {
        if (id == m_kpi)
            for (const auto &refresh : std::as_const(m_refreshers))
                refresh();
    });
}

void KpiPropertiesPanel::focusFirstField()
{
    if (auto *edit = findChild<QLineEdit *>())
        edit->setFocus();
}

void KpiPropertiesPanel::addText(int field)
{
    const auto &table = Kpi::fields();
    const FieldDef def = table.find(field)->def;
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(def.key));
    auto *message = new QLabel(this);
    message->setObjectName(QLatin1String(def.key) + QLatin1String("_message"));
    message->setWordWrap(true);
    message->hide();
    const auto read = [this, def] {
        return FieldText::format(def.type, m_store->kpiList().fieldValue(m_kpi, def.id));
    };
    edit->setText(read());
    edit->setCursorPosition(0); // the start of a long name, not its end
    if (field == int(Kpi::Field::Baseline))
        edit->setPlaceholderText(tr("all points"));
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, message, def] {
        QVariant value;
        QString reason;
        if (!FieldText::parse(def, edit->text(), &value, &reason)) {
            message->setText(FieldText::sentence(reason));
            message->show();
            return;
        }
        message->hide();
        if (value != m_store->kpiList().fieldValue(m_kpi, def.id))
            m_document->undoStack()->push(
                new ChangeField(&m_store->kpiList(), m_kpi, def.id, value));
    });
    m_form->addRow(table.label(field) + QLatin1Char(':'), edit);
    m_form->addRow(message);
    m_refreshers << [edit, message, read] {
        if (!edit->hasFocus() && message->isHidden()) {
            edit->setText(read());
            edit->setCursorPosition(0);
        }
    };
}

void KpiPropertiesPanel::addBetter()
{
    const auto &table = Kpi::fields();
    const FieldDef &def = table.find(int(Kpi::Field::Better))->def;
    auto *box = new QComboBox(this);
    box->setObjectName(QLatin1String(def.key));
    for (const FieldChoice &choice : def.choices)
        box->addItem(table.choiceLabel(def.id, choice.value), choice.value);
    const auto show = [this, box, id = def.id] {
        box->setCurrentIndex(box->findData(m_store->kpiList().fieldValue(m_kpi, id)));
    };
    show();
    connect(box, &QComboBox::activated, this, [this, box, id = def.id](int index) {
        m_document->undoStack()->push(
            new ChangeField(&m_store->kpiList(), m_kpi, id, box->itemData(index)));
    });
    m_form->addRow(table.label(def.id) + QLatin1Char(':'), box);
    m_refreshers << show;
}

void KpiPropertiesPanel::addMeasures()
{
    auto *box = new QComboBox(this);
    box->setObjectName(QStringLiteral("measures"));
    const QString help = tr("A step's cycle time, a queue's wait or a map's lead time that this "
                            "KPI measures: the map shows the measured spread beside its figure");
    box->setAccessibleDescription(help);
    // Long names ("Current state ▸ Model validation: cycle time") must not widen the dock.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    auto *reading = new QLabel(this);
    reading->setObjectName(QStringLiteral("measures_reading"));
    reading->setWordWrap(true);
    const auto show = [this, box, reading, help] {
        const auto current = MeasuredFigures::measuredBy(*m_document, m_kpi);
        const QList<MeasurableFigure> offered = MeasuredFigures::offered(*m_document);
        QStringList labels {tr("(no figure on a map)")};
        int currentRow = 0;
        for (const MeasurableFigure &figure : offered) {
            if (current && current->target == figure.target && current->key == figure.key)
                currentRow = int(labels.size());
            labels << figure.label;
        }
        QStringList shown;
        for (int i = 0; i < box->count(); ++i)
            shown << box->itemText(i);
        // Rebuilt only when the choices changed (a map edit rarely changes them), and never
        // under the user's open list.
        if (shown != labels && !box->view()->isVisible()) {
            const QSignalBlocker blocker(box);
            box->clear();
            box->addItem(labels.first());
            for (const MeasurableFigure &figure : offered)
                box->addItem(figure.label, QVariantList {figure.target, figure.key});
        }
        if (box->count() == labels.size()) {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(currentRow);
        }
        // A narrow dock cuts the name short: the tooltip has it whole.
        box->setToolTip(box->currentIndex() > 0 ? box->currentText() + QLatin1String("\n\n") + help
                                                : help);
        reading->setText(measuredText());
        reading->setVisible(!reading->text().isEmpty());
    };
    show();
    connect(box, &QComboBox::activated, this, [this, box](int index) {
        const QVariantList target = box->itemData(index).toList();
        const EntityId id = target.value(0).value<EntityId>();
        const QString key = target.value(1).toString();
        // A choice left from before the figure went (its map deleted) links nothing.
        if (id && !MeasuredFigures::find(*m_document, id, key))
            return;
        if (QUndoCommand *command = MeasuredFigures::link(*m_document, m_kpi, id, key))
            m_document->undoStack()->push(command);
    });
    connect(m_document, &Document::measuredChanged, this, show);
    m_form->addRow(tr("Measures:"), box);
    m_form->addRow(reading);
    m_refreshers << show;
}

QString KpiPropertiesPanel::measuredText() const
{
    const auto figure = MeasuredFigures::measuredBy(*m_document, m_kpi);
    const Kpi *kpi = m_store->kpi(m_kpi);
    if (!figure || !kpi)
        return {};
    // This KPI's own numbers, whatever else measures the same figure.
    const auto spread = m_store->measure(m_kpi, *figure);
    if (figure->isTime && spread && !spread->inSeconds)
        return tr("The map's figure is a time; this KPI's unit \"%1\" is not one the map "
                  "knows (s, min, h, d, wk): the map cannot show what it measured.")
            .arg(kpi->unit);
    const QString now = !figure->value ? tr("none")
        : figure->isTime               ? Duration::format(*figure->value)
                                       : QLocale().toString(*figure->value, 'g', 6);
    if (!spread || spread->n == 0)
        return tr("The map says %1; nothing measured yet.").arg(now);
    const auto time = [&](double v) {
        return spread->inSeconds ? Duration::format(v) : QLocale().toString(v, 'g', 6);
    };
    return tr("The map says %1; measured: mean %2, median %3, from %4 to %5 (n = %6).")
        .arg(now, time(spread->mean), time(spread->median), time(spread->min), time(spread->max),
             QString::number(spread->n));
}

} // namespace Takt
