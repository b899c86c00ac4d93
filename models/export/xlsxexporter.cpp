// XLSX writer on top of libxlsxwriter's C API.
#include "models/export/xlsxexporter.h"

#include "models/export/exportlayout.h"
#include "models/export/exportsink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <algorithm>
#include <memory>
#include <xlsxwriter.h>

namespace vias {
namespace {

constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;
constexpr double kDateWidth = 20;
constexpr qsizetype kWidthSampleRows = 2000; // widths settle long before this

struct WorkbookDeleter
{
    void operator()(lxw_workbook *wb) const { lxw_workbook_free(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookDeleter>;

ExportResult failed(const QString &message, qint64 rows = 0)
{
    ExportResult r;
    r.status = ExportResult::Status::Failed;
    r.message = message;
    r.rowsWritten = rows;
    return r;
}

ExportResult libraryError(lxw_error error, qint64 rows)
{
    return failed(QCoreApplication::translate(
                      "Export", "The spreadsheet could not be written (libxlsxwriter: %1). The "
                                "temporary folder may be full or not writable; free some space, "
                                "or export as CSV instead.")
                      .arg(QString::fromUtf8(lxw_strerror(error))),
                  rows);
}

// Display width in Excel character units: CJK and other wide characters
// take two.
double textWidth(QStringView text)
{
    double width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            break; // only the first line shows in an unwrapped cell
        width += (u >= 0x1100 &&
                  (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                   (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
                   (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
                     ? 2
                     : 1;
        if (width >= kMaxWidth)
            break;
    }
    return width;
}

// Cuts text to Excel's cell limit without splitting a surrogate pair.
QString cellText(const QString &text, qint64 *truncated)
{
    if (text.size() <= kXlsxMaxCellChars)
        return text;
    ++*truncated;
    qsizetype n = kXlsxMaxCellChars;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

} // namespace

double excelSerialDate(qint64 epochMs)
{
    return double(epochMs) / 86'400'000.0 + 25'569.0;
}

ExportResult writeXlsx(const QList<const Task *> &tasks, const ExportOptions &options,
                       QIODevice *out, const ExportProgress &progress)
{
    const ExportLayout layout(tasks, options);
    if (tasks.size() + 1 > kXlsxMaxRows) {
        return failed(QCoreApplication::translate(
                          "Export", "An Excel sheet holds at most %1 tasks, but this export has "
                                    "%2. Filter the list to fewer tasks, or export as CSV or "
                                    "JSON, which have no row limit.")
                          .arg(kXlsxMaxRows - 1)
                          .arg(tasks.size()));
    }
    if (layout.columnCount() > kXlsxMaxColumns) {
        return failed(QCoreApplication::translate(
                          "Export", "An Excel sheet holds at most %1 columns, but these tasks "
                                    "flatten to %2. Export the visible columns only, or export "
                                    "as CSV or JSON.")
                          .arg(kXlsxMaxColumns)
                          .arg(layout.columnCount()));
    }

    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/vias-export-XXXXXX.xlsx"));
    if (!file.open()) {
        return failed(QCoreApplication::translate(
                          "Export", "Could not create a temporary file for the spreadsheet (%1). "
                                    "Check that the temporary folder %2 exists and has free "
                                    "space, then export again.")
                          .arg(file.errorString(), QDir::toNativeSeparators(QDir::tempPath())));
    }
    file.close(); // the name stays reserved until `file` is destroyed
    const QByteArray path = QFile::encodeName(file.fileName());
    QByteArray tmpDir = QFile::encodeName(QDir::tempPath());

    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_TRUE; // rows are flushed as written
    workbookOptions.tmpdir = tmpDir.data();
    workbookOptions.use_zip64 = tasks.size() > 200'000 ? LXW_TRUE : LXW_FALSE;
    WorkbookPtr workbook(workbook_new_opt(path.constData(), &workbookOptions));
    if (!workbook)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED, 0);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), "Tasks");
    lxw_format *bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(workbook.get());
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");
    if (!sheet || !bold || !dateFormat)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED, 0);

    const int columns = layout.columnCount();
    QList<double> widths(columns, kMinWidth);
    for (int c = 0; c < columns; ++c) {
        widths[c] = std::clamp(textWidth(layout.headers().at(c)) + 2, widths[c], kMaxWidth);
        if (layout.isDateTimeColumn(c))
            widths[c] = std::max(widths[c], kDateWidth);
    }

    qint64 truncated = 0;
    lxw_error error = LXW_NO_ERROR;
    for (int c = 0; c < columns && error == LXW_NO_ERROR; ++c) {
        const QByteArray utf8 = cellText(layout.headers().at(c), &truncated).toUtf8();
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), utf8.constData(), bold);
    }
    if (error != LXW_NO_ERROR)
        return libraryError(error, 0);

    QList<ExportCell> row;
    qint64 done = 0;
    for (const Task *task : tasks) {
        layout.fillRow(*task, &row, done);
        const auto r = lxw_row_t(done + 1);
        for (int c = 0; c < columns && error == LXW_NO_ERROR; ++c) {
            const ExportCell &cell = row.at(c);
            switch (cell.type) {
            case ExportCell::Type::Empty:
                break;
            case ExportCell::Type::Text: {
                const QString text = cellText(cell.text, &truncated);
                if (done < kWidthSampleRows && widths[c] < kMaxWidth)
                    widths[c] = std::min(std::max(widths[c], textWidth(text) + 1), kMaxWidth);
                const QByteArray utf8 = text.toUtf8();
                error = worksheet_write_string(sheet, r, lxw_col_t(c), utf8.constData(), nullptr);
                break;
            }
            case ExportCell::Type::Number:
                if (done < kWidthSampleRows)
                    widths[c] =
                        std::max(widths[c], double(exportNumberText(cell.number).size()) + 1);
                error = worksheet_write_number(sheet, r, lxw_col_t(c), cell.number, nullptr);
                break;
            case ExportCell::Type::DateTime:
                error = worksheet_write_number(sheet, r, lxw_col_t(c),
                                               excelSerialDate(cell.epochMs), dateFormat);
                break;
            }
        }
        if (error != LXW_NO_ERROR)
            return libraryError(error, done);
        ++done;
        if (!exportProgressStep(progress, done))
            return exportCancelledResult(done);
    }

    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths[c], kMaxWidth),
                             nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(done), lxw_col_t(std::max(columns - 1, 0)));

    error = workbook_close(workbook.release()); // frees the workbook in every case
    if (error != LXW_NO_ERROR)
        return libraryError(error, done);

    if (!file.open()) {
        return failed(QCoreApplication::translate(
                          "Export", "The finished spreadsheet could not be read back from the "
                                    "temporary folder (%1). Check the folder's permissions and "
                                    "export again.")
                          .arg(file.errorString()),
                      done);
    }
    ExportSink sink(out);
    while (!file.atEnd()) {
        const QByteArray block = file.read(1024 * 1024);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return exportWriteFailedResult(file.errorString(), done);
        sink.write(block);
        if (sink.failed())
            return exportWriteFailedResult(sink.errorString(), done);
    }
    ExportResult result = finishExport(sink, progress, done);
    result.truncatedCells = truncated;
    return result;
}

} // namespace vias
