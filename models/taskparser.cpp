#include "models/taskparser.h"

#include "models/jsondom.h"
#include "models/roireader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QVarLengthArray>

#include <cmath>
#include <string>
#include <unordered_map>

namespace vias {
namespace {

using Kind = TaskWarning::Kind;
using Rule = TaskWarning::Rule;

using jsondom::Element;
using jsondom::Type;
using jsondom::typeName;

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
struct TransparentHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

// Looks the UTF-8 text up before converting it, so a repeated value costs
// neither a conversion nor an allocation.
QString intern(std::string_view text)
{
    constexpr std::size_t kMaxPooled = 4096;
    constexpr std::size_t kMaxLength = 128;
    if (text.empty() || text.size() > kMaxLength)
        return jsondom::toQString(text);
    thread_local std::unordered_map<std::string, QString, TransparentHash, std::equal_to<>> pool;
    const auto it = pool.find(text);
    if (it != pool.end())
        return it->second;
    QString value = jsondom::toQString(text);
    if (pool.size() < kMaxPooled)
        pool.emplace(std::string(text), value);
    return value;
}

// The keys of service_config.common, '\0'-separated, as one list shared by
// every task with the same keys (nearly all tasks of a service).
QStringList sharedKeyList(const std::string &joined)
{
    constexpr std::size_t kMaxPooled = 256;
    thread_local std::unordered_map<std::string, QStringList> pool;
    if (const auto it = pool.find(joined); it != pool.end())
        return it->second;
    QStringList keys;
    std::size_t from = 0;
    for (std::size_t end = joined.find('\0'); end != std::string::npos;
         from = end + 1, end = joined.find('\0', from))
        keys << intern(std::string_view(joined).substr(from, end - from));
    if (pool.size() < kMaxPooled)
        pool.emplace(joined, keys);
    return keys;
}

// Reads fields of one JSON object, recording a warning for each problem.
class FieldReader
{
public:
    // Walks the object once; lookups then compare lengths before bytes, which
    // costs far less than walking simdjson's tape again for every key.
    // `index` >= 0 names an array item: "path[index]", built only for a warning.
    FieldReader(jsondom::Object obj, QString path, TaskWarnings *warnings, qsizetype index = -1)
        : m_path(std::move(path))
        , m_index(index)
        , m_warnings(warnings)
    {
        for (const auto field : obj)
            m_fields.append({field.key, field.value});
    }

    QString path() const
    {
        return m_index < 0
                   ? m_path
                   : m_path + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
    }

    QString field(QLatin1StringView key) const
    {
        const QString base = path();
        return base.isEmpty() ? QString(key) : base + QLatin1Char('.') + key;
    }

    void warn(Kind kind, const QString &field, const QString &detail = {},
              Rule rule = Rule::None) const
    {
        m_warnings->append({kind, rule, field, detail});
    }

    std::optional<Element> value(QLatin1StringView key) const
    {
        const std::string_view wanted(key.data(), std::size_t(key.size()));
        // From the back: for a key sent twice the last value wins, as in QtJson.
        for (qsizetype i = m_fields.size() - 1; i >= 0; --i) {
            if (m_fields.at(i).first == wanted)
                return m_fields.at(i).second;
        }
        return std::nullopt;
    }

    bool contains(QLatin1StringView key) const { return value(key).has_value(); }
    qsizetype fieldCount() const { return m_fields.size(); }

    enum class Need
    {
        Optional,
        Required,
        NullAllowed
    };

    QString string(QLatin1StringView key, Need need = Need::Optional) const
    {
        return stringOf(value(key), key, need, false);
    }

    // A value that repeats across tasks (creator, pool, version...): shared.
    QString sharedString(QLatin1StringView key, Need need = Need::Optional) const
    {
        return stringOf(value(key), key, need, true);
    }

