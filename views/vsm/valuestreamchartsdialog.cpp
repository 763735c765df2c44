#include "valuestreamchartsdialog.h"

#include "mapscene.h"
#include "valuestreamcharts.h"
#include "vsm/mapmetrics.h"
#include "vsm/mapstore.h"
#include "vsm/valuestreammap.h"

#include "editor/chartview.h"

#include <QChart>
#include <QVBoxLayout>

namespace Takt {

ValueStreamChartsDialog::ValueStreamChartsDialog(MapScene *scene, QWidget *parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_balance(new ChartView(this))
    , m_waterfall(new ChartView(this))
    , m_comparison(new ChartView(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_balance->setObjectName(QStringLiteral("operator_balance"));
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    m_comparison->setObjectName(QStringLiteral("comparison"));
    auto *layout = new QVBoxLayout(this);
    for (ChartView *view : {m_balance, m_waterfall, m_comparison}) {
        layout->addWidget(view, view == m_waterfall ? 3 : 2); // a row per step and queue
        connect(view, &ChartView::saveRequested, this, [this, view] {
            ChartView::saveImageAs(this, {view}, QString(), view->chart()->title());
        });
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
    m_balance->showChart(ValueStreamCharts::operatorBalance(name, m_scene->metrics()));
    m_waterfall->showChart(ValueStreamCharts::waterfall(name, m_scene->metrics()));
    // A future state: its change against the current state, as the comparison page says.
    const ValueStreamMap *base = m_scene->maps()->map(m_scene->map()->derivedFrom());
    m_comparison->setVisible(base != nullptr);
    if (base)
        m_comparison->showChart(ValueStreamCharts::currentAgainstFuture(
            name, MapMetrics::compute(*base), m_scene->metrics()));
}

} // namespace Takt
