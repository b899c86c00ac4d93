#include "models/taskparser.h"

#include "models/jsonscanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

namespace vias {
namespace {

using Kind = TaskWarning::Kind;
using Rule = TaskWarning::Rule;

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// Values that repeat across tasks (creator, project, pool, config keys, data
// categories...) share one buffer per parsing thread, so 100,000 loaded tasks
// hold a few copies instead of 100,000. Bounded, so unique hostile values
// cannot grow the pool without limit (they are then simply not shared).
QString intern(QString text)
{
    constexpr qsizetype kMaxPooled = 4096;
    constexpr qsizetype kMaxLength = 128;
    if (text.isEmpty() || text.size() > kMaxLength)
        return text;
    thread_local QSet<QString> pool;
    const auto it = pool.constFind(text);
    if (it != pool.cend())
        return *it;
    if (pool.size() < kMaxPooled) {
        text.squeeze();
        pool.insert(text);
    }
    return text;
}

QStringList internAll(QStringList list)
{
    for (QString &item : list)
        item = intern(std::move(item));
    return list;
}

// Reads fields of one JSON object, recording a warning for each problem.
class FieldReader
{
public:
    FieldReader(const QJsonObject &obj, QString path, TaskWarnings *warnings)
        : m_obj(obj)
        , m_path(std::move(path))
        , m_warnings(warnings)
    {}

    QString field(QLatin1StringView key) const
    {
        return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
    }

    void warn(Kind kind, const QString &field, const QString &detail = {},
              Rule rule = Rule::None) const
    {
        m_warnings->append({kind, rule, field, detail});
    }

    QJsonValue value(QLatin1StringView key) const { return m_obj.value(key); }

    enum class Need
    {
        Optional,
        Required,
        NullAllowed
    };

    QString string(QLatin1StringView key, Need need = Need::Optional) const
    {
        const QJsonValue v = m_obj.value(key);
        switch (v.type()) {
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Undefined:
            if (need == Need::Required)
                warn(Kind::MissingField, field(key));
            return {};
        case QJsonValue::Null:
            if (need != Need::NullAllowed)
                warn(Kind::NullValue, field(key));
            return {};
        case QJsonValue::Double:
            warn(Kind::Coerced, field(key), QStringLiteral("a number"));
            return numberText(v.toDouble());
        case QJsonValue::Bool:
            warn(Kind::Coerced, field(key), QStringLiteral("a boolean"));
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            warn(Kind::WrongType, field(key), typeName(v) + QStringLiteral(", expected a string"));
            return {};
        }
    }

    std::optional<double> number(QLatin1StringView key) const
    {
        const QJsonValue v = m_obj.value(key);
        switch (v.type()) {
        case QJsonValue::Double:
            return v.toDouble();
        case QJsonValue::Undefined:
            return std::nullopt;
        case QJsonValue::Null:
            warn(Kind::NullValue, field(key));
            return std::nullopt;
        case QJsonValue::String: {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok && std::isfinite(d)) {
                warn(Kind::Coerced, field(key), QStringLiteral("a string"));
                return d;
            }
            break;
        }
        case QJsonValue::Bool:
            warn(Kind::Coerced, field(key), QStringLiteral("a boolean"));
            return v.toBool() ? 1.0 : 0.0;
        default:
            break;
        }
        warn(Kind::WrongType, field(key), typeName(v) + QStringLiteral(", expected a number"));
        return std::nullopt;
    }

    std::optional<int> integer(QLatin1StringView key) const
    {
        const std::optional<double> d = number(key);
        if (!d)
            return std::nullopt;
        if (!std::isfinite(*d) || std::abs(*d) > 2147483647.0) {
            warn(Kind::WrongType, field(key), QStringLiteral("a number out of range"));
            return std::nullopt;
        }
        if (*d != std::floor(*d))
            warn(Kind::Coerced, field(key), QStringLiteral("a fraction"));
        return int(*d);
    }

