#pragma once

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

class ValueStreamMap;
struct MapMetrics;

/**
 * Lays a session pack out on pages: headings, paragraphs, tables that break across pages with
 * their header row repeated, and maps fitted to a landscape page; a header and a "Page x of y"
 * footer on every page. It runs twice: a measuring pass (no painter) that counts pages and
 * notes where each section starts, then the painting pass that knows those numbers.
 * Units are PDF points (1/72 in).
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

    /** What every pass would compute alike (wrapped lines, map bounds): computed once. */
    struct Cache
    {
        QHash<QString, QList<QPair<QString, qreal>>> wraps;
        QHash<qint64, QRectF> mapBounds;
    };

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
    void newPage(QPageLayout::Orientation orientation);
    const QList<QPair<QString, int>> &sectionPages() const { return m_sectionPages; }
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
    /** The map with its ladder, scaled to the rest of the page less @p reserveBelow points
     *  (never above 100 %). Returns the scale it was drawn at. */
    qreal map(const ValueStreamMap &map, const MapMetrics &metrics, qreal reserveBelow = 0);
    /** The @p part of the map (map units) at @p scale: a detail page of a map too large to
     *  read whole on one page. */
    void
    mapPart(const ValueStreamMap &map, const MapMetrics &metrics, const QRectF &part, qreal scale);
    qreal pageContentHeight() const;
    /** The font maps are drawn with: the same layout as on screen. */
    QFont mapFont() const;
    QRectF mapBounds(const ValueStreamMap &map, const MapMetrics &metrics);
    qreal contentWidth() const { return m_content.width(); }
    void space(qreal points);

    QFont font(qreal pointSize, bool bold = false) const;

private:
    qreal remaining() const { return m_content.bottom() - m_y; }
    void ensureSpace(qreal height);
    void finishPage();
    void drawHeaderFooter();
    void drawMap(const ValueStreamMap &map,
                 const MapMetrics &metrics,
                 const QRectF &source,
                 QPointF topLeft,
                 qreal scale);
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
    QString m_family;
    Cache *m_cache = nullptr;
};

} // namespace Takt
