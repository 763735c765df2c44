#include "pdcacircle.h"

#include <QPainter>
#include <QPixmap>

namespace Takt {

namespace PdcaCircle {

void paint(QPainter &painter, const QRectF &box, int quarters)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(box.width(), box.height());
    const qreal pen = qMax<qreal>(1, side / 12);
    const QRectF circle(box.center().x() - side / 2 + pen / 2,
                        box.center().y() - side / 2 + pen / 2, side - pen, side - pen);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    // Clockwise from twelve o'clock, as the newspaper fills it.
    if (quarters >= 4)
        painter.drawEllipse(circle);
    else if (quarters > 0)
        painter.drawPie(circle, 90 * 16, -quarters * 90 * 16);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), pen));
    painter.drawEllipse(circle);
    painter.drawLine(QPointF(circle.center().x(), circle.top()),
                     QPointF(circle.center().x(), circle.bottom()));
    painter.drawLine(QPointF(circle.left(), circle.center().y()),
                     QPointF(circle.right(), circle.center().y()));
    painter.restore();
}

QIcon icon(int quarters)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(painter, QRectF(1, 1, size - 2, size - 2), quarters);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace PdcaCircle

} // namespace Takt
