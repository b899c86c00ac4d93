// Output of viasctl (see output.h).
#include "app/viasctl/output.h"

#include "app/viasctl/cliio.h"
#include "app/viasctl/exitcodes.h"
#include "app/viasctl/texttable.h"
#include "models/export/exportlayout.h"
#include "models/export/jsonexporter.h"
#include "models/export/savefileexport.h"
#include "models/export/taskexporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace vias::cli {

namespace {

QList<const Task *> pointers(const QList<Task> &tasks)
{
    QList<const Task *> out;
    out.reserve(tasks.size());
    for (const Task &t : tasks)
        out << &t;
    return out;
}

QByteArray tableBytes(const QList<const Task *> &tasks, const ExportOptions &options)
{
    const ExportLayout layout(tasks, options);
    QList<QStringList> rows;
    rows.reserve(tasks.size());
    QList<ExportCell> cells;
    for (const Task *task : tasks) {
        layout.fillRow(*task, &cells);
        QStringList row;
        row.reserve(cells.size());
        for (const ExportCell &cell : std::as_const(cells))
            row << cell.toText();
        rows << row;
    }
    return renderTable(layout.headers(), rows).toUtf8();
}

} // namespace

QString writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return QCoreApplication::translate("viasctl", "Could not write to standard output: %1.")
                .arg(out.errorString());
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate(
                   "viasctl",
                   "Could not write %1: %2. Check that the folder exists and is writable.")
            .arg(path, reason);
    }
    return {};
}

int writeTaskList(const ListOptions &options, const QList<Task> &tasks)
{
    const QList<const Task *> list = pointers(tasks);
    if (options.output == OutputKind::Table) {
        const QString error = writeOutput(options.file, tableBytes(list, options.exportOptions));
        if (!error.isEmpty()) {
            printError(error);
            return ExitOutput;
        }
        return ExitOk;
    }
    ExportResult result;
    if (!options.file.isEmpty()) {
        result = exportTasksToFile(options.file, list, options.exportOptions);
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printError(
                QCoreApplication::translate("viasctl", "Could not write to standard output: %1.")
                    .arg(out.errorString()));
            return ExitOutput;
        }
        result = exportTasks(list, options.exportOptions, &out);
        if (result.ok() && !out.flush())
            result = {ExportResult::Status::Failed, out.errorString(), 0, 0};
    }
    if (!result.ok()) {
        printError(result.message);
        return ExitOutput;
    }
    if (result.truncatedCells > 0)
        printWarning(QCoreApplication::translate(
            "viasctl", "%n cell(s) were cut to Excel's limit of 32,767 characters.", nullptr,
            int(result.truncatedCells)));
    return ExitOk;
}

int writeSingleTask(const GetOptions &options, const Task &task)
{
    QByteArray bytes;
    if (options.output == OutputKind::Table) {
        ExportOptions e;
        e.columnSet = ColumnSet::AllFields;
        e.includeSecrets = options.connection.showSecrets;
        const QList<const Task *> list{&task};
        const ExportLayout layout(list, e);
        QList<ExportCell> cells;
        layout.fillRow(task, &cells);
        QList<QStringList> rows;
        for (qsizetype i = 0; i < cells.size() && i < layout.headers().size(); ++i)
            rows << QStringList{layout.headers().at(i), cells.at(i).toText()};
        bytes = renderTable({QCoreApplication::translate("viasctl", "field"),
                             QCoreApplication::translate("viasctl", "value")},
                            rows)
                    .toUtf8();
    } else {
        std::optional<QByteArray> masked;
        if (!options.connection.showSecrets)
            masked = maskedTaskJson(task);
        bytes = masked ? *masked : task.rawJson;
        bytes += '\n';
    }
    const QString error = writeOutput({}, bytes);
    if (!error.isEmpty()) {
        printError(error);
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace vias::cli
