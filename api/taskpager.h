// Fetch all: the first page tells `count`, the remaining pages follow with
// bounded concurrency, parsed off the GUI thread, delivered in batches,
// deduplicated by id, with a consistency report (count drift, duplicates,
// missing rows, an offset that behaves like a page number) and a safety cap.
#pragma once

#include "api/apierror.h"
#include "api/taskquery.h"
#include "models/task.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace vias::api {

class ApiClient;

struct FetchOptions
{
    int pageSize = 100;       // 1..100
    int concurrency = 6;      // pages in flight at once
    qint64 maxTasks = 200000; // safety cap: stop (and say so) after this many unique tasks

    friend bool operator==(const FetchOptions &, const FetchOptions &) = default;
};

// What a fetch-all ended with. `error` is None for a complete or capped run.
struct FetchSummary
{
    ApiError error;            // first fatal error (the run stops), or None
    qint64 firstCount = -1;    // "count" of the first page (summed over states)
    qint64 lastCount = -1;     // "count" of the last page seen (summed over states)
    bool countChanged = false; // count differed between pages: tasks created/deleted meanwhile
    qint64 rowsReceived = 0;   // rows in all pages, duplicates included
    qint64 uniqueTasks = 0;    // tasks delivered (each id once)
    qint64 duplicateRows = 0;  // rows whose id was already delivered
    qint64 missingRows = 0;    // max(0, lastCount - uniqueTasks) when complete
    bool offsetLooksLikePageNumber = false; // pages overlapped as if offset counted pages
    bool capReached = false;                // stopped at FetchOptions::maxTasks
    int pagesFetched = 0;
    int retries = 0; // sum of retries over all pages
    qint64 elapsedMs = 0;
    QStringList notes; // translated, one line per finding above

    // True when nothing above suggests the list is incomplete or inexact.
    bool isConsistent() const;
    // Translated multi-line text of the findings (empty when consistent).
    QString report() const;
};

class TaskPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskPager)
public:
    ~TaskPager() override;

    const TaskQuery &query() const { return m_query; }
    const FetchOptions &options() const { return m_options; }
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

    // Aborts every reply in flight and drops parsing in progress. After
    // cancel() returns, this pager emits nothing more (not even finished).
    // Safe to call at any time, also from a slot of its own signals.
    void cancel();

Q_SIGNALS:
    void started();
    // New unique tasks, in page order within a page (each id once per run).
    void batchReady(const QList<vias::Task> &tasks);
    void progress(int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal);
    // Exactly once, unless cancelled. The pager deletes itself later; copy what you need.
    void finished(const vias::api::FetchSummary &summary);

private:
    friend class ApiClient;
    TaskPager(ApiClient *client, TaskQuery query, FetchOptions options);
    void start();
    // Internal mode for multi-state server paging: fetch only the pages that
    // cover the first `records` rows of each state, without a cap finding.
    void setPrefixRecords(qint64 records);
    void pump();
    struct Job
    {
        int stream = 0;
        int page = 0;
        bool speculative = false; // queued before the stream's count was known
    };
    void onPageParsed(const Job &job, const QList<vias::Task> &tasks, qint64 count);
    // Delivers the stream's held pages that are next in page order; false
    // when the run stopped meanwhile (cancelled, finished).
    bool deliverReady(int stream);
    bool deliver(int page, const QList<vias::Task> &tasks, qint64 count);
    void queuePages(int stream, qint64 endPage);
    // A speculative page that the count now places after the last task.
    bool isPastEnd(const Job &job) const;
    void resolveDeferred();
    void fail(const ApiError &error);
    void finishRun(const ApiError &error);
    void abortAll();     // network and parsing (cancel, cap)
    void abortNetwork(); // requests only (a failure: received pages still delivered)

    struct Private;
    std::unique_ptr<Private> d;
    TaskQuery m_query;
    FetchOptions m_options;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace vias::api

Q_DECLARE_METATYPE(vias::api::FetchSummary)
