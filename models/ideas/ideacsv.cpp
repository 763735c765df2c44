#include "ideacsv.h"

#include "common/csvrecords.h"
#include "ideastore.h"

namespace Takt {

QByteArray IdeaCsv::write(const IdeaStore &store)
{
    using F = KaizenIdea::Field;
    const auto &table = KaizenIdea::fields();
    QList<QStringList> rows {
        {QStringLiteral("No."), QStringLiteral("Idea"), QStringLiteral("Tags"),
         QStringLiteral("About"), QStringLiteral("Figure"), QStringLiteral("Change"),
         QStringLiteral("Impact"), QStringLiteral("Effort"), QStringLiteral("Size"),
         QStringLiteral("Status"), QStringLiteral("PDCA"), QStringLiteral("Dots")}};
    const EntityId round = store.lastClosedRound();
    // A spreadsheet would run a leading = + - @ as a formula: a ' keeps it text (OWASP).
    const auto safe = [](const QString &text) {
        static const QString risky = QStringLiteral("=+-@");
        return !text.isEmpty() && risky.contains(text.front()) ? QLatin1Char('\'') + text : text;
    };
    for (const KaizenIdea &i : store.ideas().items())
        rows << QStringList {QString::number(store.numberOf(i.id)),
                             safe(i.title),
                             safe(i.tags),
                             safe(store.aboutName(i)),
                             safe(i.figure),
                             safe(i.change),
                             QString::number(i.impactScore()),
                             QString::number(i.effortScore()),
                             i.effortSize(),
                             table.choiceKey(int(F::Status), int(i.status)),
                             table.choiceKey(int(F::Stage), int(i.stage)),
                             round ? QString::number(store.tallyOf(round, i.id)) : QString()};
    return CsvRecords::write(rows);
}

} // namespace Takt
