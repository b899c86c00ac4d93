// Fetch-all benchmark: 100,000 tasks (1,000 pages of 100) from an in-process
// simulator running on its own thread, with 20 ms injected latency and with
// none. Prints wall time against the ideal (pages x latency / concurrency),
// tasks/s, peak memory and the longest event-loop gap on the client's thread.
// A second server ("replay") answers every page from one page the simulator
// rendered (ids rewritten per page, so all are unique): it costs almost no
// CPU, which isolates the client's own cost from the simulator's.
// Two sinks for the fetched pages:
//   model: what the console does. The console's own TaskLoader appends every
//          batch into a TaskTableModel behind a TaskFilterProxy (20 rows a
//          page, newest first) shown in a TaskView (offscreen), all on this
//          thread, so the event-loop gap is the GUI stall an operator feels.
//   list:  the API client alone; batches are only kept.
//   bench_fetchall [--tasks N] [--page N] [--concurrency N] [--latency ms,ms]
//                  [--server sim,replay] [--sink model,list]
#include "api/apiclient.h"
#include "benchsupport.h"
#include "models/taskfilterproxy.h"
#include "models/taskparser.h"
#include "models/tasktablemodel.h"
#include "simulator/simserver.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace vias;
using namespace vias::bench;

namespace {

// Linux: writing 5 to clear_refs resets VmHWM, so the peak measured after it
// belongs to the fetch, not to generating the simulator's data set.
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// Serves list pages from one rendered page: keep-alive HTTP/1.1, latency by
// timer, ids rewritten so page p row i has a unique id.
class ReplayServer final : public QTcpServer
{
public:
    ReplayServer(const QByteArray &page, qint64 total)
        : m_total(total)
    {
        const auto parsed = parseTaskList(page);
        const QList<Task> tasks = parsed.value ? parsed.value->tasks : QList<Task>();
        // Each task's exact bytes, split around its id.
        for (const Task &task : tasks) {
            const QByteArray id = task.id.toUtf8();
            const qsizetype at = task.rawJson.indexOf(QByteArray("\"" + id + "\""));
            if (at < 0 || id.size() < 8)
                continue;
            m_rows.append({task.rawJson.left(at + 1) + id.left(id.size() - 8),
                           task.rawJson.mid(at + 1 + id.size())});
        }
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }
    std::atomic<int> latencyMs{0};
    int rowsPerPage() const { return int(m_rows.size()); }

private:
    QByteArray render(qint64 offset, int limit) const
    {
        QByteArray body = "{\"count\":" + QByteArray::number(m_total) + ",\"tasks\":[";
        const qint64 rows = qBound<qint64>(0, m_total - (offset - 1), qint64(limit));
        body.reserve(rows * (m_rows.isEmpty() ? 0 : m_rows.first().first.size() + 2000) + 64);
        for (qint64 i = 0; i < rows && !m_rows.isEmpty(); ++i) {
            const auto &[head, tail] = m_rows.at(i % m_rows.size());
            if (i > 0)
                body += ',';
            body += head + QByteArray::number(offset - 1 + i, 16).rightJustified(8, '0') + tail;
        }
        body += "]}";
        return body;
    }

    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                const QByteArray target = head.left(head.indexOf('\r')).split(' ').value(1);
                const QUrlQuery q(QUrl::fromEncoded(target));
                const qint64 offset = qMax(1, q.queryItemValue(QStringLiteral("offset")).toInt());
                const int limit = qMax(1, q.queryItemValue(QStringLiteral("limit")).toInt());
                const QByteArray body = render(offset, limit);
                const QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                       "Connection: keep-alive\r\nContent-Length: " +
                                       QByteArray::number(body.size()) + "\r\n\r\n" + body;
                const QPointer<QTcpSocket> guarded(socket);
                QTimer::singleShot(latencyMs.load(), this, [guarded, out] {
                    if (guarded)
                        guarded->write(out);
                });
            }
        });
    }

    qint64 m_total;
    QList<QPair<QByteArray, QByteArray>> m_rows;
};

QByteArray fetchOnePage(const QUrl &tasksUrl)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(tasksUrl);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

