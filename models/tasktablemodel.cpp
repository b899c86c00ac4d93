#include "models/tasktablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace vias {

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TaskColumnCount;
}

const Task *TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < m_store.size() ? &m_store.at(row) : nullptr;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_store.at(index.row());
    const auto column = static_cast<TaskColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, column, sourceAt(index.row()));
    case Qt::ToolTipRole:
        return toolTipData(task, column, sourceAt(index.row()));
    case Qt::TextAlignmentRole:
        if (column == TaskColumn::Warnings || column == TaskColumn::Cameras)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case SortRole:
        if (isSourceColumn(column))
            return sortText(index.row(), column);
        return sortData(task, column);
    case TaskIdRole:
        return task.id;
    case StateRole:
        return int(task.state);
    case StateCodeRole:
        return task.stateCode;
    case UnhealthyRole:
        return isUnhealthyState(task.state);
    case WarningCountRole:
        return int(task.warnings.size());
    case DataWarningRole:
        return task.hasDataWarnings();
    case SourceRole:
        return m_store.sourceOf(index.row());
    case RowKeyRole:
        return TaskStore::rowKey(m_store.sourceOf(index.row()), task.id);
    default:
        return {};
    }
}

const TaskSource *TaskTableModel::sourceAt(int row) const
{
    if (m_sources.isEmpty() || row < 0 || row >= m_store.size())
        return nullptr;
    const int source = m_store.sourceOf(row);
    return source >= 0 && source < m_sources.size() ? &m_sources.at(source) : nullptr;
}

QString TaskTableModel::sortText(int row, TaskColumn column) const
{
    const Task &task = m_store.at(row);
    return column == TaskColumn::State ? task.stateDisplay()
                                       : taskColumnText(task, column, sourceAt(row));
}

void TaskTableModel::setSources(const QList<TaskSource> &sources)
{
    if (sources == m_sources)
        return;
    m_sources = sources;
    if (!m_store.isEmpty())
        emit dataChanged(index(0, int(TaskColumn::Project)),
                         index(rowCount() - 1, int(TaskColumn::Region)));
}

QVariant TaskTableModel::displayData(const Task &task, TaskColumn column,
                                     const TaskSource *source) const
{
    switch (column) {
    case TaskColumn::State:
        return task.stateDisplay();
    case TaskColumn::Cameras: {
        const qsizetype n = task.input.sources.size();
        if (n == 0)
            return QString();
        const QString first = task.input.sources.first().displayId();
        return n == 1 ? first : tr("%1 (+%2)").arg(first).arg(n - 1);
    }
    case TaskColumn::CreatedAt:
        return localTimeText(task.createdAtMs);
    case TaskColumn::UpdatedAt:
        return localTimeText(task.updatedAtMs);
    case TaskColumn::Warnings:
        return task.warnings.isEmpty() ? QVariant() : QVariant(int(task.warnings.size()));
    case TaskColumn::Description:
        return task.description.simplified();
    default:
        return taskColumnText(task, column, source);
    }
}

QVariant TaskTableModel::toolTipData(const Task &task, TaskColumn column,
                                     const TaskSource *origin) const
{
    switch (column) {
    case TaskColumn::Project:
    case TaskColumn::Region:
        if (!origin)
            return {};
        return tr("Profile: %1\nProject ID: %2\nRegion: %3")
            .arg(origin->name, origin->projectId,
                 origin->region.isEmpty() ? tr("(custom endpoint)") : origin->region);
    case TaskColumn::State:
        return tr("%1 (%2): %3")
            .arg(task.stateDisplay(), task.stateCode, taskStateMeaning(task.state));
    case TaskColumn::CreatedAt:
    case TaskColumn::UpdatedAt: {
        const qint64 ms = column == TaskColumn::CreatedAt ? task.createdAtMs : task.updatedAtMs;
        if (ms == kNoTime)
            return tr("Unknown time");
        return tr("%1\n%2 UTC\n%3")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat),
                 isoUtc(ms).chopped(1).replace(QLatin1Char('T'), QLatin1Char(' ')),
                 relativeTime(ms, m_clock()));
    }
    case TaskColumn::Cameras: {
        QStringList ids;
        for (const InputSource &source : task.input.sources)
            ids << source.displayId();
        return ids.join(QLatin1Char('\n'));
    }
    case TaskColumn::Warnings: {
        QStringList lines;
        for (const TaskWarning &w : task.warnings)
            lines << w.text();
        return lines.join(QLatin1Char('\n'));
    }
    case TaskColumn::Description:
        return task.description;
    default:
        return {};
    }
}

