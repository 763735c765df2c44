#include "figureedit.h"

#include "common/duration.h"

#include <QKeyEvent>
#include <QLocale>

namespace Takt {

FigureEdit::FigureEdit(Kind kind, const QString &label, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
    , m_label(label)
{
    switch (kind) {
    case Kind::Duration:
        setPlaceholderText(tr("e.g. 45 min, 2 h, 1.5 d"));
        break;
    case Kind::Percent:
        setPlaceholderText(tr("e.g. 90 %"));
        break;
    case Kind::WholeNumber:
    case Kind::Number:
        setPlaceholderText(tr("not measured"));
        break;
    case Kind::Text:
        break;
    }
    connect(this, &QLineEdit::editingFinished, this, &FigureEdit::finish);
}

QString FigureEdit::format(Kind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case Kind::Duration:
        return Duration::format(value.toDouble());
    case Kind::Percent:
        return QLocale().toString(value.toDouble() * 100, 'g', 6) + QStringLiteral(" %");
    case Kind::WholeNumber:
        return QLocale().toString(value.toInt());
    case Kind::Number:
        return QLocale().toString(value.toDouble(), 'g', 10);
    case Kind::Text:
        return value.toString();
    }
    return {};
}

void FigureEdit::setValue(const QVariant &value)
{
    m_value = value;
    m_refusal.clear();
    setText(format(m_kind, value));
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

bool FigureEdit::parse(
    Kind kind, const QString &label, const QString &input, QVariant *value, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || kind == Kind::Text) {
        *value = kind == Kind::Text ? QVariant(input) : QVariant();
        return true;
    }
    auto refuse = [&](const QString &why) {
        *error = tr("%1: %2").arg(label, why);
        return false;
    };
    if (kind == Kind::Duration) {
        QString why;
        const auto seconds = Duration::parse(text, &why);
        if (!seconds)
            return refuse(why);
        *value = *seconds;
        return true;
    }
    QString number = text;
    const bool hasPercent = number.endsWith(QLatin1Char('%'));
    if (hasPercent)
        number = number.chopped(1).trimmed();
    bool ok = false;
    double d = QLocale().toDouble(number, &ok);
    if (!ok)
        d = number.toDouble(&ok);
    if (!ok)
        return refuse(tr("\"%1\" is not a number").arg(text));
    if (d < 0)
        return refuse(tr("\"%1\" is negative").arg(text));
    switch (kind) {
    case Kind::Percent:
        // "90", "90 %" and "0.9" all mean 90 %.
        if (hasPercent || d > 1)
            d /= 100;
        if (d > 1)
            return refuse(tr("\"%1\" is more than 100 %").arg(text));
        *value = d;
        return true;
    case Kind::WholeNumber:
        if (d != std::floor(d) || d > 1e9)
            return refuse(tr("\"%1\" is not a whole number").arg(text));
        *value = int(d);
        return true;
    default:
        *value = d;
        return true;
    }
}

void FigureEdit::finish()
{
    QVariant parsed;
    QString error;
    if (!parse(m_kind, m_label, text(), &parsed, &error)) {
        setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
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
