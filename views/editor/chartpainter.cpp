#include "chartpainter.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace Takt::ChartPainter {

void render(QPainter *painter, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from here
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(chart->geometry());
    scene.render(painter, target, scene.sceneRect());
}

} // namespace Takt::ChartPainter
