#pragma once

#include <QUndoCommand>
#include <QVariant>

namespace Takt {

/**
 * The shape of every property edit: remember the old value, apply the new one, merge with the
 * next edit of the same property (typing into a field is one undo step) and become obsolete
 * when the value returns to where it started. Subclasses say how to apply a value and which
 * property they change (a key comparable with ==).
 */
template<typename Key> class ChangeValue : public QUndoCommand
{
public:
    void undo() override { apply(m_oldValue); }
    void redo() override { apply(m_newValue); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        if (!next || !(next->m_key == m_key))
            return false;
        m_newValue = next->m_newValue;
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

protected:
    ChangeValue(const Key &key,
                const QVariant &oldValue,
                const QVariant &newValue,
                QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_key(key)
        , m_oldValue(oldValue)
        , m_newValue(newValue)
    { }

    virtual void apply(const QVariant &value) = 0;

    const Key m_key;

private:
    const QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Takt
