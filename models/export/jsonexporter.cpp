// JSON / JSON Lines writers and secret masking on the raw task bytes.
#include "models/export/jsonexporter.h"

#include "models/export/exportsink.h"
#include "models/export/jsonmask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vias {
namespace {

const QLatin1StringView kHeaders("headers");

QJsonValue masked()
{
    return QJsonValue(QString::fromLatin1(kMaskedSecret));
}

// Masks every value of every "headers" object below `value`; under input,
// also every "username" and "password". Returns true when something changed.
bool maskTree(QJsonValue &value, bool credentials)
{
    bool changed = false;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (maskTree(item, credentials)) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = array;
        return changed;
    }
    if (!value.isObject())
        return false;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (credentials &&
            (key == QLatin1StringView("password") || key == QLatin1StringView("username"))) {
            it.value() = masked();
            changed = true;
        } else if (key == kHeaders && it.value().isObject()) {
            QJsonObject headers = it.value().toObject();
            for (auto h = headers.begin(); h != headers.end(); ++h)
                h.value() = masked();
            it.value() = headers;
            changed = changed || !headers.isEmpty();
        } else {
            QJsonValue child = it.value();
            if (maskTree(child, credentials)) {
                it.value() = child;
                changed = true;
            }
        }
    }
    if (changed)
        value = object;
    return changed;
}

bool mayHoldSecrets(const Task &task)
{
    if (task.output.webhook && !task.output.webhook->headers.isEmpty())
        return true;
    for (const InputSource &s : task.input.sources) {
        if (s.hasCredentials)
            return true;
    }
    // The typed fields do not keep everything (edgerestful headers, keys
    // spelled with \u escapes), so look at the bytes too.
    const QByteArray &raw = task.rawJson;
    return raw.contains("\"headers\"") || raw.contains("\"password\"") ||
           raw.contains("\"username\"") || raw.contains("\\u");
}

bool hasNotAnObjectWarning(const Task &task)
{
    return std::any_of(task.warnings.cbegin(), task.warnings.cend(), [](const TaskWarning &w) {
        return w.kind == TaskWarning::Kind::NotAnObject;
    });
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The bytes to write for one task: the raw bytes, masked when needed; a task
// with no raw bytes (built in code) or bytes that are not JSON at all still
// gives valid JSON, so one odd task cannot break the whole file.
QByteArray taskBytes(const Task &task, bool includeSecrets)
{
    if (task.rawJson.isEmpty()) {
        QJsonObject object;
        object.insert(QLatin1StringView("id"), task.id);
        object.insert(QLatin1StringView("name"), task.name);
        object.insert(QLatin1StringView("state"), task.stateCode);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    if (hasNotAnObjectWarning(task)) {
        QJsonParseError error{};
        QJsonDocument::fromJson('[' + task.rawJson + ']', &error);
        if (error.error != QJsonParseError::NoError)
            return jsonString(QString::fromUtf8(task.rawJson));
        return task.rawJson;
    }
    if (!includeSecrets) {
        if (std::optional<QByteArray> bytes = maskedTaskJson(task))
            return *bytes;
    }
    return task.rawJson;
}

} // namespace

std::optional<QByteArray> maskedTaskJson(const Task &task)
{
    if (!mayHoldSecrets(task))
        return std::nullopt;
    // Usually the bytes are well-formed and the walker cuts the secrets out in
    // place; the DOM path below is only for bytes it does not accept.
    const JsonMaskResult fast = maskSecretsInJson(task.rawJson);
    if (fast.wellFormed)
        return fast.changed ? std::optional<QByteArray>(fast.bytes) : std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(task.rawJson);
    if (!doc.isObject())
        return std::nullopt;
    QJsonObject object = doc.object();
    bool changed = false;
    for (const auto &[key, credentials] : {std::pair{QLatin1StringView("input"), true},
                                           std::pair{QLatin1StringView("output"), false}}) {
        auto it = object.find(key);
        if (it == object.end())
            continue;
        QJsonValue value = it.value();
        if (maskTree(value, credentials)) {
            it.value() = value;
            changed = true;
        }
    }
    if (!changed)
        return std::nullopt;
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compactJsonBytes(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '"')
            inString = true;
        out.append(c);
    }
    return out;
}

ExportResult writeJson(const QList<const Task *> &tasks, const ExportOptions &options,
                       QIODevice *out, const ExportProgress &progress)
{
    ExportSink sink(out);
    sink.write(QByteArray("{\"count\":" + QByteArray::number(tasks.size()) + ",\"tasks\":["));
    qint64 done = 0;
    for (const Task *task : tasks) {
        sink.write(done == 0 ? QByteArrayView("\n") : QByteArrayView(",\n"));
        sink.write(taskBytes(*task, options.includeSecrets));
        if (sink.failed())
            return exportWriteFailedResult(sink.errorString(), done);
        ++done;
        if (!exportProgressStep(progress, done))
            return exportCancelledResult(done);
    }
    sink.write(done == 0 ? QByteArrayView("]}\n") : QByteArrayView("\n]}\n"));
    if (!sink.flush())
        return exportWriteFailedResult(sink.errorString(), done);
    if (!exportProgressStep(progress, done, true))
        return exportCancelledResult(done);
    ExportResult result;
    result.rowsWritten = done;
    return result;
}

ExportResult writeJsonLines(const QList<const Task *> &tasks, const ExportOptions &options,
                            QIODevice *out, const ExportProgress &progress)
{
    ExportSink sink(out);
    qint64 done = 0;
    for (const Task *task : tasks) {
        const QByteArray bytes = taskBytes(*task, options.includeSecrets);
        if (bytes.contains('\n') || bytes.contains('\r'))
            sink.write(compactJsonBytes(bytes));
        else
            sink.write(bytes);
        sink.write("\n");
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