struct FetchRun
{
    qint64 tasks = 0;
    double seconds = 0;
    double stallMs = 0;
    double stallCpuMs = 0;   // this thread's CPU time during that stall
    double stallAtMs = 0;    // when it ended
    double busiestCpuMs = 0; // longest CPU stretch between two ticks
    qint64 peakKib = -1;
    qint64 baseKib = -1;
    double readySec = 0; // model sink: until the proxy's deferred rebuild ran too
    qint64 rowsShown = 0;
    bool consistent = false;
    QString error;

    void takeStall(StallMonitor &stall)
    {
        stall.stop();
        stallMs = stall.longestGapMs();
        stallCpuMs = stall.longestGapCpuMs();
        stallAtMs = stall.longestGapAtMs();
        busiestCpuMs = stall.longestBusyCpuMs();
    }
};

api::ApiClient *makeClient(const QUrl &base, const QString &project, QObject *parent)
{
    api::ClientConfig config;
    config.baseUrl = base;
    config.projectId = project;
    config.proxy.mode = api::ProxyMode::None;
    return new api::ApiClient(config, parent);
}

// The console's path: TaskLoader (LoadAll) -> TaskTableModel -> TaskFilterProxy
// -> TaskView, as MainWindow wires them, on this (the GUI) thread.
FetchRun runIntoModel(const QUrl &base, const QString &project, const api::FetchOptions &options)
{
    FetchRun run;
    QObject owner;
    api::ApiClient *client = makeClient(base, project, &owner);
    TaskTableModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setPageSize(20); // the pager bar's default
    proxy.sort(int(TaskColumn::CreatedAt), Qt::DescendingOrder);
    ui::TaskView view;
    view.setTaskModel(&proxy);
    view.resize(1200, 700);
    view.show();
    ui::TaskLoader loader(&model);
    loader.setClient(client);
    loader.setFetchOptions(options);
    loader.setMode(ui::TaskLoader::Mode::LoadAll);
    QCoreApplication::processEvents(); // first paint of the empty view, not timed

    resetPeakRss();
    run.baseKib = currentRssKib();
    StallMonitor stall;
    Stopwatch watch;
    stall.start();
    QEventLoop loop;
    QObject::connect(&loader, &ui::TaskLoader::loaded, &loop, [&loop] { loop.quit(); });
    QObject::connect(&loader, &ui::TaskLoader::failed, &loop,
                     [&run, &loop](const api::ApiError &error) {
                         run.error = error.userMessage();
                         loop.quit();
                     });
    loader.refresh();
    loop.exec();
    run.seconds = watch.elapsedSec();
    // The proxy rebuilds on a zero timer after the last batch; let it and the
    // repaint run inside the measured window.
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    proxy.flush();
    view.viewport()->repaint();
    run.readySec = watch.elapsedSec();
    run.takeStall(stall);
    run.tasks = model.rowCount();
    run.rowsShown = proxy.rowCount();
    run.consistent = loader.lastSummary().isConsistent();
    run.peakKib = peakRssKib();
    return run;
}

FetchRun runIntoList(const QUrl &base, const QString &project, const api::FetchOptions &options)
{
    FetchRun run;
    QObject owner;
    api::ApiClient &client = *makeClient(base, project, &owner);
    // Batches are kept as delivered (shared, not copied): what the store does
    // with them is the store's cost, measured in its own benchmark.
    QList<QList<Task>> store;
    qint64 received = 0;

    resetPeakRss();
    run.baseKib = currentRssKib();
    StallMonitor stall;
    Stopwatch watch;
    stall.start();
    QEventLoop loop;
    api::TaskPager *pager = client.fetchAll({}, options);
    QObject::connect(pager, &api::TaskPager::batchReady, &loop,
                     [&store, &received](const QList<Task> &batch) {
                         store.append(batch);
                         received += batch.size();
                     });
    QObject::connect(pager, &api::TaskPager::finished, &loop,
                     [&run, &loop](const api::FetchSummary &summary) {
                         run.consistent = summary.isConsistent();
                         if (summary.error.isError())
                             run.error = summary.error.userMessage();
                         loop.quit();
                     });
    loop.exec();
    run.seconds = watch.elapsedSec();
    run.takeStall(stall);
    run.tasks = received;
    run.peakKib = peakRssKib();
    return run;
}

// A shared machine's idle event loop is not free of gaps: other processes
// take the core. Measured the same way, for the baseline.
double idleLongestGapMs(int ms)
{
    StallMonitor idle;
    idle.start();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    idle.stop();
    return idle.longestGapMs();
}

