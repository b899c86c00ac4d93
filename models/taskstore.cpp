#include "models/taskstore.h"

namespace vias {

void TaskStore::clear()
{
    m_tasks.clear();
    m_searchKeys.clear();
    m_rowById.clear();
}

void TaskStore::reserve(qsizetype count)
{
    m_tasks.reserve(count);
    m_searchKeys.reserve(count);
    m_rowById.reserve(count);
}

TaskStore::UpsertResult TaskStore::upsert(QList<Task> batch)
{
    UpsertResult result;
    result.firstNewRow = m_tasks.size();
    for (Task &task : batch) {
        if (!task.id.isEmpty()) {
            const auto it = m_rowById.constFind(task.id);
            if (it != m_rowById.cend()) {
                const qsizetype row = it.value();
                m_searchKeys[row] = makeSearchKey(task);
                m_tasks[row] = std::move(task);
                result.replacedRows.append(row);
                continue;
            }
            m_rowById.insert(task.id, m_tasks.size());
        }
        m_searchKeys.append(makeSearchKey(task));
        m_tasks.append(std::move(task));
    }
    result.newCount = m_tasks.size() - result.firstNewRow;
    std::sort(result.replacedRows.begin(), result.replacedRows.end());
    result.replacedRows.erase(std::unique(result.replacedRows.begin(), result.replacedRows.end()),
                              result.replacedRows.end());
    return result;
}

QByteArray TaskStore::makeSearchKey(const Task &task)
{
    // Fields separated by a unit separator so a needle cannot match across two.
    QString key;
    key.reserve(task.name.size() + task.id.size() + task.description.size() +
                task.creator.size() + task.edgePoolId.size() + 48 * task.input.sources.size() + 8);
    const QChar sep(0x1f);
    key += task.name + sep + task.id + sep + task.description + sep + task.creator + sep +
           task.edgePoolId;
    for (const InputSource &source : task.input.sources)
        key += sep + source.displayId();
    return key.toCaseFolded().toUtf8();
}

} // namespace vias
