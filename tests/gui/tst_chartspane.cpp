// The charts pane over a real TaskTableModel + TaskFilterProxy filled with
// parsed simulator tasks: the donut's slices equal the per-state counts of
// the filtered rows, filter changes update the series (and a hidden pane
// catches up when shown), slice and bar clicks emit filter requests, the
// granularity combo re-buckets, and PNG/SVG export writes files through the
// file-name seam. With VIAS_SCREENSHOT_DIR set, also writes charts.png.
#include "models/taskfilterproxy.h"
#include "models/taskparser.h"
#include "models/tasktablemodel.h"
#include "simulator/dataset.h"
#include "ui/charts/chartspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>

using namespace vias;

namespace {

QList<Task> generatedTasks(int count, quint32 seed)
{
    const auto page = parseTaskList(sim::generateListResponse(count, seed));
    return page.ok() ? page.value->tasks : QList<Task>();
}

template<typename Series>
Series *seriesIn(QWidget *root, const char *viewName)
{
    auto *view = root->findChild<QChartView *>(QString::fromLatin1(viewName));
    if (!view || view->chart()->series().isEmpty())
        return nullptr;
    return qobject_cast<Series *>(view->chart()->series().first());
}

// Per state code over the proxy's matching rows, counted here independently.
QHash<QString, int> filteredStateCounts(const TaskFilterProxy &proxy)
{
    QHash<QString, int> counts;
    for (const int row : proxy.matchingSourceRows())
        ++counts[proxy.taskModel()->store().at(row).stateCode];
    return counts;
}

QHash<QString, int> sliceCounts(QPieSeries *pie)
{
    QHash<QString, int> counts;
    const auto slices = pie->slices();
    for (const QPieSlice *slice : slices)
        counts[slice->property("stateCode").toString()] += int(slice->value());
    return counts;
}

} // namespace

class TestChartsPane final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TaskTableModel> m_model;
    std::unique_ptr<TaskFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<ui::ChartsPane> m_pane;

    // `pools` > 0 spreads the tasks over that many edge pools (the simulator uses 3 to 6).
    void setUp(int tasks, int pools = 0)
    {
        m_model = std::make_unique<TaskTableModel>();
        m_proxy = std::make_unique<TaskFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Task> list = generatedTasks(tasks, 5);
        for (int i = 0; pools > 0 && i < list.size(); ++i)
            list[i].edgePoolId = QStringLiteral("pool%1").arg(i % pools, 2, 10, QLatin1Char('0'));
        m_model->setTasks(list);
        m_proxy->flush();
        m_pane = std::make_unique<ui::ChartsPane>();
        m_pane->setSource(m_proxy.get());
        m_pane->resize(1400, 900);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->refreshNow();
    }

    void applyFilter(const TaskFilter &filter)
    {
        QSignalSpy updated(m_pane.get(), &ui::ChartsPane::statsUpdated);
        m_proxy->setFilter(filter);
        QVERIFY(updated.wait(5000));
    }