    QJsonObject object(QLatin1StringView key, Need need = Need::Optional) const
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isObject())
            return v.toObject();
        if (v.isUndefined()) {
            if (need == Need::Required)
                warn(Kind::MissingField, field(key));
        } else if (v.isNull()) {
            if (need != Need::NullAllowed)
                warn(Kind::NullValue, field(key));
        } else {
            warn(Kind::WrongType, field(key), typeName(v) + QStringLiteral(", expected an object"));
        }
        return {};
    }

    QStringList stringList(QLatin1StringView key) const
    {
        const QJsonValue v = m_obj.value(key);
        QStringList out;
        if (v.isArray()) {
            const QJsonArray array = v.toArray();
            for (const QJsonValue &item : array) {
                if (item.isString())
                    out << item.toString();
                else
                    warn(Kind::WrongType, field(key),
                         typeName(item) + QStringLiteral(" in the list"));
            }
        } else if (v.isString()) {
            warn(Kind::Coerced, field(key), QStringLiteral("a single string"));
            out << v.toString();
        } else if (!v.isUndefined() && !v.isNull()) {
            warn(Kind::WrongType, field(key), typeName(v) + QStringLiteral(", expected an array"));
        }
        return out;
    }

    qint64 timestamp(QLatin1StringView key) const
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isDouble()) {
            warn(Kind::Coerced, field(key), QStringLiteral("epoch milliseconds"));
            return qint64(v.toDouble());
        }
        const QString text = string(key, Need::Required);
        if (text.isEmpty())
            return kNoTime;
        if (const qint64 fast = parseUtc(text); fast != kNoTime)
            return fast;
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (dt.isValid()) {
            return dt.toMSecsSinceEpoch();
        }
        warn(Kind::BadTimestamp, field(key), text.left(64));
        return kNoTime;
    }

    // "YYYY-MM-DDTHH:MM:SSZ" without allocating; kNoTime for any other form.
    static qint64 parseUtc(QStringView s)
    {
        if (s.size() != 20 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' ||
            s[16] != u':' || s[19] != u'Z')
            return kNoTime;
        auto digits = [&](int at, int n) {
            int v = 0;
            for (int i = at; i < at + n; ++i) {
                const char16_t c = s[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                v = v * 10 + (c - u'0');
            }
            return v;
        };
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2);
        const int h = digits(11, 2), mi = digits(14, 2), sec = digits(17, 2);
        if (y < 0 || mo < 1 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60)
            return kNoTime;
        const QDate date(y, mo, d);
        if (!date.isValid())
            return kNoTime;
        const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
        return ((days * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL;
    }

private:
    QJsonObject m_obj;
    QString m_path;
    TaskWarnings *m_warnings;
};

// Known state codes as shared strings, so 100,000 tasks share a few buffers.
QString sharedStateCode(TaskState state)
{
    static const auto codes = [] {
        std::array<QString, TaskStateCount> all;
        for (TaskState s : knownTaskStates())
            all[static_cast<int>(s)] = taskStateCode(s);
        return all;
    }();
    return codes[static_cast<int>(state)];
}

void readInput(const FieldReader &top, Task &task)
{
    const QJsonObject input = top.object(QLatin1StringView("input"), FieldReader::Need::Required);
    if (input.isEmpty())
        return;
    FieldReader r(input, QStringLiteral("input"), &task.warnings);
    task.input.typeCode = intern(r.string(QLatin1StringView("type"), FieldReader::Need::Required));
    task.input.type = inputTypeFromCode(task.input.typeCode);
    if (task.input.type == InputType::Unknown && !task.input.typeCode.isEmpty())
        r.warn(Kind::UnknownType, QStringLiteral("input.type"), task.input.typeCode);

    const QJsonValue data = r.value(QLatin1StringView("data"));
    if (!data.isArray()) {
        if (data.isUndefined())
            r.warn(Kind::MissingField, QStringLiteral("input.data"));
        else
            r.warn(Kind::WrongType, QStringLiteral("input.data"),
                   typeName(data) + QStringLiteral(", expected an array"));
        return;
    }
    const QJsonArray items = data.toArray();
    task.input.sources.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("input.data[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.warn(Kind::WrongType, path,
                   typeName(items.at(i)) + QStringLiteral(", expected an object"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        FieldReader d(item, path, &task.warnings);
        InputSource source;
        source.id = d.string(QLatin1StringView("id"));
        source.index = d.integer(QLatin1StringView("index")).value_or(-1);
        source.streamName = d.string(QLatin1StringView("stream_name"));
        source.bucket = d.string(QLatin1StringView("bucket"));
        source.path = d.string(QLatin1StringView("path"));
        source.url = d.string(QLatin1StringView("url"));
        source.nodeId = d.string(QLatin1StringView("node_id"));
        source.deviceId = d.string(QLatin1StringView("device_id"));
        source.streamType = d.integer(QLatin1StringView("stream_type")).value_or(0);
        source.videoSourceId = d.string(QLatin1StringView("video_source_id"));
        source.hasCredentials = item.contains(QLatin1StringView("password")) ||
                                item.contains(QLatin1StringView("username"));
        task.input.sources.append(std::move(source));
    }
}

HeaderList readHeaders(const FieldReader &r, const QString &path)
{
    HeaderList headers;
    const QJsonValue v = r.value(QLatin1StringView("headers"));
    if (v.isUndefined() || v.isNull())
        return headers;
    if (!v.isObject()) {
        r.warn(Kind::WrongType, path, typeName(v) + QStringLiteral(", expected an object"));
        return headers;
    }
    const QJsonObject obj = v.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString()) {
            headers.append({it.key(), value.toString()});
        } else if (value.isDouble() || value.isBool()) {
            r.warn(Kind::Coerced, path + QLatin1Char('.') + it.key(), typeName(value));
            headers.append({it.key(), value.isBool() ? (value.toBool() ? QStringLiteral("true")
                                                                       : QStringLiteral("false"))
                                                     : numberText(value.toDouble())});
        } else {
            r.warn(Kind::WrongType, path + QLatin1Char('.') + it.key(),
                   typeName(value) + QStringLiteral(", expected a string"));
        }
    }
    return headers;
}

