#include "models/taskfilter.h"

#include "models/tasksearchindex.h"

namespace vias {

bool TaskFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && stateCodes.isEmpty() && createdFromMs == kNoTime &&
           createdToMs == kNoTime && edgePoolId.isEmpty() && inputTypeCode.isEmpty() &&
           serviceVersion.isEmpty() && !onlyWithWarnings && source < 0;
}

TaskFilterMatcher::TaskFilterMatcher(const TaskFilter &filter)
    : m_filter(filter)
{
    const QStringList words =
        filter.text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_words.append(word.toUtf8());
    m_hasFieldConditions = filter.createdFromMs != kNoTime || filter.createdToMs != kNoTime ||
                           !filter.edgePoolId.isEmpty() || !filter.inputTypeCode.isEmpty() ||
                           !filter.serviceVersion.isEmpty() || filter.onlyWithWarnings;
}

bool TaskFilterMatcher::matchesState(const Task &task) const
{
    return matchesStateCode(task.stateCode);
}

bool TaskFilterMatcher::matchesStateCode(const QString &code) const
{
    return m_filter.stateCodes.isEmpty() || m_filter.stateCodes.contains(code);
}

bool TaskFilterMatcher::matchesIgnoringState(const Task &task, QByteArrayView searchKey) const
{
    return matchesFields(task) && TaskSearchIndex::containsAll(searchKey, m_words);
}

bool TaskFilterMatcher::matchesFields(const Task &task) const
{
    if (m_filter.createdFromMs != kNoTime &&
        (task.createdAtMs == kNoTime || task.createdAtMs < m_filter.createdFromMs))
        return false;
    if (m_filter.createdToMs != kNoTime &&
        (task.createdAtMs == kNoTime || task.createdAtMs > m_filter.createdToMs))
        return false;
    if (!m_filter.edgePoolId.isEmpty() && task.edgePoolId != m_filter.edgePoolId)
        return false;
    if (!m_filter.inputTypeCode.isEmpty() && task.input.typeCode != m_filter.inputTypeCode)
        return false;
    if (!m_filter.serviceVersion.isEmpty() && task.serviceVersion != m_filter.serviceVersion)
        return false;
    if (m_filter.onlyWithWarnings && task.warnings.isEmpty())
        return false;
    return true;
}

bool TaskFilterMatcher::matches(const Task &task, QByteArrayView searchKey) const
{
    return matchesState(task) && matchesIgnoringState(task, searchKey);
}

} // namespace vias
