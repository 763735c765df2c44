#include "figureedit.h"

#include "core/fieldtext.h"
#include "vsm/paintstyle.h"

#include <QKeyEvent>

namespace Takt {

FigureEdit::FigureEdit(const FieldDef &field, QWidget *parent)
    : QLineEdit(parent)
    , m_field(field)
{
    switch (field.type) {
    case FieldType::Duration:
        setPlaceholderText(tr("e.g. 45 min, 2 h, 1.5 d"));
        break;
    case FieldType::Fraction:
        setPlaceholderText(tr("e.g. 90 %"));
        break;
    case FieldType::WholeNumber:
    case FieldType::Number:
        setPlaceholderText(tr("not measured"));
        break;
    default:
        break;
    }
    connect(this, &QLineEdit::editingFinished, this, &FigureEdit::finish);
}

void FigureEdit::setValue(const QVariant &value)
{
    m_value = value;
    m_warning = FieldText::warning(m_field, value);
    setText(FieldText::format(m_field.type, value));
    setCursorPosition(0); // the start of a long name, not its end
    setRefusal(QString());
}

void FigureEdit::setRefusal(const QString &refusal)
{
    m_refusal = refusal;
    // A thick border as well as the colour: the refusal is also said in words beside it.
    setStyleSheet(refusal.isEmpty() ? QString()
                                    : QStringLiteral("QLineEdit { border: 2px solid %1; }")
                                          .arg(QColor(Paint::Accent).name()));
    Q_EMIT messageChanged();
}

bool FigureEdit::event(QEvent *event)
{
    // Ctrl+Z in a field with nothing of its own to undo undoes the last edit of the map.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !isUndoAvailable())
            || (key->matches(QKeySequence::Redo) && !isRedoAvailable())) {
            event->ignore();
            return false;
        }
    }
    return QLineEdit::event(event);
}

void FigureEdit::finish()
{
    QVariant parsed;
    QString reason;
    if (!FieldText::parse(m_field, text(), &parsed, &reason)) {
        setRefusal(FieldText::sentence(reason));
        Q_EMIT refused(m_refusal);
        return;
    }
    const bool changed = parsed != m_value;
    m_value = parsed;
    m_warning = FieldText::warning(m_field, parsed);
    setRefusal(QString());
    if (changed)
        Q_EMIT committed(parsed);
}

} // namespace Takt