void readOutput(const FieldReader &top, Task &task)
{
    const QJsonObject output = top.object(QLatin1StringView("output"));
    TaskOutput &out = task.output;
    for (auto it = output.begin(); it != output.end(); ++it) {
        const QString key = it.key();
        const QString path = QStringLiteral("output.") + key;
        if (key == QLatin1StringView("hosting")) {
            out.hosting = true;
            continue;
        }
        if (!it.value().isObject()) {
            if (!it.value().isNull())
                top.warn(Kind::WrongType, path,
                         typeName(it.value()) + QStringLiteral(", expected an object"));
            continue;
        }
        FieldReader r(it.value().toObject(), path, &task.warnings);
        if (key == QLatin1StringView("webhook")) {
            out.webhook =
                WebhookOutput{r.string(QLatin1StringView("url"), FieldReader::Need::Required),
                              readHeaders(r, path + QStringLiteral(".headers")),
                              internAll(r.stringList(QLatin1StringView("data_category")))};
        } else if (key == QLatin1StringView("dis")) {
            out.dis = DisOutput{r.string(QLatin1StringView("stream_name")),
                                internAll(r.stringList(QLatin1StringView("data_category")))};
        } else if (key == QLatin1StringView("obs")) {
            out.obs = ObsOutput{r.string(QLatin1StringView("bucket")),
                                r.string(QLatin1StringView("path")),
                                internAll(r.stringList(QLatin1StringView("data_category")))};
        } else if (key == QLatin1StringView("localpath")) {
            out.localPath =
                LocalPathOutput{r.string(QLatin1StringView("mount_source_path")),
                                internAll(r.stringList(QLatin1StringView("data_category")))};
        } else {
            out.otherKinds << key;
            top.warn(Kind::UnknownType, QStringLiteral("output"), key);
        }
    }
}

