// Value types for one VIAS task (spec section 3): its identity, state, input
// sources, outputs, service_config and ROI, plus the original JSON bytes so
// nothing the server sent is lost.
#pragma once

#include "models/roi.h"
#include "models/taskstate.h"
#include "models/taskwarning.h"

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <optional>

namespace vias {

enum class InputType : quint8
{
    Unknown = 0,
    EdgeCamera,
    Vis,
    Obs,
    Url,
    EdgeRestful,
    Vcn,
    VideoSource,
};

QString inputTypeCode(InputType type);         // "edgecamera"
InputType inputTypeFromCode(QStringView code); // Unknown for anything else
QString inputTypeName(InputType type);         // translated ("Edge camera")

// An optional part kept on the heap and shared between copies: one pointer
// in each Task instead of the part's size, for parts most tasks do not have
// (a task has one output kind of four). Reads like std::optional; writing
// through -> or * copies a part still shared with another task first.
template<typename T>
class SharedOptional
{
public:
    SharedOptional() = default;
    SharedOptional(std::nullopt_t) {}
    SharedOptional(T value) // implicit, as std::optional's
        : m_d(new Box(std::move(value)))
    {}

    bool has_value() const { return bool(m_d); }
    explicit operator bool() const { return has_value(); }
    void reset() { m_d.reset(); }

    const T &operator*() const { return m_d->value; }
    const T *operator->() const { return &m_d->value; }
    T &operator*() { return detached()->value; }
    T *operator->() { return &detached()->value; }

    friend bool operator==(const SharedOptional &a, const SharedOptional &b)
    {
        return a.m_d == b.m_d || (a.m_d && b.m_d && a.m_d->value == b.m_d->value);
    }

private:
    struct Box : QSharedData
    {
        explicit Box(T v)
            : value(std::move(v))
        {}
        T value;
    };

    Box *detached()
    {
        m_d.detach();
        return m_d.data();
    }

    QExplicitlySharedDataPointer<Box> m_d;
};

// The fields of an input.data item that edge cameras (nearly every c-face-edge
// source) do not have.
struct InputSourceDetail
{
    QString streamName; // vis
    QString bucket;     // obs
    QString path;       // obs
    QString url;        // url, edgerestful
    QString nodeId;     // edgerestful, vcn
    QString deviceId;   // vcn
    QString videoSourceId;
    friend bool operator==(const InputSourceDetail &, const InputSourceDetail &) = default;
};

// One item of input.data. Which fields are set depends on the input type.
struct InputSource
{
    QString id;                  // edgecamera: camera/device id
    int index = -1;              // -1 when missing
    int streamType = 0;          // vcn: 1 main, 2 sub 1, 3 sub 2; 0 when missing
    bool hasCredentials = false; // a vcn source carries username/password (never copied here)
    SharedOptional<InputSourceDetail> detail; // absent when every detail is empty

    const QString &streamName() const { return detailField(&InputSourceDetail::streamName); }
    const QString &bucket() const { return detailField(&InputSourceDetail::bucket); }
    const QString &path() const { return detailField(&InputSourceDetail::path); }
    const QString &url() const { return detailField(&InputSourceDetail::url); }
    const QString &nodeId() const { return detailField(&InputSourceDetail::nodeId); }
    const QString &deviceId() const { return detailField(&InputSourceDetail::deviceId); }
    const QString &videoSourceId() const { return detailField(&InputSourceDetail::videoSourceId); }

    // The value that identifies this source for its type (camera id, stream,
    // obs path, url, device id...).
    QString displayId() const;

    friend bool operator==(const InputSource &, const InputSource &) = default;

private:
    const QString &detailField(QString InputSourceDetail::*field) const;
};

struct TaskInput
{
    InputType type = InputType::Unknown;
    QString typeCode; // as sent, so an unknown type still shows
    QList<InputSource> sources;

    friend bool operator==(const TaskInput &, const TaskInput &) = default;
};

using HeaderList = QList<QPair<QString, QString>>;

struct WebhookOutput
{
    QString url;
    HeaderList headers; // values may be secrets: mask before showing
    QStringList dataCategory;
    friend bool operator==(const WebhookOutput &, const WebhookOutput &) = default;
};

struct DisOutput
{
    QString streamName;
    QStringList dataCategory;
    friend bool operator==(const DisOutput &, const DisOutput &) = default;
};

struct ObsOutput
{
    QString bucket;
    QString path;
    QStringList dataCategory;
    friend bool operator==(const ObsOutput &, const ObsOutput &) = default;
};

struct LocalPathOutput
{
    QString mountSourcePath;
    QStringList dataCategory;
    friend bool operator==(const LocalPathOutput &, const LocalPathOutput &) = default;
};

struct TaskOutput
{
    SharedOptional<WebhookOutput> webhook;
    SharedOptional<DisOutput> dis;
    SharedOptional<ObsOutput> obs;
    SharedOptional<LocalPathOutput> localPath;
    bool hosting = false;
    QStringList otherKinds; // output keys outside the spec, kept by name

