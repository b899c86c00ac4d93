// The real main window against the in-process simulator over 127.0.0.1:
// loading, filtering, paging, sorting, detail tabs, errors, clipboard, and
// server paging. Widgets are found by objectName and driven like a user would.
#include "api/auth/akskauth.h"
#include "models/taskfilterproxy.h"
#include "models/taskparser.h"
#include "models/tasktablemodel.h"
#include "tests/support/guisupport.h"
#include "tests/support/simfixture.h"
#include "ui/charts/chartspane.h"
#include "ui/detail/roitab.h"
#include "ui/detail/taskdetailpane.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/exportrunner.h"
#include "ui/mainwindow.h"
#include "ui/roilegend.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QtCharts/QChartView>
#include <QtCharts/QPieSeries>

using namespace vias;
using vias::test::connectionTo;
using vias::test::find;

namespace {

constexpr int kTasks = 300;

QString lastQuery(test::SimFixture &sim)
{
    const QList<sim::RecordedRequest> requests = sim.server().recentRequests();
    return requests.isEmpty() ? QString() : requests.last().query;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimFixture> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    ui::MainWindow &window() { return *m_window; }

    void loadAll()
    {
        m_window->setConnection(connectionTo(*m_sim));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), kTasks, 15000);
        QTRY_VERIFY(!m_window->loader()->isLoading());
        m_window->proxy()->flush();
    }

