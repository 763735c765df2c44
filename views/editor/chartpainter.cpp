#include "chartpainter.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace Takt::ChartPainter {

QFont font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "ﬃ" in a PDF would reach pdftotext and search as one character, and
    // "efficiency" could not be found in the pack.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(font(12, true));
    chart->legend()->setFont(font(10));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    return chart;
}

bool canDraw()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

void render(QPainter *painter, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from here
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(chart->geometry());
    scene.render(painter, target, scene.sceneRect());
}

} // namespace Takt::ChartPainter
