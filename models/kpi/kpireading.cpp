#include "kpireading.h"

#include "core/fieldtext.h"

#include <QLocale>

#include <algorithm>

namespace Takt {

QString KpiReading::figure(double value, const QString &unit)
{
    const QString number = QLocale().toString(value, 'g', 3);
    return unit.isEmpty() ? number : number + QChar(QChar::Nbsp) + unit;
}

QString KpiReading::when(const QString &takenAt)
{
    const QDateTime t = Measurement::parseTime(takenAt);
    if (!t.isValid())
        return takenAt;
    const QString day = FieldText::formatDate(t.date());
    return t.time() == QTime(0, 0) ? day
                                   : day + QLatin1Char(' ') + t.toString(QStringLiteral("HH:mm"));
}

QString
KpiReading::text(const Kpi &kpi, const QList<Measurement> &series, const XmrChart::Result &chart)
{
    if (chart.phases.isEmpty())
        return tr("No measurements yet.");
    const XmrChart::Phase &phase = chart.phases.last();
    const XmrChart::Limits &l = phase.limits;
    QStringList sentences;
    if (chart.phases.size() > 1)
        sentences
            << tr("Since the process change of %1:").arg(when(series.at(phase.start).takenAt));
    // The latest run on one side (rule 4) says most about a shift; then points beyond.
    int runEnd = -1, beyond = 0, lastBeyond = -1;
    for (const XmrChart::Signal &s : chart.signalsFound) {
        if (s.index < phase.start)
            continue;
        if (s.rule == XmrChart::Rule::RunOfEight)
            runEnd = s.index;
        if (s.rule == XmrChart::Rule::Beyond3Sigma) {
            ++beyond;
            lastBeyond = s.index;
        }
    }
    const bool anySignal
        = std::any_of(chart.signalsFound.cbegin(), chart.signalsFound.cend(),
                      [&phase](const XmrChart::Signal &s) { return s.index >= phase.start; });
    if (!anySignal) {
        sentences << tr("Predictable between %1 and %2 (centre %3).")
                         .arg(figure(l.lnpl, kpi.unit), figure(l.unpl, kpi.unit),
                              figure(l.centre, kpi.unit));
    }
    if (runEnd >= 0) {
        const bool up = series.at(runEnd).value > l.centre;
        int start = runEnd;
        while (start > phase.start && (series.at(start - 1).value > l.centre) == up
               && series.at(start - 1).value != l.centre)
            --start;
        sentences << (up ? tr("Shifted upward since %1: %n point(s) above the centre line.",
                              nullptr, runEnd - start + 1)
                         : tr("Shifted downward since %1: %n point(s) below the centre line.",
                              nullptr, runEnd - start + 1))
                         .arg(when(series.at(start).takenAt));
    }
    if (beyond > 0)
        sentences << tr("%n point(s) beyond the limits (%1 to %2), the last on %3.", nullptr,
                        beyond)
                         .arg(figure(l.lnpl, kpi.unit), figure(l.unpl, kpi.unit),
                              when(series.at(lastBeyond).takenAt));
    if (anySignal && runEnd < 0 && beyond == 0)
        sentences << tr("Not predictable: %n signal(s) of a special cause.", nullptr,
                        int(std::count_if(chart.signalsFound.cbegin(), chart.signalsFound.cend(),
                                          [&phase](const XmrChart::Signal &s) {
                                              return s.index >= phase.start;
                                          })));
    if (l.provisional())
        sentences << tr("The limits are provisional: they rest on %n point(s), fewer than 10.",
                        nullptr, l.points);
    return sentences.join(QLatin1Char(' '));
}

} // namespace Takt
