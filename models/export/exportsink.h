// Shared plumbing of the exporters: a buffered writer that remembers the first
// device error, progress reporting every few hundred rows, and the translated
// results for a cancelled or failed export.
#pragma once

#include "models/export/exportoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace vias {

class ExportSink final
{
public:
    explicit ExportSink(QIODevice *out);

    // Buffers bytes and writes them to the device in large blocks.
    void write(QByteArrayView bytes);
    // Writes what is buffered; false once any write failed.
    bool flush();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

private:
    QIODevice *m_out;
    QByteArray m_buffer;
    bool m_failed = false;
    QString m_error;
};

// Calls `progress` every kProgressStep rows and when `final`; false means the
// user cancelled.
bool exportProgressStep(const ExportProgress &progress, qint64 done, bool final = false);
inline constexpr qint64 kProgressStep = 512;

ExportResult exportCancelledResult(qint64 rows);
// The common ending of every writer: flush, report the final progress, and
// say how it ended (Ok with `rows`, or the write failure / cancellation).
ExportResult finishExport(ExportSink &sink, const ExportProgress &progress, qint64 rows);
ExportResult exportWriteFailedResult(const QString &deviceError, qint64 rows);
// The device was not open for writing (a programming error, but say it clearly).
ExportResult exportDeviceNotWritableResult();

} // namespace vias
