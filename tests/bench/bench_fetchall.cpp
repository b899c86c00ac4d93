// Fetch-all benchmark: 100,000 tasks (1,000 pages of 100) from an in-process
// simulator running on its own thread, with 20 ms injected latency and with
// none. Prints wall time against the ideal (pages x latency / concurrency),
// tasks/s, peak memory and the longest event-loop gap on the client's thread.
//   bench_fetchall [--tasks N] [--page N] [--concurrency N] [--latency ms,ms]
#include "benchsupport.h"

#include "api/apiclient.h"
#include "simulator/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QThread>

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

struct FetchRun
{
    qint64 tasks = 0;
    double seconds = 0;
    double stallMs = 0;
    qint64 peakKib = -1;
    qint64 baseKib = -1;
    bool consistent = false;
    QString error;
};

FetchRun runOnce(const QUrl &base, const QString &project, const api::FetchOptions &options)
{
    FetchRun run;
    api::ClientConfig config;
    config.baseUrl = base;
    config.projectId = project;
    config.proxy.mode = api::ProxyMode::None;
    api::ApiClient client(config);
    QList<Task> store; // what the GUI's task store would hold
    store.reserve(int(options.maxTasks));

    resetPeakRss();
    run.baseKib = currentRssKib();
    StallMonitor stall;
    Stopwatch watch;
    stall.start();
    QEventLoop loop;
    api::TaskPager *pager = client.fetchAll({}, options);
    QObject::connect(pager, &api::TaskPager::batchReady, &loop,
                     [&store](const QList<Task> &batch) { store += batch; });
    QObject::connect(pager, &api::TaskPager::finished, &loop,
                     [&run, &loop](const api::FetchSummary &summary) {
                         run.consistent = summary.isConsistent();
                         if (summary.error.isError())
                             run.error = summary.error.userMessage();
                         loop.quit();
                     });
    loop.exec();
    run.seconds = watch.elapsedSec();
    stall.stop();
    run.stallMs = stall.longestGapMs();
    run.tasks = store.size();
    run.peakKib = peakRssKib();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    parser.addOptions({tasksOpt, pageOpt, concOpt, latOpt});
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
    QMetaObject::invokeMethod(server, [server, &port] { port = server->start(0); },
                              Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "simulator did not start\n");
        return 1;
    }
    const QUrl base = server->baseUrl();
    const QString project = server->options().projectId;
    const int pages = (taskCount + options.pageSize - 1) / options.pageSize;

    bool allOk = true;
    for (const QString &latencyText : parser.value(latOpt).split(QLatin1Char(','))) {
        const int latency = latencyText.trimmed().toInt();
        sim::Faults faults;
        faults.latencyMs = latency;
        server->setFaults(faults); // thread-safe
        const FetchRun run = runOnce(base, project, options);
        const double idealSec = double(pages) * latency / 1000.0 / options.concurrency;
        ResultTable table(QStringLiteral("fetch all: %1 tasks, %2 pages of %3, concurrency %4, "
                                         "latency %5 ms")
                              .arg(taskCount)
                              .arg(pages)
                              .arg(options.pageSize)
                              .arg(options.concurrency)
                              .arg(latency));
        table.add(QStringLiteral("tasks received"), QString::number(run.tasks),
                  QString::number(taskCount), run.tasks == taskCount && run.error.isEmpty());
        if (!run.error.isEmpty())
            table.add(QStringLiteral("error"), run.error);
        table.add(QStringLiteral("consistent"), run.consistent ? QStringLiteral("yes") : QStringLiteral("no"),
                  QStringLiteral("yes"), run.consistent);
        table.add(QStringLiteral("wall time"), QStringLiteral("%1 s").arg(run.seconds, 0, 'f', 2));
        if (latency > 0) {
            const double ratio = run.seconds / idealSec;
            table.add(QStringLiteral("ideal (pages x latency / concurrency)"),
                      QStringLiteral("%1 s").arg(idealSec, 0, 'f', 2));
            table.add(QStringLiteral("wall / ideal"), QString::number(ratio, 'f', 2),
                      QStringLiteral("<= 1.30"), ratio <= 1.3);
        }
        table.add(QStringLiteral("throughput"),
                  QStringLiteral("%1 tasks/s").arg(double(run.tasks) / run.seconds, 0, 'f', 0));
        table.add(QStringLiteral("longest event-loop gap (client thread)"),
                  QStringLiteral("%1 ms").arg(run.stallMs, 0, 'f', 1), QStringLiteral("< 50 ms"),
                  run.stallMs < 50.0);
        table.add(QStringLiteral("RSS before fetch (incl. simulator data)"), formatMiB(run.baseKib));
        table.add(QStringLiteral("peak RSS during fetch"), formatMiB(run.peakKib));
        table.add(QStringLiteral("peak minus before"), formatMiB(run.peakKib - run.baseKib));
        allOk = table.print() && allOk;
    }
    std::printf("\nsimulator data generation: %.2f s (not part of the runs)\n", generationSec);

    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return allOk ? 0 : 2;
}
