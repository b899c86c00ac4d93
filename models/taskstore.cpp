#include "models/taskstore.h"

namespace vias {

void TaskStore::clear()
{
    m_head.clear();
    m_chunks.clear();
    m_size = 0;
    m_search.clear();
    m_rowById.clear();
    m_sources.clear();
    m_stateNumbers.clear();
    m_stateCodes.clear();
}

void TaskStore::reserve(qsizetype count)
{
    m_search.reserve(count);
    m_rowById.reserve(count);
    m_sources.reserve(count);
    m_stateNumbers.reserve(count);
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
    QList<Task> kept;
    QList<int> keptSources;
    kept.reserve(m_size);
    keptSources.reserve(m_size);
    for (qsizetype row = 0; row < m_size; ++row) {
        if (m_sources.at(row) == source)
            continue;
        kept.append(std::move(taskAt(row)));
        keptSources.append(m_sources.at(row));
    }
    clear();
    // (source, id) pairs were unique before, so the kept rows index cleanly.
    for (qsizetype row = 0; row < kept.size(); ++row) {
        const QString &id = kept.at(row).id;
        if (!id.isEmpty())
            m_rowById.insert(rowKey(keptSources.at(row), id), row);
        m_stateNumbers.append(stateNumberOf(kept.at(row).stateCode));
    }
    m_search.appendAll(kept);
    m_sources = std::move(keptSources);
    m_head = std::move(kept);
    m_size = m_head.size();
}

quint16 TaskStore::stateNumberOf(const QString &code)
{
    // A handful of codes: a linear scan beats hashing, and a shared string
    // (the parser interns known codes) usually matches on the first compare.
    for (qsizetype i = 0; i < m_stateCodes.size(); ++i) {
        if (m_stateCodes.at(i) == code)
            return quint16(i);
    }
    // Beyond 65,535 distinct codes (a broken server) the last number is shared
    // by all later codes, which only blurs their counts.
    if (m_stateCodes.size() >= 0xffff)
        return quint16(m_stateCodes.size() - 1);
    m_stateCodes.append(code);
    return quint16(m_stateCodes.size() - 1);
}

Task &TaskStore::taskAt(qsizetype row)
{
    if (row < m_head.size())
        return m_head[row];
    row -= m_head.size();
    return m_chunks[row / kChunkRows][row % kChunkRows];
}

void TaskStore::appendTask(Task &&task)
{
    if (m_chunks.isEmpty() || m_chunks.constLast().size() >= kChunkRows) {
        m_chunks.append(QList<Task>());
        m_chunks.last().reserve(kChunkRows);
    }
    m_chunks.last().append(std::move(task));
    ++m_size;
}

bool TaskStore::adopt(QList<Task> &batch, int source)
{
    // Indexes first: a batch with a repeated id needs the general path.
    m_rowById.reserve(batch.size());
    for (qsizetype row = 0; row < batch.size(); ++row) {
        const QString &id = batch.at(row).id;
        if (id.isEmpty())
            continue;
        const QString key = rowKey(source, id);
        if (m_rowById.contains(key)) {
            m_rowById.clear();
            return false;
        }
        m_rowById.insert(key, row);
    }
    m_sources.fill(source, batch.size());
    m_search.appendAll(batch);
    m_stateNumbers.reserve(batch.size());
    for (const Task &task : std::as_const(batch))
        m_stateNumbers.append(stateNumberOf(task.stateCode));
    m_head = std::move(batch);
    m_size = m_head.size();
    return true;
}

TaskStore::UpsertResult TaskStore::upsert(QList<Task> batch, int source)
{
    UpsertResult result;
    result.firstNewRow = m_size;
    if (m_size == 0 && adopt(batch, source)) {
        result.newCount = m_size;
        return result;
    }
    for (Task &task : batch) {
        if (!task.id.isEmpty()) {
            const QString key = rowKey(source, task.id);
            const auto it = m_rowById.constFind(key);
            if (it != m_rowById.cend()) {
                const qsizetype row = it.value();
                m_search.replace(row, task);
                m_stateNumbers[row] = stateNumberOf(task.stateCode);
                taskAt(row) = std::move(task);
                result.replacedRows.append(row);
                continue;
            }
            m_rowById.insert(key, m_size);
        }
        m_sources.append(source);
        m_search.append(task);
        m_stateNumbers.append(stateNumberOf(task.stateCode));
        appendTask(std::move(task));
    }
    result.newCount = m_size - result.firstNewRow;
    std::sort(result.replacedRows.begin(), result.replacedRows.end());
    result.replacedRows.erase(std::unique(result.replacedRows.begin(), result.replacedRows.end()),
                              result.replacedRows.end());
    return result;
}

qsizetype TaskStore::indexMemoryBytes() const
{
    // A QHash node holds the key and the value; spans add about 1/8 of a slot
    // per bucket. The id strings themselves are shared with the tasks.
    const qsizetype hashBytes =
        m_rowById.capacity() * qsizetype(sizeof(QString) + sizeof(qsizetype) + 2);
    return m_search.memoryBytes() + hashBytes +
           m_stateNumbers.capacity() * qsizetype(sizeof(quint16)) +
           m_sources.capacity() * qsizetype(sizeof(int));
}

QByteArray TaskStore::makeSearchKey(const Task &task)
{
    return TaskSearchIndex::makeKey(task);
}

} // namespace vias
