#include "ideascommandline.h"

#include "commandline.h"

#include "document/document.h"
#include "ideas/ideacsv.h"
#include "ideas/ideastore.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Takt {

IdeasCommandLine::IdeasCommandLine(CommandLine &commandLine)
    : m_commandLine(commandLine)
{ }

int IdeasCommandLine::ideas(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists a document's kaizen ideas, ranked by the dots of the last closed round."));
    parser.addPositionalArgument(QStringLiteral("document"), tr("The .takt document."));
    parser.addOption({QStringLiteral("csv"), tr("Print CSV, in the ideas' order.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, &code, 1, 1))
        return code;
    const auto document = m_commandLine.openDocument(parser.positionalArguments().first());
    if (!document)
        return CommandLine::BadInput;
    const IdeaStore &store = *IdeaStore::of(*document);
    if (parser.isSet(QStringLiteral("csv")))
        return m_commandLine.write(IdeaCsv::write(store), QString());
    const EntityId round = store.lastClosedRound();
    QList<const KaizenIdea *> ranked;
    for (const KaizenIdea &i : store.ideas().items())
        ranked << &i;
    std::stable_sort(ranked.begin(), ranked.end(), [&](const KaizenIdea *a, const KaizenIdea *b) {
        return store.tallyOf(round, a->id) > store.tallyOf(round, b->id);
    });
    const auto &table = KaizenIdea::fields();
    QString text;
    if (const VotingRound *r = store.rounds().find(round))
        text += tr("Ranked by %1 (%2 dots each)\n").arg(r->name).arg(r->dots());
    for (const KaizenIdea *i : ranked) {
        const QString change = QStringLiteral("%1 %2").arg(i->figure, i->change).trimmed();
        text += tr("#%1 %2: %3; impact %4, effort %5 (%6)%7; %8%9\n")
                    .arg(store.numberOf(i->id))
                    .arg(i->title, tr("%n dot(s)", nullptr, store.tallyOf(round, i->id)))
                    .arg(i->impactScore())
                    .arg(i->effortScore())
                    .arg(i->effortSize(), i->isQuickWin() ? tr(", a quick win") : QString(),
                         table.choiceLabel(int(KaizenIdea::Field::Status), int(i->status)),
                         change.isEmpty() ? QString() : tr("; expected %1").arg(change));
    }
    text += store.summary(store.registerId()) + QLatin1Char('\n');
    return m_commandLine.write(text.toUtf8(), QString());
}

} // namespace Takt