QVariant TaskTableModel::sortData(const Task &task, TaskColumn column) const
{
    if (const std::optional<qint64> number = taskColumnNumber(task, column))
        return *number;
    return column == TaskColumn::State ? task.stateDisplay() : taskColumnText(task, column);
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= TaskColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return taskColumnTitle(static_cast<TaskColumn>(section));
    if (role == Qt::UserRole)
        return taskColumnKey(static_cast<TaskColumn>(section));
    return {};
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(TaskIdRole, "taskId");
    names.insert(StateRole, "state");
    names.insert(StateCodeRole, "stateCode");
    names.insert(UnhealthyRole, "unhealthy");
    names.insert(WarningCountRole, "warningCount");
    names.insert(DataWarningRole, "dataWarning");
    names.insert(SourceRole, "source");
    names.insert(RowKeyRole, "rowKey");
    return names;
}

void TaskTableModel::setTasks(QList<Task> tasks)
{
    beginResetModel();
    m_store.clear();
    m_store.reserve(tasks.size());
    m_store.upsert(std::move(tasks));
    endResetModel();
}

void TaskTableModel::replaceSourceTasks(int source, QList<Task> tasks)
{
    beginResetModel();
    m_store.removeSource(source);
    m_store.reserve(m_store.size() + tasks.size());
    m_store.upsert(std::move(tasks), source);
    endResetModel();
}

void TaskTableModel::upsertTasks(QList<Task> batch, int source)
{
    if (batch.isEmpty())
        return;
    // Count the new rows first so beginInsertRows precedes the change.
    qsizetype newRows = 0;
    QSet<QString> seen;
    for (const Task &task : std::as_const(batch)) {
        if (task.id.isEmpty() || (m_store.rowOf(source, task.id) < 0 && !seen.contains(task.id)))
            ++newRows;
        if (!task.id.isEmpty())
            seen.insert(task.id);
    }
    const int first = int(m_store.size());
    if (newRows > 0)
        beginInsertRows({}, first, first + int(newRows) - 1);
    const TaskStore::UpsertResult result = m_store.upsert(std::move(batch), source);
    if (newRows > 0)
        endInsertRows();
    // One dataChanged per run of consecutive replaced rows.
    const QList<qsizetype> &rows = result.replacedRows;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(int(rows.at(i)), 0), index(int(rows.at(j)), TaskColumnCount - 1));
        i = j + 1;
    }
}

void TaskTableModel::clear()
{
    if (m_store.isEmpty())
        return;
    beginResetModel();
    m_store.clear();
    endResetModel();
}

void TaskTableModel::reserve(qsizetype rows)
{
    m_store.reserve(rows);
}

void TaskTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QString TaskTableModel::relativeTime(qint64 thenMs, qint64 nowMs)
{
    const qint64 delta = (nowMs - thenMs) / 1000;
    const qint64 span = std::abs(delta);
    QString amount;
    if (span < 60)
        return tr("just now");
    if (span < 3600)
        amount = tr("%n min", nullptr, int(span / 60));
    else if (span < 86400)
        amount = tr("%n h", nullptr, int(span / 3600));
    else if (span < 86400 * 60)
        amount = tr("%n day(s)", nullptr, int(span / 86400));
    else if (span < 86400 * 730)
        amount = tr("%n month(s)", nullptr, int(span / (86400 * 30)));
    else
        amount = tr("%n year(s)", nullptr, int(span / (86400 * 365)));
    return delta >= 0 ? tr("%1 ago").arg(amount) : tr("in %1").arg(amount);
}

QString TaskTableModel::localTimeText(qint64 epochMs)
{
    if (epochMs == kNoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace vias
