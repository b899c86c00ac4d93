// Fetch-all's speculative first wave (pages 1.. requested before the first
// page's count is known): lists shorter than the wave report exactly their
// pages and progress; pages past the end are dropped even from a server that
// ignores offset; a server that refuses offsets past the end (400) does not
// fail the run; a speculative page that fails within the list is fetched
// again normally; the wave never exceeds the concurrency or the safety cap.
#include "api/apiclient.h"
#include "tests/support/rawhttpserver.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace vias;
using namespace vias::api;

namespace {

struct Run
{
    QList<Task> tasks;
    QList<QVariantList> progress;
    FetchSummary summary;
    bool finished = false;
};

Run fetch(ApiClient &client, const FetchOptions &options)
{
    Run run;
    TaskPager *pager = client.fetchAll({}, options);
    QObject::connect(pager, &TaskPager::batchReady, &client,
                     [&run](const QList<Task> &batch) { run.tasks += batch; });
    QObject::connect(pager, &TaskPager::progress, &client,
                     [&run](int pd, int pt, qint64 td, qint64 tt) {
                         run.progress.append({pd, pt, td, tt});
                     });
    QSignalSpy spy(pager, &TaskPager::finished);
    if (spy.wait(60000)) {
        run.finished = true;
        run.summary = spy.at(0).at(0).value<FetchSummary>();
    }
    return run;
}

ClientConfig configFor(const QUrl &base)
{
    ClientConfig c;
    c.baseUrl = base;
    c.projectId = QStringLiteral("p");
    c.proxy.mode = ProxyMode::None;
    c.retry.baseDelayMs = 5;
    c.retry.maxRetries = 0; // a refused page is refused once
    return c;
}

enum class PastEnd
{
    Empty,        // an empty page, as the simulator does
    Refused,      // 400, as a stricter server might
    RepeatsFirst, // the first page again (a server that ignores offset there)
};

// `rows` fake tasks, `count` = rows; offsets in `failOnce` answer 500 the
// first time. Records every offset asked for.
struct ListServer
{
    int rows = 0;
    PastEnd pastEnd = PastEnd::Empty;
    QSet<int> failOnce;
    QList<int> offsets;
    QMutex mutex;

    vias::test::RawResponse answer(const vias::test::RawRequest &request)
    {
        const QUrlQuery q(request.url);
        const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
        const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
        vias::test::RawResponse r;
        {
            QMutexLocker lock(&mutex);
            offsets.append(offset);
            if (failOnce.remove(offset)) {
                r.status = 500;
                r.body = vias::test::RawHttpServer::jsonError("APIGW.0001", "busy");
                return r;
            }
        }
        int first = offset - 1;
        // The first page always answers (an empty list has one empty page).
        if (first > 0 && first >= rows && pastEnd == PastEnd::Refused) {
            r.status = 400;
            r.body = vias::test::RawHttpServer::jsonError("IVA.0004", "offset out of range");
            return r;
        }
        if (first > 0 && first >= rows && pastEnd == PastEnd::RepeatsFirst)
            first = 0;
        r.body = vias::test::RawHttpServer::taskListPage(first, qMin(rows, first + limit), rows);
        return r;
    }
};

} // namespace

class TestApiPagerFirstWave final : public QObject
{
    Q_OBJECT

private slots:
    void shortListReportsItsOwnPages_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("pastEnd");
        for (const int rows : {0, 1, 100, 150, 350}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 rows, empty past the end").arg(rows)))
                << rows << int(PastEnd::Empty);
            QTest::newRow(qPrintable(QStringLiteral("%1 rows, 400 past the end").arg(rows)))
                << rows << int(PastEnd::Refused);
            QTest::newRow(qPrintable(QStringLiteral("%1 rows, first page past the end").arg(rows)))
                << rows << int(PastEnd::RepeatsFirst);
        }
    }
    void shortListReportsItsOwnPages()
    {
        QFETCH(int, rows);
        QFETCH(int, pastEnd);
        ListServer list;
        list.rows = rows;
        list.pastEnd = PastEnd(pastEnd);
        vias::test::RawHttpServer server(
            [&list](const vias::test::RawRequest &request) { return list.answer(request); });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl()));
        FetchOptions options;
        options.concurrency = 6;
        const Run run = fetch(client, options);
        QVERIFY(run.finished);
        QVERIFY2(!run.summary.error.isError(), qPrintable(run.summary.error.userMessage()));
        QVERIFY2(run.summary.isConsistent(), qPrintable(run.summary.report()));
        QCOMPARE(run.tasks.size(), rows);
        QCOMPARE(run.summary.duplicateRows, 0);
        const int pages = qMax(1, (rows + 99) / 100);
        QCOMPARE(run.summary.pagesFetched, pages);
        QCOMPARE(run.progress.last(), (QVariantList{pages, pages, qint64(rows), qint64(rows)}));
        // The first wave: as many pages as may be in flight, never more.
        QCOMPARE(list.offsets.size(), 6);
    }

    void failedSpeculativePageIsFetchedAgain()
    {
        ListServer list;
        list.rows = 1000;
        list.failOnce = {301}; // page 3, in the first wave
        vias::test::RawHttpServer server(
            [&list](const vias::test::RawRequest &request) { return list.answer(request); });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl()));
        const Run run = fetch(client, {});
        QVERIFY(run.finished);
        QVERIFY2(!run.summary.error.isError(), qPrintable(run.summary.error.userMessage()));
        QCOMPARE(run.tasks.size(), 1000);
        QCOMPARE(run.summary.pagesFetched, 10);
        QCOMPARE(list.offsets.count(301), 2);
    }

    void waveRespectsConcurrencyAndCap()
    {
        ListServer list;
        list.rows = 1000;
        vias::test::RawHttpServer server(
            [&list](const vias::test::RawRequest &request) { return list.answer(request); });
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl()));
        FetchOptions options;
        options.concurrency = 4;
        options.maxTasks = 250; // 3 pages
        const Run run = fetch(client, options);
        QVERIFY(run.finished);
        QCOMPARE(run.tasks.size(), 250);
        QVERIFY(run.summary.capReached);
        QVERIFY(!list.offsets.contains(301)); // never past the cap's pages
        QVERIFY(list.offsets.size() <= 3);

        list.offsets.clear();
        options = {};
        options.concurrency = 1; // no speculation: one page at a time
        const Run serial = fetch(client, options);
        QCOMPARE(serial.tasks.size(), 1000);
        QCOMPARE(list.offsets.first(), 1);
        QCOMPARE(list.offsets.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestApiPagerFirstWave)
#include "tst_apipager_firstwave.moc"
