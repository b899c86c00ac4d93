// Tolerant, lossless parsing of task list and single-task responses.
//
// Only a body that is not JSON, or whose "tasks" is not an array, fails. Any
// problem inside one task becomes a warning on that task; the task still loads
// and keeps its original bytes. The list body is split into per-task byte
// slices by a small scanner, so each task's raw JSON is exactly what the
// server sent and large pages parse in parallel.
#pragma once

#include "models/task.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vias {

struct TaskListPage
{
    qint64 count = -1; // the server's "count"; -1 when absent or unreadable
    QList<Task> tasks;
    QStringList warnings; // page-level problems (count missing, ...), translated
};

struct ParseError
{
    QString message; // translated: what is wrong with the body
    qint64 offset = -1;
};

template<typename T>
struct ParseResult
{
    std::optional<T> value;
    ParseError error;
    bool ok() const { return value.has_value(); }
};

// Parses a list response body {"count": N, "tasks": [...]}. Above
// `parallelThreshold` tasks, the per-task parsing runs on the global thread
// pool; the call still returns only when all are parsed.
ParseResult<TaskListPage> parseTaskList(const QByteArray &body, int parallelThreshold = 256);

// Parses a single-task response body (one task object).
ParseResult<Task> parseTaskBody(const QByteArray &body);

// Parses one task object given as its JSON bytes. Never fails: bytes that are
// not a JSON object give a task with a NotAnObject warning and the raw bytes.
Task parseTask(const QByteArray &taskJson);

// Every key of the task's service_config.common with its value as sent, in
// server order, read from task.rawJson (empty when there is none). About
// 5 microseconds: meant for one task on screen or one exported row at a time.
QList<ConfigEntry> configEntries(const Task &task);

// The task's target_roi with its shapes, read from task.rawJson (Task keeps
// only a RoiSummary); empty for a task without raw JSON or without an ROI.
// `warnings` gets the same ROI warnings the task got when it was loaded.
Roi taskRoi(const Task &task, TaskWarnings *warnings = nullptr);

// The spec's sanity rules for a c-face-edge configuration (Suspicious warnings).
TaskWarnings checkFaceConfig(const Task &task);

} // namespace vias
