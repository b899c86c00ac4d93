// CSV writer: one row is built, encoded and buffered at a time, so memory does
// not grow with the number of rows.
#include "models/export/csvexporter.h"

#include "models/export/exportsink.h"

namespace vias {
namespace {

QString guardedText(const QString &text)
{
    return isFormulaLike(text) ? QLatin1Char('\'') + text : text;
}

QString quoted(const QString &text, char delimiter)
{
    bool needsQuotes = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\r' || u == u'\n' || u == char16_t(delimiter)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    out += QLatin1Char('"');
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

void appendRow(const QList<ExportCell> &row, char delimiter, QString *line)
{
    line->clear();
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            *line += QLatin1Char(delimiter);
        *line += csvField(row.at(i), delimiter);
    }
    *line += QLatin1StringView("\r\n");
}

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
    if (cell.type == ExportCell::Type::Text)
        return quoted(guardedText(cell.text), delimiter);
    // Numbers and ISO dates never hold the delimiter ("1e+20", "2024-05-01T08:00:00Z").
    return cell.toText();
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
    QString line;
    appendRow(row, delimiter, &line);
    sink.write(line.toUtf8());

    qint64 done = 0;
    for (const Task *task : tasks) {
        layout.fillRow(*task, &row);
        appendRow(row, delimiter, &line);
        sink.write(line.toUtf8());
        if (sink.failed())
            return exportWriteFailedResult(sink.errorString(), done);
        ++done;
        if (!exportProgressStep(progress, done))
            return exportCancelledResult(done);
    }
    if (!sink.flush())
        return exportWriteFailedResult(sink.errorString(), done);
    if (!exportProgressStep(progress, done, true))
        return exportCancelledResult(done);

    ExportResult result;
    result.rowsWritten = done;
    return result;
}

} // namespace vias
