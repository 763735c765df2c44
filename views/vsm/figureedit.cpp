#include "figureedit.h"

#include "core/fieldtext.h"
#include "vsm/paintstyle.h"

#include <QKeyEvent>

namespace Takt {

FigureEdit::FigureEdit(FieldType type, const QString &label, QWidget *parent)
    : QLineEdit(parent)
    , m_type(type)
    , m_label(label)
{
    switch (type) {
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
    m_refusal.clear();
    setText(FieldText::format(m_type, value));
    setCursorPosition(0); // the start of a long name, not its end
    setStyleSheet(QString());
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
    QString error;
    if (!FieldText::parse(m_type, m_label, text(), &parsed, &error)) {
        // A thick border as well as the colour: the refusal is also listed in words.
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; }")
                          .arg(QColor(Paint::Accent).name()));
        m_refusal = error;
        Q_EMIT refused(error);
        return;
    }
    m_refusal.clear();
    setStyleSheet(QString());
    if (parsed == m_value)
        return;
    m_value = parsed;
    Q_EMIT committed(parsed);
}

} // namespace Takt
