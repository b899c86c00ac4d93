// TaskPager: bounded-concurrency fetch of every page, off-thread parsing,
// deduplication by id, and the consistency report.
//
// The first wave does not wait for the first page's count: it requests as
// many pages as may be in flight at once (speculatively), so a short list is
// not one serial round trip longer than it needs to be. A speculative page
// that turns out to lie past the end of the list is dropped unseen; one that
// fails is requested again normally once the count says it is needed.
#include "api/taskpager.h"

#include "api/apiclient.h"
#include "api/httpcall.h"
#include "models/taskparser.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace vias::api {
namespace {

qint64 pagesFor(qint64 rows, int pageSize)
{
    return rows <= 0 ? 0 : (rows + pageSize - 1) / pageSize;
}

} // namespace

struct TaskPager::Private
{
    struct Stream
    {
        QString state;
        qint64 firstCount = -1;
        qint64 lastCount = -1;
        qint64 plannedPages = 1; // pages known to exist (grows when count grows)
        qint64 queuedPages = 0;  // pages [0, queuedPages) were queued or requested
        int nextDelivery = 0;    // pages are delivered in page order: the next one
        QMap<int, std::pair<QList<Task>, qint64>> held; // parsed early: tasks, count
        bool firstDone = false;
        bool offsetLimitHit = false;
    };
    using Job = TaskPager::Job;

    QPointer<ApiClient> client;
    QList<Stream> streams;
    QList<Job> queue;
    QList<Job> deferred; // failed speculative pages, waiting for the count
    QHash<HttpCall *, Job> calls;
    QList<QPointer<QObject>> watchers;
    QSet<QString> seen;
    FetchSummary summary;
    QElapsedTimer elapsed;
    qint64 prefixRecords = 0;
    ApiError fatal; // first failure: no new requests, pages already received still delivered
    int parsing = 0;
    int pagesDone = 0;
    int emptyPagesWithinCount = 0;
    int allDuplicatePages = 0;
    bool firstPageFull = false;

    qint64 pageLimitFor(const FetchOptions &o) const
    {
        const qint64 rows = prefixRecords > 0 ? prefixRecords : o.maxTasks;
        return qMax<qint64>(1, pagesFor(rows, o.pageSize));
    }
    int pagesTotal() const
    {
        qint64 total = 0;
        for (const Stream &s : streams)
            total += s.plannedPages;
        return int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    }
    qint64 countSum(bool first) const
    {
        qint64 sum = 0;
        bool any = false;
        for (const Stream &s : streams) {
            const qint64 c = first ? s.firstCount : s.lastCount;
            if (c >= 0) {
                sum += c;
                any = true;
            }
        }
        return any ? sum : -1;
    }
};

bool FetchSummary::isConsistent() const
{
    return !error.isError() && !countChanged && duplicateRows == 0 && missingRows == 0 &&
           !offsetLooksLikePageNumber && !capReached;
}

QString FetchSummary::report() const
{
    return notes.join(QLatin1Char('\n'));
}

TaskPager::TaskPager(ApiClient *client, TaskQuery query, FetchOptions options)
    : QObject(client)
    , d(std::make_unique<Private>())
    , m_query(std::move(query))
    , m_options(options)
{
    d->client = client;
    QStringList states;
    for (const QString &s : std::as_const(m_query.states)) {
        if (!states.contains(s))
            states.append(s);
    }
    if (states.isEmpty())
        states.append(QString());
    for (const QString &s : std::as_const(states)) {
        Private::Stream stream;
        stream.state = s;
        d->streams.append(stream);
    }
}

TaskPager::~TaskPager()
{
    abortAll();
}

bool TaskPager::isRunning() const
{
    return !m_finished && !m_cancelled;
}

void TaskPager::setPrefixRecords(qint64 records)
{
    d->prefixRecords = records;
}