private slots:
    void init()
    {
        auto options = test::SimFixture::defaultOptions(kTasks);
        options.auth = sim::AuthMode::AkSk;
        m_sim = std::make_unique<test::SimFixture>(options);
        QVERIFY(m_sim->isRunning());
        m_window = std::make_unique<ui::MainWindow>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setServerPaging(false);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        loadAll();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_window.reset();
        m_sim.reset();
    }

    void loadsEveryTaskAndPagesLocally()
    {
        QCOMPARE(find<QLabel>(&window(), "pageRangeLabel")->text(), QStringLiteral("1–20 of 300"));
        QVERIFY(find<QLabel>(&window(), "modeLabel")
                    ->text()
                    .contains(QLatin1StringView("300 tasks loaded")));
        QCOMPARE(find<QStackedWidget>(&window(), "contentStack")->currentIndex(), 0);

        QTest::mouseClick(find<QToolButton>(&window(), "nextPageButton"), Qt::LeftButton);
        QCOMPARE(window().proxy()->page(), 1);
        QCOMPARE(window().proxy()->headerData(0, Qt::Vertical).toInt(), 21);
        QCOMPARE(find<QLabel>(&window(), "pageRangeLabel")->text(), QStringLiteral("21–40 of 300"));

        auto *size = find<QComboBox>(&window(), "pageSizeCombo");
        size->setCurrentIndex(size->findData(50));
        QCOMPARE(window().proxy()->rowCount(), 50);
        QTest::mouseClick(find<QToolButton>(&window(), "lastPageButton"), Qt::LeftButton);
        QCOMPARE(window().proxy()->rowCount(), 50); // 300 / 50: a full last page
        QCOMPARE(window().proxy()->page(), 5);
    }

    void filterByTextMatchesAnIndependentCount()
    {
        const TaskStore &store = window().model()->store();
        // A word from some task's name, counted independently over every field the filter searches.
        // (keyClicks types Latin-1 only, so take an ASCII name here; Chinese
        // text arrives through an input method, tested with setText below.)
        QString word;
        for (const Task &t : store.tasks()) {
            if (t.name.size() > 4 && t.name.at(0).unicode() < 128 && t.name.at(3).unicode() < 128) {
                word = t.name.left(4);
                break;
            }
        }
        int expected = 0;
        for (const Task &t : store.tasks()) {
            QStringList fields{t.name, t.id, t.description, t.creator, t.edgePoolId};
            for (const InputSource &s : t.input.sources)
                fields << s.displayId();
            expected += std::any_of(fields.cbegin(), fields.cend(), [&](const QString &f) {
                return f.contains(word, Qt::CaseInsensitive);
            });
        }
        QVERIFY(expected > 0);
        auto *text = find<QLineEdit>(&window(), "filterText");
        QTest::keyClicks(text, word);
        QTRY_COMPARE(window().proxy()->matchingCount(), expected);
        QVERIFY(find<QLabel>(&window(), "pageRangeLabel")
                    ->text()
                    .contains(QLatin1StringView("300 loaded")));

        // Esc clears the text filter.
        QTest::keyClick(text, Qt::Key_Escape);
        QTRY_COMPARE(window().proxy()->matchingCount(), kTasks);

        // Chinese text, as an input method would commit it.
        const QString chinese = QStringLiteral("人脸");
        const int withChinese =
            int(std::count_if(store.tasks().cbegin(), store.tasks().cend(), [&](const Task &t) {
                return t.name.contains(chinese) || t.description.contains(chinese);
            }));
        text->setText(chinese);
        QTRY_COMPARE(window().proxy()->matchingCount(), withChinese);
        QTest::keyClick(text, Qt::Key_Escape);
        QTRY_COMPARE(window().proxy()->matchingCount(), kTasks);

        // Nothing matches: the empty page offers to clear the filters.
        QTest::keyClicks(text, QStringLiteral("no-such-task-zzz"));
        QTRY_COMPARE(window().proxy()->matchingCount(), 0);
        QCOMPARE(find<QStackedWidget>(&window(), "contentStack")->currentIndex(), 1);
        auto *clear = find<QToolButton>(&window(), "emptyClearFilters");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(window().proxy()->matchingCount(), kTasks);
        QCOMPARE(text->text(), QString());
    }

    void filterByStateWithCounts()
    {
        int stopped = 0;
        for (const Task &t : window().model()->store().tasks())
            stopped += t.state == TaskState::Stopped;
        QVERIFY(stopped > 0);
        auto *list = find<QListWidget>(&window(), "stateFilterList");
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == u"STOPPED")
                item = list->item(i);
        }
        QVERIFY(item);
        QVERIFY(item->text().contains(QStringLiteral("(%1)").arg(stopped)));
        item->setCheckState(Qt::Checked);
        QTRY_COMPARE(window().proxy()->matchingCount(), stopped);
        for (int r = 0; r < window().proxy()->rowCount(); ++r)
            QCOMPARE(window().proxy()->index(r, 0).data(TaskTableModel::StateCodeRole).toString(),
                     QStringLiteral("STOPPED"));
    }

    void sortsByNameWithCollation()
    {
        QHeaderView *header = window().view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(int(TaskColumn::Name)) + 10, 5));
        QCOMPARE(window().proxy()->sortColumn(), int(TaskColumn::Name));
        QCollator collator(QLocale(QLocale::English));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const QList<int> &rows = window().proxy()->matchingSourceRows();
        for (int i = 1; i < rows.size(); ++i) {
            const QString a = window().model()->store().at(rows.at(i - 1)).name;
            const QString b = window().model()->store().at(rows.at(i)).name;
            const int c = collator.compare(a, b);
            if (window().proxy()->sortOrder() == Qt::AscendingOrder)
                QVERIFY2(c <= 0, qPrintable(a + QStringLiteral(" > ") + b));
            else
                QVERIFY2(c >= 0, qPrintable(a + QStringLiteral(" < ") + b));
        }
    }

    void detailTabsShowTheSelectedTask()
    {
        // A task with a webhook whose headers carry a secret.
        const TaskStore &store = window().model()->store();
        qsizetype row = -1;
        for (qsizetype i = 0; i < store.size() && row < 0; ++i) {
            const auto &webhook = store.at(i).output.webhook;
            if (webhook &&
                std::any_of(webhook->headers.cbegin(), webhook->headers.cend(), [](const auto &h) {
                    return h.first.compare(u"Authorization", Qt::CaseInsensitive) == 0;
                }))
                row = i;
        }
        QVERIFY2(row >= 0, "the generated data has a webhook with an Authorization header");
        const Task task = store.at(row);
        QString secret;
        for (const auto &[name, value] : task.output.webhook->headers) {
            if (name.compare(u"Authorization", Qt::CaseInsensitive) == 0)
                secret = value;
        }
        // Show it by filtering on its id, then select it.
        QTest::keyClicks(find<QLineEdit>(&window(), "filterText"), task.id);
        QTRY_COMPARE(window().proxy()->matchingCount(), 1);
        window().view()->selectRow(0);
        QCOMPARE(window().view()->currentTaskId(), task.id);

        ui::TaskDetailPane *pane = window().detailPane();
        pane->setCurrentIndex(0);
        QVERIFY(find<QTextBrowser>(pane, "overviewText")->toPlainText().contains(task.id));
        QVERIFY(find<QTextBrowser>(pane, "overviewText")->toPlainText().contains(task.name));

        pane->setCurrentWidget(find<QWidget>(pane, "inputTab"));
        QCOMPARE(find<QTableWidget>(pane, "inputTable")->rowCount(), task.input.sources.size());

        pane->setCurrentWidget(find<QWidget>(pane, "outputTab"));
        QCOMPARE(find<QLabel>(pane, "webhookUrl")->text(), task.output.webhook->url);
        auto *headers = find<QTableWidget>(pane, "webhookHeadersTable");
        QString shown;
        for (int r = 0; r < headers->rowCount(); ++r)
            shown += headers->item(r, 1)->text();
        QVERIFY(!shown.contains(secret)); // masked by default
        for (auto *reveal : headers->findChildren<QToolButton *>())
            reveal->click();
        shown.clear();
        for (int r = 0; r < headers->rowCount(); ++r)
            shown += headers->item(r, 1)->text();
        QVERIFY(shown.contains(secret));

        pane->setCurrentWidget(find<QWidget>(pane, "configTab"));
        auto *config = find<QTableWidget>(pane, "configTable");
        QStringList keys;
        for (int r = 0; r < config->rowCount(); ++r)
            keys << config->item(r, 0)->data(Qt::UserRole).toString();
        QVERIFY(keys.contains(QStringLiteral("detection_min_size")));

        pane->setCurrentWidget(find<QWidget>(pane, "rawJsonTab"));
        auto *raw = find<QPlainTextEdit>(pane, "rawJsonView");
        QVERIFY(raw->toPlainText().contains(task.id));
        QVERIFY(!raw->toPlainText().contains(secret));
        find<QCheckBox>(pane, "rawJsonReveal")->setChecked(true);
        QVERIFY(raw->toPlainText().contains(secret));

        // Only the visible tab refreshes: selecting another task does not
        // touch the hidden Overview tab until it is shown.
        const int overviewBefore = pane->refreshCount(0);
        QTest::keyClick(find<QLineEdit>(&window(), "filterText"), Qt::Key_Escape);
        QTRY_COMPARE(window().proxy()->matchingCount(), kTasks);
        window().view()->selectRow(3);
        QCOMPARE(pane->refreshCount(0), overviewBefore);
        pane->setCurrentIndex(0);
        QCOMPARE(pane->refreshCount(0), overviewBefore + 1);
    }

    void roiTabListsTheSelectedTasksRegions()
    {
        const TaskStore &store = window().model()->store();
        qsizetype row = -1;
        for (qsizetype i = 0; i < store.size() && row < 0; ++i) {
            if (store.at(i).roi.polygonCount >= 2 && store.at(i).roi.lineCount > 0)
                row = i;
        }
        QVERIFY(row >= 0);
        const Task task = store.at(row);
        QTest::keyClicks(find<QLineEdit>(&window(), "filterText"), task.id);
        QTRY_COMPARE(window().proxy()->matchingCount(), 1);
        window().view()->selectRow(0);
        auto *roiTab = find<ui::RoiTab>(window().detailPane(), "roiTab");
        window().detailPane()->setCurrentWidget(roiTab);
        const QStringList names = roiTab->legend()->shapeNames();
        QCOMPARE(names.size(), qsizetype(task.roi.polygonCount + task.roi.lineCount));
        const Roi roi = taskRoi(task);
        QCOMPARE(roi.polygons.size(), qsizetype(task.roi.polygonCount));
        for (const RoiShape &polygon : roi.polygons) {
            if (!polygon.name.isEmpty())
                QVERIFY2(names.contains(polygon.name), qPrintable(names.join(QLatin1Char(','))));
        }
    }

    void chartsMatchTheTableAndFilterIt()
    {
        window().showView(1);
        QTRY_VERIFY(window().chartsPane()->isVisible());
        window().chartsPane()->refreshNow();
        auto *view =
            window().chartsPane()->findChild<QChartView *>(QStringLiteral("stateChartView"));
        QVERIFY(view && !view->chart()->series().isEmpty());
        auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().first());
        QVERIFY(pie);
        QHash<QString, int> fromChart;
        for (const QPieSlice *slice : pie->slices())
            fromChart[slice->property("stateCode").toString()] += int(slice->value());
        QHash<QString, int> fromTable;
        for (const Task &t : window().model()->store().tasks())
            ++fromTable[t.stateCode];
        for (auto it = fromTable.cbegin(); it != fromTable.cend(); ++it)
            QCOMPARE(fromChart.value(it.key()), it.value());

        // Clicking the RUNNING slice filters the table to running tasks.
        QPieSlice *running = nullptr;
        for (QPieSlice *slice : pie->slices()) {
            if (slice->property("stateCode").toString() == u"RUNNING")
                running = slice;
        }
        QVERIFY(running);
        emit pie->clicked(running);
        QTRY_COMPARE(window().proxy()->matchingCount(), fromTable.value(QStringLiteral("RUNNING")));
        QCOMPARE(window().proxy()->filter().stateCodes, QStringList{QStringLiteral("RUNNING")});
        window().showView(0);
    }

    void exportsTheFilteredViewInTheOrderShown()
    {
        // Narrow to stopped tasks, sorted by name, then Ctrl+E > CSV.
        TaskFilter filter;
        filter.stateCodes = {QStringLiteral("STOPPED")};
        window().proxy()->setFilter(filter);
        window().proxy()->sort(int(TaskColumn::Name), Qt::AscendingOrder);
        QStringList expectedIds;
        for (int row : window().proxy()->matchingSourceRows())
            expectedIds << window().model()->store().at(row).id;
        QVERIFY(expectedIds.size() > 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stopped.csv"));
        QTimer::singleShot(0, this, [path] {
            auto *dialog = qobject_cast<ui::ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QRadioButton *>(QStringLiteral("exportScopeView"))->setChecked(true);
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
            dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
            dialog->accept();
        });
        QSignalSpy finished(window().exportRunner(), &ui::ExportRunner::finished);
        QTest::keySequence(&window(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(finished.wait(15000) || finished.size() == 1);
        QVERIFY(finished.first().at(0).value<ExportResult>().ok());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expectedIds.size() + 1); // header + exactly the rows chosen
        for (int i = 0; i < expectedIds.size(); ++i)
            QVERIFY2(lines.at(i + 1).contains(expectedIds.at(i)), qPrintable(lines.at(i + 1)));
        QVERIFY(find<QLabel>(find<QWidget>(&window(), "notesBanner"), "bannerText")
                    ->text()
                    .contains(path));
    }

    void errorBannerOnA503BurstAndRetry()
    {
        m_sim->server().failNext(50, 503);
        QTest::keyClick(window().view(), Qt::Key_F5);
        auto *banner = find<QWidget>(&window(), "errorBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        const QString text = find<QLabel>(banner, "bannerText")->text();
        QVERIFY2(text.contains(QLatin1StringView("503")), qPrintable(text));
        QCOMPARE(window().model()->rowCount(), kTasks); // the old rows stay

        sim::Faults none;
        m_sim->server().setFaults(none);
        QTest::mouseClick(find<QWidget>(banner, "bannerAction"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QTRY_VERIFY(!window().loader()->isLoading());
        QCOMPARE(window().model()->rowCount(), kTasks);
    }

    void refreshKeepsTheSelection()
    {
        window().view()->selectRow(5);
        const QString id = window().view()->currentTaskId();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(window().view(), Qt::Key_F5);
        QTRY_VERIFY(window().loader()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!window().loader()->isLoading(), 15000);
        QCOMPARE(window().view()->currentTaskId(), id);
        QCOMPARE(window().detailPane()->task()->id, id);
    }

    void copiesSelectedRowsAsTsv()
    {
        window().view()->selectRow(0);
        window().view()->selectionModel()->select(
            window().proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        window().view()->setFocus();
        QTest::keySequence(window().view(), QKeySequence::Copy);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1StringView("Name\tState\tID")));
        const QString id0 =
            window().proxy()->index(0, 0).data(TaskTableModel::TaskIdRole).toString();
        QVERIFY(lines.at(1).contains(id0));
        QVERIFY(lines.at(1).contains(QLatin1Char('\t')));
    }

    void ctrlFFocusesTheFilter()
    {
        window().view()->setFocus();
        QTest::keySequence(&window(), QKeySequence::Find);
        QTRY_VERIFY(find<QLineEdit>(&window(), "filterText")->hasFocus());
    }

    void serverPagingSendsFiltersSortAndPages()
    {
        auto *mode = find<QComboBox>(&window(), "pagingModeCombo");
        mode->setCurrentIndex(1);
        QVERIFY(window().isServerPaging());
        QTRY_VERIFY_WITH_TIMEOUT(
            !window().loader()->isLoading() && window().model()->rowCount() == 20, 15000);
        QCOMPARE(find<QLabel>(&window(), "pageRangeLabel")->text(), QStringLiteral("1–20 of 300"));
        QVERIFY(lastQuery(*m_sim).contains(QLatin1StringView("offset=1")));
        QVERIFY(find<QLabel>(&window(), "filterScopeLabel")->isVisible());

        QTest::mouseClick(find<QToolButton>(&window(), "nextPageButton"), Qt::LeftButton);
        QTRY_VERIFY(lastQuery(*m_sim).contains(QLatin1StringView("offset=21")));
        QTRY_VERIFY_WITH_TIMEOUT(!window().loader()->isLoading(), 15000);
        QCOMPARE(find<QLabel>(&window(), "pageRangeLabel")->text(), QStringLiteral("21–40 of 300"));

        QHeaderView *header = window().view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(int(TaskColumn::Name)) + 10, 5));
        QTRY_VERIFY(lastQuery(*m_sim).contains(QLatin1StringView("order=name%3A")));
        QTRY_VERIFY_WITH_TIMEOUT(!window().loader()->isLoading(), 15000);

        QTest::keyClicks(find<QLineEdit>(&window(), "filterText"), QStringLiteral("face"));
        QTRY_VERIFY_WITH_TIMEOUT(lastQuery(*m_sim).contains(QLatin1StringView("name_like=face")),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window().loader()->isLoading(), 15000);
        for (int r = 0; r < window().proxy()->rowCount(); ++r)
            QVERIFY(window().proxy()->index(r, 0).data().toString().contains(u"face",
                                                                             Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
