// viasctl: the headless twin of the console (list and export tasks).
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("viasctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));
    QTextStream(stderr) << "viasctl: not implemented yet\n";
    return 2;
}
