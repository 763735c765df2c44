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
    explicit FigureEdit(const FieldDef &field, QWidget *parent = nullptr);

    void setValue(const QVariant &value);
    QVariant value() const { return m_value; }

    /** A value was refused and is still shown for the user to correct. */
    bool isRefused() const { return !m_refusal.isEmpty(); }
    /** Why the value shown was refused, as a sentence to show next to the field. */
    QString refusal() const { return m_refusal; }
    /** What is worth a second look in the value stored (an empty name), or nothing. */
    QString warning() const { return m_warning; }

    /** Reads the text now, as leaving the field does (before the form is rebuilt). */
    void commit() { finish(); }

Q_SIGNALS:
    void committed(const QVariant &value);
    void refused(const QString &message);
    /** The refusal or the warning changed: the field's message is to be shown or hidden. */
    void messageChanged();

protected:
    bool event(QEvent *event) override;

private:
    void finish();
    void setRefusal(const QString &refusal);
    const FieldDef m_field;
    QVariant m_value;
    QString m_refusal;
    QString m_warning;
};

} // namespace Takt
