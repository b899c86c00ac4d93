#include "models/taskfilter.h"

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
    const QStringList words = filter.text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_words.append(word.toUtf8());
}

bool TaskFilterMatcher::matchesState(const Task &task) const
{
    return m_filter.stateCodes.isEmpty() || m_filter.stateCodes.contains(task.stateCode);
}

bool TaskFilterMatcher::matchesIgnoringState(const Task &task, QByteArrayView searchKey) const
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
    for (const QByteArray &word : m_words) {
        if (searchKey.indexOf(word) < 0)
            return false;
    }
    return true;
}

bool TaskFilterMatcher::matches(const Task &task, QByteArrayView searchKey) const
{
    return matchesState(task) && matchesIgnoringState(task, searchKey);
}

} // namespace vias
