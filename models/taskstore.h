// The loaded tasks, held by value, with an O(1) id-to-row index, the
// free-text search index (TaskSearchIndex: one contiguous case-folded buffer)
// and a small state number per row, so filtering and counting 100,000 rows
// touch compact arrays instead of the tasks themselves.
//
// Storage: the first batch into an empty store is adopted as is (no task is
// moved), later rows go into chunks of kChunkRows, so appending never
// relocates the tasks already loaded (a Task is large; moving 100,000 of them
// when one list outgrows its capacity stalls the GUI). Copies share the data.
//
// In the aggregated view each row also carries a source index (which project
// it came from); ids are unique per source, so the id index is keyed by
// (source, id).
#pragma once

#include "models/task.h"
#include "models/tasksearchindex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <iterator>

namespace vias {

class TaskStore final
{
public:
    struct UpsertResult
    {
        qsizetype firstNewRow = 0; // rows [firstNewRow, size()) are new
        qsizetype newCount = 0;
        QList<qsizetype> replacedRows; // existing rows updated in place, ascending
    };

    static constexpr qsizetype kChunkRows = 1024;

    // Iterates the tasks in row order.
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Task;
        using difference_type = qsizetype;
        using pointer = const Task *;
        using reference = const Task &;

        const_iterator() = default;
        const_iterator(const TaskStore *store, qsizetype row)
            : m_store(store)
            , m_row(row)
        {}
        const Task &operator*() const { return m_store->at(m_row); }
        const Task *operator->() const { return &m_store->at(m_row); }
        const_iterator &operator++()
        {
            ++m_row;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_row;
            return before;
        }
        friend bool operator==(const const_iterator &, const const_iterator &) = default;

    private:
        const TaskStore *m_store = nullptr;
        qsizetype m_row = 0;
    };

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const Task &at(qsizetype row) const
    {
        Q_ASSERT(row >= 0 && row < m_size);
        if (row < m_head.size())
            return m_head.at(row);
        row -= m_head.size();
        return m_chunks.at(row / kChunkRows).at(row % kChunkRows);
    }
    // All tasks in row order, as a range (for loops, std algorithms).
    const TaskStore &tasks() const { return *this; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    QByteArrayView searchKey(qsizetype row) const { return m_search.key(row); }
    const TaskSearchIndex &searchIndex() const { return m_search; }
    // Row of the task with this id, or -1.
    qsizetype rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // A small number per distinct state code (as sent), in order of first
    // appearance: stateCodeTable().at(stateNumber(row)) == at(row).stateCode.
    quint16 stateNumber(qsizetype row) const { return m_stateNumbers.at(row); }
    const QList<quint16> &stateNumbers() const { return m_stateNumbers; }
    const QStringList &stateCodeTable() const { return m_stateCodes; }

    void clear();
    void reserve(qsizetype count);
    // Adds tasks; a task whose id is already present replaces that row (ids
    // stay unique). Tasks without an id are always appended.
    // Adds tasks of `source`; a task whose id is already present for that
    // source replaces that row ((source, id) stays unique). Tasks without an
    // id are always appended.
    UpsertResult upsert(QList<Task> batch, int source = 0);
    // Drops every row of `source`; the other rows keep their order.
    void removeSource(int source);

    // Row of the task with this id from `source`, or -1.
    qsizetype rowOf(int source, const QString &id) const;
    // The source index of a row (0 unless several projects are loaded).
    int sourceOf(qsizetype row) const { return m_sources.at(row); }
    // The id index key: the id for source 0, "<source>\x1f<id>" otherwise
    // (also the table model's RowKeyRole).
    static QString rowKey(int source, const QString &id);

    // Bytes of the per-row structures besides the tasks (search index, id
    // index, state numbers), for the benchmarks.
    qsizetype indexMemoryBytes() const;

    // The case-folded text the free-text filter searches for one task.
    static QByteArray makeSearchKey(const Task &task);

private:
    quint16 stateNumberOf(const QString &code);
    Task &taskAt(qsizetype row);
    void appendTask(Task &&task);
    bool adopt(QList<Task> &batch, int source);

    QList<Task> m_head;          // rows [0, m_head.size())
    QList<QList<Task>> m_chunks; // the rows after, kChunkRows per chunk
    qsizetype m_size = 0;
    TaskSearchIndex m_search;
    QHash<QString, qsizetype> m_rowById; // keyed by rowKey()
    QList<int> m_sources;                // per row
    QList<quint16> m_stateNumbers;
    QStringList m_stateCodes;
};

} // namespace vias
