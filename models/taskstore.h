// The loaded tasks, held by value, with an O(1) id-to-row index and a
// precomputed search key per row (case-folded UTF-8 of the fields the free-text
// filter looks at), so filtering 100,000 rows is a memory scan.
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
    // Row of the task with this id, or -1.
    qsizetype rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    void clear();
    void reserve(qsizetype count);
    // Adds tasks; a task whose id is already present replaces that row (ids
    // stay unique). Tasks without an id are always appended.
    UpsertResult upsert(QList<Task> batch);

    // The case-folded text the free-text filter searches for one task.
    static QByteArray makeSearchKey(const Task &task);

private:
    QList<Task> m_tasks;
    QList<QByteArray> m_searchKeys;
    QHash<QString, qsizetype> m_rowById;
};

} // namespace vias
