// Writing viasctl's results: to stdout (raw bytes, no text codec) or
// atomically to --file, the table rendering of tasks, and the exporters.
#pragma once

#include "app/viasctl/options.h"
#include "models/task.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vias::cli {

// Writes `bytes` to `path` atomically (QSaveFile), or to stdout when `path`
// is empty. Returns an empty string or a translated error.
QString writeOutput(const QString &path, const QByteArray &bytes);

// The list result in the chosen format. Returns ExitOk or ExitOutput (and
// prints the message).
int writeTaskList(const ListOptions &options, const QList<Task> &tasks);

// One task: its JSON (secrets masked unless showSecrets) or a field/value table.
int writeSingleTask(const GetOptions &options, const Task &task);

} // namespace vias::cli