    std::optional<double> number(QLatin1StringView key) const
    {
        const std::optional<Element> v = value(key);
        if (!v)
            return std::nullopt;
        switch (v->type()) {
        case Type::DOUBLE:
        case Type::INT64:
        case Type::UINT64:
            return jsondom::toDouble(*v);
        case Type::NULL_VALUE:
            warn(Kind::NullValue, field(key));
            return std::nullopt;
        case Type::STRING: {
            bool ok = false;
            const double d = jsondom::toQString(std::string_view(*v)).trimmed().toDouble(&ok);
            if (ok && std::isfinite(d)) {
                warn(Kind::Coerced, field(key), QStringLiteral("a string"));
                return d;
            }
            break;
        }
        case Type::BOOL:
            warn(Kind::Coerced, field(key), QStringLiteral("a boolean"));
            return bool(*v) ? 1.0 : 0.0;
        default:
            break;
        }
        warn(Kind::WrongType, field(key), typeName(*v) + QStringLiteral(", expected a number"));
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

    // The object at `key`; nullopt (with a warning as due) for anything else.
    std::optional<jsondom::Object> object(QLatin1StringView key, Need need = Need::Optional) const
    {
        const std::optional<Element> v = value(key);
        if (!v) {
            if (need == Need::Required)
                warn(Kind::MissingField, field(key));
            return std::nullopt;
        }
        if (v->type() == Type::OBJECT)
            return jsondom::Object(*v);
        if (v->type() == Type::NULL_VALUE) {
            if (need != Need::NullAllowed)
                warn(Kind::NullValue, field(key));
        } else {
            warn(Kind::WrongType, field(key),
                 typeName(*v) + QStringLiteral(", expected an object"));
        }
        return std::nullopt;
    }

    // A list of strings; repeated values (data categories) are shared.
    QStringList sharedStringList(QLatin1StringView key) const
    {
        const std::optional<Element> v = value(key);
        QStringList out;
        if (!v)
            return out;
        if (v->type() == Type::ARRAY) {
            const jsondom::Array array(*v);
            out.reserve(qsizetype(array.size()));
            for (const Element item : array) {
                if (item.type() == Type::STRING)
                    out << intern(std::string_view(item));
                else
                    warn(Kind::WrongType, field(key),
                         typeName(item) + QStringLiteral(" in the list"));
            }
        } else if (v->type() == Type::STRING) {
            warn(Kind::Coerced, field(key), QStringLiteral("a single string"));
            out << intern(std::string_view(*v));
        } else if (v->type() != Type::NULL_VALUE) {
            warn(Kind::WrongType, field(key), typeName(*v) + QStringLiteral(", expected an array"));
        }
        return out;
    }

    qint64 timestamp(QLatin1StringView key) const
    {
        const std::optional<Element> v = value(key);
        if (v && jsondom::isNumber(*v)) {
            warn(Kind::Coerced, field(key), QStringLiteral("epoch milliseconds"));
            return qint64(jsondom::toDouble(*v));
        }
        if (v && v->type() == Type::STRING) {
            if (const qint64 fast = parseUtc(std::string_view(*v)); fast != kNoTime)
                return fast;
        }
        const QString text = stringOf(v, key, Need::Required, false);
        if (text.isEmpty())
            return kNoTime;
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (dt.isValid()) {
            return dt.toMSecsSinceEpoch();
        }
        warn(Kind::BadTimestamp, field(key), text.left(64));
        return kNoTime;
    }

    // "YYYY-MM-DDTHH:MM:SSZ" without allocating; kNoTime for any other form.
    static qint64 parseUtc(std::string_view s)
    {
        if (s.size() != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
            s[16] != ':' || s[19] != 'Z')
            return kNoTime;
        auto digits = [&](int at, int n) {
            int v = 0;
            for (int i = at; i < at + n; ++i) {
                const char c = s[std::size_t(i)];
                if (c < '0' || c > '9')
                    return -1;
                v = v * 10 + (c - '0');
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
    QString stringOf(const std::optional<Element> &v, QLatin1StringView key, Need need,
                     bool shared) const
    {
        if (!v) {
            if (need == Need::Required)
                warn(Kind::MissingField, field(key));
            return {};
        }
        switch (v->type()) {
        case Type::STRING:
            return shared ? intern(std::string_view(*v)) : jsondom::toQString(std::string_view(*v));
        case Type::NULL_VALUE:
            if (need != Need::NullAllowed)
                warn(Kind::NullValue, field(key));
            return {};
        case Type::DOUBLE:
        case Type::INT64:
        case Type::UINT64:
            warn(Kind::Coerced, field(key), QStringLiteral("a number"));
            return numberText(jsondom::toDouble(*v));
        case Type::BOOL:
            warn(Kind::Coerced, field(key), QStringLiteral("a boolean"));
            return bool(*v) ? QStringLiteral("true") : QStringLiteral("false");
        default:
            warn(Kind::WrongType, field(key), typeName(*v) + QStringLiteral(", expected a string"));
            return {};
        }
    }

    QVarLengthArray<std::pair<std::string_view, Element>, 24> m_fields;
    QString m_path;
    qsizetype m_index = -1;
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

QString typeExpected(Element v, const char *expected)
{
    return typeName(v) + QLatin1StringView(expected);
}

void readInput(const FieldReader &top, Task &task)
{
    const std::optional<jsondom::Object> input =
        top.object(QLatin1StringView("input"), FieldReader::Need::Required);
    if (!input || input->size() == 0)
        return;
    FieldReader r(*input, QStringLiteral("input"), &task.warnings);
    task.input.typeCode = r.sharedString(QLatin1StringView("type"), FieldReader::Need::Required);
    task.input.type = inputTypeFromCode(task.input.typeCode);
    if (task.input.type == InputType::Unknown && !task.input.typeCode.isEmpty())
        r.warn(Kind::UnknownType, QStringLiteral("input.type"), task.input.typeCode);

    const std::optional<Element> data = r.value(QLatin1StringView("data"));
    if (!data || data->type() != Type::ARRAY) {
        if (!data)
            r.warn(Kind::MissingField, QStringLiteral("input.data"));
        else
            r.warn(Kind::WrongType, QStringLiteral("input.data"),
                   typeExpected(*data, ", expected an array"));
        return;
    }
    const jsondom::Array items(*data);
    task.input.sources.reserve(qsizetype(items.size()));
    qsizetype i = 0;
    for (const Element item : items) {
        const qsizetype index = i++;
        if (item.type() != Type::OBJECT) {
            r.warn(Kind::WrongType, QStringLiteral("input.data[%1]").arg(index),
                   typeExpected(item, ", expected an object"));
            continue;
        }
        FieldReader d(jsondom::Object(item), QStringLiteral("input.data"), &task.warnings, index);
        InputSource source;
        source.id = d.string(QLatin1StringView("id"));
        source.index = d.integer(QLatin1StringView("index")).value_or(-1);
        source.streamType = d.integer(QLatin1StringView("stream_type")).value_or(0);
        source.hasCredentials =
            d.contains(QLatin1StringView("password")) || d.contains(QLatin1StringView("username"));
        const qsizetype idAndIndex = qsizetype(d.contains(QLatin1StringView("id"))) +
                                     qsizetype(d.contains(QLatin1StringView("index")));
        if (d.fieldCount() > idAndIndex) {
            // Fields besides id and index, which are all an edge camera has.
            InputSourceDetail detail;
            detail.streamName = d.string(QLatin1StringView("stream_name"));
            detail.bucket = d.sharedString(QLatin1StringView("bucket"));
            detail.path = d.string(QLatin1StringView("path"));
            detail.url = d.string(QLatin1StringView("url"));
            detail.nodeId = d.sharedString(QLatin1StringView("node_id"));
            detail.deviceId = d.string(QLatin1StringView("device_id"));
            detail.videoSourceId = d.string(QLatin1StringView("video_source_id"));
            if (detail != InputSourceDetail())
                source.detail = std::move(detail);
        }
        task.input.sources.append(std::move(source));
    }
}

// "output.<kind>": the documented kinds without building a string per task.
QString outputPath(std::string_view kind)
{
    if (kind == "webhook")
        return QStringLiteral("output.webhook");
    if (kind == "dis")
        return QStringLiteral("output.dis");
    if (kind == "obs")
        return QStringLiteral("output.obs");
    if (kind == "localpath")
        return QStringLiteral("output.localpath");
    return QStringLiteral("output.") + jsondom::toQString(kind);
}

HeaderList readHeaders(const FieldReader &r, const QString &path)
{
    HeaderList headers;
    const std::optional<Element> v = r.value(QLatin1StringView("headers"));
    if (!v || v->type() == Type::NULL_VALUE)
        return headers;
    if (v->type() != Type::OBJECT) {
        r.warn(Kind::WrongType, path, typeExpected(*v, ", expected an object"));
        return headers;
    }
    for (const auto item : jsondom::Object(*v)) {
        const QString key = intern(item.key);
        const Element value = item.value;
        if (value.type() == Type::STRING) {
            // A content type repeats on every task; other values may be
            // secrets, which are not kept in the shared pool.
            const bool plain =
                key.compare(QLatin1StringView("content-type"), Qt::CaseInsensitive) == 0;
            headers.append({key, plain ? intern(std::string_view(value))
                                       : jsondom::toQString(std::string_view(value))});
        } else if (jsondom::isNumber(value) || value.type() == Type::BOOL) {
            r.warn(Kind::Coerced, path + QLatin1Char('.') + key, typeName(value));
            headers.append(
                {key, value.type() == Type::BOOL
                          ? (bool(value) ? QStringLiteral("true") : QStringLiteral("false"))
                          : numberText(jsondom::toDouble(value))});
        } else {
            r.warn(Kind::WrongType, path + QLatin1Char('.') + key,
                   typeExpected(value, ", expected a string"));
        }
    }
    return headers;
}

void readOutput(const FieldReader &top, Task &task)
{
    const std::optional<jsondom::Object> output = top.object(QLatin1StringView("output"));
    if (!output)
        return;
    TaskOutput &out = task.output;
    for (const auto item : *output) {
        const std::string_view key = item.key;
        const QString path = outputPath(key);
        if (key == "hosting") {
            out.hosting = true;
            continue;
        }
        if (item.value.type() != Type::OBJECT) {
            if (item.value.type() != Type::NULL_VALUE)
                top.warn(Kind::WrongType, path, typeExpected(item.value, ", expected an object"));
            continue;
        }
        FieldReader r(jsondom::Object(item.value), path, &task.warnings);
        const auto categories = QLatin1StringView("data_category");
        if (key == "webhook") {
            // Tasks of one operator mostly post to a few receivers: shared.
            out.webhook =
                WebhookOutput{r.sharedString(QLatin1StringView("url"), FieldReader::Need::Required),
                              readHeaders(r, QStringLiteral("output.webhook.headers")),
                              r.sharedStringList(categories)};
        } else if (key == "dis") {
            out.dis = DisOutput{r.string(QLatin1StringView("stream_name")),
                                r.sharedStringList(categories)};
        } else if (key == "obs") {
            out.obs =
                ObsOutput{r.sharedString(QLatin1StringView("bucket")),
                          r.string(QLatin1StringView("path")), r.sharedStringList(categories)};
        } else if (key == "localpath") {
            out.localPath = LocalPathOutput{r.string(QLatin1StringView("mount_source_path")),
                                            r.sharedStringList(categories)};
        } else {
            out.otherKinds << jsondom::toQString(key);
            top.warn(Kind::UnknownType, QStringLiteral("output"), jsondom::toQString(key));
        }
    }
}

void readServiceConfig(const FieldReader &top, Task &task)
{
    const std::optional<jsondom::Object> config = top.object(QLatin1StringView("service_config"));
    if (!config)
        return;
    for (const auto item : *config) {
        if (item.key != "common")
            task.config.otherSections << intern(item.key);
    }
    const std::optional<jsondom::Object> common =
        FieldReader(*config, QStringLiteral("service_config"), &task.warnings)
            .object(QLatin1StringView("common"));
    if (!common)
        return;
    std::optional<Element> targetRoi;
    std::string joinedKeys;
    for (const auto item : *common) {
        if (item.key == "target_roi")
            targetRoi = item.value;
        joinedKeys.append(item.key).push_back('\0');
    }
    task.config.commonKeys = sharedKeyList(joinedKeys);

    FieldReader r(*common, QStringLiteral("service_config.common"), &task.warnings);
    FaceConfig &f = task.config.face;
    f.detectionMaxSize = r.integer(QLatin1StringView("detection_max_size"));
    f.detectionMinSize = r.integer(QLatin1StringView("detection_min_size"));
    f.originImageSendSw = r.integer(QLatin1StringView("origin_image_send_sw"));
    f.imageCompressionRatio = r.integer(QLatin1StringView("image_compression_ratio"));
    f.frameSkipNumber = r.integer(QLatin1StringView("frame_skip_number"));
    f.faceFirstSendThreshold = r.number(QLatin1StringView("face_first_send_threshold"));
    f.faceMustSendSw = r.integer(QLatin1StringView("face_must_send_sw"));
    f.faceRepeatSendSw = r.integer(QLatin1StringView("face_repeat_send_sw"));
    f.faceRepeatSendMode = r.sharedString(QLatin1StringView("face_repeat_send_mode"));
    f.faceRepeatSendStep = r.number(QLatin1StringView("face_repeat_send_step"));
    f.faceRepeatSendInterval = r.integer(QLatin1StringView("face_repeat_send_interval"));
    f.localFileSaveTime = r.integer(QLatin1StringView("local_file_save_time"));
    if (targetRoi)
        task.roi = checkRoiElement(*targetRoi, &task.warnings);
}

void readTask(jsondom::Object obj, Task &task)
{
    FieldReader r(obj, QString(), &task.warnings);
    using Need = FieldReader::Need;
    task.id = r.string(QLatin1StringView("id"), Need::Required);
    task.name = r.string(QLatin1StringView("name"), Need::Required);
    task.creator = r.sharedString(QLatin1StringView("creator"));
    task.projectId = r.sharedString(QLatin1StringView("project_id"));
    // Descriptions repeat (templates, copies): shared like the ids below.
    task.description = r.sharedString(QLatin1StringView("description"), Need::NullAllowed);
    task.serviceVersion = r.sharedString(QLatin1StringView("service_version"));
    task.edgePoolId = r.sharedString(QLatin1StringView("edge_pool_id"));
    task.resourceOrderId = r.sharedString(QLatin1StringView("resource_order_id"));
    TaskExtra extra;
    extra.serviceName = r.sharedString(QLatin1StringView("service_name"));
    extra.statusDetail = r.string(QLatin1StringView("status"), Need::NullAllowed);
    task.createdAtMs = r.timestamp(QLatin1StringView("created_at"));
    task.updatedAtMs = r.timestamp(QLatin1StringView("updated_at"));

    if (const std::optional<Element> title = r.value(QLatin1StringView("service_title"));
        title && title->type() == Type::OBJECT) {
        FieldReader t(jsondom::Object(*title), QString(), &task.warnings);
        auto text = [&t](const char *key) {
            const std::optional<Element> v = t.value(QLatin1StringView(key));
            return v && v->type() == Type::STRING ? intern(std::string_view(*v)) : QString();
        };
        extra.titleEn = text("en");
        extra.titleZh = text("zh");
    }
    if (const std::optional<Element> error = r.value(QLatin1StringView("error"))) {
        if (error->type() == Type::STRING)
            extra.errorDetail = jsondom::toQString(std::string_view(*error));
        else if (error->type() == Type::OBJECT || error->type() == Type::ARRAY)
            extra.errorDetail = jsondom::toCompactJson(*error);
    }
    if (!extra.isEmpty())
        task.extra = std::move(extra);

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

// Reads one task from its JSON text (a slice of a page or a whole body).
void readTaskText(std::string_view text, Task &task)
{
    QString error;
    const std::optional<Element> root = jsondom::parse(text, 0, &error);
    if (!root || root->type() != Type::OBJECT) {
        const QString detail = !root                         ? error
                               : root->type() == Type::ARRAY ? QStringLiteral("an array")
                                                             : QStringLiteral("a scalar value");
        task.warnings.append({Kind::NotAnObject, Rule::None, QStringLiteral("task"), detail});
        task.name =
            QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60)))
                .simplified();
        return;
    }
    readTask(jsondom::Object(*root), task);
}

// A context for lupdate and the runtime alike: a free tr() helper would be
// filed by lupdate under the enclosing namespace and never be found.
// service_config.common of the task's raw JSON, read again (slot 0 of this
// thread's parser: valid until its next parse).
std::optional<jsondom::Object> commonOf(const Task &task)
{
    const std::optional<Element> root = jsondom::parse(
        std::string_view(task.rawJson.constData(), std::size_t(task.rawJson.size())), 0, nullptr);
    if (!root || root->type() != Type::OBJECT)
        return std::nullopt;
    const std::optional<Element> config = jsondom::find(jsondom::Object(*root), "service_config");
    if (!config || config->type() != Type::OBJECT)
        return std::nullopt;
    const std::optional<Element> common = jsondom::find(jsondom::Object(*config), "common");
    if (!common || common->type() != Type::OBJECT)
        return std::nullopt;
    return jsondom::Object(*common);
}

struct TaskParserTr
{
    Q_DECLARE_TR_FUNCTIONS(TaskParser)
};

} // namespace

Task parseTask(const QByteArray &taskJson)
{
    Task task;
    task.rawJson = taskJson;
    readTaskText(std::string_view(taskJson.constData(), std::size_t(taskJson.size())), task);
    return task;
}

ParseResult<Task> parseTaskBody(const QByteArray &body)
{
    ParseResult<Task> result;
    const std::optional<jsondom::Element> root =
        jsondom::parse(std::string_view(body.constData(), std::size_t(body.size())), 0, nullptr);
    if (!root) {
        QJsonParseError error{};
        QJsonDocument::fromJson(body, &error);
        result.error = {TaskParserTr::tr("The response is not JSON (%1 at byte %2).")
                            .arg(error.errorString())
                            .arg(error.offset),
                        error.offset};
        return result;
    }
    if (root->type() != jsondom::Type::OBJECT) {
        result.error = {TaskParserTr::tr("The response is JSON but not a task object."), 0};
        return result;
    }
    Task task;
    task.rawJson = body.trimmed();
    readTask(jsondom::Object(*root), task);
    result.value = std::move(task);
    return result;
}

QList<ConfigEntry> configEntries(const Task &task)
{
    QList<ConfigEntry> entries;
    const std::optional<jsondom::Object> common = commonOf(task);
    if (!common)
        return entries;
    entries.reserve(qsizetype(common->size()));
    for (const auto item : *common)
        entries.append({intern(item.key), jsondom::toQJsonValue(item.value)});
    return entries;
}

Roi taskRoi(const Task &task, TaskWarnings *warnings)
{
    const std::optional<jsondom::Object> common = commonOf(task);
    const std::optional<Element> value =
        common ? jsondom::find(*common, "target_roi") : std::nullopt;
    return value ? parseRoiElement(*value, warnings) : Roi{};
}

} // namespace vias
