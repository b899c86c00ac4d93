// Fetch-all over real HTTP: every task once, batches and progress, cancel in
// the middle (nothing after cancel), churn (each id once, drift reported),
// the safety cap, several states, a failing page, and servers that count
// offset in pages, ignore it, or deliver fewer rows than `count`.
#include "api/apiclient.h"
#include "tests/support/rawhttpserver.h"
#include "tests/support/simfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace vias;
using namespace vias::api;
using vias::test::SimFixture;

namespace {

struct Run
{
    QList<Task> tasks;
    int batches = 0;
    QList<QVariantList> progress;
    FetchSummary summary;
    bool finished = false;
};

Run fetch(ApiClient &client, const TaskQuery &query, const FetchOptions &options)
{
    Run run;
    TaskPager *pager = client.fetchAll(query, options);
    QObject::connect(pager, &TaskPager::batchReady, &client, [&run](const QList<Task> &batch) {
        run.tasks += batch;
        ++run.batches;
    });
    QObject::connect(pager, &TaskPager::progress, &client,
                     [&run](int pd, int pt, qint64 td, qint64 tt) {
                         run.progress.append({pd, pt, td, tt});
                     });
    QSignalSpy spy(pager, &TaskPager::finished);
    if (spy.wait(120000)) {
        run.finished = true;
        run.summary = spy.at(0).at(0).value<FetchSummary>();
    }
    return run;
}

ClientConfig configFor(const QUrl &base, const QString &project)
{
    ClientConfig c;
    c.baseUrl = base;
    c.projectId = project;
    c.proxy.mode = ProxyMode::None;
    c.retry.baseDelayMs = 5;
    return c;
}

QSet<QString> idSet(const QList<Task> &tasks)
{
    QSet<QString> ids;
    for (const Task &t : tasks)
        ids.insert(t.id);
    return ids;
}

// A list server over `rows` fake tasks whose paging is scripted.
enum class Paging
{
    Records,
    PageNumber,
    IgnoresOffset
};
vias::test::RawResponse pagedList(const vias::test::RawRequest &request, int rows, int count,
                                  Paging paging)
{
    const QUrlQuery q(request.url);
    const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
    const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
    int first = 0;
    if (paging == Paging::Records)
        first = offset - 1;
    else if (paging == Paging::PageNumber)
        first = (offset - 1) * limit;
    vias::test::RawResponse r;
    r.body = vias::test::RawHttpServer::taskListPage(first, qMin(rows, first + limit), count);
    return r;
}

} // namespace

