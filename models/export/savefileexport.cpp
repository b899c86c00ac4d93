// Atomic file export over QSaveFile, plus default file names.
#include "models/export/savefileexport.h"

#include "models/export/taskexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace vias {

ExportResult exportTasksToFile(const QString &path, const QList<const Task *> &tasks,
                               const ExportOptions &options, const ExportProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ExportResult r;
        r.status = ExportResult::Status::Failed;
        const QFileInfo info(path);
        r.message = !info.absoluteDir().exists()
                        ? QCoreApplication::translate(
                              "Export", "Could not create %1: the folder %2 does not exist. "
                                        "Choose an existing folder and export again.")
                              .arg(shown, QDir::toNativeSeparators(info.absolutePath()))
                        : QCoreApplication::translate(
                              "Export", "Could not create %1 (%2). Check that you may write to "
                                        "this folder, or choose another one, and export again.")
                              .arg(shown, file.errorString());
        return r;
    }

    ExportResult result = exportTasks(tasks, options, &file, progress);
    if (!result.ok()) {
        file.cancelWriting();
        file.commit(); // discards the temporary file; the old file stays as it was
        return result;
    }
    if (!file.commit()) {
        result.status = ExportResult::Status::Failed;
        result.message = QCoreApplication::translate(
                             "Export", "Could not save %1 (%2). The disk may be full or the file "
                                       "locked by another program; close it or free some space, "
                                       "then export again.")
                             .arg(shown, file.errorString());
    }
    return result;
}

} // namespace vias
