#pragma once

#include <QDialog>

namespace Takt {

class ChartView;
class MapScene;

/** Map ▸ Value Stream Charts: the current map's operator balance and waterfall, beside the
 *  editor (not modal), redrawn with every edit and undo of the map; each zoomed, read on
 *  hover and saved as an image like every chart (ChartView). */
class ValueStreamChartsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ValueStreamChartsDialog(MapScene *scene, QWidget *parent = nullptr);

    ChartView *operatorBalance() const { return m_balance; }
    ChartView *waterfall() const { return m_waterfall; }
    /** A future state's change against its current state; hidden for a map without one. */
    ChartView *comparison() const { return m_comparison; }

private:
    void refresh();

    MapScene *const m_scene;
    ChartView *m_balance;
    ChartView *m_waterfall;
    ChartView *m_comparison;
};

} // namespace Takt
