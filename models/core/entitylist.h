#pragma once

#include "entitylistbase.h"
#include "fieldtable.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Takt {

/**
 * An ordered list of entities of type T (a struct with an `EntityId id`), addressed by id,
 * described by its FieldTable. Only undo commands call the mutators; each announces itself.
 */
template<typename T> class EntityList : public EntityListBase
{
public:
    /** @p title names an entity in undo texts, e.g. [](const T &e) { return e.name; }. */
    EntityList(const FieldTable<T> &table,
               std::function<QString(const T &)> title,
               QObject *parent = nullptr)
        : EntityListBase(parent)
        , m_table(table)
        , m_title(std::move(title))
    { }

    const FieldTable<T> &fieldTable() const { return m_table; }
    /** The entity being inserted, while aboutToBeInserted() is announced; else null. */
    const T *incoming() const { return m_incoming; }
    const QList<T> &items() const { return m_items; }
    const T *find(EntityId id) const
    {
        const int i = indexOf(id);
        return i < 0 ? nullptr : &m_items.at(i);
    }

    int count() const override { return int(m_items.size()); }
    int indexOf(EntityId id) const override { return m_index.value(id, -1); }
    EntityId idAt(int index) const override { return m_items.at(index).id; }

    void insert(int index, const T &item)
    {
        index = qBound(0, index, count());
        m_incoming = &item;
        Q_EMIT aboutToBeInserted(item.id, index);
        m_incoming = nullptr;
        m_items.insert(index, item);
        const bool atEnd = index == count() - 1;
        if (atEnd)
            m_index.insert(item.id, index);
        else
            reindex();
        noteInserted(item.id, atEnd);
        Q_EMIT inserted(item.id);
        Q_EMIT modified();
    }

    T take(EntityId id)
    {
        const int index = indexOf(id);
        Q_ASSERT(index >= 0);
        Q_EMIT aboutToBeRemoved(id);
        T item = m_items.takeAt(index);
        const bool atEnd = index == count();
        if (atEnd)
            m_index.remove(id);
        else
            reindex();
        noteRemoved(id, atEnd);
        Q_EMIT removed(id);
        Q_EMIT modified();
        return item;
    }

    void replace(const T &item)
    {
        const int index = indexOf(item.id);
        Q_ASSERT(index >= 0);
        m_items[index] = item;
        announce(item.id, AllFields);
    }

    /** Changes one entity in place through @p change, announcing @p field. */
    template<typename Change> void modify(EntityId id, int field, Change change)
    {
        const int index = indexOf(id);
        Q_ASSERT(index >= 0);
        change(m_items[index]);
        announce(id, field);
    }

    /** Replaces the whole content without announcing it: loading from the store. */
    void load(QList<T> items)
    {
        m_items = std::move(items);
        reindex();
        markStored();
    }

    QVariant fieldValue(EntityId id, int field) const override
    {
        const T *item = find(id);
        return item ? m_table.value(*item, field) : QVariant();
    }
    void setFieldValue(EntityId id, int field, const QVariant &value) override
    {
        modify(id, field, [&](T &item) { m_table.setValue(item, field, value); });
    }
    QString fieldLabel(int field) const override { return m_table.label(field); }
    /** What @p id is called, unquoted ("Labeling"); empty when it is not here. */
    QString titleOf(EntityId id) const
    {
        const T *item = find(id);
        return item && m_title ? m_title(*item) : QString();
    }
    QString entityTitle(EntityId id) const override
    {
        const T *item = find(id);
        // Quoted as the language quotes: „Labeling“ in German.
        return item && m_title
            ? QCoreApplication::translate("EntityFields", "\"%1\"").arg(m_title(*item))
            : QString();
    }

private:
    void announce(EntityId id, int field)
    {
        noteChanged(id);
        Q_EMIT changed(id, field);
        Q_EMIT modified();
    }
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_items.size());
        for (int i = 0; i < m_items.size(); ++i)
            m_index.insert(m_items.at(i).id, i);
    }

    const FieldTable<T> &m_table;
    std::function<QString(const T &)> m_title;
    QList<T> m_items;
    QHash<EntityId, int> m_index;
    const T *m_incoming = nullptr;
};

} // namespace Takt
