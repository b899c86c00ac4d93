// Exporting straight to a file, atomically: the file appears (or replaces the
// old one) only when the whole export succeeded. A cancelled or failed export
// leaves no partial file and the previous file untouched.
#pragma once

#include "models/export/exportoptions.h"
#include "models/task.h"

#include <QList>
#include <QString>

namespace vias {

// Writes through QSaveFile (a temporary file beside `path`, renamed over it on
// success; cancelWriting() otherwise).
ExportResult exportTasksToFile(const QString &path, const QList<const Task *> &tasks,
                               const ExportOptions &options, const ExportProgress &progress = {});

} // namespace vias
