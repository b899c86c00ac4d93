// The aggregated view ("Several projects") on the real main window, against
// two loopback simulators standing for two projects that use the same task
// ids: rows of both with Project and Region columns, filters (text, state,
// project) across both, export with the Project/Region columns, one project
// failing while the other's rows stay, Retry of that project alone, the
// selection surviving a refresh by (project, id), and the way back to one
// project. Also the console path: "Several projects…" with the two demo
// projects, remembered without secrets.
#include "app/console/consolecontroller.h"
#include "app/console/demo.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "tests/support/guisupport.h"
#include "tests/support/simfixture.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/multiprojectdialog.h"
#include "ui/exportrunner.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/multiloader.h"
#include "ui/profileswitcher.h"
#include "ui/sourcebanners.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vias;
using vias::test::find;

namespace {

constexpr int kTasksPerProject = 60;

sim::SimOptions projectOptions(const QString &projectId)
{
    // Same seed for both: the two projects get the same task ids.
    auto options = test::SimFixture::defaultOptions(kTasksPerProject);
    options.auth = sim::AuthMode::AkSk;
    options.projectId = projectId;
    return options;
}

ui::Connection projectConnection(test::SimFixture &sim, const QString &name, const QString &region)
{
    ui::Connection c = test::connectionTo(sim);
    c.name = name;
    c.region = region;
    return c;
}

} // namespace

