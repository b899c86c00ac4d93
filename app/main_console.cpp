// vias-console: the desktop console for VIAS video analysis tasks.
#include "app/console/consolecontroller.h"
#include "app/console/demo.h"
#include "app/console/startupprobe.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // for --startup-benchmark
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vias-console"));
    QApplication::setOrganizationName(QStringLiteral("vias-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("VIAS Console"));
    QApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));
    vias::ui::installLanguageFromSettings(); // before --help, so it is translated too

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Desktop console for Huawei Cloud VIAS video analysis tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate(
            "main", "Start on the built-in demo: a local simulator, no cloud account."));
    const QCommandLineOption demoTasksOption(
        QStringLiteral("demo-tasks"),
        QApplication::translate("main", "Number of demo tasks (default 5000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    // Hidden, for scripts/bench.sh: print the milliseconds from process start
    // to the first rows painted in the task table, then quit (docs/PERFORMANCE.md).
    QCommandLineOption startupBenchmarkOption(QStringLiteral("startup-benchmark"),
                                              QStringLiteral("Measure the cold start."));
    startupBenchmarkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption severalOption(
        QStringLiteral("demo-several"),
        QApplication::translate("main", "Start on two demo projects shown together in one table."));
    parser.addOption(demoOption);
    parser.addOption(demoTasksOption);
    parser.addOption(startupBenchmarkOption);
    parser.addOption(severalOption);
    parser.process(app);

    vias::ui::MainWindow window;
    if (parser.isSet(startupBenchmarkOption))
        new vias::app::StartupProbe(window.view(), sinceMain, &window);
    vias::app::ConsoleController controller(&window);
    vias::app::DemoOptions demo;
    demo.taskCount = std::clamp(parser.value(demoTasksOption).toInt(), 1, 1'000'000);
    QString error;
    if (!controller.start(parser.isSet(demoOption), demo, &error)) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        return 1;
    }
    if (parser.isSet(severalOption))
        controller.openSeveral(
            {vias::app::ConsoleController::kDemoId, vias::app::ConsoleController::kSecondDemoId});
    window.show();
    return app.exec();
}
