// The loaded tasks, held by value, with an O(1) id-to-row index and a
// precomputed search key per row (case-folded UTF-8 of the fields the free-text
// filter looks at), so filtering 100,000 rows is a memory scan. In the
// aggregated view each row also carries a source index (which project it came
// from); ids are unique per source, so the index is keyed by (source, id).
#pragma once

#include "models/task.h"

#include <QByteArray>
#include <QHash>
#include <QList>

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

    qsizetype size() const { return m_tasks.size(); }
    bool isEmpty() const { return m_tasks.isEmpty(); }
    const Task &at(qsizetype row) const { return m_tasks.at(row); }
    const QList<Task> &tasks() const { return m_tasks; }
    QByteArrayView searchKey(qsizetype row) const { return m_searchKeys.at(row); }
    // Row of the task with this id (source 0), or -1.
    qsizetype rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    // Row of the task with this id from `source`, or -1.
    qsizetype rowOf(int source, const QString &id) const;
    // The source index of a row (0 unless several projects are loaded).
    int sourceOf(qsizetype row) const { return m_sources.at(row); }

    void clear();
    void reserve(qsizetype count);
    // Adds tasks of `source`; a task whose id is already present for that
    // source replaces that row ((source, id) stays unique). Tasks without an
    // id are always appended.
    UpsertResult upsert(QList<Task> batch, int source = 0);
    // Drops every row of `source`; the other rows keep their order.
    void removeSource(int source);

    // The id index key: the id for source 0, "<source>\x1f<id>" otherwise
    // (also the table model's RowKeyRole).
    static QString rowKey(int source, const QString &id);

    // The case-folded text the free-text filter searches for one task.
    static QByteArray makeSearchKey(const Task &task);

private:
    QList<Task> m_tasks;
    QList<QByteArray> m_searchKeys;
    QList<int> m_sources;                // per row
    QHash<QString, qsizetype> m_rowById; // keyed by rowKey()
};

} // namespace vias