class TestMultiProject final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimFixture> m_alpha;
    std::unique_ptr<test::SimFixture> m_beta;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    ui::MainWindow &window() { return *m_window; }

    QList<ui::Connection> connections()
    {
        return {projectConnection(*m_alpha, QStringLiteral("Alpha"), QStringLiteral("cn-north-4")),
                projectConnection(*m_beta, QStringLiteral("Beta"), QStringLiteral("cn-east-3"))};
    }

    void waitLoaded(int rows)
    {
        QTRY_COMPARE_WITH_TIMEOUT(window().model()->rowCount(), rows, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!window().multiLoader()->isLoading(), 15000);
        window().proxy()->setPageSize(0); // every row on one page
        window().proxy()->flush();
    }

    int rowsOf(const QString &project) const
    {
        // Every matching row, all pages.
        int n = 0;
        for (int row : m_window->proxy()->matchingSourceRows())
            n += m_window->model()->sourceAt(row)->name == project;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VIAS_SECRET_BACKEND", "session");
    }

    void init()
    {
        QSettings().clear();
        m_alpha =
            std::make_unique<test::SimFixture>(projectOptions(QStringLiteral("project-alpha")));
        m_beta = std::make_unique<test::SimFixture>(projectOptions(QStringLiteral("project-beta")));
        QVERIFY(m_alpha->isRunning() && m_beta->isRunning());
        m_window = std::make_unique<ui::MainWindow>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setServerPaging(true); // the aggregated view must switch to load-all anyway
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_window.reset();
        m_alpha.reset();
        m_beta.reset();
    }

    void rowsOfBothProjectsWithProjectAndRegion()
    {
        window().setConnections(connections());
        waitLoaded(2 * kTasksPerProject); // same ids in both: (project, id) keeps both rows
        QVERIFY(window().isAggregated());
        QVERIFY(!window().isServerPaging());
        QCOMPARE(rowsOf(QStringLiteral("Alpha")), kTasksPerProject);
        QCOMPARE(rowsOf(QStringLiteral("Beta")), kTasksPerProject);
        const TaskStore &store = window().model()->store();
        QCOMPARE(store.at(0).id, store.at(kTasksPerProject).id);

        ui::TaskView *view = window().view();
        QVERIFY(!view->isColumnHidden(int(TaskColumn::Project)));
        QVERIFY(!view->isColumnHidden(int(TaskColumn::Region)));
        const int betaRow = window().model()->rowOf(1, store.at(0).id);
        QCOMPARE(window().model()->index(betaRow, int(TaskColumn::Region)).data().toString(),
                 QStringLiteral("cn-east-3"));

        auto *mode = find<QComboBox>(&window(), "pagingModeCombo");
        QVERIFY(!mode->isEnabled());
        QVERIFY(mode->toolTip().contains(QLatin1StringView("Server paging cannot")));
        QVERIFY(find<QLabel>(&window(), "modeLabel")
                    ->text()
                    .contains(QLatin1StringView("Several projects")));
        QVERIFY(window().windowTitle().contains(QLatin1StringView("2 project")));
        QVERIFY(find<QComboBox>(&window(), "projectFilterCombo")->isVisible());
    }

    void filtersWorkAcrossBothProjects()
    {
        window().setConnections(connections());
        waitLoaded(2 * kTasksPerProject);
        auto *bar = find<ui::FilterBar>(&window(), "filterBar");

        // A state filter counts in both projects.
        int running = 0;
        for (const Task &t : window().model()->store().tasks())
            running += t.stateCode == QLatin1StringView("RUNNING");
        QVERIFY(running > 0);
        TaskFilter f;
        f.stateCodes = {QStringLiteral("RUNNING")};
        bar->setFilter(f);
        window().proxy()->flush();
        QCOMPARE(window().proxy()->matchingCount(), running);
        QCOMPARE(rowsOf(QStringLiteral("Alpha")), running / 2); // same data in both
        QCOMPARE(rowsOf(QStringLiteral("Beta")), running / 2);

        // A task name matches once per project.
        bar->clear();
        const QString name = window().model()->store().at(3).name;
        find<QLineEdit>(&window(), "filterText")->setText(name);
        QTRY_VERIFY(window().proxy()->matchingCount() >= 2);
        QCOMPARE(rowsOf(QStringLiteral("Alpha")), rowsOf(QStringLiteral("Beta")));

        // The Project filter keeps one project.
        bar->clear();
        auto *project = find<QComboBox>(&window(), "projectFilterCombo");
        QCOMPARE(project->count(), 3); // all, Alpha, Beta
        project->setCurrentIndex(2);
        window().proxy()->flush();
        QCOMPARE(window().proxy()->matchingCount(), kTasksPerProject);
        QCOMPARE(rowsOf(QStringLiteral("Beta")), kTasksPerProject);
        QCOMPARE(bar->filter().source, 1);
    }

    void exportIncludesProjectAndRegion()
    {
        window().setConnections(connections());
        waitLoaded(2 * kTasksPerProject);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("both.csv"));
        QTimer::singleShot(0, this, [path] {
            auto *dialog = qobject_cast<ui::ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *server = dialog->findChild<QRadioButton *>(QStringLiteral("exportScopeServer"));
            QVERIFY(!server->isEnabled()); // no single server to fetch from
            dialog->findChild<QRadioButton *>(QStringLiteral("exportScopeView"))->setChecked(true);
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
            dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
            dialog->accept();
        });
        QSignalSpy finished(window().exportRunner(), &ui::ExportRunner::finished);
        window().exportTasks();
        QVERIFY(finished.size() == 1 || finished.wait(15000));
        QVERIFY(finished.first().at(0).value<ExportResult>().ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 * kTasksPerProject + 1);
        QVERIFY2(lines.first().contains(QLatin1StringView("Project")) &&
                     lines.first().contains(QLatin1StringView("Region")),
                 qPrintable(lines.first()));
        const QString all = lines.join(QLatin1Char('\n'));
        QCOMPARE(int(all.count(QLatin1StringView("Alpha,cn-north-4"))), kTasksPerProject);
        QCOMPARE(int(all.count(QLatin1StringView("Beta,cn-east-3"))), kTasksPerProject);
    }

    void oneFailingProjectKeepsTheOthersRowsAndRetries()
    {
        m_beta->server().failNext(1000, 503);
        window().setConnections(connections());
        QTRY_VERIFY_WITH_TIMEOUT(!window().multiLoader()->isLoading() &&
                                     window().multiLoader()->error(1).isError(),
                                 15000);
        window().proxy()->flush();
        QCOMPARE(window().model()->rowCount(), kTasksPerProject); // Alpha's rows
        QCOMPARE(rowsOf(QStringLiteral("Alpha")), kTasksPerProject);

        auto *banner = find<ui::MessageBanner>(&window(), "sourceBanner1");
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1StringView("Beta")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1StringView("503")), qPrintable(banner->text()));
        QVERIFY(!window().findChild<ui::MessageBanner *>(QStringLiteral("sourceBanner0")));
        QVERIFY(!find<QWidget>(&window(), "errorBanner")->isVisible());
        QVERIFY(find<QLabel>(&window(), "modeLabel")->text().contains(QLatin1StringView("failed")));

        // Retry loads Beta alone: Alpha is not asked again.
        sim::Faults none;
        m_beta->server().setFaults(none);
        m_alpha->server().clearRecentRequests();
        QTest::mouseClick(find<QWidget>(banner, "bannerAction"), Qt::LeftButton);
        waitLoaded(2 * kTasksPerProject);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(m_alpha->server().recentRequests().isEmpty());
        QCOMPARE(rowsOf(QStringLiteral("Beta")), kTasksPerProject);
    }

    void refreshKeepsTheSelectionByProjectAndId()
    {
        window().setConnections(connections());
        waitLoaded(2 * kTasksPerProject);
        const QString id = window().model()->store().at(4).id;
        const int betaRow = window().model()->rowOf(1, id);
        window().view()->selectRow(
            window().proxy()->mapFromSource(window().model()->index(betaRow, 0)).row());
        const QString key = window().view()->currentRowKey();
        QCOMPARE(window().view()->currentTaskId(), id);

        QTest::keyClick(window().view(), Qt::Key_F5);
        QTRY_VERIFY(window().multiLoader()->isLoading());
        waitLoaded(2 * kTasksPerProject);
        QCOMPARE(window().view()->currentRowKey(), key);
        const QModelIndex current = window().view()->currentIndex();
        QCOMPARE(current.siblingAtColumn(int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("Beta"));
    }

    void oneProjectAgainHidesTheColumns()
    {
        window().setConnections(connections());
        waitLoaded(2 * kTasksPerProject);
        window().setConnection(
            projectConnection(*m_alpha, QStringLiteral("Alpha"), QStringLiteral("cn-north-4")));
        QVERIFY(!window().isAggregated());
        QVERIFY(window().isServerPaging()); // the user's mode comes back
        QTRY_VERIFY_WITH_TIMEOUT(
            window().model()->rowCount() > 0 && !window().loader()->isLoading(), 15000);
        QVERIFY(
            m_alpha->server().recentRequests().last().query.contains(QLatin1StringView("offset=")));
        QVERIFY(window().view()->isColumnHidden(int(TaskColumn::Project)));
        QVERIFY(!find<QComboBox>(&window(), "projectFilterCombo")->isVisible());
        QVERIFY(find<QComboBox>(&window(), "pagingModeCombo")->isEnabled());
        QVERIFY(window().model()->sources().isEmpty());
    }

    void severalDemoProjectsFromTheSwitcher()
    {
        m_window.reset(); // a console of its own
        ui::MainWindow console;
        app::ConsoleController controller(&console);
        app::DemoOptions demo;
        demo.taskCount = 80;
        demo.latencyMs = 0;
        demo.churnPerMinute = 0;
        QString error;
        QVERIFY(controller.start(false, demo, &error));
        console.show();

        // "Several projects…" in the switcher opens the checklist; with no
        // profiles both demo projects are offered checked.
        QTimer::singleShot(0, this, [] {
            auto *dialog =
                qobject_cast<ui::MultiProjectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->checkedIds(), (QStringList{app::ConsoleController::kDemoId,
                                                        app::ConsoleController::kSecondDemoId}));
            dialog->accept();
        });
        ui::ProfileSwitcher *switcher = controller.switcher();
        const int multi = switcher->findData(ui::ProfileSwitcher::kMultiId);
        QVERIFY(multi >= 0);
        switcher->setCurrentIndex(multi);
        emit switcher->activated(multi);
        QTRY_VERIFY_WITH_TIMEOUT(console.isAggregated() && console.model()->rowCount() == 80 + 40 &&
                                     !console.multiLoader()->isLoading(),
                                 15000);
        QCOMPARE(switcher->currentId(), ui::ProfileSwitcher::kMultiId);
        QCOMPARE(console.model()->sources().size(), 2);
        QCOMPARE(console.model()->sources().at(1).region, QStringLiteral("demo-east"));
        QCOMPARE(
            ui::MultiProjectDialog::savedSelection(),
            (QStringList{app::ConsoleController::kDemoId, app::ConsoleController::kSecondDemoId}));
    }
};

QTEST_MAIN(TestMultiProject)
#include "tst_multiproject.moc"
