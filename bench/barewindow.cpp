// The baseline of the start-up benchmark: a bare QApplication + QMainWindow, shown, then quit.

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
