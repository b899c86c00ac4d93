// vias-sim: the local VIAS API simulator.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vias-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));
    QTextStream(stderr) << "vias-sim: not implemented yet\n";
    return 2;
}
