// CSV export (RFC 4180 quoting, Excel or plain preset, spreadsheet
// formula-injection guard), streamed row by row to a QIODevice.
#pragma once

#include "models/export/exportlayout.h"
#include "models/export/exportoptions.h"

#include <QIODevice>

namespace vias {

// True for text that a spreadsheet would run as a formula: it starts with
// '=', '+', '-', '@', TAB, CR or LF (OWASP CSV injection).
bool isFormulaLike(QStringView text);

// One CSV field: text cells that look like formulas get a leading '\'', then
// the field is quoted when it holds the delimiter, a quote, CR or LF (quotes
// doubled). Numbers and date-times are written as they are.
QString csvField(const ExportCell &cell, char delimiter);

ExportResult writeCsv(const QList<const Task *> &tasks, const ExportOptions &options,
                      QIODevice *out, const ExportProgress &progress);

} // namespace vias
