// vias-console: the desktop console.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vias-console"));
    QApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));
    QLabel label(QStringLiteral("vias-console"));
    label.show();
    return app.exec();
}
