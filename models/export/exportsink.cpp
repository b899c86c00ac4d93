// Buffered writing, progress and the common result messages of the exporters.
#include "models/export/exportsink.h"

#include <QCoreApplication>

namespace vias {
namespace {
constexpr qsizetype kBlockSize = 256 * 1024;
}

ExportSink::ExportSink(QIODevice *out)
    : m_out(out)
{
    m_buffer.reserve(kBlockSize + 4096);
}

void ExportSink::write(QByteArrayView bytes)
{
    if (m_failed)
        return;
    m_buffer.append(bytes);
    if (m_buffer.size() >= kBlockSize)
        flush();
}

bool ExportSink::flush()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_out->write(m_buffer);
    if (written != m_buffer.size()) {
        m_failed = true;
        m_error = m_out->errorString();
    }
    m_buffer.resize(0); // keeps the capacity for the next block
    return !m_failed;
}

bool exportProgressStep(const ExportProgress &progress, qint64 done, bool final)
{
    if (!progress || (!final && done % kProgressStep != 0))
        return true;
    return progress(done);
}

ExportResult exportCancelledResult(qint64 rows)
{
    ExportResult r;
    r.status = ExportResult::Status::Cancelled;
    r.rowsWritten = rows;
    r.message = QCoreApplication::translate(
        "Export", "The export was cancelled. No file was written; start the export again to "
                  "save the tasks.");
    return r;
}

ExportResult exportWriteFailedResult(const QString &deviceError, qint64 rows)
{
    ExportResult r;
    r.status = ExportResult::Status::Failed;
    r.rowsWritten = rows;
    r.message = QCoreApplication::translate(
                    "Export", "Writing the export failed (%1). The disk may be full or the "
                              "location read-only; free some space or choose another folder, "
                              "then export again.")
                    .arg(deviceError);
    return r;
}

ExportResult exportDeviceNotWritableResult()
{
    ExportResult r;
    r.status = ExportResult::Status::Failed;
    r.message = QCoreApplication::translate(
        "Export", "The export target is not open for writing. Choose the file again and retry.");
    return r;
}

} // namespace vias