bool report(const FetchRun &run, int taskCount, int pages, int latency,
            const api::FetchOptions &options, const QString &serverName, bool intoModel,
            double idleGapMs)
{
    const double idealSec = double(pages) * latency / 1000.0 / options.concurrency;
    ResultTable table(QStringLiteral("fetch all from %6 into %7: %1 tasks, %2 pages of %3, "
                                     "concurrency %4, latency %5 ms")
                          .arg(taskCount)
                          .arg(pages)
                          .arg(options.pageSize)
                          .arg(options.concurrency)
                          .arg(latency)
                          .arg(serverName, intoModel
                                               ? QStringLiteral("the table model (TaskLoader)")
                                               : QStringLiteral("a list (API client only)")));
    table.add(QStringLiteral("tasks received"), QString::number(run.tasks),
              QString::number(taskCount), run.tasks == taskCount && run.error.isEmpty());
    if (!run.error.isEmpty())
        table.add(QStringLiteral("error"), run.error);
    table.add(QStringLiteral("consistent"),
              run.consistent ? QStringLiteral("yes") : QStringLiteral("no"), QStringLiteral("yes"),
              run.consistent);
    table.add(QStringLiteral("wall time"), QStringLiteral("%1 s").arg(run.seconds, 0, 'f', 2));
    if (intoModel) {
        table.add(QStringLiteral("ready (proxy rebuilt, view repainted)"),
                  QStringLiteral("%1 s").arg(run.readySec, 0, 'f', 2));
        table.add(QStringLiteral("rows on the view's page"), QString::number(run.rowsShown));
    }
    if (latency > 0) {
        const double ratio = run.seconds / idealSec;
        table.add(QStringLiteral("ideal (pages x latency / concurrency)"),
                  QStringLiteral("%1 s").arg(idealSec, 0, 'f', 2));
        table.add(QStringLiteral("wall / ideal"), QString::number(ratio, 'f', 2),
                  QStringLiteral("<= 1.30"), ratio <= 1.3);
    }
    table.add(QStringLiteral("throughput"),
              QStringLiteral("%1 tasks/s").arg(double(run.tasks) / run.seconds, 0, 'f', 0));
    table.add(intoModel ? QStringLiteral("longest GUI event-loop stall")
                        : QStringLiteral("longest event-loop gap (client thread)"),
              QStringLiteral("%1 ms").arg(run.stallMs, 0, 'f', 1), QStringLiteral("< 50 ms"),
              run.stallMs < 50.0);
    table.add(QStringLiteral("  of which CPU on this thread; ended at"),
              QStringLiteral("%1 ms; %2 s")
                  .arg(run.stallCpuMs, 0, 'f', 1)
                  .arg(run.stallAtMs / 1000, 0, 'f', 2));
    table.add(QStringLiteral("longest CPU stretch between two ticks"),
              QStringLiteral("%1 ms").arg(run.busiestCpuMs, 0, 'f', 1));
    table.add(QStringLiteral("idle event-loop gap, 2 s (machine noise)"),
              QStringLiteral("%1 ms").arg(idleGapMs, 0, 'f', 1));
    table.add(QStringLiteral("RSS before fetch (incl. server data)"), formatMiB(run.baseKib));
    table.add(QStringLiteral("peak RSS during fetch"), formatMiB(run.peakKib));
    table.add(QStringLiteral("peak minus before"), formatMiB(run.peakKib - run.baseKib));
    table.add(QStringLiteral("CPU load average (1 min) at end"), loadAverage());
    return table.print();
}

} // namespace

