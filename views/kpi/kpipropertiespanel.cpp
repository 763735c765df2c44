#include "kpipropertiespanel.h"

#include "core/changefield.h"
#include "core/fieldtext.h"
#include "document/document.h"
#include "kpi/kpistore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

} // namespace Takt
