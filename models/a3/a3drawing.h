#pragma once

#include "a3json.h"
#include "common/diagram.h"
#include "document/rootcause.h"
#include "document/slide.h"

#include <QCoreApplication>

#include <optional>

namespace Takt {

class Document;

/**
 * An A3 as the paper form, on a sheet of A3 landscape in PDF points (420 × 297 mm): the header
 * with the PDCA circle, the plan on the left (background, current condition with a live
 * snapshot of its map and figures, the measurable goal, the analysis with its tree or
 * fishbone), do and check on the right (countermeasures with the analysis's root causes, the
 * implementation plan, follow-up with planned against actual and the PDCA history). The free
 * sections are rich text from their Markdown-like source. The window, the A3 page of
 * `takt export --item` and the pack's scaled page all paint this one drawing.
 */
class A3Drawing : public Diagram
{
    Q_DECLARE_TR_FUNCTIONS(A3Drawing)

public:
    /** What the sheet shows: the A3 and what it embeds, drawn from their stores now. */
    struct Content
    {
        A3Sheet sheet;
        std::optional<Slide> map;
        std::optional<Slide> analysis;
        QList<RootCause> rootCauses;
    };
    static Content contentOf(const Document &document, EntityId report);

    /** The sheet, in points: A3 landscape. */
    static QRectF sheetRect();

    A3Drawing(Content content, const QFont &font);

    QRectF bounds() const override { return sheetRect(); }
    QRectF boxOf(EntityId item) const override;
    EntityId itemAt(QPointF point) const override;
    void paint(QPainter &painter, EntityId selected = 0, const QRectF &visible = {}) const override;

    /** The seven section boxes, in sheet order (the sheet's layout is fixed, as on paper). */
    static QList<QRectF> sectionBoxes();
    /** The section at @p point (0 for the background … 6 for the follow-up), or -1. */
    static int sectionAt(QPointF point);
    static QStringList sectionTitles();

private:
    /** A line of the sheet's own text (not the user's Markdown): the goal, the root causes,
     *  planned against actual. */
    struct Line
    {
        QString text;
        bool bold = false;
    };

    QFont font(qreal pixels, bool bold = false) const;
    void paintHeader(QPainter &painter) const;
    /** A section's title strip; returns the rest of its box. */
    QRectF paintSection(QPainter &painter, int index) const;
    /** @p markdown as rich text in @p box; returns the height used. */
    qreal paintText(QPainter &painter, const QString &markdown, const QRectF &box) const;
    void paintSnapshot(QPainter &painter, const Slide &slide, const QRectF &box) const;
    /** What is left of the box for @p lines; the last line says when some do not fit. */
    void paintLines(QPainter &painter, const QList<Line> &lines, QRectF box) const;
    void paintContinued(QPainter &painter, const QRectF &box) const;
    QList<Line> goalLines() const;
    QList<Line> checkLines() const;
    QList<Line> rootCauseLines() const;

    Content m_content;
    QString m_family;
};

} // namespace Takt
