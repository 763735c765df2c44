#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Takt {

class MapScene;

/** The map's figures, live: takt, lead time, value-added, flow efficiency, rolled %C&A,
 *  bottleneck; for a future state also the current state's figures and the change. */
class MetricsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPanel(MapScene *scene, QWidget *parent = nullptr);

    void refresh();

private:
    MapScene *const m_scene;
    QLabel *m_title;
    QWidget *m_table = nullptr;
    QLabel *m_notes;
};

} // namespace Takt
