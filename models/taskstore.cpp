#include "models/taskstore.h"

namespace vias {

void TaskStore::clear()
{
    m_tasks.clear();
    m_searchKeys.clear();
    m_sources.clear();
    m_rowById.clear();
}

void TaskStore::reserve(qsizetype count)
{
    m_tasks.reserve(count);
    m_searchKeys.reserve(count);
    m_sources.reserve(count);
    m_rowById.reserve(count);
}

QString TaskStore::rowKey(int source, const QString &id)
{
    if (source == 0)
        return id;
    return QString::number(source) + QChar(0x1f) + id;
}

qsizetype TaskStore::rowOf(int source, const QString &id) const
{
    return m_rowById.value(rowKey(source, id), -1);
}

void TaskStore::removeSource(int source)
{
    qsizetype kept = 0;
    for (qsizetype row = 0; row < m_tasks.size(); ++row) {
        if (m_sources.at(row) == source)
            continue;
        if (kept != row) {
            m_tasks[kept] = std::move(m_tasks[row]);
            m_searchKeys[kept] = std::move(m_searchKeys[row]);
            m_sources[kept] = m_sources.at(row);
        }
        ++kept;
    }
    m_tasks.resize(kept);
    m_searchKeys.resize(kept);
    m_sources.resize(kept);
    m_rowById.clear();
    for (qsizetype row = 0; row < kept; ++row) {
        if (!m_tasks.at(row).id.isEmpty())
            m_rowById.insert(rowKey(m_sources.at(row), m_tasks.at(row).id), row);
    }
}

TaskStore::UpsertResult TaskStore::upsert(QList<Task> batch, int source)
{
    UpsertResult result;
    result.firstNewRow = m_tasks.size();
    for (Task &task : batch) {
        if (!task.id.isEmpty()) {
            const QString key = rowKey(source, task.id);
            const auto it = m_rowById.constFind(key);
            if (it != m_rowById.cend()) {
                const qsizetype row = it.value();
                m_searchKeys[row] = makeSearchKey(task);
                m_tasks[row] = std::move(task);
                result.replacedRows.append(row);
                continue;
            }
            m_rowById.insert(key, m_tasks.size());
        }
        m_searchKeys.append(makeSearchKey(task));
        m_sources.append(source);
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
