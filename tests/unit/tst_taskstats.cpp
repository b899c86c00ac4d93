// TaskStats aggregation: every figure checked against an independent count
// made here with plain loops, over simulator-generated tasks and over small
// hand-built sets (granularity choice, week starts, top 15 + others,
// histograms with absent keys and out-of-limit values, unknown states).
#include "models/taskparser.h"
#include "models/taskstats.h"
#include "models/taskstore.h"
#include "simulator/dataset.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <map>

using namespace vias;

namespace {

constexpr qint64 kDay = 86'400'000;

TaskStore generatedStore(int count, quint32 seed)
{
    const auto page = parseTaskList(sim::generateListResponse(count, seed));
    TaskStore store;
    if (page.ok())
        store.upsert(page.value->tasks);
    return store;
}

QList<int> allRows(const TaskStore &store)
{
    QList<int> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

Task makeTask(const QString &id, const QString &stateCode, qint64 createdMs = kNoTime)
{
    Task t;
    t.id = id;
    t.stateCode = stateCode;
    t.state = taskStateFromCode(stateCode);
    t.createdAtMs = createdMs;
    return t;
}

StatsOptions utcOptions()
{
    StatsOptions o;
    o.timeZone = QTimeZone::utc();
    return o;
}

qint64 utcMs(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Checks a histogram against its values by plain counting.
void verifyHistogram(const Histogram &h, const QList<int> &values, int total)
{
    QCOMPARE(h.present, int(values.size()));
    QCOMPARE(h.absent, total - int(values.size()));
    QCOMPARE(std::accumulate(h.counts.cbegin(), h.counts.cend(), 0), int(values.size()));
    for (int bin = 0; bin < h.counts.size(); ++bin) {
        int expected = 0;
        for (const int v : values)
            expected += (v >= h.binStart(bin) && v <= h.binLast(bin)) ? 1 : 0;
        QCOMPARE(h.counts.at(bin), expected);
    }
}

} // namespace

class TestTaskStats final : public QObject
{
    Q_OBJECT

private:
    void verifyAgainstLoops(const TaskStore &store, const QList<int> &rows)
    {
        const StatsOptions options = utcOptions();
        const TaskStats s = computeTaskStats(store, rows, options);

        QHash<QString, int> states;
        QHash<QString, int> pools;
        QSet<QString> cameraIds;
        std::map<int, int> cameraBins;
        int running = 0, unhealthy = 0, cameras = 0, timedCount = 0;
        QList<int> minSizes, maxSizes, ratios;
        int belowFloor = 0;
        for (const int row : rows) {
            const Task &t = store.at(row);
            ++states[t.stateCode];
            running += t.stateCode == QLatin1StringView("RUNNING") ? 1 : 0;
            unhealthy += isUnhealthyState(t.state) ? 1 : 0;
            if (!t.edgePoolId.isEmpty())
                ++pools[t.edgePoolId];
            cameras += int(t.input.sources.size());
            for (const InputSource &src : t.input.sources)
                if (!src.displayId().isEmpty())
                    cameraIds.insert(src.displayId());
            ++cameraBins[std::min(int(t.input.sources.size()), 5)];
            timedCount += t.createdAtMs != kNoTime ? 1 : 0;
            if (t.config.face.detectionMinSize) {
                minSizes << *t.config.face.detectionMinSize;
                belowFloor += *t.config.face.detectionMinSize < 90 ? 1 : 0;
            }
            if (t.config.face.detectionMaxSize)
                maxSizes << *t.config.face.detectionMaxSize;
            if (t.config.face.imageCompressionRatio)
                ratios << *t.config.face.imageCompressionRatio;
        }

        QCOMPARE(s.total, int(rows.size()));
        QCOMPARE(s.running, running);
        QCOMPARE(s.unhealthy, unhealthy);
        QCOMPARE(s.edgePools, int(pools.size()));
        QCOMPARE(s.cameras, cameras);
        QCOMPARE(s.distinctCameras, int(cameraIds.size()));
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            QCOMPARE(s.countOf(it.key()), it.value());
        int stateSum = 0;
        for (const StateCount &sc : s.byState)
            stateSum += sc.count;
        QCOMPARE(stateSum, s.total);
        // Every known state is listed, in the spec's order, even with 0 tasks.
        for (int i = 0; i < TaskStateCount - 1; ++i)
            QCOMPARE(s.byState.at(i).state, knownTaskStates()[size_t(i)]);

        for (const auto &[bin, count] : cameraBins)
            QCOMPARE(s.camerasPerTask.value(bin), count);

        // Timeline: each task lies in the bucket bucketStartFor() names.
        QHash<qint64, QHash<int, int>> byBucket;
        for (const int row : rows) {
            const Task &t = store.at(row);
            if (t.createdAtMs != kNoTime)
                ++byBucket[bucketStartFor(t.createdAtMs, s.created.granularity, options.timeZone)]
                          [int(t.state)];
        }
        int bucketSum = 0;
        for (int i = 0; i < s.created.buckets.size(); ++i) {
            const TimeBucket &b = s.created.buckets.at(i);
            if (i > 0)
                QCOMPARE(b.startMs, s.created.buckets.at(i - 1).endMs);
            for (int st = 0; st < TaskStateCount; ++st)
                QCOMPARE(b.byState[size_t(st)], byBucket.value(b.startMs).value(st));
            bucketSum += b.total();
        }
        QCOMPARE(bucketSum, timedCount);
        QCOMPARE(s.created.withoutTime, int(rows.size()) - timedCount);

        verifyHistogram(s.detectionMinSize, minSizes, s.total);
        verifyHistogram(s.detectionMaxSize, maxSizes, s.total);
        verifyHistogram(s.imageCompressionRatio, ratios, s.total);
        QCOMPARE(s.detectionMinSize.totalOutOfLimits(), belowFloor);
    }

private slots:
    void generatedTasksMatchPlainLoops()
    {
        const TaskStore store = generatedStore(3000, 7);
        QCOMPARE(store.size(), 3000);
        verifyAgainstLoops(store, allRows(store));
        // The simulator spreads tasks over 18 months: monthly buckets.
        const TaskStats s = computeTaskStats(store, allRows(store), utcOptions());
        QCOMPARE(s.created.granularity, TimeGranularity::Month);
        QVERIFY(s.created.buckets.size() >= 18 && s.created.buckets.size() <= 20);
        QVERIFY(s.detectionMinSize.totalOutOfLimits() > 0); // the generator puts some below 90
    }

    void filteredSubsetMatchesPlainLoops()
    {
        const TaskStore store = generatedStore(2000, 11);
        QList<int> rows;
        for (int r = int(store.size()) - 1; r >= 0; r -= 3)
            rows << r; // any order, as the proxy's sort gives it
        verifyAgainstLoops(store, rows);
    }

    void emptyAndOutOfRangeRows()
    {
        const TaskStore store = generatedStore(10, 3);
        const TaskStats empty = computeTaskStats(store, {}, utcOptions());
        QCOMPARE(empty.total, 0);
        QCOMPARE(empty.byState.size(), TaskStateCount - 1);
        QVERIFY(empty.created.buckets.isEmpty());
        QVERIFY(empty.detectionMinSize.counts.isEmpty());
        const TaskStats some = computeTaskStats(store, {-1, 0, 1, 99}, utcOptions());
        QCOMPARE(some.total, 2);
    }

    void granularityFromSpan()
    {
        QCOMPARE(autoGranularity(0), TimeGranularity::Day);
        QCOMPARE(autoGranularity(62 * kDay), TimeGranularity::Day);
        QCOMPARE(autoGranularity(62 * kDay + 1), TimeGranularity::Week);
        QCOMPARE(autoGranularity(366 * kDay), TimeGranularity::Week);
        QCOMPARE(autoGranularity(366 * kDay + 1), TimeGranularity::Month);
    }

    void dailyBucketsAndOverride()
    {
        TaskStore store;
        QList<Task> tasks;
        // 2026-03-01 .. 2026-03-10, one task per day, two on the 5th.
        for (int d = 1; d <= 10; ++d)
            tasks << makeTask(QStringLiteral("t%1").arg(d), QStringLiteral("RUNNING"),
                              utcMs(2026, 3, d, 12));
        tasks << makeTask(QStringLiteral("x"), QStringLiteral("FAILED"), utcMs(2026, 3, 5, 23));
        tasks << makeTask(QStringLiteral("untimed"), QStringLiteral("RUNNING"));
        store.upsert(tasks);
        StatsOptions o = utcOptions();
        TaskStats s = computeTaskStats(store, allRows(store), o);
        QCOMPARE(s.created.granularity, TimeGranularity::Day);
        QCOMPARE(s.created.buckets.size(), 10);
        QCOMPARE(s.created.buckets.first().startMs, utcMs(2026, 3, 1));
        QCOMPARE(s.created.buckets.last().endMs, utcMs(2026, 3, 11));
        QCOMPARE(s.created.buckets.at(4).total(), 2);
        QCOMPARE(s.created.buckets.at(4).byState[size_t(TaskState::Failed)], 1);
        QCOMPARE(s.created.withoutTime, 1);

        o.granularity = TimeGranularity::Month;
        s = computeTaskStats(store, allRows(store), o);
        QCOMPARE(s.created.granularity, TimeGranularity::Month);
        QCOMPARE(s.created.buckets.size(), 1);
        QCOMPARE(s.created.buckets.first().startMs, utcMs(2026, 3, 1));
        QCOMPARE(s.created.buckets.first().endMs, utcMs(2026, 4, 1));
        QCOMPARE(s.created.buckets.first().total(), 11);
    }

    void weeksStartOnTheChosenDay()
    {
        // 2026-03-04 is a Wednesday.
        const qint64 wed = utcMs(2026, 3, 4, 15);
        QCOMPARE(bucketStartFor(wed, TimeGranularity::Week, QTimeZone::utc(), Qt::Monday),
                 utcMs(2026, 3, 2));
        QCOMPARE(bucketStartFor(wed, TimeGranularity::Week, QTimeZone::utc(), Qt::Sunday),
                 utcMs(2026, 3, 1));
        QCOMPARE(bucketStartFor(wed, TimeGranularity::Month, QTimeZone::utc()), utcMs(2026, 3, 1));
        // Local midnight of the zone, not UTC midnight.
        const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
        if (shanghai.isValid())
            QCOMPARE(bucketStartFor(utcMs(2026, 3, 4, 20), TimeGranularity::Day, shanghai),
                     utcMs(2026, 3, 4, 16));

        TaskStore store;
        QList<Task> tasks;
        for (int d = 0; d < 100; d += 3)
            tasks << makeTask(QStringLiteral("w%1").arg(d), QStringLiteral("RUNNING"),
                              utcMs(2026, 1, 1) + d * kDay);
        store.upsert(tasks);
        const TaskStats s = computeTaskStats(store, allRows(store), utcOptions());
        QCOMPARE(s.created.granularity, TimeGranularity::Week);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(s.created.buckets.first().startMs, Qt::UTC)
                     .date()
                     .dayOfWeek(),
                 int(Qt::Monday));
        QCOMPARE(s.created.buckets.first().startMs, utcMs(2025, 12, 29));
    }

    void forcedDaysOverDecadesAreCoarsened()
    {
        TaskStore store;
        store.upsert({makeTask(QStringLiteral("a"), QStringLiteral("RUNNING"), utcMs(1971, 1, 1)),
                      makeTask(QStringLiteral("b"), QStringLiteral("RUNNING"), utcMs(2026, 1, 1))});
        StatsOptions o = utcOptions();
        o.granularity = TimeGranularity::Day;
        TaskStats s = computeTaskStats(store, allRows(store), o);
        QCOMPARE(s.created.granularity, TimeGranularity::Month);
        QCOMPARE(s.created.buckets.size(), 55 * 12 + 1);
        // A hostile year-1 timestamp keeps only the newest maxBuckets months.
        store.upsert(
            {makeTask(QStringLiteral("c"), QStringLiteral("RUNNING"),
                      QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())});
        s = computeTaskStats(store, allRows(store), o);
        QCOMPARE(s.created.buckets.size(), o.maxBuckets);
        QCOMPARE(s.created.outsideBuckets, 1);
    }

    void topFifteenPoolsAndOthers()
    {
        TaskStore store;
        QList<Task> tasks;
        int serial = 0;
        // Pool pNN has NN % 10 + 1 tasks: counts tie across pools.
        for (int p = 0; p < 20; ++p) {
            for (int i = 0; i < p % 10 + 1; ++i) {
                Task t = makeTask(QStringLiteral("t%1").arg(serial++), QStringLiteral("RUNNING"));
                t.edgePoolId = QStringLiteral("p%1").arg(p, 2, 10, QLatin1Char('0'));
                tasks << t;
            }
        }
        tasks << makeTask(QStringLiteral("cloud"), QStringLiteral("RUNNING"));
        store.upsert(tasks);
        const TaskStats s = computeTaskStats(store, allRows(store), utcOptions());
        QCOMPARE(s.edgePools, 20);
        QCOMPARE(s.pools.top.size(), 15);
        QCOMPARE(s.pools.othersPools, 5);
        QCOMPARE(s.pools.withoutPool, 1);
        // Expected order by hand: count desc, then id asc.
        QList<EdgePoolCount> expected;
        for (int p = 0; p < 20; ++p)
            expected.append({QStringLiteral("p%1").arg(p, 2, 10, QLatin1Char('0')), p % 10 + 1});
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.poolId < b.poolId;
        });
        QCOMPARE(s.pools.top.first().poolId, QStringLiteral("p09"));
        QCOMPARE(s.pools.top.at(1).poolId, QStringLiteral("p19"));
        int others = 0;
        for (int i = 0; i < expected.size(); ++i) {
            if (i < 15) {
                QCOMPARE(s.pools.top.at(i).poolId, expected.at(i).poolId);
                QCOMPARE(s.pools.top.at(i).count, expected.at(i).count);
            } else {
                others += expected.at(i).count;
            }
        }
        QCOMPARE(s.pools.othersCount, others);
    }

    void camerasPerTaskCappedAndExact()
    {
        TaskStore store;
        QList<Task> tasks;
        for (int n = 0; n <= 7; ++n) {
            Task t = makeTask(QStringLiteral("c%1").arg(n), QStringLiteral("RUNNING"));
            for (int i = 0; i < n; ++i)
                t.input.sources.append(InputSource{.id = QStringLiteral("cam%1").arg(i)});
            tasks << t;
        }
        store.upsert(tasks);
        StatsOptions o = utcOptions();
        TaskStats s = computeTaskStats(store, allRows(store), o);
        QCOMPARE(s.camerasPerTask, (QList<int>{1, 1, 1, 1, 1, 3}));
        QVERIFY(s.camerasCapped);
        QCOMPARE(s.cameras, 28);
        QCOMPARE(s.distinctCameras, 7); // cam0..cam6, shared between tasks
        o.cameraBinCap = 0;
        s = computeTaskStats(store, allRows(store), o);
        QCOMPARE(s.camerasPerTask, (QList<int>{1, 1, 1, 1, 1, 1, 1, 1}));
        QVERIFY(!s.camerasCapped);
    }

    void histogramsWithAbsentKeysAndLimits()
    {
        TaskStore store;
        QList<Task> tasks;
        const QList<std::optional<int>> minSizes = {60, 90, 120, std::nullopt, 900, 89};
        const QList<std::optional<int>> maxSizes = {800,          std::nullopt, 1920,
                                                    std::nullopt, 800,          600};
        const QList<std::optional<int>> ratios = {90, 0, 101, std::nullopt, 100, 90};
        for (int i = 0; i < minSizes.size(); ++i) {
            Task t = makeTask(QStringLiteral("h%1").arg(i), QStringLiteral("RUNNING"));
            t.config.face.detectionMinSize = minSizes.at(i);
            t.config.face.detectionMaxSize = maxSizes.at(i);
            t.config.face.imageCompressionRatio = ratios.at(i);
            tasks << t;
        }
        store.upsert(tasks);
        const TaskStats s = computeTaskStats(store, allRows(store), utcOptions());
        verifyHistogram(s.detectionMinSize, {60, 90, 120, 900, 89}, 6);
        verifyHistogram(s.detectionMaxSize, {800, 1920, 800, 600}, 6);
        verifyHistogram(s.imageCompressionRatio, {90, 0, 101, 100, 90}, 6);
        QCOMPARE(s.detectionMinSize.absent, 1);
        QCOMPARE(s.detectionMaxSize.absent, 2);
        QCOMPARE(s.detectionMinSize.totalOutOfLimits(), 2); // 60 and 89
        QCOMPARE(s.detectionMaxSize.totalOutOfLimits(), 1); // 900 > 800
        QCOMPARE(s.minAboveMax, 1);
        QCOMPARE(s.imageCompressionRatio.totalOutOfLimits(), 2); // 0 and 101
        QCOMPARE(s.compressionAtDefault, 2);
        QCOMPARE(s.detectionMinSize.minValue, 60);
        QCOMPARE(s.detectionMinSize.maxValue, 900);
        QCOMPARE(s.imageCompressionRatio.mean(), (90 + 0 + 101 + 100 + 90) / 5.0);
    }

    void niceBins()
    {
        QList<int> hundred(100);
        std::iota(hundred.begin(), hundred.end(), 1);
        Histogram h = makeHistogram(hundred, 20);
        QCOMPARE(h.binWidth, 10); // width 5 would need 21 bins (0-4 .. 100-104)
        QCOMPARE(h.origin, 0);
        QCOMPARE(h.counts.size(), 11);
        QCOMPARE(h.counts.first(), 9);
        QCOMPARE(h.counts.last(), 1);
        h = makeHistogram({120, 130}, 20, {90});
        QCOMPARE(h.origin, 90); // the pinned limit is in range
        QCOMPARE(h.binWidth, 5);
        h = makeHistogram({5, 5, 5}, 20);
        QCOMPARE(h.counts, QList<int>{3});
        QCOMPARE(h.binWidth, 1);
        h = makeHistogram({-7, std::numeric_limits<int>::max()}, 20);
        QVERIFY(h.counts.size() <= 20);
        QCOMPARE(std::accumulate(h.counts.cbegin(), h.counts.cend(), 0), 2);
        QVERIFY(h.origin <= -7);
    }

    void unknownStatesFollowKnownOnes()
    {
        TaskStore store;
        store.upsert({makeTask(QStringLiteral("a"), QStringLiteral("HIBERNATING")),
                      makeTask(QStringLiteral("b"), QStringLiteral("HIBERNATING")),
                      makeTask(QStringLiteral("c"), QStringLiteral("ZOMBIE")),
                      makeTask(QStringLiteral("d"), QString()),
                      makeTask(QStringLiteral("e"), QStringLiteral("FROZEN"))});
        const TaskStats s = computeTaskStats(store, allRows(store), utcOptions());
        QCOMPARE(s.byState.size(), TaskStateCount - 1 + 3);
        QCOMPARE(s.byState.at(TaskStateCount - 1).code, QStringLiteral("HIBERNATING"));
        QCOMPARE(s.byState.at(TaskStateCount - 1).count, 2);
        QCOMPARE(s.byState.at(TaskStateCount).code, QString()); // ties by code: "" < "ZOMBIE"
        QCOMPARE(s.byState.at(TaskStateCount + 1).code, QStringLiteral("ZOMBIE"));
        QCOMPARE(s.countOf(u"FROZEN"), 1);
        QCOMPARE(s.unhealthy, 1);
        QCOMPARE(s.running, 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskStats)
#include "tst_taskstats.moc"
