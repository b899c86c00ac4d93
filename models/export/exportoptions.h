// What an export writes (format, CSV preset, columns, secrets) and how it
// ended, shared by every exporter, the GUI's export dialog and viasctl.
#pragma once

#include "models/taskcolumns.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace vias {

enum class ExportFormat : quint8
{
    Csv,
    Xlsx,
    Json,      // {"count": N, "tasks": [...]} with each task as the server sent it
    JsonLines, // one compact task object per line
};

enum class CsvPreset : quint8
{
    Excel, // UTF-8 with BOM (so Excel detects the encoding), CRLF
    Plain, // RFC 4180: UTF-8 without BOM, CRLF
};

enum class ColumnSet : quint8
{
    Visible,   // the table's columns given in ExportOptions::columns, in that order
    AllFields, // every field of the task flattened into columns
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    CsvPreset csvPreset = CsvPreset::Excel;
    char csvDelimiter = ','; // ',' ';' or '\t'; Excel in comma-decimal locales wants ';'
    ColumnSet columnSet = ColumnSet::Visible;
    QList<TaskColumn> columns;   // Visible: shown columns in view order; empty means all
    bool includeSecrets = false; // webhook header values, VCN credentials: "***" unless set
    // Aggregated view: where each task came from, parallel to the exported
    // tasks (same order). Empty for one project. Fills the Project and Region
    // columns; an AllFields export then starts with "profile" and "region".
    QList<TaskSource> taskSources;
};

struct ExportResult
{
    enum class Status : quint8
    {
        Ok,
        Cancelled,
        Failed
    };

    Status status = Status::Ok;
    QString message;           // translated; what happened and what to do (empty when Ok)
    qint64 rowsWritten = 0;    // tasks written before the end (all of them when Ok)
    qint64 truncatedCells = 0; // XLSX cells cut to Excel's 32,767-character limit

    bool ok() const { return status == Status::Ok; }
    bool cancelled() const { return status == Status::Cancelled; }
};

// Called with the number of tasks written so far (every few hundred tasks and
// once at the end); returning false cancels the export.
using ExportProgress = std::function<bool(qint64 done)>;

// "csv", "xlsx", "json", "jsonl".
QString exportFileExtension(ExportFormat format);
// "csv", "xlsx", "json", "jsonl" (case-insensitive); std::nullopt otherwise.
std::optional<ExportFormat> exportFormatFromName(QStringView name);

// vias-<service>-tasks-<region>-<yyyyMMdd-HHmmss>.<ext>, or without
// "-<region>" when region is empty. `when` is used as given (pass local time
// for a file name the user recognises). Characters that are unsafe in file
// names on any desktop OS become '_'.
QString defaultExportFileName(const QString &service, ExportFormat format, const QDateTime &when,
                              const QString &region = {});

// Excel's hard limits, checked before anything is written.
inline constexpr qint64 kXlsxMaxRows = 1'048'576; // including the header row
inline constexpr int kXlsxMaxColumns = 16'384;
inline constexpr int kXlsxMaxCellChars = 32'767;

// The text that replaces a secret value in exports.
inline constexpr char kMaskedSecret[] = "***";

} // namespace vias
