// The one entry point for exporting tasks: picks the writer for the format.
// Runs on any thread (it only reads the tasks), so the GUI can call it from a
// worker and viasctl from main.
#pragma once

#include "models/export/exportoptions.h"
#include "models/task.h"

#include <QIODevice>
#include <QList>

namespace vias {

// Writes `tasks`, in the given order, to `out` (already open for writing).
// `progress` may be empty. On cancel or failure, `out` may hold a partial
// export: write through exportTasksToFile() (savefileexport.h) to keep files
// whole.
ExportResult exportTasks(const QList<const Task *> &tasks, const ExportOptions &options,
                         QIODevice *out, const ExportProgress &progress = {});

// Convenience for callers holding the tasks themselves.
ExportResult exportTasks(const QList<Task> &tasks, const ExportOptions &options, QIODevice *out,
                         const ExportProgress &progress = {});

} // namespace vias
