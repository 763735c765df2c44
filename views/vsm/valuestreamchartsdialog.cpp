#include "valuestreamchartsdialog.h"

#include "mapscene.h"
#include "valuestreamcharts.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace Takt {

ValueStreamChartsDialog::ValueStreamChartsDialog(MapScene *scene, QWidget *parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_balance(new QChartView(this))
    , m_waterfall(new QChartView(this))
    , m_comparison(new QChartView(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_balance->setObjectName(QStringLiteral("operator_balance"));
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    m_comparison->setObjectName(QStringLiteral("comparison"));
    auto *layout = new QVBoxLayout(this);
    for (QChartView *view : {m_balance, m_waterfall, m_comparison}) {
        view->setRenderHint(QPainter::Antialiasing);
        layout->addWidget(view, view == m_waterfall ? 3 : 2); // a row per step and queue
    }
    connect(scene, &MapScene::metricsChanged, this, &ValueStreamChartsDialog::refresh);
    // The editor's scene goes with its tab: so do its charts.
    connect(scene, &QObject::destroyed, this, &QDialog::close);
    refresh();
    resize(900, 700);
}

void ValueStreamChartsDialog::refresh()
{
    const QString name = m_scene->map()->name();
    setWindowTitle(tr("Value Stream Charts – %1").arg(name));
    for (QChartView *view : {m_balance, m_waterfall}) {
        QChart *old = view->chart();
        view->setChart(view == m_balance
                           ? ValueStreamCharts::operatorBalance(name, m_scene->metrics())
                           : ValueStreamCharts::waterfall(name, m_scene->metrics()));
        delete old;
    }
    // A future state: its change against the current state, as the comparison page says.
    const ValueStreamMap *base = m_scene->maps()->map(m_scene->map()->derivedFrom());
    m_comparison->setVisible(base != nullptr);
    if (base) {
        QChart *old = m_comparison->chart();
        m_comparison->setChart(ValueStreamCharts::currentAgainstFuture(
            name, MapMetrics::compute(*base), m_scene->metrics()));
        delete old;
    }
}

} // namespace Takt
