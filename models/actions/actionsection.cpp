#include "actionsection.h"

#include "actionstore.h"
#include "pack/packcomposer.h"
#include "pack/packoptions.h"

#include <QLocale>
#include <QMap>

namespace Takt {

bool ActionSection::hasContent(const Document &document, const PackOptions &options) const
{
    const ActionStore *store = ActionStore::of(document);
    return store && !store->actions().items().isEmpty()
        && options.includesItem(store->registerId());
}

void ActionSection::write(PackComposer &composer, const Document &document) const
{
    const ActionStore &store = *ActionStore::of(document);
    const auto &table = ActionItem::fields();
    composer.beginSection(title());
    composer.heading(title());
    composer.paragraph(store.summary(store.registerId()), true);
    // By owner, as the room reads it back: "what do I take home?"
    QMap<QString, QList<const ActionItem *>> byOwner;
    for (const ActionItem &a : store.actions().items())
        byOwner[a.owner.trimmed().isEmpty() ? tr("(no owner)") : a.owner.trimmed()] << &a;
    const QDate today = QDate::currentDate();
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it) {
        composer.subheading(tr("%1 (%n action(s))", nullptr, int(it->size())).arg(it.key()));
        QList<QStringList> rows;
        QList<int> overdue;
        for (const ActionItem *a : *it) {
            QString due = a->due.isValid() ? QLocale().toString(a->due, QLocale::ShortFormat)
                                           : QStringLiteral("–");
            if (a->isOverdue(today)) {
                overdue << int(rows.size());
                due = tr("%1 ⚠ overdue").arg(due);
            }
            rows << QStringList {a->what, due,
                                 table.choiceLabel(int(ActionItem::Field::Status), int(a->status)),
                                 a->verifier, store.sourceName(*a)};
        }
        composer.table({{tr("What"), 4},
                        {tr("Due"), 1.8},
                        {tr("Status"), 1.3},
                        {tr("Verifier"), 1.6},
                        {tr("Source"), 2.2}},
                       rows, overdue);
        if (!composer.step())
            return;
    }
}

} // namespace Takt
