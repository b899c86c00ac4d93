// Plain-text table rendering for viasctl (see texttable.h).
#include "app/viasctl/texttable.h"

#include <QChar>

namespace vias::cli {

namespace {

// East Asian Width W/F ranges (Unicode 15, abridged to the blocks that occur
// in task names: Hangul, CJK, kana, fullwidth forms, emoji).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString cleanCell(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
            ch = QLatin1Char(' ');
    }
    return out;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing ||
            cat == QChar::Other_Format || c == 0x200B)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString renderTable(const QStringList &headers, const QList<QStringList> &rows)
{
    const qsizetype columns = headers.size();
    QList<int> widths(columns, 0);
    QList<QStringList> cells;
    cells.reserve(rows.size() + 1);
    cells << headers;
    for (const QStringList &row : rows) {
        QStringList cleaned;
        cleaned.reserve(columns);
        for (qsizetype i = 0; i < columns; ++i)
            cleaned << cleanCell(i < row.size() ? row.at(i) : QString());
        cells << cleaned;
    }
    QList<QList<int>> cellWidths;
    cellWidths.reserve(cells.size());
    for (const QStringList &row : std::as_const(cells)) {
        QList<int> w(columns, 0);
        for (qsizetype i = 0; i < columns; ++i) {
            w[i] = displayWidth(row.at(i));
            widths[i] = qMax(widths[i], w[i]);
        }
        cellWidths << w;
    }
    QString out;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        QString line;
        for (qsizetype i = 0; i < columns; ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += cells.at(r).at(i);
            if (i + 1 < columns)
                line += QString(widths.at(i) - cellWidths.at(r).at(i), QLatin1Char(' '));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace vias::cli