    bool isEmpty() const;
    // One line for the table: "webhook example.com", "dis stream-a", ...
    QString summary() const;
    // Kinds present, in spec order: "webhook", "dis", "obs", "localpath", "hosting", others.
    QStringList kinds() const;

    friend bool operator==(const TaskOutput &, const TaskOutput &) = default;
};

// The typed keys of service_config.common for c-face-edge. Absent keys are
// std::nullopt; every key (typed or not) is also in ServiceConfig::common.
struct FaceConfig
{
    std::optional<int> detectionMaxSize;
    std::optional<int> detectionMinSize;
    std::optional<int> originImageSendSw;
    std::optional<int> imageCompressionRatio;
    std::optional<int> frameSkipNumber;
    std::optional<double> faceFirstSendThreshold;
    std::optional<int> faceMustSendSw;
    std::optional<int> faceRepeatSendSw;
    QString faceRepeatSendMode; // empty when absent
    std::optional<double> faceRepeatSendStep;
    std::optional<int> faceRepeatSendInterval;
    std::optional<int> localFileSaveTime;

    friend bool operator==(const FaceConfig &, const FaceConfig &) = default;
};

// One key of service_config.common with its value as sent (target_roi stays
// its string here). See configEntries() in taskparser.h.
struct ConfigEntry
{
    QString key;
    QJsonValue value;
    friend bool operator==(const ConfigEntry &, const ConfigEntry &) = default;
};

struct ServiceConfig
{
    // The keys of service_config.common, in server order; tasks with the same
    // keys share one list. The values as sent are read again from the task's
    // raw JSON when a view or an export asks (configEntries()): holding them
    // as QJsonValues cost about 1.4 KB for every loaded task.
    QStringList commonKeys;
    QStringList otherSections; // keys of service_config besides "common"
    FaceConfig face;
    friend bool operator==(const ServiceConfig &, const ServiceConfig &) = default;
};

// Fields only newer servers send: kept out of line, as most tasks lack them.
struct TaskExtra
{
    QString serviceName;  // "service_name"
    QString titleEn;      // service_title.en
    QString titleZh;      // service_title.zh
    QString statusDetail; // "status"
    QString errorDetail;  // "error" (text or compact JSON)
    bool isEmpty() const;
    friend bool operator==(const TaskExtra &, const TaskExtra &) = default;
};

inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

struct Task
{
    QString id;
    QString name;
    QString creator;
    QString projectId;
    QString description; // empty for null or absent
    QString serviceVersion;
    QString edgePoolId;
    QString resourceOrderId;
    SharedOptional<TaskExtra> extra; // newer servers' fields; absent on most tasks
    qint64 createdAtMs = kNoTime;    // epoch milliseconds, UTC
    qint64 updatedAtMs = kNoTime;
    TaskState state = TaskState::Unknown;
    QString stateCode; // as sent (shared strings for known states)
    TaskInput input;
    TaskOutput output;
    ServiceConfig config;
    RoiSummary roi; // the shapes: taskRoi(task) (taskparser.h)
    TaskWarnings warnings;
    // The task object exactly as the server sent it. It may share the buffer
    // of the page it came in (see parseTaskList), so it is not always
    // '\0'-terminated: read it with its size.
    QByteArray rawJson;

    const QString &serviceName() const { return extraField(&TaskExtra::serviceName); }
    const QString &titleEn() const { return extraField(&TaskExtra::titleEn); }
    const QString &titleZh() const { return extraField(&TaskExtra::titleZh); }
    const QString &statusDetail() const { return extraField(&TaskExtra::statusDetail); }
    const QString &errorDetail() const { return extraField(&TaskExtra::errorDetail); }

    // The translated state name, or the raw code for an unknown state.
    QString stateDisplay() const;
    bool hasDataWarnings() const;

private:
    const QString &extraField(QString TaskExtra::*field) const;
};

} // namespace vias