void readServiceConfig(const FieldReader &top, Task &task)
{
    const QJsonObject config = top.object(QLatin1StringView("service_config"));
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (it.key() != QLatin1StringView("common"))
            task.config.otherSections << intern(it.key());
    }
    const QJsonObject common = FieldReader(config, QStringLiteral("service_config"), &task.warnings)
                                   .object(QLatin1StringView("common"));
    task.config.common.reserve(common.size());
    for (auto it = common.begin(); it != common.end(); ++it)
        task.config.common.append({intern(it.key()), it.value()});

    FieldReader r(common, QStringLiteral("service_config.common"), &task.warnings);
    FaceConfig &f = task.config.face;
    f.detectionMaxSize = r.integer(QLatin1StringView("detection_max_size"));
    f.detectionMinSize = r.integer(QLatin1StringView("detection_min_size"));
    f.originImageSendSw = r.integer(QLatin1StringView("origin_image_send_sw"));
    f.imageCompressionRatio = r.integer(QLatin1StringView("image_compression_ratio"));
    f.frameSkipNumber = r.integer(QLatin1StringView("frame_skip_number"));
    f.faceFirstSendThreshold = r.number(QLatin1StringView("face_first_send_threshold"));
    f.faceMustSendSw = r.integer(QLatin1StringView("face_must_send_sw"));
    f.faceRepeatSendSw = r.integer(QLatin1StringView("face_repeat_send_sw"));
    f.faceRepeatSendMode = intern(r.string(QLatin1StringView("face_repeat_send_mode")));
    f.faceRepeatSendStep = r.number(QLatin1StringView("face_repeat_send_step"));
    f.faceRepeatSendInterval = r.integer(QLatin1StringView("face_repeat_send_interval"));
    f.localFileSaveTime = r.integer(QLatin1StringView("local_file_save_time"));
    task.roi = parseRoi(common.value(QLatin1StringView("target_roi")), &task.warnings);
}

void readTask(const QJsonObject &obj, Task &task)
{
    FieldReader r(obj, QString(), &task.warnings);
    using Need = FieldReader::Need;
    task.id = r.string(QLatin1StringView("id"), Need::Required);
    task.name = r.string(QLatin1StringView("name"), Need::Required);
    task.creator = intern(r.string(QLatin1StringView("creator")));
    task.projectId = intern(r.string(QLatin1StringView("project_id")));
    task.description = r.string(QLatin1StringView("description"), Need::NullAllowed);
    task.serviceVersion = intern(r.string(QLatin1StringView("service_version")));
    task.edgePoolId = intern(r.string(QLatin1StringView("edge_pool_id")));
    task.resourceOrderId = intern(r.string(QLatin1StringView("resource_order_id")));
    task.serviceName = intern(r.string(QLatin1StringView("service_name")));
    task.statusDetail = r.string(QLatin1StringView("status"), Need::NullAllowed);
    task.createdAtMs = r.timestamp(QLatin1StringView("created_at"));
    task.updatedAtMs = r.timestamp(QLatin1StringView("updated_at"));

    const QJsonValue title = obj.value(QLatin1StringView("service_title"));
    if (title.isObject()) {
        task.titleEn = title.toObject().value(QLatin1StringView("en")).toString();
        task.titleZh = title.toObject().value(QLatin1StringView("zh")).toString();
    }
    const QJsonValue error = obj.value(QLatin1StringView("error"));
    if (error.isString())
        task.errorDetail = error.toString();
    else if (error.isObject() || error.isArray())
        task.errorDetail = QString::fromUtf8(
            error.isObject() ? QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(error.toArray()).toJson(QJsonDocument::Compact));

    const QString state = r.string(QLatin1StringView("state"), Need::Required);
    task.state = taskStateFromCode(state);
    if (task.state == TaskState::Unknown && !state.isEmpty()) {
        const TaskState relaxed = taskStateFromCode(state.trimmed().toUpper());
        if (relaxed != TaskState::Unknown) {
            r.warn(Kind::Coerced, QStringLiteral("state"),
                   QLatin1Char('"') + state + QLatin1Char('"'));
            task.state = relaxed;
        } else {
            r.warn(Kind::UnknownState, QStringLiteral("state"), state.left(64));
        }
    }
    task.stateCode = task.state == TaskState::Unknown ? state : sharedStateCode(task.state);

    readInput(r, task);
    readOutput(r, task);
    readServiceConfig(r, task);
    task.warnings += checkFaceConfig(task);
}

// A context for lupdate and the runtime alike: a free tr() helper would be
// filed by lupdate under the enclosing namespace and never be found.
struct TaskParserTr
{
    Q_DECLARE_TR_FUNCTIONS(TaskParser)
};

} // namespace

Task parseTask(const QByteArray &taskJson)
{
    Task task;
    task.rawJson = taskJson;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(taskJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString detail =
            error.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset)
                : (doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar value"));
        task.warnings.append({Kind::NotAnObject, Rule::None, QStringLiteral("task"), detail});
        task.name = QString::fromUtf8(taskJson.left(60)).simplified();
        return task;
    }
    readTask(doc.object(), task);
    return task;
}