private slots:
    void init() { setUp(600); }

    void cleanup()
    {
        m_pane.reset();
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void sliceValuesEqualFilteredStateCounts()
    {
        auto *pie = seriesIn<QPieSeries>(m_pane.get(), "stateChartView");
        QVERIFY(pie);
        const QHash<QString, int> expected = filteredStateCounts(*m_proxy);
        QCOMPARE(sliceCounts(pie), expected);
        QCOMPARE(pie->count(), expected.size()); // one slice per state present
        // Without a state filter, the proxy's own per-state counts agree too.
        QCOMPARE(sliceCounts(pie), m_proxy->stateCounts());
        QCOMPARE(m_pane->findChild<QLabel *>(QStringLiteral("summaryTotal"))->text(),
                 QLocale().toString(600));
        int running = expected.value(QStringLiteral("RUNNING"));
        QCOMPARE(m_pane->findChild<QLabel *>(QStringLiteral("summaryRunning"))->text(),
                 QLocale().toString(running));
    }

    void filterChangesUpdateTheSeries()
    {
        TaskFilter filter;
        filter.stateCodes = {QStringLiteral("RUNNING"), QStringLiteral("STOPPED")};
        applyFilter(filter);
        auto *pie = seriesIn<QPieSeries>(m_pane.get(), "stateChartView");
        QVERIFY(pie);
        const QHash<QString, int> expected = filteredStateCounts(*m_proxy);
        QCOMPARE(expected.keys().size(), 2);
        QCOMPARE(sliceCounts(pie), expected);
        QCOMPARE(m_pane->stats().total, m_proxy->matchingCount());

        // A text filter narrows every chart, the pools too.
        const QString pool = m_model->store().at(0).edgePoolId;
        filter = {};
        filter.edgePoolId = pool;
        applyFilter(filter);
        QCOMPARE(sliceCounts(seriesIn<QPieSeries>(m_pane.get(), "stateChartView")),
                 filteredStateCounts(*m_proxy));
        QCOMPARE(m_pane->stats().edgePools, 1);
        QCOMPARE(m_pane->stats().pools.top.first().poolId, pool);
        QCOMPARE(m_pane->findChild<QLabel *>(QStringLiteral("summaryEdgePools"))->text(),
                 QStringLiteral("1"));
    }

    void rapidFilterChangesEndOnTheLast()
    {
        // Filters in quick succession (debounced into one worker run, or
        // results of superseded runs dropped): the last filter's statistics
        // are what stays on screen.
        TaskFilter filter;
        filter.stateCodes = {QStringLiteral("FAILED")};
        m_proxy->setFilter(filter);
        m_pane->refreshNow();
        filter.stateCodes = {QStringLiteral("STOPPED")};
        m_proxy->setFilter(filter);
        filter.stateCodes = {QStringLiteral("RUNNING")};
        m_proxy->setFilter(filter);
        QSignalSpy updated(m_pane.get(), &ui::ChartsPane::statsUpdated);
        QVERIFY(updated.wait(5000));
        QTest::qWait(3 * ui::ChartsPane::kDebounceMs); // any late result would land now
        QCOMPARE(m_pane->stats().total, m_proxy->matchingCount());
        QCOMPARE(sliceCounts(seriesIn<QPieSeries>(m_pane.get(), "stateChartView")),
                 filteredStateCounts(*m_proxy));
        QCOMPARE(m_pane->stats().running, m_proxy->matchingCount());
    }

    void modelChangesAreCharted()
    {
        // New tasks arrive (a refresh): the proxy rebuilds, the pane follows.
        QSignalSpy updated(m_pane.get(), &ui::ChartsPane::statsUpdated);
        QList<Task> more = generatedTasks(50, 99);
        m_model->upsertTasks(more);
        m_proxy->flush();
        QTRY_COMPARE(m_pane->stats().total, 650);
        QCOMPARE(sliceCounts(seriesIn<QPieSeries>(m_pane.get(), "stateChartView")),
                 filteredStateCounts(*m_proxy));
    }

    void hiddenPaneCatchesUpWhenShown()
    {
        m_pane->hide();
        TaskFilter filter;
        filter.stateCodes = {QStringLiteral("FAILED")};
        m_proxy->setFilter(filter);
        QTest::qWait(3 * ui::ChartsPane::kDebounceMs);
        QCOMPARE(m_pane->stats().total, 600); // nothing computed while hidden
        m_pane->show();
        QTRY_COMPARE(m_pane->stats().total, m_proxy->matchingCount());
        QCOMPARE(sliceCounts(seriesIn<QPieSeries>(m_pane.get(), "stateChartView")),
                 filteredStateCounts(*m_proxy));
    }

    void sliceClickEmitsStateCode()
    {
        auto *pie = seriesIn<QPieSeries>(m_pane.get(), "stateChartView");
        QVERIFY(pie);
        QSignalSpy clicked(m_pane.get(), &ui::ChartsPane::stateClicked);
        const auto slices = pie->slices();
        for (QPieSlice *slice : slices) {
            emit pie->clicked(slice);
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(clicked.takeFirst().at(0).toString(), slice->property("stateCode").toString());
        }
    }

    void barClicksEmitPoolAndRange()
    {
        auto *pools = seriesIn<QHorizontalBarSeries>(m_pane.get(), "poolChartView");
        QVERIFY(pools);
        QSignalSpy poolClicked(m_pane.get(), &ui::ChartsPane::edgePoolClicked);
        const int top = int(pools->barSets().first()->count()) - 1; // drawn last: the largest
        emit pools->clicked(top, pools->barSets().first());
        QCOMPARE(poolClicked.count(), 1);
        QCOMPARE(poolClicked.first().at(0).toString(), m_pane->stats().pools.top.first().poolId);

        auto *timeline = seriesIn<QStackedBarSeries>(m_pane.get(), "timelineChartView");
        QVERIFY(timeline);
        QSignalSpy rangeClicked(m_pane.get(), &ui::ChartsPane::createdRangeClicked);
        emit timeline->clicked(2, timeline->barSets().first());
        QCOMPARE(rangeClicked.count(), 1);
        const TimeBucket bucket = m_pane->stats().created.buckets.at(2);
        QCOMPARE(rangeClicked.first().at(0).toLongLong(), bucket.startMs);
        QCOMPARE(rangeClicked.first().at(1).toLongLong(), bucket.endMs - 1);
    }

    void othersBarEmitsNothing()
    {
        cleanup();
        setUp(600, 20); // 20 pools: 15 bars and "Others (5 pools)"
        auto *pools = seriesIn<QHorizontalBarSeries>(m_pane.get(), "poolChartView");
        QVERIFY(pools);
        QCOMPARE(m_pane->stats().pools.othersPools, 5);
        QCOMPARE(pools->barSets().first()->count(), 16);
        QCOMPARE(pools->barSets().first()->at(0), double(m_pane->stats().pools.othersCount));
        QSignalSpy poolClicked(m_pane.get(), &ui::ChartsPane::edgePoolClicked);
        emit pools->clicked(0, pools->barSets().first()); // "others" is drawn first (bottom)
        QCOMPARE(poolClicked.count(), 0);
        emit pools->clicked(1, pools->barSets().first());
        QCOMPARE(poolClicked.count(), 1);
        QCOMPARE(poolClicked.first().at(0).toString(), m_pane->stats().pools.top.last().poolId);
    }

    void granularityComboRebuckets()
    {
        QCOMPARE(m_pane->stats().created.granularity, TimeGranularity::Month); // 18 months of data
        auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("granularityCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(TimeGranularity::Week)));
        QCOMPARE(m_pane->stats().created.granularity, TimeGranularity::Week);
        auto *timeline = seriesIn<QStackedBarSeries>(m_pane.get(), "timelineChartView");
        QVERIFY(timeline);
        QCOMPARE(timeline->barSets().first()->count(), m_pane->stats().created.buckets.size());
    }

    void exportWritesPngAndSvg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto *card = m_pane->findChild<QWidget *>(QStringLiteral("stateChartCard"));
        QVERIFY(card);
        auto *png = card->findChild<QAction *>(QStringLiteral("exportPngAction"));
        auto *svg = card->findChild<QAction *>(QStringLiteral("exportSvgAction"));
        QVERIFY(png && svg);

        m_pane->setNextSaveFileName(dir.filePath(QStringLiteral("state.png")));
        png->trigger();
        QFile pngFile(dir.filePath(QStringLiteral("state.png")));
        QVERIFY(pngFile.open(QIODevice::ReadOnly));
        const QByteArray pngBytes = pngFile.readAll();
        QVERIFY(pngBytes.size() > 1000);
        QVERIFY(pngBytes.startsWith("\x89PNG"));

        // No suffix: the format's own is added.
        m_pane->setNextSaveFileName(dir.filePath(QStringLiteral("timeline")));
        m_pane->findChild<QWidget *>(QStringLiteral("timelineChartCard"))
            ->findChild<QAction *>(QStringLiteral("exportSvgAction"))
            ->trigger();
        QFile svgFile(dir.filePath(QStringLiteral("timeline.svg")));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgBytes = svgFile.readAll();
        QVERIFY(svgBytes.contains("<svg"));
        QVERIFY(svgBytes.contains("</svg>"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary files left
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("VIAS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set VIAS_SCREENSHOT_DIR to write docs/screenshots/charts.png");
        cleanup();
        setUp(5000);
        // Let the charts lay out their new titles, axes and legends.
        QTest::qWait(200);
        QVERIFY(m_pane->grab().save(dir + QStringLiteral("/charts.png")));
        // For reviewing layout and readability (not in the docs): the whole
        // scrolled content, in the light and a dark palette.
        if (qEnvironmentVariableIsEmpty("VIAS_SCREENSHOT_EXTRA"))
            return;
        auto *scroll = m_pane->findChild<QScrollArea *>(QStringLiteral("chartsScrollArea"));
        QWidget *content = scroll->widget();
        content->resize(content->sizeHint().expandedTo(scroll->viewport()->size()));
        QTest::qWait(200);
        QVERIFY(content->grab().save(dir + QStringLiteral("/charts-full.png")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        m_pane->setPalette(dark);
        QTest::qWait(200);
        QVERIFY(content->grab().save(dir + QStringLiteral("/charts-dark.png")));
    }
};

QTEST_MAIN(TestChartsPane)
#include "tst_chartspane.moc"
