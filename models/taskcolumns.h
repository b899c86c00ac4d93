// The columns a task list shows and exports: stable keys (settings, viasctl
// --columns), translated titles, and plain-text values shared by the table's
// clipboard copy and the exporters.
#pragma once

#include "models/task.h"
#include "models/tasksource.h"

#include <QList>
#include <QString>

#include <optional>

namespace vias {

enum class TaskColumn : int
{
    Name = 0,
    State,
    Id,
    Cameras,
    EdgePool,
    Output,
    CreatedAt,
    UpdatedAt,
    Creator,
    ServiceVersion,
    Description,
    Warnings,
    Project, // aggregated view: the profile the row came from
    Region,  // aggregated view: that profile's region
    Count_   // sentinel
};

inline constexpr int TaskColumnCount = static_cast<int>(TaskColumn::Count_);

// The columns of one task, in table order (without Project and Region, which
// describe where a row came from and exist only in the aggregated view).
QList<TaskColumn> allTaskColumns();
// Project and Region.
QList<TaskColumn> sourceTaskColumns();
bool isSourceColumn(TaskColumn column);
// Stable machine key: "name", "state", "id", "cameras", "edge_pool_id",
// "output", "created_at", "updated_at", "creator", "service_version",
// "description", "warnings", and "project", "region" for the source columns.
QString taskColumnKey(TaskColumn column);
std::optional<TaskColumn> taskColumnFromKey(QStringView key);
// Translated header title.
QString taskColumnTitle(TaskColumn column);

// Plain text of a cell for export and the clipboard: timestamps as ISO 8601
// UTC ("2024-05-01T08:00:00Z"), state as its code, cameras as "id1, id2",
// warnings as their count. Never contains a secret.
// Project is the task's project_id and Region is empty without a source.
QString taskColumnText(const Task &task, TaskColumn column);
// The same, with the source columns taken from `source` (may be nullptr):
// Project is the profile name, Region the profile's region.
QString taskColumnText(const Task &task, TaskColumn column, const TaskSource *source);

// The typed sort key of a numeric column (times in epoch ms, counts), or
// nullopt for a text column.
std::optional<qint64> taskColumnNumber(const Task &task, TaskColumn column);

// "2024-05-01T08:00:00Z", or empty for kNoTime.
QString isoUtc(qint64 epochMs);

} // namespace vias
