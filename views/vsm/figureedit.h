#pragma once

#include "core/fielddef.h"

#include <QLineEdit>
#include <QVariant>

namespace Takt {

/**
 * A field for one figure of a data box, typed as the room says it: "45 min", "90 %", "3".
 * Editing finishes with the value converted (FieldText), or with a message saying why it was
 * refused; a refused value is never stored. An empty field means "not measured".
 */
class FigureEdit : public QLineEdit
{
    Q_OBJECT

public:
    FigureEdit(FieldType type, const QString &label, QWidget *parent = nullptr);

    void setValue(const QVariant &value);
    QVariant value() const { return m_value; }

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
    const FieldType m_type;
    const QString m_label;
    QVariant m_value;
    QString m_refusal;
};

} // namespace Takt