ParseResult<Task> parseTaskBody(const QByteArray &body)
{
    ParseResult<Task> result;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = {TaskParserTr::tr("The response is not JSON (%1 at byte %2).")
                            .arg(error.errorString())
                            .arg(error.offset),
                        error.offset};
        return result;
    }
    if (!doc.isObject()) {
        result.error = {TaskParserTr::tr("The response is JSON but not a task object."), 0};
        return result;
    }
    Task task;
    task.rawJson = body.trimmed();
    readTask(doc.object(), task);
    result.value = std::move(task);
    return result;
}

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

    QList<QByteArray> slices;
    slices.reserve(scan.taskElements.size());
    for (const ByteRange &range : scan.taskElements)
        slices.append(body.mid(range.begin, range.size()));
    if (slices.size() >= parallelThreshold && parallelThreshold > 0)
        page.tasks = QtConcurrent::blockingMapped<QList<Task>>(slices, parseTask);
    else
        for (const QByteArray &slice : std::as_const(slices))
            page.tasks.append(parseTask(slice));
    if (page.count < 0)
        page.count = page.tasks.size();
    result.value = std::move(page);
    return result;
}

TaskWarnings checkFaceConfig(const Task &task)
{
    TaskWarnings out;
    const FaceConfig &f = task.config.face;
    const QString common = QStringLiteral("service_config.common.");
    auto warn = [&](Rule rule, const char *key, const QString &detail) {
        out.append({Kind::Suspicious, rule, common + QLatin1StringView(key), detail});
    };
    if (f.detectionMinSize && *f.detectionMinSize < 90)
        warn(Rule::MinSizeBelow90, "detection_min_size", QString::number(*f.detectionMinSize));
    if (f.detectionMinSize && f.detectionMaxSize && *f.detectionMinSize > *f.detectionMaxSize)
        warn(Rule::MinAboveMax, "detection_min_size", QString::number(*f.detectionMaxSize));
    if (f.imageCompressionRatio && (*f.imageCompressionRatio < 1 || *f.imageCompressionRatio > 100))
        warn(Rule::CompressionRange, "image_compression_ratio",
             QString::number(*f.imageCompressionRatio));
    const std::pair<const char *, std::optional<int>> switches[] = {
        {"origin_image_send_sw", f.originImageSendSw},
        {"face_must_send_sw", f.faceMustSendSw},
        {"face_repeat_send_sw", f.faceRepeatSendSw}};
    for (const auto &[key, value] : switches) {
        if (value && *value != 0 && *value != 1)
            warn(Rule::SwitchNotBinary, key, QString::number(*value));
    }
    if (!f.faceRepeatSendMode.isEmpty() && f.faceRepeatSendMode != QLatin1StringView("PERIOD") &&
        f.faceRepeatSendMode != QLatin1StringView("QUALITY_STEP"))
        warn(Rule::UnknownRepeatMode, "face_repeat_send_mode", f.faceRepeatSendMode.left(64));

    const bool originOff = f.originImageSendSw.value_or(0) == 0 &&
                           (f.originImageSendSw || f.detectionMinSize || f.detectionMaxSize);
    auto checkOrigin = [&](const QStringList &categories, const QString &field) {
        if (originOff && categories.contains(QLatin1StringView("OriginImage")))
            out.append({Kind::Suspicious, Rule::OriginImageOff, field, {}});
    };
    const TaskOutput &o = task.output;
    if (o.webhook) {
        checkOrigin(o.webhook->dataCategory, QStringLiteral("output.webhook.data_category"));
        if (o.webhook->url.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive))
            out.append({Kind::Suspicious,
                        Rule::PlainHttpWebhook,
                        QStringLiteral("output.webhook.url"),
                        {}});
    }
    if (o.dis)
        checkOrigin(o.dis->dataCategory, QStringLiteral("output.dis.data_category"));
    if (o.obs)
        checkOrigin(o.obs->dataCategory, QStringLiteral("output.obs.data_category"));
    if (o.localPath)
        checkOrigin(o.localPath->dataCategory, QStringLiteral("output.localpath.data_category"));
    return out;
}

} // namespace vias
