#pragma once

#include "packoptions.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QPair>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Takt {

/**
 * Lays a session pack out on pages: headings, paragraphs, tables that break across pages with
 * their header row repeated, and figures (any vector drawing: a map, a tree, a chart) fitted to
 * the page or cut into readable parts; a header and a "Page x of y" footer on every page. It runs
 * twice: a measuring pass (no painter) that counts pages and notes where each section starts, then
 * the painting pass that knows those numbers. Units are PDF points (1/72 in).
 */
class PackComposer
{
    Q_DECLARE_TR_FUNCTIONS(PackComposer)

public:
    struct TableColumn
    {
        QString title;
        qreal weight = 1; // share of the width
        bool alignRight = false; // figures
    };

    /** What every pass would compute alike (wrapped lines, a drawing's bounds): once. */
    struct Cache
    {
        QHash<QString, QList<QPair<QString, qreal>>> wraps;
        QHash<QString, QRectF> rects;
    };
    /** Paints a drawing in its own units; @p visible is the part that reaches the page. */
    using Painter = std::function<void(QPainter *painter, const QRectF &visible)>;

    /** Without @p paint, it only measures: the pass that counts the pages. */
    PackComposer(QPagedPaintDevice *device,
                 bool paint,
                 const QString &headerTitle,
                 QPageSize pageSize);
    ~PackComposer();

    bool isMeasuring() const { return !m_paint; }
    /** Ends the last page; true unless painting failed. */
    bool finish();
    int pageNumber() const { return m_page; }
    void setTotalPages(int pages) { m_totalPages = pages; }
    void setProgress(std::function<bool()> step) { m_step = std::move(step); }
    void setCache(Cache *cache) { m_cache = cache; }
    /** One unit of work done; false when the user cancelled. */
    bool step();
    bool isCancelled() const { return m_cancelled; }

    /** Starts @p title on a new page and remembers the page for the contents. */
    void beginSection(const QString &title,
                      QPageLayout::Orientation orientation = QPageLayout::Portrait,
                      bool showHeader = true);
    /** @p paper: the pack's when it is not valid. */
    void newPage(QPageLayout::Orientation orientation, const QPageSize &paper = QPageSize());
    /** A page of its own, of @p paper, that a drawing which is itself a sheet (an A3) fills
     *  edge to edge, without the pack's header; listed in the contents as @p title. */
    void sheetPage(const QString &title,
                   const QPageSize &paper,
                   QPageLayout::Orientation orientation,
                   const QRectF &bounds,
                   const Painter &paint);
    const QList<QPair<QString, int>> &sectionPages() const { return m_sectionPages; }
    /** The contents as the previous pass found them (pages 0 in the first pass). */
    const QList<QPair<QString, int>> &contents() const { return m_contents; }
    void setContents(const QList<QPair<QString, int>> &contents) { m_contents = contents; }
    /** What the pack was asked for: sections write only the artefacts it includes. */
    const PackOptions &options() const { return m_options; }
    void setOptions(const PackOptions &options) { m_options = options; }
    /** Whether the sections begun from now on are listed in the contents. */
    void setListing(bool listing) { m_listing = listing; }

    void title(const QString &text, qreal size = 28);
    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text, bool muted = false);
    void keyValues(const QList<QPair<QString, QString>> &rows);
    void table(const QList<TableColumn> &columns,
               const QList<QStringList> &rows,
               const QList<int> &highlightedRows = {});
    /** A contents line: title, dotted leader, page number. */
    void contentsLine(const QString &text, int page);
    /** A drawing whose own units span @p bounds, scaled to the rest of the page less
     *  @p reserveBelow points (never above @p maxScale), centred. Returns the scale. */
    qreal figure(const QRectF &bounds,
                 const Painter &paint,
                 qreal reserveBelow = 0,
                 qreal maxScale = 1.0);
    /** The @p part of a drawing at @p scale, under what the page holds: a page of a drawing
     *  too large to read whole. */
    void figurePart(const QRectF &part, qreal scale, const Painter &paint);
    /** @p compute()'s rectangle, computed once for all passes. */
    QRectF cachedRect(const QString &key, const std::function<QRectF()> &compute);
    qreal pageContentHeight() const;
    qreal contentWidth() const { return m_content.width(); }
    void space(qreal points);

    QFont font(qreal pointSize, bool bold = false) const;

private:
    qreal remaining() const { return m_content.bottom() - m_y; }
    void ensureSpace(qreal height);
    void finishPage();
    void drawHeaderFooter();
    void drawFigure(const QRectF &source, QPointF topLeft, qreal scale, const Painter &paint);
    QList<QPair<QString, qreal>> wrap(const QString &text, const QFont &font, qreal width) const;
    qreal drawWrapped(const QString &text,
                      const QFont &font,
                      const QRectF &box,
                      bool draw,
                      Qt::Alignment alignment = Qt::AlignLeft,
                      const QColor &color = Qt::black);

    QPagedPaintDevice *const m_device;
    const bool m_paint;
    std::unique_ptr<QPainter> m_painter;
    const QString m_headerTitle;
    const QPageSize m_pageSize;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QRectF m_content;
    qreal m_y = 0;
    int m_page = 0;
    int m_totalPages = 0;
    bool m_showHeader = true;
    bool m_pageOpen = false;
    bool m_cancelled = false;
    bool m_listing = true;
    std::function<bool()> m_step;
    QList<QPair<QString, int>> m_sectionPages;
    QList<QPair<QString, int>> m_contents;
    PackOptions m_options;
    QString m_family;
    Cache *m_cache = nullptr;
};

} // namespace Takt
