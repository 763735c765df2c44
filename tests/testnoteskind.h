#pragma once

// A small artefact kind that exists only in the tests: notes in a tree, each with a text and a
// "done" flag. It is written as a new kind would be, from the generic building blocks alone
// (an entity list, its field table, the table store, generic commands), and proves that the
// document, the store, the navigator, the pack and import work for a kind they never heard of.

#include "core/addremoveentities.h"
#include "core/entitylist.h"
#include "document/artefactkind.h"
#include "document/artefactstore.h"
#include "document/document.h"
#include "document/listoutline.h"
#include "document/liststore.h"
#include "pack/packcomposer.h"
#include "pack/packsection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QUndoStack>

namespace TaktTest {

struct Note
{
    enum class Field { Parent, Text, Done };
    Takt::EntityId id = 0;
    Takt::EntityId parent = 0;
    QString text;
    bool done = false;

    static const Takt::FieldTable<Note> &fields()
    {
        using namespace Takt;
        using Table = FieldTable<Note>;
        static const Table table(
            "TestNote",
            {Table::member(FieldDef {int(Field::Parent), "parent", FieldType::Reference, nullptr,
                                     "parent_id"},
                           &Note::parent),
             Table::member(FieldDef {int(Field::Text), "text", FieldType::Text, "Text", "text"},
                           &Note::text),
             Table::member(FieldDef {int(Field::Done), "done", FieldType::Boolean, "Done", "done"},
                           &Note::done)});
        return table;
    }
};

class NoteStore : public Takt::ArtefactStore
{
public:
    NoteStore(Takt::Document &document, const Takt::ArtefactKind &kind)
        : ArtefactStore(document, kind)
        , notes(Note::fields(), [](const Note &n) { return n.text; })
        , outline(notes, [](const Note &n) { return n.parent; })
    {
        outline.connect(this);
    }

    /** Adds a note as one undo step, at the end. */
    QUndoCommand *add(const QString &text, Takt::EntityId parent = 0)
    {
        return new Takt::AddEntities<Note>(&notes,
                                           {Note {document().newId(), parent, text, false}});
    }

    bool load(Takt::SqlConnection &db, QString *error) override
    {
        Takt::TableStore table
            = Takt::ListStore::table(db, QStringLiteral("test_notes"), Note::fields());
        QList<Note> read;
        const bool ok
            = Takt::ListStore::read(table, Note::fields(), [&](Takt::EntityId, const Note &n) {
                  read << n;
                  return true;
              });
        if (!ok && error)
            *error = table.errorText();
        notes.load(read);
        return ok;
    }
    bool isDirty() const override { return notes.isDirty(); }
    bool flush(Takt::SqlConnection &db, QString *error) override
    {
        Takt::TableStore table
            = Takt::ListStore::table(db, QStringLiteral("test_notes"), Note::fields());
        const bool ok = Takt::ListStore::flush(table, notes, 0);
        if (!ok && error)
            *error = table.errorText();
        return ok;
    }
    void markStored() override { notes.markStored(); }

    QList<Takt::EntityId> artefacts() const override { return outline.children(0); }
    QString artefactName(Takt::EntityId id) const override
    {
        const Note *n = notes.find(id);
        return n ? n->text : QString();
    }
    bool contains(Takt::EntityId id) const override { return notes.contains(id); }
    QList<Takt::EntityId> outlineChildren(Takt::EntityId parent) const override
    {
        return outline.children(parent);
    }
    Takt::EntityId outlineParent(Takt::EntityId id) const override { return outline.parentOf(id); }
    QVariant outlineData(Takt::EntityId id, int role) const override
    {
        if (role == Qt::DisplayRole)
            return artefactName(id);
        if (role == StatusRole)
            return notes.find(id) && notes.find(id)->done ? QStringLiteral("done") : QString();
        return ArtefactStore::outlineData(id, role);
    }

    Takt::EntityList<Note> notes;
    Takt::ListOutline<Note> outline;
};

/** Its part of the pack: every note, and a figure drawn through the composer's callback. */
class NotesSection : public Takt::PackSection
{
public:
    QString key() const override { return QStringLiteral("test-notes"); }
    QString title() const override { return QStringLiteral("Test notes"); }
    bool hasContent(const Takt::Document &document, const Takt::PackOptions &) const override
    {
        return !document.store(QStringLiteral("test-notes"))->artefacts().isEmpty();
    }
    void write(Takt::PackComposer &composer, const Takt::Document &document) const override
    {
        composer.beginSection(title());
        composer.heading(title());
        const auto *store = document.store(QStringLiteral("test-notes"));
        for (Takt::EntityId id : store->artefacts())
            composer.paragraph(store->artefactName(id));
        composer.figure(QRectF(0, 0, 200, 100), [](QPainter *p, const QRectF &) {
            p->drawRect(QRectF(10, 10, 180, 80));
            p->drawText(QRectF(10, 10, 180, 80), Qt::AlignCenter, QStringLiteral("Drawn figure"));
        });
        composer.step();
    }
};

class NotesKind : public Takt::ArtefactKind
{
public:
    QString key() const override { return QStringLiteral("test-notes"); }
    QString name() const override { return QStringLiteral("Test notes"); }
    QList<Takt::SchemaStep> schemaSteps() const override
    {
        // A step of its own, at a version above every real one.
        return {{100,
                 {QStringLiteral("CREATE TABLE test_notes (id INTEGER PRIMARY KEY, position "
                                 "INTEGER NOT NULL, parent_id INTEGER, text TEXT NOT NULL, "
                                 "done INTEGER NOT NULL)")}}};
    }
    std::unique_ptr<Takt::ArtefactStore> createStore(Takt::Document &document) const override
    {
        return std::make_unique<NoteStore>(document, *this);
    }
    std::vector<std::unique_ptr<Takt::PackSection>> packSections() const override
    {
        std::vector<std::unique_ptr<Takt::PackSection>> sections;
        sections.push_back(std::make_unique<NotesSection>());
        return sections;
    }
    QStringList jsonFormats() const override { return {QStringLiteral("takt-test-notes")}; }
    Takt::EntityId
    importJson(Takt::Document &document, const QByteArray &json, QString *error) const override
    {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const QString text = o.value(QLatin1String("text")).toString();
        if (text.isEmpty()) {
            *error = QStringLiteral("field \"text\": missing");
            return 0;
        }
        auto *store = static_cast<NoteStore *>(document.store(key()));
        document.undoStack()->push(store->add(text));
        return store->notes.items().last().id;
    }
};

} // namespace TaktTest
