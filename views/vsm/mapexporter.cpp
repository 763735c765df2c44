#include "mapexporter.h"

#include "common/wholefile.h"
#include "vsm/mapmetrics.h"
#include "vsm/mappainter.h"
#include "vsm/valuestreammap.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgGenerator>

namespace Takt {

namespace {

/** Scales the map into @p target, centred, keeping its proportions. */
void paintFitted(QPainter *painter,
                 const ValueStreamMap &map,
                 const MapMetrics &metrics,
                 const QRectF &target)
{
    const QFont font = MapPainter::mapFont();
    const QRectF bounds = MapPainter::mapBounds(map, metrics, font);
    if (bounds.isEmpty())
        return;
    const qreal scale = qMin(target.width() / bounds.width(), target.height() / bounds.height());
    painter->save();
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-bounds.center());
    MapPainter::paintMap(painter, map, metrics, font);
    painter->restore();
}

} // namespace

QString
MapExporter::exportMap(const ValueStreamMap &map, const MapMetrics &metrics, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QFont mapFont = MapPainter::mapFont();
    const QRectF bounds = MapPainter::mapBounds(map, metrics, mapFont);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image((bounds.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-bounds.topLeft());
        MapPainter::paintMap(&painter, map, metrics, mapFont);
        painter.end();
        image.save(&buffer, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
        svg.setTitle(map.name());
        QPainter painter(&svg);
        painter.translate(-bounds.topLeft());
        MapPainter::paintMap(&painter, map, metrics, mapFont);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(map.name());
        pdf.setCreator(QStringLiteral("Takt"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QPainter painter(&pdf);
        paintFitted(&painter, map, metrics,
                    QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
    } else {
        return tr("%1: choose a file name ending in .png, .svg or .pdf.")
            .arg(QDir::toNativeSeparators(path));
    }
    buffer.close();
    return WholeFile::write(path, bytes);
}

void MapExporter::print(const ValueStreamMap &map, const MapMetrics &metrics, QPrinter *printer)
{
    QPainter painter(printer);
    paintFitted(&painter, map, metrics,
                QRectF(QPointF(0, 0), QSizeF(printer->width(), printer->height())));
}

} // namespace Takt