class TestApiPager final : public QObject
{
    Q_OBJECT

private slots:
    void everyTaskOnce_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("100 x 4") << 100 << 4;
        QTest::newRow("37 x 6") << 37 << 6; // odd size, short last page
        QTest::newRow("100 x 1") << 100 << 1;
    }
    void everyTaskOnce()
    {
        QFETCH(int, pageSize);
        QFETCH(int, concurrency);
        SimFixture sim(SimFixture::defaultOptions(1000));
        ApiClient client(configFor(sim.baseUrl(), sim.projectId()));
        FetchOptions options;
        options.pageSize = pageSize;
        options.concurrency = concurrency;
        const Run run = fetch(client, {}, options);
        QVERIFY(run.finished);
        QVERIFY2(!run.summary.error.isError(), qPrintable(run.summary.error.userMessage()));
        QCOMPARE(run.tasks.size(), 1000);
        QCOMPARE(idSet(run.tasks).size(), 1000);
        const int pages = (1000 + pageSize - 1) / pageSize;
        QCOMPARE(run.batches, pages);
        QCOMPARE(run.summary.pagesFetched, pages);
        QVERIFY2(run.summary.isConsistent(), qPrintable(run.summary.report()));
        QCOMPARE(run.summary.uniqueTasks, 1000);
        QCOMPARE(run.summary.firstCount, 1000);
        QCOMPARE(run.progress.last(), (QVariantList{pages, pages, qint64(1000), qint64(1000)}));
    }

    void cancelInTheMiddle()
    {
        sim::SimOptions options = SimFixture::defaultOptions(1000);
        options.faults.latencyMs = 30;
        SimFixture sim(options);
        ApiClient client(configFor(sim.baseUrl(), sim.projectId()));
        FetchOptions fo;
        fo.pageSize = 10;
        fo.concurrency = 4;
        QPointer<TaskPager> pager = client.fetchAll({}, fo);
        int batches = 0;
        int afterCancel = 0;
        bool cancelled = false;
        connect(pager.data(), &TaskPager::batchReady, this, [&](const QList<Task> &) {
            if (cancelled)
                ++afterCancel;
            if (++batches == 3) {
                pager->cancel(); // from inside its own signal
                cancelled = true;
            }
        });
        connect(pager.data(), &TaskPager::progress, this, [&](int, int, qint64, qint64) {
            if (cancelled)
                ++afterCancel;
        });
        connect(pager.data(), &TaskPager::finished, this,
                [&](const FetchSummary &) { ++afterCancel; });
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 30000);
        // Longer than several server latencies: replies in flight would have come back.
        QTest::qWait(300);
        QCOMPARE(afterCancel, 0);
        QVERIFY(pager.isNull());
        // The client stays usable.
        QCOMPARE(fetch(client, {}, {}).tasks.size(), 1000);
    }

    void churnEachIdOnceAndDriftReported()
    {
        sim::SimOptions options = SimFixture::defaultOptions(1000);
        options.faults.churnPerRequest = 4;
        SimFixture sim(options);
        ApiClient client(configFor(sim.baseUrl(), sim.projectId()));
        FetchOptions fo;
        fo.pageSize = 50;
        const Run run = fetch(client, {}, fo);
        QVERIFY(run.finished);
        QVERIFY(!run.summary.error.isError());
        QCOMPARE(idSet(run.tasks).size(), run.tasks.size()); // each id once
        QCOMPARE(run.summary.uniqueTasks, run.tasks.size());
        QVERIFY(run.summary.countChanged);
        QVERIFY(!run.summary.isConsistent());
        QVERIFY(run.summary.report().contains(QStringLiteral("changed during loading")));
    }

    void safetyCap()
    {
        SimFixture sim(SimFixture::defaultOptions(1000));
        ApiClient client(configFor(sim.baseUrl(), sim.projectId()));
        FetchOptions fo;
        fo.maxTasks = 250;
        const Run run = fetch(client, {}, fo);
        QVERIFY(run.finished);
        QCOMPARE(run.tasks.size(), 250);
        QVERIFY(run.summary.capReached);
        QVERIFY(!run.summary.error.isError());
        QVERIFY(run.summary.report().contains(QStringLiteral("safety limit of 250")));
    }

    void severalStates()
    {
        SimFixture sim(SimFixture::defaultOptions(600));
        ApiClient client(configFor(sim.baseUrl(), sim.projectId()));
        TaskQuery q;
        q.states = {QStringLiteral("RUNNING"), QStringLiteral("STOPPED")};
        const Run run = fetch(client, q, {});
        QVERIFY(run.finished);
        QVERIFY(run.summary.isConsistent());
        QVERIFY(run.tasks.size() > 0);
        QCOMPARE(run.summary.lastCount, run.tasks.size());
        for (const Task &t : run.tasks)
            QVERIFY(t.stateCode == QLatin1StringView("RUNNING") ||
                    t.stateCode == QLatin1StringView("STOPPED"));
    }

    void failingPageStopsWithTheError()
    {
        vias::test::RawHttpServer server([](const vias::test::RawRequest &request) {
            if (QUrlQuery(request.url).queryItemValue(QStringLiteral("offset")) ==
                QLatin1StringView("201")) {
                vias::test::RawResponse r;
                r.status = 403;
                r.body = vias::test::RawHttpServer::jsonError("IVA.0014", "restricted");
                return r;
            }
            return pagedList(request, 500, 500, Paging::Records);
        });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl(), QStringLiteral("p")));
        FetchOptions fo;
        fo.concurrency = 1; // pages in order, so the failure comes third
        const Run run = fetch(client, {}, fo);
        QVERIFY(run.finished);
        QCOMPARE(run.summary.error.errorCode, QStringLiteral("IVA.0014"));
        QCOMPARE(run.tasks.size(), 200); // what arrived before stays delivered
    }

    void serverCountingOffsetInPages()
    {
        vias::test::RawHttpServer server([](const vias::test::RawRequest &request) {
            return pagedList(request, 350, 350, Paging::PageNumber);
        });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl(), QStringLiteral("p")));
        const Run run = fetch(client, {}, {});
        QVERIFY(run.finished);
        QVERIFY(run.summary.offsetLooksLikePageNumber);
        QCOMPARE(run.summary.missingRows, 250);
        QVERIFY(run.summary.report().contains(QStringLiteral("page number")));
    }

    void serverIgnoringOffset()
    {
        vias::test::RawHttpServer server([](const vias::test::RawRequest &request) {
            return pagedList(request, 350, 350, Paging::IgnoresOffset);
        });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl(), QStringLiteral("p")));
        const Run run = fetch(client, {}, {});
        QVERIFY(run.finished);
        QCOMPARE(run.tasks.size(), 100);
        QCOMPARE(idSet(run.tasks).size(), 100);
        QCOMPARE(run.summary.duplicateRows, 300);
        QVERIFY(run.summary.offsetLooksLikePageNumber);
        QVERIFY(!run.summary.isConsistent());
    }

    void fewerRowsThanCount()
    {
        vias::test::RawHttpServer server([](const vias::test::RawRequest &request) {
            return pagedList(request, 250, 300, Paging::Records);
        });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl(), QStringLiteral("p")));
        const Run run = fetch(client, {}, {});
        QVERIFY(run.finished);
        QCOMPARE(run.tasks.size(), 250);
        QCOMPARE(run.summary.missingRows, 50);
        QVERIFY(run.summary.report().contains(QStringLiteral("not received")));
    }

    void invalidOptions()
    {
        SimFixture sim;
        ApiClient client(configFor(sim.baseUrl(), sim.projectId()));
        FetchOptions fo;
        fo.pageSize = 500;
        const Run run = fetch(client, {}, fo);
        QVERIFY(run.finished);
        QCOMPARE(run.summary.error.kind, ApiError::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestApiPager)
#include "tst_apipager.moc"
