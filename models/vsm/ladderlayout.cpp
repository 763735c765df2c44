// The ladder of ladderlayout.h: one rung per flow step, placed under its element when the map
// runs left to right, and the totals box with each figure's change against a baseline.

#include "ladderlayout.h"

#include "common/duration.h"
#include "mapmetrics.h"
#include "mappainter.h"
#include "metricstable.h"
#include "painticons.h"
#include "paintstyle.h"
#include "valuestreammap.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace Takt::Paint {

LadderLayout
layOutLadder(const ValueStreamMap &map, const MapMetrics &metrics, qreal top, const QFont &font)
{
    LadderLayout l;
    const QList<LadderRung> &rungs = metrics.ladder;
    if (rungs.isEmpty())
        return l;
    const Fonts fonts(font);
    const int n = rungs.size();

    QList<qreal> centres;
    bool increasing = true;
    for (int i = 0; i < n; ++i) {
        const MapElement *e = map.element(rungs.at(i).elementId);
        if (!e) {
            increasing = false;
            centres << 0;
            continue;
        }
        centres << e->pos.x();
        if (i > 0 && centres.at(i) <= centres.at(i - 1))
            increasing = false;
    }
    if (!increasing) {
        const qreal first = centres.first();
        for (int i = 0; i < n; ++i)
            centres[i] = first + i * LadderSpacing;
    }
    QList<qreal> edges;
    edges << centres.first() - (n > 1 ? (centres.at(1) - centres.at(0)) / 2 : LadderSpacing / 2);
    for (int i = 1; i < n; ++i)
        edges << (centres.at(i - 1) + centres.at(i)) / 2;
    edges << centres.last()
            + (n > 1 ? (centres.at(n - 1) - centres.at(n - 2)) / 2 : LadderSpacing / 2);

    const qreal textSpacing = QFontMetricsF(fonts.text).lineSpacing();
    const qreal upper = top + textSpacing + LadderLabelGap;
    const qreal lower = upper + LadderStep;
    const std::optional<double> demand = map.demandPerDay();
    for (int i = 0; i < n; ++i) {
        const LadderRung &rung = rungs.at(i);
        const qreal y = rung.isWait ? upper : lower;
        if (i == 0)
            l.wave.moveTo(edges.at(0), y);
        else
            l.wave.lineTo(edges.at(i), y);
        l.wave.lineTo(edges.at(i + 1), y);
        const bool alert = !rung.isWait && metrics.overTakt.contains(rung.elementId);
        if (alert)
            l.alertSegments << QLineF(edges.at(i), y, edges.at(i + 1), y);

        // "Not measured" is not zero: a facilitator must see the gap.
        const MapElement *e = map.element(rung.elementId);
        bool known = true;
        if (e)
            known = rung.isWait ? MapMetrics::waitOf(*e, demand).has_value()
                                : e->cycleTime.has_value();
        const QString value = known ? metrics.formatTime(rung.seconds) : MapPainter::tr("?");
        const qreal width = qMax(edges.at(i + 1) - edges.at(i) - 4, 40.0);
        TextBlock t
            = makeBlock(value, alert ? fonts.textBold : fonts.text, width, 1, alert ? Accent : Ink);
        if (rung.isWait) {
            t.rect.moveBottomLeft(
                QPointF(centres.at(i) - t.rect.width() / 2, upper - LadderLabelGap));
        } else {
            t.rect.moveTopLeft(QPointF(centres.at(i) - t.rect.width() / 2, lower + LadderLabelGap));
        }
        l.texts << t;
        if (!rung.isWait && known && rung.valueAdded != rung.seconds) {
            TextBlock va
                = makeBlock(MapPainter::tr("VA %1").arg(metrics.formatTime(rung.valueAdded)),
                            fonts.small, width, 1, SoftInk);
            va.rect.moveTopLeft(QPointF(centres.at(i) - va.rect.width() / 2, t.rect.bottom()));
            l.texts << va;
        }
    }

    // A future state reads against its current state: each total carries its change.
    const auto &base = metrics.baseline;
    const auto changed = [&base](const QString &text, double now, double before) {
        const QString change = base ? MetricsTable::change(now, before) : QString();
        return change.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, change);
    };
    QStringList totals;
    totals << changed(MapPainter::tr("Lead time = %1").arg(metrics.formatTime(metrics.leadTime)),
                      metrics.leadTime, base ? base->leadTime : 0)
           << changed(MapPainter::tr("VA = %1").arg(metrics.formatTime(metrics.valueAdded)),
                      metrics.valueAdded, base ? base->valueAdded : 0);
    if (metrics.flowEfficiency) {
        // A share changes in percentage points, as the Figures panel and the pack say it.
        QString text = MapPainter::tr("Flow efficiency = %1")
                           .arg(MetricsTable::percent(*metrics.flowEfficiency));
        if (base && base->flowEfficiency)
            text = QStringLiteral("%1 (%2)").arg(
                text, MetricsTable::pointChange(*metrics.flowEfficiency, *base->flowEfficiency));
        totals << text;
    }
    if (base)
        totals << changed(
            MapPainter::tr("Inventory = %1").arg(QLocale().toString(metrics.totalInventory)),
            metrics.totalInventory, base->totalInventory);
    if (metrics.taktTime)
        totals << MapPainter::tr("Takt = %1").arg(metrics.formatTime(*metrics.taktTime));
    if (base)
        totals << MapPainter::tr("Change against %1").arg(base->mapName);
    const qreal totalsLeft = edges.last() + TotalsGap;
    qreal y = top + TotalsPadding;
    qreal width = 0;
    for (int i = 0; i < totals.size(); ++i) {
        TextBlock t = makeBlock(totals.at(i), i == 0 ? fonts.textBold : fonts.text, 400, 1);
        t.align = Qt::AlignLeft;
        t.rect.moveTopLeft(QPointF(totalsLeft + TotalsPadding, y));
        y = t.rect.bottom();
        width = qMax(width, t.rect.width());
        l.texts << t;
    }
    l.totals = QRectF(totalsLeft, top, width + 2 * TotalsPadding, y + TotalsPadding - top);

    l.extent = l.wave.boundingRect().adjusted(-AlertWidth, -AlertWidth, AlertWidth, AlertWidth)
        | l.totals.adjusted(-ThinWidth, -ThinWidth, ThinWidth, ThinWidth);
    for (const TextBlock &t : std::as_const(l.texts))
        l.extent |= t.rect.adjusted(-1, -1, 1, 1);
    return l;
}

void drawLadder(QPainter *p, const LadderLayout &l)
{
    if (l.wave.isEmpty())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setPen(QPen(Ink, LadderWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(l.wave);
    p->setPen(QPen(Accent, AlertWidth, Qt::SolidLine, Qt::FlatCap));
    for (const QLineF &segment : l.alertSegments)
        p->drawLine(segment);
    p->setPen(inkPen(ThinWidth));
    p->setBrush(Paper);
    p->drawRect(l.totals);
    for (const TextBlock &t : l.texts)
        drawBlock(p, t);
    p->restore();
}

} // namespace Takt::Paint
