#pragma once

#include "artefactkind.h"
#include "artefactstore.h"
#include "core/addremoveentities.h"
#include "core/entitylist.h"
#include "document.h"
#include "linkcommands.h"
#include "listoutline.h"
#include "liststore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Takt {

/**
 * The store of a kind that is one register of rows per document, as the session record's
 * parts are (the attendance, the decisions log, the parking lot, the agenda): the register
 * (a @p Register with a name) is made with the document, or on opening a file from before
 * the kind, and its rows are a list of their own in register order. A kind derives, names its
 * two tables and says what a row is called; the rows' own logic is the kind's.
 */
template<typename Register, typename Row> class RegisterStore : public ArtefactStore
{
public:
    struct Tables
    {
        QString registers; // id, position, the register's fields
        QString rows; // id, position, register_id, the row's fields
    };
    using Title = std::function<QString(const Row &)>;

    RegisterStore(Document &document, const ArtefactKind &kind, Tables tables, Title title)
        : ArtefactStore(document, kind)
        , m_tables(std::move(tables))
        , m_registers(Register::fields(), [](const Register &r) { return r.name; })
        , m_rows(Row::fields(), std::move(title))
        , m_outline(m_registers, [](const Register &) { return EntityId(0); })
    {
        m_outline.connect(this);
        QObject::connect(&m_rows, &EntityListBase::modified, this, &ArtefactStore::modified);
        // The register's status (its counts) follows its rows.
        QObject::connect(&m_rows, &EntityListBase::modified, this, [this] {
            if (const EntityId id = registerId())
                Q_EMIT outlineChanged(id);
        });
    }

    EntityId registerId() const
    {
        return m_registers.items().isEmpty() ? 0 : m_registers.items().first().id;
    }
    const Register *theRegister() const { return m_registers.find(registerId()); }
    EntityList<Register> &registerList() { return m_registers; }
    const EntityList<Row> &rows() const { return m_rows; }
    EntityList<Row> &rowList() { return m_rows; }
    const Row *row(EntityId id) const { return m_rows.find(id); }

    /** @p rows added at @p index (-1: the end) as one undo step called @p text. */
    QUndoCommand *addRows(const QList<Row> &rows,
                          const QString &text,
                          int index = -1,
                          QUndoCommand *parent = nullptr)
    {
        auto *command = new QUndoCommand(text, parent);
        new AddEntities<Row>(&m_rows, rows, index, command);
        return command;
    }
    /** @p ids gone with their links, as one undo step called @p text. */
    QUndoCommand *removeRows(const QSet<EntityId> &ids, const QString &text)
    {
        auto *command = new QUndoCommand(text);
        LinkCommands::removeTouching(document(), ids, command);
        new RemoveEntities<Row>(&m_rows, ids, command);
        return command;
    }

    bool load(SqlConnection &db, QString *error) override
    {
        TableStore registers = registerTable(db);
        TableStore rows = rowTable(db);
        QList<Register> readRegisters;
        QList<Row> readRows;
        const bool ok = ListStore::read(registers, Register::fields(),
                                        [&](EntityId, const Register &r) {
                                            readRegisters << r;
                                            return true;
                                        })
            && ListStore::read(rows, Row::fields(), [&](EntityId, const Row &r) {
                            readRows << r;
                            return true;
                        });
        if (!ok) {
            if (error)
                *error = registers.errorText().isEmpty() ? rows.errorText() : registers.errorText();
            return false;
        }
        m_registers.load(readRegisters);
        m_rows.load(readRows);
        // Every document has its register, from a file that had none too: written with the
        // next flush, not an edit to undo.
        if (m_registers.items().isEmpty()) {
            Register r {};
            r.id = document().newId();
            r.name = kind().name();
            m_registers.insert(0, r);
        }
        return true;
    }
    bool isDirty() const override { return m_registers.isDirty() || m_rows.isDirty(); }
    bool flush(SqlConnection &db, QString *error) override
    {
        TableStore registers = registerTable(db);
        TableStore rows = rowTable(db);
        if (!ListStore::flush(registers, m_registers, 0)) {
            if (error)
                *error = registers.errorText();
            return false;
        }
        if (!ListStore::flush(rows, m_rows, registerId())) {
            if (error)
                *error = rows.errorText();
            return false;
        }
        return true;
    }
    void markStored() override
    {
        m_registers.markStored();
        m_rows.markStored();
    }

    QList<EntityId> artefacts() const override { return m_outline.children(0); }
    QString artefactName(EntityId id) const override
    {
        const Register *r = m_registers.find(id);
        return r ? r->name : QString();
    }
    QString entityName(EntityId id) const override
    {
        return m_rows.contains(id) ? m_rows.titleOf(id) : artefactName(id);
    }
    EntityId artefactOf(EntityId id) const override
    {
        return m_rows.contains(id) ? registerId() : ArtefactStore::artefactOf(id);
    }
    EntityId entityNamed(const QString &name, EntityId within) const override
    {
        if (within && within != registerId())
            return 0;
        EntityId found = within ? 0 : artefactByName(name);
        for (const Row &r : m_rows.items())
            if (m_rows.titleOf(r.id).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                if (found)
                    return 0; // more than one could be meant
                found = r.id;
            }
        return found;
    }
    bool contains(EntityId id) const override
    {
        return m_registers.contains(id) || m_rows.contains(id);
    }
    QVariant outlineData(EntityId id, int role) const override
    {
        if (role == StatusRole && m_registers.contains(id))
            return summary(id);
        return ArtefactStore::outlineData(id, role);
    }

private:
    TableStore registerTable(SqlConnection &db) const
    {
        return ListStore::table(db, m_tables.registers, Register::fields());
    }
    TableStore rowTable(SqlConnection &db) const
    {
        return ListStore::table(db, m_tables.rows, Row::fields(), QStringLiteral("register_id"));
    }

    const Tables m_tables;
    EntityList<Register> m_registers;
    EntityList<Row> m_rows;
    ListOutline<Register> m_outline;
};

} // namespace Takt
