#pragma once

#include "actionitem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Takt {

class ActionStore;

/**
 * The open actions of an earlier workshop, brought into a follow-up for review: read from its
 * .takt file (opened read-only, left as it was), each source by its name there, a note saying
 * where it came from. Those already in the register (the same What) are left out, so that
 * bringing them in twice adds nothing.
 */
class ActionCarryOver
{
    Q_DECLARE_TR_FUNCTIONS(ActionCarryOver)

public:
    /** The open actions of the document at @p path, or nothing and why (naming the file). */
    static std::optional<QList<ActionItem>> openActionsOf(const QString &path, QString *error);
    /** Those of @p actions whose What is not in @p store yet (ids left to the caller). */
    static QList<ActionItem> notYetIn(const ActionStore &store, const QList<ActionItem> &actions);
};

} // namespace Takt
