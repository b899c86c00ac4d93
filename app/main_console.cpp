// vias-console: the desktop console for VIAS video analysis tasks.
#include "app/console/demo.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vias-console"));
    QApplication::setOrganizationName(QStringLiteral("vias-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("VIAS Console"));
    QApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for Huawei Cloud VIAS video analysis tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start on the built-in demo: a local simulator, no cloud account."));
    const QCommandLineOption demoTasksOption(
        QStringLiteral("demo-tasks"), QApplication::translate("main", "Number of demo tasks (default 5000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    parser.addOption(demoOption);
    parser.addOption(demoTasksOption);
    parser.process(app);

    std::unique_ptr<vias::app::Demo> demo;
    vias::ui::MainWindow window;
    if (parser.isSet(demoOption)) {
        vias::app::DemoOptions options;
        options.taskCount = std::clamp(parser.value(demoTasksOption).toInt(), 1, 1'000'000);
        demo = std::make_unique<vias::app::Demo>(options);
        if (!demo->isRunning()) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), demo->errorString());
            return 1;
        }
        window.setConnection(demo->connection());
    }
    window.show();
    return app.exec();
}
