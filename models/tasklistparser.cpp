// Parsing of a whole list response: the body is split into per-task byte
// slices by the list scanner (models/jsonscanner.h) and the tasks are parsed
// in parallel, each straight into its place in the page. What one task's
// JSON becomes is taskparser.cpp's business.
#include "models/hugepages.h"
#include "models/jsonscanner.h"
#include "models/taskparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <new>

namespace vias {
namespace {

struct TaskParserTr
{
    Q_DECLARE_TR_FUNCTIONS(TaskParser)
};

// Bytes [from, from + size) of `whole`, sharing its buffer instead of copying:
// the tasks of a page keep the page's body alive, one block, rather than
// 100,000 small copies (a copy per task cost ~40 bytes of block overhead and,
// cut on the calling thread, ~0.1 s of serial memcpy and page faults at
// 100,000 tasks; cut on the pool's threads, it fragmented their arenas). The
// slice is not '\0'-terminated: rawJson is always read with its size.
// Writing to it detaches (copies) as for any shared QByteArray.
QByteArray sharedSlice(QByteArray whole, qsizetype from, qsizetype size)
{
    QByteArray::DataPointer &d = whole.data_ptr(); // `whole` is a copy: no detach
    if (!d.d_ptr())                                // raw data: nothing to share
        return whole.mid(from, size);
    d.d_ptr()->ref(); // the slice's own reference to the buffer
    return QByteArray(QByteArray::DataPointer(d.d_ptr(), d.data() + from, size));
}

} // namespace

ParseResult<TaskListPage> parseTaskList(const QByteArray &body, int parallelThreshold)
{
    ParseResult<TaskListPage> result;
    const ListScan scan = scanTaskList(body);
    if (!scan.ok) {
        // Ask the full parser for the clearest message about a broken body.
        QJsonParseError error{};
        QJsonDocument::fromJson(body, &error);
        const QString detail =
            error.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset)
                : QStringLiteral("%1 at byte %2").arg(scan.error).arg(scan.errorOffset);
        const bool looksLikeHtml = body.trimmed().startsWith('<');
        result.error = {
            looksLikeHtml
                ? TaskParserTr::tr("The response is an HTML page, not JSON (%1). A proxy or "
                                   "gateway may have answered instead of VIAS.")
                      .arg(detail)
                : TaskParserTr::tr("The response is not valid JSON (%1).").arg(detail),
            scan.errorOffset};
        return result;
    }
    if (!scan.hasTasks) {
        result.error = {
            TaskParserTr::tr("The response has no \"tasks\" list; it is not a task list."), 0};
        return result;
    }
    if (!scan.tasksIsArray) {
        result.error = {TaskParserTr::tr("The response's \"tasks\" is not a list."), 0};
        return result;
    }

    TaskListPage page;
    if (scan.hasCount) {
        const QJsonDocument countDoc = QJsonDocument::fromJson(
            '[' + body.mid(scan.countValue.begin, scan.countValue.size()) + ']');
        const QJsonValue count = countDoc.array().at(0);
        bool ok = count.isDouble();
        double value = count.toDouble();
        if (count.isString())
            value = count.toString().toDouble(&ok);
        if (ok && value >= 0 && value < 1e15 && value == std::floor(value))
            page.count = qint64(value);
        else
            page.warnings << TaskParserTr::tr(
                "The response's \"count\" is not a whole number; the number of "
                "tasks on this page is used instead.");
    } else {
        page.warnings << TaskParserTr::tr(
            "The response has no \"count\"; the number of tasks on this page is "
            "used instead.");
    }

    // Each task is constructed straight into its place in the page's list,
    // on the pool: collecting results (blockingMapped) copied every task once
    // more, and QList::resize() would construct (and fault in) the whole
    // array on the calling thread first. Each task's raw JSON is a slice of
    // the body, not a copy (see sharedSlice()).
    const QList<ByteRange> &elements = scan.taskElements;
    const qsizetype n = elements.size();
    QArrayDataPointer<Task> storage(QTypedArrayData<Task>::allocate(n)); // capacity n, size 0
    Task *const tasks = storage.data();
    adviseHugePages(tasks, n * qsizetype(sizeof(Task)));
    const auto parseRange = [tasks, &body, &elements](std::pair<qsizetype, qsizetype> range) {
        for (qsizetype i = range.first; i < range.second; ++i) {
            const ByteRange &element = elements.at(i);
            new (tasks + i) Task(parseTask(sharedSlice(body, element.begin, element.size())));
        }
    };
    if (n >= parallelThreshold && parallelThreshold > 0) {
        // A few ranges per thread, so a slow range does not leave a core idle.
        const qsizetype parts = std::max(1, QThreadPool::globalInstance()->maxThreadCount()) * 8;
        const qsizetype step = (n + parts - 1) / parts;
        QList<std::pair<qsizetype, qsizetype>> ranges;
        for (qsizetype first = 0; first < n; first += step)
            ranges.append({first, std::min(n, first + step)});
        QtConcurrent::blockingMap(ranges, parseRange);
    } else {
        parseRange({0, n});
    }
    storage.size = n; // every element is constructed now
    page.tasks = QList<Task>(std::move(storage));
    if (page.count < 0)
        page.count = page.tasks.size();
    result.value = std::move(page);
    return result;
}

} // namespace vias