void TaskPager::start()
{
    if (m_cancelled || m_finished)
        return;
    d->elapsed.start();
    ApiError error = validateQuery(m_query, false);
    if (!error.isError() && (m_options.pageSize < kMinLimit || m_options.pageSize > kMaxLimit)) {
        TaskQuery probe = m_query;
        probe.limit = m_options.pageSize;
        error = validateQuery(probe, true);
    }
    if (!error.isError() && m_options.concurrency < 1)
        error =
            ApiError::validation(tr("The number of parallel page requests must be at least 1."));
    if (error.isError()) {
        finishRun(error);
        return;
    }
    Q_EMIT started();
    if (m_cancelled)
        return;
    for (int i = 0; i < d->streams.size(); ++i) {
        d->queue.append({i, 0, false});
        d->streams[i].queuedPages = 1;
    }
    // Fill the first wave with the next pages of each stream in turn.
    const qint64 pageLimit = d->pageLimitFor(m_options);
    bool added = true;
    while (added && d->queue.size() < m_options.concurrency) {
        added = false;
        for (int i = 0; i < d->streams.size() && d->queue.size() < m_options.concurrency; ++i) {
            Private::Stream &stream = d->streams[i];
            const qint64 offset = 1 + stream.queuedPages * m_options.pageSize;
            if (stream.queuedPages >= pageLimit || offset > kMaxOffset)
                continue;
            d->queue.append({i, int(stream.queuedPages), true});
            ++stream.queuedPages;
            added = true;
        }
    }
    pump();
}

void TaskPager::queuePages(int streamIndex, qint64 endPage)
{
    Private::Stream &stream = d->streams[streamIndex];
    for (qint64 p = stream.queuedPages; p < endPage; ++p)
        d->queue.append({streamIndex, int(p), false});
    stream.queuedPages = qMax(stream.queuedPages, endPage);
}

bool TaskPager::isPastEnd(const Job &job) const
{
    const Private::Stream &stream = d->streams.at(job.stream);
    const qint64 offset = 1 + qint64(job.page) * m_options.pageSize;
    return job.speculative && stream.firstDone && stream.lastCount >= 0 &&
           offset > stream.lastCount;
}

void TaskPager::resolveDeferred()
{
    // Failed speculative pages: needed again only when the count covers them.
    for (qsizetype i = 0; i < d->deferred.size();) {
        const Job job = d->deferred.at(i);
        const Private::Stream &stream = d->streams.at(job.stream);
        if (!stream.firstDone) {
            ++i;
            continue;
        }
        d->deferred.removeAt(i);
        if (!isPastEnd(job) && job.page < stream.plannedPages)
            d->queue.append({job.stream, job.page, false});
    }
}

void TaskPager::pump()
{
    while (!m_cancelled && !m_finished && !d->fatal.isError() && d->client &&
           d->calls.size() < m_options.concurrency && !d->queue.isEmpty()) {
        const Job job = d->queue.takeFirst();
        Private::Stream &stream = d->streams[job.stream];
        const qint64 offset = 1 + qint64(job.page) * m_options.pageSize;
        if (offset > kMaxOffset) {
            stream.offsetLimitHit = true;
            continue;
        }
        const QByteArray query =
            encodeQuery(buildUrlQuery(m_query, stream.state, int(offset), m_options.pageSize));
        HttpCall *call = d->client->startGet(QStringLiteral("tasks"), query, this);
        d->calls.insert(call, job);
        connect(call, &HttpCall::done, this, [this, call](const HttpResponse &response) {
            const Job done = d->calls.take(call);
            call->deleteLater();
            d->summary.retries += response.retries;
            if (response.error.isError() && done.speculative && !isPastEnd(done)) {
                // Maybe a server that refuses offsets past the end: decide
                // once the count is known (resolveDeferred).
                d->deferred.append(done);
                resolveDeferred();
                pump();
                return;
            }
            if (response.error.isError()) {
                if (!done.speculative)
                    fail(response.error);
                else
                    pump(); // a page past the end: not part of the list
                return;
            }
            // Parse on the thread pool; the GUI thread only merges ready rows.
            auto *watcher = new QFutureWatcher<ParseResult<TaskListPage>>(this);
            d->watchers.append(watcher);
            ++d->parsing;
            connect(watcher, &QFutureWatcher<ParseResult<TaskListPage>>::finished, this,
                    [this, watcher, done, body = response.body] {
                        --d->parsing;
                        d->watchers.removeAll(watcher);
                        watcher->deleteLater();
                        const ParseResult<TaskListPage> parsed = watcher->result();
                        if (!parsed.ok()) {
                            fail(ApiError::parse(parsed.error.message, body));
                            return;
                        }
                        onPageParsed(done, parsed.value->tasks, parsed.value->count);
                    });
            const QByteArray body = response.body;
            watcher->setFuture(QtConcurrent::run([body] { return parseTaskList(body); }));
            pump();
        });
        call->start();
    }
    if (!m_cancelled && !m_finished && d->calls.isEmpty() &&
        (d->queue.isEmpty() || d->fatal.isError()) && d->parsing == 0)
        finishRun(d->fatal);
}

