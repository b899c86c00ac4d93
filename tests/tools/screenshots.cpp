// Saves the README's screenshots: drives the real main window on the demo
// data (offscreen or under Xvfb) and grabs it in a few states.
//   vias-screenshots OUTDIR                 the English set (main-*.png)
//   vias-screenshots --multi OUTDIR         main-multi.png: two demo projects
//                                           in one table (the aggregated view)
//   vias-screenshots --lang zh_CN OUTDIR    the main window in that language
//                                           (main-zh.png for zh_CN)
#include "app/console/demo.h"
#include "models/taskcolumns.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "ui/detail/taskdetailpane.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/multiloader.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
    return ok;
}

// The aggregated view: both demo projects in one table, newest updates first
// so the projects interleave, a task of the second project selected.
bool saveMulti(const vias::app::DemoOptions &options, const QString &outDir)
{
    vias::app::Demo first(options);
    vias::app::Demo second(vias::app::DemoOptions::secondProject(options));
    vias::ui::MainWindow window;
    window.resize(1500, 900);
    window.show();
    QEventLoop loaded;
    QObject::connect(window.multiLoader(), &vias::ui::MultiLoader::finished, &loaded,
                     &QEventLoop::quit);
    window.setConnections({first.connection(), second.connection()});
    QTimer::singleShot(30000, &loaded, &QEventLoop::quit);
    loaded.exec();
    window.view()->sortByColumn(int(vias::TaskColumn::UpdatedAt), Qt::DescendingOrder);
    window.proxy()->flush();
    wait(200);
    const QAbstractItemModel *proxy = window.proxy();
    int row = 0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, 0).data(vias::TaskTableModel::SourceRole).toInt() == 1) {
            row = r;
            break;
        }
    }
    window.view()->selectRow(row);
    wait(300);
    return save(&window, outDir, QStringLiteral("main-multi.png"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vias-console-screenshots"));
    QStringList args = QApplication::arguments().mid(1);
    QString language;
    const bool multi = args.removeAll(QStringLiteral("--multi")) > 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        language = args.at(i + 1);
        args.remove(i, 2);
    }
    const QString outDir = args.isEmpty() ? QStringLiteral(".") : args.first();
    QDir().mkpath(outDir);
    if (!language.isEmpty() && !vias::ui::setLanguage(language)) {
        QTextStream(stderr) << "unknown language " << language << '\n';
        return 2;
    }

    vias::app::DemoOptions options;
    options.latencyMs = 0;
    options.churnPerMinute = 0;
    if (multi) {
        if (language.isEmpty())
            vias::ui::setLanguage(QStringLiteral("en")); // plural forms ("2 projects")
        return saveMulti(options, outDir) ? 0 : 1;
    }
    vias::app::Demo demo(options);
    vias::ui::MainWindow window;
    window.resize(1500, 900);
    window.show();
    QEventLoop loaded;
    QObject::connect(window.loader(), &vias::ui::TaskLoader::loaded, &loaded, &QEventLoop::quit);
    window.setConnection(demo.connection());
    QTimer::singleShot(30000, &loaded, &QEventLoop::quit);
    loaded.exec();
    window.proxy()->flush();
    wait(200);

    if (!language.isEmpty()) {
        // The list as an operator first sees it, one running task selected.
        const QAbstractItemModel *proxy = window.proxy();
        int row = 0;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, int(vias::TaskColumn::State));
            if (index.data(vias::TaskTableModel::StateCodeRole).toString() ==
                QLatin1StringView("RUNNING")) {
                row = r;
                break;
            }
        }
        window.view()->selectRow(row);
        wait(300);
        const QString name = language.startsWith(QLatin1StringView("zh"))
                                 ? QStringLiteral("main-zh.png")
                                 : QStringLiteral("main-%1.png").arg(language);
        return save(&window, outDir, name) ? 0 : 1;
    }

    // Show a task with several regions and lines, as an operator would find it.
    const vias::TaskStore &store = window.model()->store();
    QString id;
    for (qsizetype i = 0; i < store.size() && id.isEmpty(); ++i) {
        const vias::Task &t = store.at(i);
        if (t.roi.polygonCount >= 2 && t.roi.lineCount >= 2 && t.warnings.isEmpty())
            id = t.id;
    }
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
    filter->setText(id.left(8));
    wait(600);
    window.proxy()->flush();

    int failures = 0;
    window.view()->selectRow(0);
    wait(200);
    failures += !save(&window, outDir, QStringLiteral("main-overview.png"));
    for (int tab = 1; tab < window.detailPane()->count(); ++tab) {
        window.detailPane()->setCurrentIndex(tab);
        wait(200);
        const QString name = window.detailPane()->widget(tab)->objectName();
        failures += !save(&window, outDir, QStringLiteral("main-%1.png").arg(name));
    }
    return failures == 0 ? 0 : 1;
}
