#pragma once

#include "entitylist.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoCommand>

namespace Takt {

/**
 * Adds or removes entities of one list, restoring their exact places on undo. Kinds use
 * AddEntities and RemoveEntities directly, or as children of a command of their own (a map's
 * elements and connectors, the links of what is deleted).
 */
template<typename T> class AddRemoveEntities : public QUndoCommand
{
protected:
    AddRemoveEntities(EntityList<T> *list, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_list(list)
    { }

    void addAll()
    {
        for (int i = 0; i < m_items.size(); ++i)
            m_list->insert(m_indexes.value(i, m_list->count()), m_items.at(i));
    }
    void removeAll()
    {
        // Where each stood, ascending; the last first, so that earlier ones stay put.
        m_indexes.clear();
        for (const T &item : std::as_const(m_items))
            m_indexes << m_list->indexOf(item.id);
        for (int i = int(m_items.size()) - 1; i >= 0; --i)
            m_list->take(m_items.at(i).id);
    }

    EntityList<T> *const m_list;
    QList<T> m_items;
    QList<int> m_indexes;
};

/** Adds @p items at the end of the list (or at @p index). */
template<typename T> class AddEntities : public AddRemoveEntities<T>
{
public:
    AddEntities(EntityList<T> *list,
                const QList<T> &items,
                int index = -1,
                QUndoCommand *parent = nullptr)
        : AddRemoveEntities<T>(list, parent)
    {
        this->m_items = items;
        const int start = index < 0 ? list->count() : index;
        for (int i = 0; i < items.size(); ++i)
            this->m_indexes << start + i;
        this->setText(QCoreApplication::translate("UndoCommands", "Add %n item(s)", nullptr,
                                                  int(items.size())));
    }
    void undo() override
    {
        this->removeAll();
        QUndoCommand::undo();
    }
    void redo() override
    {
        QUndoCommand::redo();
        this->addAll();
    }
};

/** Removes the entities of @p ids that are in the list, keeping the list's order. */
template<typename T> class RemoveEntities : public AddRemoveEntities<T>
{
public:
    RemoveEntities(EntityList<T> *list, const QSet<EntityId> &ids, QUndoCommand *parent = nullptr)
        : AddRemoveEntities<T>(list, parent)
    {
        for (const T &item : list->items())
            if (ids.contains(item.id))
                this->m_items << item;
        this->setText(QCoreApplication::translate("UndoCommands", "Delete %n item(s)", nullptr,
                                                  int(this->m_items.size())));
    }
    bool isEmpty() const { return this->m_items.isEmpty(); }
    void undo() override
    {
        this->addAll();
        QUndoCommand::undo();
    }
    void redo() override
    {
        QUndoCommand::redo();
        this->removeAll();
    }
};

} // namespace Takt
