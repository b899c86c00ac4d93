// Dispatch to the format writers, after checking the options and the device.
#include "models/export/taskexporter.h"

#include "models/export/csvexporter.h"
#include "models/export/exportsink.h"
#include "models/export/jsonexporter.h"
#include "models/export/xlsxexporter.h"

#include <QCoreApplication>

namespace vias {

ExportResult exportTasks(const QList<const Task *> &tasks, const ExportOptions &options,
                         QIODevice *out, const ExportProgress &progress)
{
    if (!out || !out->isOpen() || !out->isWritable())
        return exportDeviceNotWritableResult();
    switch (options.format) {
    case ExportFormat::Csv:
        if (options.csvDelimiter != ',' && options.csvDelimiter != ';' &&
            options.csvDelimiter != '\t') {
            ExportResult r;
            r.status = ExportResult::Status::Failed;
            r.message = QCoreApplication::translate(
                "Export", "The CSV delimiter must be a comma, a semicolon or a tab. Choose one of "
                          "these and export again.");
            return r;
        }
        return writeCsv(tasks, options, out, progress);
    case ExportFormat::Xlsx:
        return writeXlsx(tasks, options, out, progress);
    case ExportFormat::Json:
        return writeJson(tasks, options, out, progress);
    case ExportFormat::JsonLines:
        return writeJsonLines(tasks, options, out, progress);
    }
    return exportDeviceNotWritableResult();
}

ExportResult exportTasks(const QList<Task> &tasks, const ExportOptions &options, QIODevice *out,
                         const ExportProgress &progress)
{
    QList<const Task *> pointers;
    pointers.reserve(tasks.size());
    for (const Task &task : tasks)
        pointers.append(&task);
    return exportTasks(pointers, options, out, progress);
}

} // namespace vias