void TaskPager::onPageParsed(const Job &job, const QList<Task> &tasks, qint64 count)
{
    if (m_cancelled || m_finished)
        return;
    const int streamIndex = job.stream;
    const int page = job.page;
    Private::Stream &stream = d->streams[streamIndex];
    const qint64 pageLimit = d->pageLimitFor(m_options);
    if (count >= 0) {
        if (!stream.firstDone) {
            stream.firstCount = count;
        } else if (stream.lastCount >= 0 && count != stream.lastCount) {
            d->summary.countChanged = true;
        }
        if (stream.firstDone && stream.firstCount >= 0 && count != stream.firstCount)
            d->summary.countChanged = true;
        stream.lastCount = count;
    }
    if (!stream.firstDone) {
        stream.firstDone = true;
        // One allocation for the id index instead of rehashes (stalls) while it grows.
        if (count > 0)
            d->seen.reserve(qsizetype(qMin<qint64>(d->seen.size() + count, m_options.maxTasks)));
        // Without a count, keep going page by page until a short page.
        const qint64 pages = count >= 0
                                 ? pagesFor(count, m_options.pageSize)
                                 : (tasks.size() >= m_options.pageSize ? page + 2 : page + 1);
        stream.plannedPages = qMax<qint64>(1, qMin(pages, pageLimit));
        queuePages(streamIndex, stream.plannedPages);
    } else if (count >= 0) {
        // Tasks created meanwhile: the list grew, fetch the new tail too.
        const qint64 pages = qMin(pagesFor(count, m_options.pageSize), pageLimit);
        queuePages(streamIndex, pages);
        stream.plannedPages = qMax(stream.plannedPages, pages);
    } else if (tasks.size() >= m_options.pageSize && page + 1 >= stream.plannedPages &&
               page + 1 < pageLimit) {
        queuePages(streamIndex, page + 2);
        stream.plannedPages = page + 2;
    }
    if (page == 0)
        d->firstPageFull = tasks.size() >= m_options.pageSize;
    resolveDeferred();
    if (isPastEnd(job)) {
        // A speculative page past the end of the list: not part of it (a
        // server that ignores offset would repeat rows here).
        pump();
        return;
    }
    // Delivered in page order, so the rows keep the server's order (and the
    // first page's rows come first) whatever order the replies come in.
    stream.held.insert(page, {tasks, count});
    if (!deliverReady(streamIndex))
        return;
    pump();
}

bool TaskPager::deliverReady(int streamIndex)
{
    for (;;) {
        Private::Stream &stream = d->streams[streamIndex];
        const auto it = stream.held.constFind(stream.nextDelivery);
        if (it == stream.held.cend())
            return true;
        const auto [tasks, count] = it.value();
        const int page = stream.nextDelivery;
        stream.held.erase(it);
        ++stream.nextDelivery;
        if (!deliver(page, tasks, count))
            return false;
    }
}

bool TaskPager::deliver(int page, const QList<Task> &tasks, qint64 count)
{
    ++d->summary.pagesFetched;

    // Merge: each id once. The common case (every row new) hands the
    // parsed list on as is: a Task is large, copying 100 per page shows.
    const qint64 cap =
        d->prefixRecords > 0 ? std::numeric_limits<qint64>::max() : m_options.maxTasks;
    QList<bool> keep(tasks.size(), true);
    qint64 duplicatesHere = 0;
    qint64 kept = 0;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &task = tasks.at(i);
        ++d->summary.rowsReceived;
        if (!task.id.isEmpty() && d->seen.contains(task.id)) {
            ++d->summary.duplicateRows;
            ++duplicatesHere;
            keep[i] = false;
            continue;
        }
        if (d->summary.uniqueTasks >= cap) {
            d->summary.capReached = true;
            for (qsizetype j = i; j < tasks.size(); ++j)
                keep[j] = false;
            break;
        }
        if (!task.id.isEmpty())
            d->seen.insert(task.id);
        ++d->summary.uniqueTasks;
        ++kept;
    }
    QList<Task> batch;
    if (kept == tasks.size()) {
        batch = tasks;
    } else if (kept > 0) {
        batch.reserve(kept);
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            if (keep.at(i))
                batch.append(tasks.at(i));
        }
    }
    // A page made only of rows already seen is what a server produces when
    // it reads offset as a page number (or when it ignores offset).
    if (page > 0 && !tasks.isEmpty() && duplicatesHere == tasks.size())
        ++d->allDuplicatePages;
    const qint64 offset = 1 + qint64(page) * m_options.pageSize;
    if (page > 0 && tasks.isEmpty() && count >= 0 && offset <= count)
        ++d->emptyPagesWithinCount;
    ++d->pagesDone;

    if (!batch.isEmpty()) {
        Q_EMIT batchReady(batch);
        if (m_cancelled || m_finished)
            return false;
    }
    Q_EMIT progress(d->pagesDone, d->pagesTotal(), d->summary.uniqueTasks, d->countSum(false));
    if (m_cancelled || m_finished)
        return false;
    bool morePages = !d->queue.isEmpty() || !d->calls.isEmpty();
    for (const Private::Stream &s : std::as_const(d->streams))
        morePages = morePages || !s.held.isEmpty();
    if (d->summary.capReached ||
        (d->summary.uniqueTasks >= cap && d->prefixRecords == 0 && morePages)) {
        d->summary.capReached = true;
        abortAll();
        finishRun(d->fatal);
        return false;
    }
    return true;
}

