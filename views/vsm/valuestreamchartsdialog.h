#pragma once

#include <QDialog>

class QChartView;

namespace Takt {

class MapScene;

/** Map ▸ Value Stream Charts: the current map's operator balance and waterfall, beside the
 *  editor (not modal), redrawn with every edit and undo of the map. */
class ValueStreamChartsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ValueStreamChartsDialog(MapScene *scene, QWidget *parent = nullptr);

    QChartView *operatorBalance() const { return m_balance; }
    QChartView *waterfall() const { return m_waterfall; }
    /** A future state's change against its current state; hidden for a map without one. */
    QChartView *comparison() const { return m_comparison; }

private:
    void refresh();

    MapScene *const m_scene;
    QChartView *m_balance;
    QChartView *m_waterfall;
    QChartView *m_comparison;
};

} // namespace Takt
