// Ingest and table benchmark: list-response bytes to ready model rows, memory
// per task, then what an operator does with 100,000 loaded tasks: filter
// keystrokes, sorting by name and by created time.
//   bench_ingest [--tasks N]...   (default: 10000 and 100000)
#include "benchsupport.h"
#include "models/taskfilterproxy.h"
#include "models/taskparser.h"
#include "models/tasktablemodel.h"
#include "simulator/dataset.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace vias;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

// 1: could not run; 2: ran, a target was missed (scripts/bench.sh tells them apart).
int benchOne(int count)
{
    bench::ResultTable table(
        QStringLiteral("ingest and table, %1 tasks").arg(QLocale().toString(count)));
    const qint64 rssBefore = bench::currentRssKib();
    QByteArray body = sim::generateListResponse(count, 7);
#ifdef __GLIBC__
    // The generator's own garbage (~190 MiB of freed blocks at 100,000 tasks,
    // kept by malloc) is not the console's: give it back before measuring,
    // as if the body had come from the network.
    malloc_trim(0);
#endif
    const double mb = double(body.size()) / (1024.0 * 1024.0);
    table.add(QStringLiteral("list response size"), QStringLiteral("%1 MiB").arg(mb, 0, 'f', 1));

    // Bytes -> parsed tasks -> model rows (what a fetch-all's pages amount to).
    bench::Stopwatch watch;
    auto parsed = parseTaskList(body);
    const double parseSec = watch.elapsedSec();
    if (!parsed.ok()) {
        qWarning("parse failed: %s", qPrintable(parsed.error.message));
        return 1;
    }
    body.clear();
    body.squeeze();
    TaskTableModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setPageSize(50);
    watch.restart();
    model.setTasks(std::move(parsed.value->tasks));
    proxy.flush();
    const double modelSec = watch.elapsedSec();
    const double ingestSec = parseSec + modelSec;
    const bool big = count >= 100'000;
    table.add(QStringLiteral("parse"), QStringLiteral("%1 s, %2 MiB/s, %3 tasks/s")
                                           .arg(parseSec, 0, 'f', 3)
                                           .arg(mb / parseSec, 0, 'f', 0)
                                           .arg(QLocale().toString(qint64(count / parseSec))));
    table.add(QStringLiteral("rows into model + proxy"),
              QStringLiteral("%1 s").arg(modelSec, 0, 'f', 3));
    table.add(QStringLiteral("ingest total"), QStringLiteral("%1 s").arg(ingestSec, 0, 'f', 3),
              big ? QStringLiteral("< 0.6 s") : QString(),
              big ? std::optional<bool>(ingestSec < 0.6) : std::nullopt);

    const qint64 rssLoaded = bench::currentRssKib();
    const double perTask = double(rssLoaded - rssBefore) * 1024.0 / count;
    table.add(QStringLiteral("resident with tasks loaded"), bench::formatMiB(rssLoaded),
              big ? QStringLiteral("< 400 MiB") : QString(),
              big ? std::optional<bool>(rssLoaded < 400 * 1024) : std::nullopt);
    table.add(QStringLiteral("memory per task"), QStringLiteral("%1 bytes").arg(qint64(perTask)));
    table.add(QStringLiteral("store indexes per task"),
              QStringLiteral("%1 bytes").arg(model.store().indexMemoryBytes() / count));
    table.add(QStringLiteral("peak resident"), bench::formatMiB(bench::peakRssKib()));

    // Filter keystrokes: an operator types a camera-ish word, letter by
    // letter, then deletes it.
    const QString typed = QStringLiteral("face-lobby");
    QList<double> keystrokes;
    for (int round = 0; round < 3; ++round) {
        for (int n = 1; n <= typed.size(); ++n) {
            TaskFilter filter;
            filter.text = typed.left(n);
            watch.restart();
            proxy.setFilter(filter);
            keystrokes << watch.elapsedSec() * 1000;
        }
        for (int n = typed.size() - 1; n >= 0; --n) {
            TaskFilter filter;
            filter.text = typed.left(n);
            watch.restart();
            proxy.setFilter(filter);
            keystrokes << watch.elapsedSec() * 1000;
        }
    }
    const double med = median(keystrokes);
    const double p99 = percentile(keystrokes, 0.99);
    table.add(QStringLiteral("filter keystroke median"), ms(med),
              big ? QStringLiteral("< 16 ms") : QString(),
              big ? std::optional<bool>(med < 16) : std::nullopt);
    table.add(QStringLiteral("filter keystroke p99"), ms(p99),
              big ? QStringLiteral("< 50 ms") : QString(),
              big ? std::optional<bool>(p99 < 50) : std::nullopt);

    proxy.setFilter({});
    watch.restart();
    proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);
    const double sortName = watch.elapsedSec() * 1000;
    watch.restart();
    proxy.sort(int(TaskColumn::Name), Qt::DescendingOrder);
    const double sortNameAgain = watch.elapsedSec() * 1000;
    const qsizetype nameCacheBytes = proxy.cacheMemoryBytes();
    watch.restart();
    proxy.sort(int(TaskColumn::CreatedAt), Qt::DescendingOrder);
    const double sortCreated = watch.elapsedSec() * 1000;
    table.add(QStringLiteral("sort by name (locale-aware, first time)"), ms(sortName),
              big ? QStringLiteral("< 300 ms") : QString(),
              big ? std::optional<bool>(sortName < 300) : std::nullopt);
    table.add(QStringLiteral("sort by name, reversed (keys cached)"), ms(sortNameAgain));
    table.add(QStringLiteral("proxy caches per task (name sorted)"),
              QStringLiteral("%1 bytes").arg(nameCacheBytes / count));
    table.add(QStringLiteral("sort by created"), ms(sortCreated),
              big ? QStringLiteral("< 300 ms") : QString(),
              big ? std::optional<bool>(sortCreated < 300) : std::nullopt);

    // The simulator side of a fetch-all: one page of 100 after another from
    // the same query; the first page sorts, the rest reuse the cached order.
    const sim::Dataset dataset =
        sim::Dataset::generate(7, count, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    sim::TaskQuery query;
    query.limit = 100;
    QList<double> pages;
    for (int page = 0; page < 20; ++page) {
        query.offset = 1 + page * 100;
        watch.restart();
        const QByteArray pageBody = dataset.toListResponse(query);
        pages << watch.elapsedSec() * 1000;
        if (pageBody.isEmpty())
            return 1;
    }
    table.add(QStringLiteral("simulator first page (sorts)"), ms(pages.first()));
    table.add(QStringLiteral("simulator next pages, median"), ms(median(pages.mid(1))));
    return table.print() ? 0 : 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1StringView("--tasks"))
            counts << args.at(i + 1).toInt();
    }
    if (counts.isEmpty())
        counts = {10'000, 100'000};
    int status = 0;
    for (int count : counts) {
        const int result = benchOne(count);
        status = (status == 1 || result == 1) ? 1 : std::max(status, result);
    }
    return status;
}
