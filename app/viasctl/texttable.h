// The aligned plain-text table of `--output table`: columns padded to the
// widest cell, with East Asian wide characters (CJK) counted as two columns
// so Chinese task names line up in a terminal.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vias::cli {

// Terminal columns `text` occupies: wide/fullwidth characters 2, combining
// marks and zero-width characters 0, everything else 1.
int displayWidth(QStringView text);

// Header line, then one line per row; cells separated by two spaces, line
// breaks and tabs inside a cell shown as spaces; no trailing blanks.
QString renderTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace vias::cli