int main(int argc, char **argv)
{
    // Widgets (the table view) without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tasksOpt(QStringLiteral("tasks"), QStringLiteral("Tasks served."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page size."),
                                     QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption concOpt(QStringLiteral("concurrency"),
                                     QStringLiteral("Pages in flight."), QStringLiteral("n"),
                                     QStringLiteral("6"));
    const QCommandLineOption latOpt(QStringLiteral("latency"),
                                    QStringLiteral("Injected latencies, ms, comma separated."),
                                    QStringLiteral("list"), QStringLiteral("20,0"));
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Servers to fetch from: sim, replay."),
                                       QStringLiteral("list"), QStringLiteral("sim,replay"));
    const QCommandLineOption sinkOpt(
        QStringLiteral("sink"),
        QStringLiteral("Where pages go: model (TaskLoader, model, proxy, view), list."),
        QStringLiteral("list"), QStringLiteral("model"));
    parser.addOptions({tasksOpt, pageOpt, concOpt, latOpt, serverOpt, sinkOpt});
    parser.process(app);
    const int taskCount = parser.value(tasksOpt).toInt();
    api::FetchOptions options;
    options.pageSize = parser.value(pageOpt).toInt();
    options.concurrency = parser.value(concOpt).toInt();
    options.maxTasks = qMax<qint64>(200000, taskCount);

    // The simulator on its own thread: it stands for a remote server, so its
    // work must not count as a stall of the client's thread.
    QThread serverThread;
    sim::SimOptions simOptions;
    simOptions.taskCount = taskCount;
    simOptions.seed = 42;
    simOptions.referenceTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    Stopwatch generation;
    auto *server = new sim::SimServer(simOptions);
    const double generationSec = generation.elapsedSec();
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [server, &port] { port = server->start(0); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "simulator did not start\n");
        return 1;
    }
    const QUrl simBase = server->baseUrl();
    const QString project = server->options().projectId;
    const int pages = (taskCount + options.pageSize - 1) / options.pageSize;

    // The replay server, on its own thread too, from one page the simulator rendered.
    QThread replayThread;
    const QByteArray samplePage = fetchOnePage(QUrl(
        simBase.toString() + QStringLiteral("/v2/%1/services/c-face-edge/tasks?offset=1&limit=%2")
                                 .arg(project)
                                 .arg(options.pageSize)));
    auto *replay = new ReplayServer(samplePage, taskCount);
    replay->moveToThread(&replayThread);
    replayThread.start();
    quint16 replayPort = 0;
    QMetaObject::invokeMethod(
        replay,
        [replay, &replayPort] {
            replayPort = replay->listen(QHostAddress::LocalHost, 0) ? replay->serverPort() : 0;
        },
        Qt::BlockingQueuedConnection);
    const QUrl replayBase(QStringLiteral("http://127.0.0.1:%1").arg(replayPort));

    // CPU cost of parsing one page on this machine (serial, this thread).
    {
        Stopwatch parseWatch;
        int parsed = 0;
        for (; parsed < 50; ++parsed)
            (void)parseTaskList(samplePage);
        std::printf("\nparseTaskList of one %d-task page (%lld bytes): %.2f ms per page\n",
                    options.pageSize, qint64(samplePage.size()),
                    parseWatch.elapsedSec() * 1000.0 / parsed);
    }

    // The same monitor with an idle event loop: how long this machine alone
    // keeps the thread from running (other processes, a shared VM).
    const double idleGapMs = idleLongestGapMs(2000);
    std::printf("\nidle event loop, 2 s: longest gap %.1f ms (scheduler noise baseline, load %s)\n",
                idleGapMs, qPrintable(loadAverage()));

    bool allOk = true;
    for (const QString &sinkName : parser.value(sinkOpt).split(QLatin1Char(','))) {
        const bool intoModel = sinkName.trimmed() != QLatin1StringView("list");
        for (const QString &serverName : parser.value(serverOpt).split(QLatin1Char(','))) {
            const bool useSim = serverName.trimmed() == QLatin1StringView("sim");
            for (const QString &latencyText : parser.value(latOpt).split(QLatin1Char(','))) {
                const int latency = latencyText.trimmed().toInt();
                sim::Faults faults;
                faults.latencyMs = latency;
                server->setFaults(faults); // thread-safe
                replay->latencyMs.store(latency);
                const QUrl base = useSim ? simBase : replayBase;
                const FetchRun run = intoModel ? runIntoModel(base, project, options)
                                               : runIntoList(base, project, options);
                allOk = report(run, taskCount, pages, latency, options,
                               useSim ? QStringLiteral("the simulator")
                                      : QStringLiteral("the replay server"),
                               intoModel, idleGapMs) &&
                        allOk;
            }
        }
    }
    QMetaObject::invokeMethod(
        replay, [replay] { delete replay; }, Qt::BlockingQueuedConnection);
    replayThread.quit();
    replayThread.wait();
    std::printf("\nsimulator data generation: %.2f s (not part of the runs)\n", generationSec);

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return allOk ? 0 : 2;
}
