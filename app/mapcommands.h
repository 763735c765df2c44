#pragma once

#include <QCoreApplication>

namespace Takt {

class MainWindow;

/** The Map menu's commands that need dialogs (new, import, export, print, future state,
 *  delete), kept out of the main window's wiring. Each acts on the window's document and its
 *  current map editor. */
class MapCommands
{
    Q_DECLARE_TR_FUNCTIONS(MapCommands)

public:
    static void newMap(MainWindow *window);
    static void importMap(MainWindow *window);
    static void exportJson(MainWindow *window);
    static void exportImage(MainWindow *window);
    static void print(MainWindow *window);
    static void createFutureState(MainWindow *window);
    static void deleteMap(MainWindow *window);
};

} // namespace Takt
