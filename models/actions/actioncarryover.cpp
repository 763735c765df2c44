#include "actioncarryover.h"

#include "actionstore.h"
#include "document/document.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Takt {

std::optional<QList<ActionItem>> ActionCarryOver::openActionsOf(const QString &path, QString *error)
{
    QString why;
    const auto earlier = Document::open(path, &why, Document::Access::ReadOnly);
    if (!earlier) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const QString title = earlier->metadata().title.isEmpty() ? QFileInfo(path).fileName()
                                                              : earlier->metadata().title;
    QList<ActionItem> open;
    for (ActionItem a : ActionStore::of(*earlier)->forExport())
        if (a.isOpen()) {
            const QString from = tr("Brought in from %1").arg(title);
            a.notes = a.notes.isEmpty() ? from : a.notes + QStringLiteral("\n") + from;
            open << a;
        }
    return open;
}

QList<ActionItem> ActionCarryOver::notYetIn(const ActionStore &store,
                                            const QList<ActionItem> &actions)
{
    QSet<QString> known;
    for (const ActionItem &a : store.actions().items())
        known.insert(a.what.trimmed().toCaseFolded());
    QList<ActionItem> fresh;
    for (const ActionItem &a : actions)
        if (!known.contains(a.what.trimmed().toCaseFolded())) {
            known.insert(a.what.trimmed().toCaseFolded());
            fresh << a;
        }
    return fresh;
}

} // namespace Takt
