// The simulator's task population for one service: records with the fields
// the API filters and sorts on, plus each task's compact JSON exactly as it
// is served. Pure value type (no QObject, no network), unit-testable.
#pragma once

#include "simulator/taskquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace vias::sim {

struct TaskRecord
{
    QString id;
    QString name;
    QString state;
    QString serviceVersion;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QByteArray json; // the task object, compact UTF-8 JSON, served as-is
};

// What the generator needs besides (seed, count, referenceTime).
struct GeneratorOptions
{
    quint32 seed = 1;
    int count = 1000;
    QDateTime referenceTime; // "now" of the data set; invalid = current time
    QString projectId = QStringLiteral("0605f8aa21b24fd6a8e5d91f3e70a001");
    QString service = QStringLiteral("c-face-edge");
    int oddityOneIn = 500; // about one task in N carries a tolerated oddity; 0 = none
};

class Dataset final
{
public:
    Dataset() = default;

    // Deterministic: the same options give byte-identical tasks.
    static Dataset generate(const GeneratorOptions &options);
    static Dataset generate(quint32 seed, int count, const QDateTime &referenceTime);
    // Takes the tasks of a list response ({"count":..,"tasks":[...]}) as they
    // are. Returns nullopt and sets *error when the bytes are not such a body.
    static std::optional<Dataset> fromListResponse(const QByteArray &body,
                                                   QString *error = nullptr);

    int size() const { return int(m_tasks.size()); }
    const QList<TaskRecord> &tasks() const { return m_tasks; }
    const TaskRecord *find(const QString &id) const;

    // Indexes into tasks() that pass the query's filters, in the query's
    // order (ties broken by id ascending so paging is stable). No paging.
    QList<int> select(const TaskQuery &query) const;
    // The 200 body for the query: count after filters, the requested page.
    QByteArray toListResponse(const TaskQuery &query) const;
    // Every task, default order (created_at:DESC).
    QByteArray toListResponse() const;

    // Mutations used by churn and by tests.
    void add(TaskRecord record); // replaces a task with the same id
    bool remove(const QString &id);
    bool setState(const QString &id, const QString &state, const QDateTime &when);

    // Applies `events` random changes (about half creations, a quarter
    // deletions, a quarter state changes) with timestamps at `now`.
    // Creations use generator options remembered from generate().
    void churn(int events, quint32 seed, const QDateTime &now);

    // A record's filter/sort fields read back from its JSON (for tasks that
    // came from a file or from tests).
    static TaskRecord recordFromJson(const QByteArray &compactJson);

private:
    // The filtered and sorted order of the last few queries (paging excluded):
    // a fetch-all asks the same query page after page, and sorting 100,000
    // records per page dominated it. Cleared on every mutation. Copies of a
    // Dataset start with an empty cache; the mutex keeps const select()
    // thread-safe.
    class SelectCache
    {
    public:
        SelectCache() = default;
        SelectCache(const SelectCache &) {}
        SelectCache &operator=(const SelectCache &)
        {
            clear();
            return *this;
        }
        bool find(const QByteArray &key, QList<int> *rows) const;
        void insert(const QByteArray &key, const QList<int> &rows);
        void clear();

    private:
        mutable QMutex m_mutex;
        QList<QPair<QByteArray, QList<int>>> m_entries; // most recent first
    };

    QList<int> selectUncached(const TaskQuery &query) const;
    void reindex();

    mutable SelectCache m_selectCache;
    QList<TaskRecord> m_tasks;
    QHash<QString, int> m_index;
    GeneratorOptions m_generatorOptions;
    int m_generatedSerial = 0; // next serial for churn-created tasks
};

// The list response of a freshly generated data set of `count` tasks, for
// benchmarks and parser tests (reference time 2026-01-01T00:00:00Z).
QByteArray generateListResponse(int count, quint32 seed);

} // namespace vias::sim
