// Switching the language at run time: the real main window, loaded from the
// in-process simulator, turns Chinese (title, menu, state badge, pager, detail
// tab, filter placeholder) without reloading its rows, and back to English.
#include "api/auth/akskauth.h"
#include "models/task.h"
#include "models/taskcolumns.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "tests/support/guisupport.h"
#include "tests/support/simfixture.h"
#include "ui/detail/taskdetailpane.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace vias;
using vias::test::connectionTo;
using vias::test::find;

namespace {

constexpr int kTasks = 300;

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimFixture> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // The proxy row of the first RUNNING task on the current page, or -1.
    int runningRow() const
    {
        const QAbstractItemModel *proxy = m_window->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, int(TaskColumn::State));
            if (index.data(TaskTableModel::StateCodeRole).toString() ==
                QLatin1StringView("RUNNING"))
                return row;
        }
        return -1;
    }

    QString stateText(int row) const
    {
        return m_window->proxy()->index(row, int(TaskColumn::State)).data().toString();
    }

    QString menuTitle(const char *name) const { return find<QMenu>(m_window.get(), name)->title(); }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::setLanguage(QStringLiteral("en")));
        m_sim = std::make_unique<test::SimFixture>([] {
            auto options = test::SimFixture::defaultOptions(kTasks);
            options.auth = sim::AuthMode::AkSk;
            return options;
        }());
        QVERIFY(m_sim->isRunning());
        m_window = std::make_unique<ui::MainWindow>();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setServerPaging(false);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setConnection(connectionTo(*m_sim));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), kTasks, 15000);
        QTRY_VERIFY(!m_window->loader()->isLoading());
        m_window->proxy()->flush();
    }

    void cleanupTestCase()
    {
        ui::setLanguage(QStringLiteral("en"));
        m_proxyTester.reset();
        m_window.reset();
        m_sim.reset();
    }

    void switchesToChineseWithoutReloading()
    {
        const int requestsBefore = int(m_sim->server().recentRequests().size());
        const int row = runningRow();
        QVERIFY2(row >= 0, "the first page should hold a RUNNING task");
        QCOMPARE(stateText(row), QStringLiteral("Running"));
        auto *view = find<ui::TaskView>(m_window.get(), "taskTable");
        view->setCurrentIndex(m_window->proxy()->index(row, 0));
        auto *detail = find<ui::TaskDetailPane>(m_window.get(), "taskDetailPane");
        QCOMPARE(detail->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(find<QLabel>(m_window.get(), "pageRangeLabel")->text(),
                 QStringLiteral("1–20 of 300"));

        QVERIFY(ui::setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(ui::currentLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        QCOMPARE(m_window->windowTitle(), QStringLiteral("test — VIAS 控制台"));
        QCOMPARE(menuTitle("fileMenu"), QStringLiteral("文件(&F)"));
        QCOMPARE(menuTitle("viewMenu"), QStringLiteral("视图(&V)"));
        QCOMPARE(stateText(row), QStringLiteral("运行中"));
        QCOMPARE(m_window->proxy()->headerData(int(TaskColumn::State), Qt::Horizontal).toString(),
                 QStringLiteral("状态"));
        QCOMPARE(find<QLabel>(m_window.get(), "pageRangeLabel")->text(),
                 QStringLiteral("1–20，共 300 个"));
        QCOMPARE(detail->tabText(0), QStringLiteral("概览"));
        QVERIFY2(find<QLineEdit>(m_window.get(), "filterText")
                     ->placeholderText()
                     .startsWith(QStringLiteral("按名称")),
                 qPrintable(find<QLineEdit>(m_window.get(), "filterText")->placeholderText()));
        QVERIFY(find<QLabel>(m_window.get(), "modeLabel")
                    ->text()
                    .startsWith(QStringLiteral("全部加载")));

        // The rows stay: no request went out, the selection holds.
        QCOMPARE(m_window->model()->rowCount(), kTasks);
        QCOMPARE(int(m_sim->server().recentRequests().size()), requestsBefore);
        QVERIFY(!m_window->loader()->isLoading());
        QCOMPARE(view->currentIndex().row(), row);
    }

    void switchesBackToEnglish()
    {
        const int row = runningRow();
        QVERIFY(row >= 0);
        QVERIFY(ui::setLanguage(QStringLiteral("en")));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("test — VIAS Console"));
        QCOMPARE(menuTitle("fileMenu"), QStringLiteral("&File"));
        QCOMPARE(stateText(row), QStringLiteral("Running"));
        QCOMPARE(find<QLabel>(m_window.get(), "pageRangeLabel")->text(),
                 QStringLiteral("1–20 of 300"));
        QCOMPARE(find<ui::TaskDetailPane>(m_window.get(), "taskDetailPane")->tabText(0),
                 QStringLiteral("Overview"));
        QVERIFY(find<QLineEdit>(m_window.get(), "filterText")
                    ->placeholderText()
                    .startsWith(QStringLiteral("Filter by")));
        QCOMPARE(m_window->model()->rowCount(), kTasks);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
