#include "models/taskcolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace vias {
namespace {

struct ColumnInfo
{
    TaskColumn column;
    const char *key;
    const char *title;
};

constexpr ColumnInfo kColumns[] = {
    {TaskColumn::Name, "name", QT_TRANSLATE_NOOP("TaskColumn", "Name")},
    {TaskColumn::State, "state", QT_TRANSLATE_NOOP("TaskColumn", "State")},
    {TaskColumn::Id, "id", QT_TRANSLATE_NOOP("TaskColumn", "ID")},
    {TaskColumn::Cameras, "cameras", QT_TRANSLATE_NOOP("TaskColumn", "Cameras")},
    {TaskColumn::EdgePool, "edge_pool_id", QT_TRANSLATE_NOOP("TaskColumn", "Edge pool")},
    {TaskColumn::Output, "output", QT_TRANSLATE_NOOP("TaskColumn", "Output")},
    {TaskColumn::CreatedAt, "created_at", QT_TRANSLATE_NOOP("TaskColumn", "Created")},
    {TaskColumn::UpdatedAt, "updated_at", QT_TRANSLATE_NOOP("TaskColumn", "Updated")},
    {TaskColumn::Creator, "creator", QT_TRANSLATE_NOOP("TaskColumn", "Creator")},
    {TaskColumn::ServiceVersion, "service_version", QT_TRANSLATE_NOOP("TaskColumn", "Version")},
    {TaskColumn::Description, "description", QT_TRANSLATE_NOOP("TaskColumn", "Description")},
    {TaskColumn::Warnings, "warnings", QT_TRANSLATE_NOOP("TaskColumn", "Warnings")},
    {TaskColumn::Project, "project", QT_TRANSLATE_NOOP("TaskColumn", "Project")},
    {TaskColumn::Region, "region", QT_TRANSLATE_NOOP("TaskColumn", "Region")},
};
static_assert(std::size(kColumns) == TaskColumnCount);

} // namespace

QList<TaskColumn> allTaskColumns()
{
    QList<TaskColumn> columns;
    for (const auto &info : kColumns) {
        if (!isSourceColumn(info.column))
            columns.append(info.column);
    }
    return columns;
}

QList<TaskColumn> sourceTaskColumns()
{
    return {TaskColumn::Project, TaskColumn::Region};
}

bool isSourceColumn(TaskColumn column)
{
    return column == TaskColumn::Project || column == TaskColumn::Region;
}

QString taskColumnKey(TaskColumn column)
{
    return QString::fromLatin1(kColumns[static_cast<int>(column)].key);
}

std::optional<TaskColumn> taskColumnFromKey(QStringView key)
{
    for (const auto &info : kColumns) {
        if (key.compare(QLatin1StringView(info.key), Qt::CaseInsensitive) == 0)
            return info.column;
    }
    return std::nullopt;
}

QString taskColumnTitle(TaskColumn column)
{
    return QCoreApplication::translate("TaskColumn", kColumns[static_cast<int>(column)].title);
}

QString isoUtc(qint64 epochMs)
{
    if (epochMs == kNoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

std::optional<qint64> taskColumnNumber(const Task &task, TaskColumn column)
{
    switch (column) {
    case TaskColumn::CreatedAt:
        return task.createdAtMs;
    case TaskColumn::UpdatedAt:
        return task.updatedAtMs;
    case TaskColumn::Cameras:
        return task.input.sources.size();
    case TaskColumn::Warnings:
        return task.warnings.size();
    default:
        return std::nullopt;
    }
}

QString taskColumnText(const Task &task, TaskColumn column)
{
    switch (column) {
    case TaskColumn::Name:
        return task.name;
    case TaskColumn::State:
        return task.stateCode;
    case TaskColumn::Id:
        return task.id;
    case TaskColumn::Cameras: {
        QStringList ids;
        ids.reserve(task.input.sources.size());
        for (const InputSource &source : task.input.sources)
            ids << source.displayId();
        return ids.join(QStringLiteral(", "));
    }
    case TaskColumn::EdgePool:
        return task.edgePoolId;
    case TaskColumn::Output:
        return task.output.summary();
    case TaskColumn::CreatedAt:
        return isoUtc(task.createdAtMs);
    case TaskColumn::UpdatedAt:
        return isoUtc(task.updatedAtMs);
    case TaskColumn::Creator:
        return task.creator;
    case TaskColumn::ServiceVersion:
        return task.serviceVersion;
    case TaskColumn::Description:
        return task.description;
    case TaskColumn::Warnings:
        return QString::number(task.warnings.size());
    case TaskColumn::Project:
        return task.projectId;
    case TaskColumn::Region:
    case TaskColumn::Count_:
        break;
    }
    return {};
}

QString taskColumnText(const Task &task, TaskColumn column, const TaskSource *source)
{
    if (source && column == TaskColumn::Project)
        return source->name;
    if (source && column == TaskColumn::Region)
        return source->region;
    return taskColumnText(task, column);
}

} // namespace vias
