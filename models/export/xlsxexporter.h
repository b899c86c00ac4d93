// XLSX export through libxlsxwriter: one "Tasks" sheet with a bold frozen
// header, an autofilter, real date-times and numbers, and text always written
// as text (never a formula).
#pragma once

#include "models/export/exportoptions.h"
#include "models/task.h"

#include <QIODevice>

namespace vias {

// Excel's serial day number for a UTC instant (days since 1899-12-30).
double excelSerialDate(qint64 epochMs);

// libxlsxwriter writes only to a file name, so the workbook is built in a
// temporary file (constant-memory mode: rows go to disk as they are written)
// and its bytes are then copied to `out`.
ExportResult writeXlsx(const QList<const Task *> &tasks, const ExportOptions &options,
                       QIODevice *out, const ExportProgress &progress);

} // namespace vias
