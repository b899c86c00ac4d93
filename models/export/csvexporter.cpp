// CSV writer: one row is built, encoded and buffered at a time, so memory does
// not grow with the number of rows.
#include "models/export/csvexporter.h"

#include "models/export/exportsink.h"

namespace vias {
namespace {

// Appends one field to `line`, guarded and quoted as needed, without
// building temporary strings (this runs for every cell of every row).
void appendField(const ExportCell &cell, char delimiter, QString *line)
{
    if (cell.type != ExportCell::Type::Text) {
        // Numbers and ISO dates never hold the delimiter ("1e+20", "2024-05-01T08:00:00Z").
        *line += cell.toText();
        return;
    }
    const QString &text = cell.text;
    const bool guard = isFormulaLike(text);
    bool needsQuotes = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\r' || u == u'\n' || u == char16_t(delimiter)) {
            needsQuotes = true;
            break;
        }
    }
    if (needsQuotes)
        *line += QLatin1Char('"');
    if (guard)
        *line += QLatin1Char('\'');
    if (!needsQuotes) {
        *line += text;
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"')) {
            line->append(QStringView(text).mid(from, i + 1 - from));
            *line += QLatin1Char('"');
            from = i + 1;
        }
    }
    line->append(QStringView(text).mid(from));
    *line += QLatin1Char('"');
}

void appendRow(const QList<ExportCell> &row, char delimiter, QString *chunk)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            *chunk += QLatin1Char(delimiter);
        appendField(row.at(i), delimiter, chunk);
    }
    *chunk += QLatin1StringView("\r\n");
}

constexpr qsizetype kChunkChars = 64 * 1024;

} // namespace

bool isFormulaLike(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

QString csvField(const ExportCell &cell, char delimiter)
{
    QString field;
    appendField(cell, delimiter, &field);
    return field;
}

ExportResult writeCsv(const QList<const Task *> &tasks, const ExportOptions &options,
                      QIODevice *out, const ExportProgress &progress)
{
    const char delimiter = options.csvDelimiter;
    const ExportLayout layout(tasks, options);
    ExportSink sink(out);

    if (options.csvPreset == CsvPreset::Excel)
        sink.write("\xEF\xBB\xBF");

    QList<ExportCell> row;
    row.reserve(layout.columnCount());
    for (const QString &title : layout.headers()) {
        ExportCell cell;
        cell.type = ExportCell::Type::Text;
        cell.text = title;
        row.append(cell);
    }
    // Rows gather in a UTF-16 chunk that is encoded once per ~64 K characters.
    QString chunk;
    chunk.reserve(kChunkChars + 4096);
    appendRow(row, delimiter, &chunk);

    qint64 done = 0;
    for (const Task *task : tasks) {
        layout.fillRow(*task, &row, done);
        appendRow(row, delimiter, &chunk);
        if (chunk.size() >= kChunkChars) {
            sink.write(chunk.toUtf8());
            chunk.resize(0); // keeps the capacity
            if (sink.failed())
                return exportWriteFailedResult(sink.errorString(), done);
        }
        ++done;
        if (!exportProgressStep(progress, done))
            return exportCancelledResult(done);
    }
    sink.write(chunk.toUtf8());
    return finishExport(sink, progress, done);
}

} // namespace vias
