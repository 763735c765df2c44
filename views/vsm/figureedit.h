#pragma once

#include <QLineEdit>
#include <QVariant>

namespace Takt {

/**
 * A field for one figure of a data box, typed as the room says it: "45 min", "90 %", "3".
 * Editing finishes with the value converted, or with a message saying why it was refused;
 * a refused value is never stored. An empty field means "not measured" (an invalid QVariant).
 */
class FigureEdit : public QLineEdit
{
    Q_OBJECT

public:
    enum class Kind { Text, Duration, Percent, WholeNumber, Number };

    FigureEdit(Kind kind, const QString &label, QWidget *parent = nullptr);

    void setValue(const QVariant &value);
    QVariant value() const { return m_value; }
    static QString format(Kind kind, const QVariant &value);
    /** Converts @p text; returns false and a message naming the field when it is not valid. */
    static bool
    parse(Kind kind, const QString &label, const QString &text, QVariant *value, QString *error);

    /** A value was refused and is still shown for the user to correct. */
    bool isRefused() const { return !m_refusal.isEmpty(); }
    QString refusal() const { return m_refusal; }

Q_SIGNALS:
    void committed(const QVariant &value);
    void refused(const QString &message);

protected:
    bool event(QEvent *event) override;

private:
    void finish();
    const Kind m_kind;
    const QString m_label;
    QVariant m_value;
    QString m_refusal;
};

} // namespace Takt