void TaskPager::fail(const ApiError &error)
{
    if (m_cancelled || m_finished)
        return;
    if (!d->fatal.isError())
        d->fatal = error;
    abortNetwork();
    // Pages already downloaded are still parsed and delivered; then finish.
    if (d->parsing == 0)
        finishRun(d->fatal);
}

void TaskPager::abortAll()
{
    abortNetwork();
    const auto watchers = std::exchange(d->watchers, {});
    for (const QPointer<QObject> &w : watchers) {
        if (w) {
            w->disconnect(this);
            w->deleteLater();
        }
    }
    d->parsing = 0;
}

void TaskPager::abortNetwork()
{
    d->queue.clear();
    const auto calls = d->calls.keys();
    d->calls.clear();
    for (HttpCall *call : calls) {
        call->abort();
        call->deleteLater();
    }
}

void TaskPager::finishRun(const ApiError &error)
{
    if (m_cancelled || m_finished)
        return;
    if (!d->summary.capReached) {
        // A failure leaves later pages waiting for an earlier one that will
        // not come: those received are still delivered, in order.
        for (int i = 0; i < d->streams.size(); ++i) {
            while (!d->streams.at(i).held.isEmpty()) {
                Private::Stream &stream = d->streams[i];
                stream.nextDelivery = stream.held.firstKey();
                if (!deliverReady(i) || m_cancelled || m_finished)
                    return;
            }
        }
    }
    m_finished = true;
    FetchSummary &s = d->summary;
    s.error = error;
    s.firstCount = d->countSum(true);
    s.lastCount = d->countSum(false);
    s.elapsedMs = d->elapsed.isValid() ? d->elapsed.elapsed() : 0;
    bool offsetLimit = false;
    for (const auto &stream : std::as_const(d->streams))
        offsetLimit = offsetLimit || stream.offsetLimitHit;
    if (!error.isError() && !s.capReached && d->prefixRecords == 0 && s.lastCount >= 0)
        s.missingRows = qMax<qint64>(0, s.lastCount - s.uniqueTasks);
    if (d->allDuplicatePages > 0 || (d->emptyPagesWithinCount > 0 && !s.countChanged &&
                                     d->firstPageFull && s.duplicateRows == 0))
        s.offsetLooksLikePageNumber = true;

    if (s.countChanged)
        s.notes.append(tr("The number of matching tasks changed during loading (from %1 to %2): "
                          "tasks were created or deleted meanwhile. Reload for an exact list.")
                           .arg(s.firstCount)
                           .arg(s.lastCount));
    if (s.duplicateRows > 0)
        s.notes.append(tr("%n row(s) repeated a task already loaded; each task is shown once.",
                          nullptr, int(qMin<qint64>(s.duplicateRows, INT_MAX))));
    if (s.missingRows > 0)
        s.notes.append(tr("%n task(s) counted by the server were not received; the list may be "
                          "incomplete.",
                          nullptr, int(qMin<qint64>(s.missingRows, INT_MAX))));
    if (s.offsetLooksLikePageNumber)
        s.notes.append(tr("The server seems to treat \"offset\" as a page number rather than a "
                          "record position (pages overlap or come back empty). The list is "
                          "probably incomplete; report this server behaviour."));
    if (offsetLimit)
        s.notes.append(tr("The API cannot page past record %1, so later tasks were not loaded. "
                          "Narrow the filters (for example by state or creation time).")
                           .arg(kMaxOffset));
    if (s.capReached)
        s.notes.append(tr("Loading stopped at the safety limit of %1 tasks (the server counts "
                          "%2). Narrow the filters, or raise the limit in the settings.")
                           .arg(m_options.maxTasks)
                           .arg(s.lastCount));
    Q_EMIT finished(s);
    deleteLater();
}

void TaskPager::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    abortAll();
    if (!m_finished)
        deleteLater();
}

} // namespace vias::api
