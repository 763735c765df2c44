#include "decisionstore.h"

namespace Takt {

DecisionStore::DecisionStore(Document &document, const ArtefactKind &kind)
    : RegisterStore(document,
                    kind,
                    {QStringLiteral("decision_logs"), QStringLiteral("decisions")},
                    [](const Decision &d) { return d.what; })
    , m_about(document, QStringLiteral("about"))
{ }

DecisionStore *DecisionStore::of(const Document &document)
{
    return document.store<DecisionStore>();
}

QUndoCommand *DecisionStore::addDecisions(const QList<Decision> &decisions)
{
    QUndoCommand *command
        = addRows(decisions, tr("Add %n decision(s)", nullptr, int(decisions.size())));
    for (const Decision &d : decisions)
        m_about.link(d.id, d.about, command);
    return command;
}

QUndoCommand *DecisionStore::removeDecisions(const QSet<EntityId> &ids)
{
    return removeRows(ids, tr("Delete %n decision(s)", nullptr, int(ids.size())));
}

QString DecisionStore::aboutName(const Decision &decision) const
{
    return m_about.nameOf(decision.id, decision.about);
}

QUndoCommand *DecisionStore::changeAbout(EntityId decision, const QString &text)
{
    return m_about.change(&rowList(), decision, int(Decision::Field::About), text,
                          tr("Change About"));
}

QString DecisionStore::summary(EntityId id) const
{
    return id == registerId() ? tr("%n decision(s)", nullptr, int(decisions().items().size()))
                              : QString();
}

} // namespace Takt
