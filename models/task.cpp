#include "models/task.h"

#include <QCoreApplication>
#include <QUrl>

namespace vias {
namespace {

struct InputTypeInfo
{
    InputType type;
    const char *code;
    const char *name;
};

constexpr InputTypeInfo kInputTypes[] = {
    {InputType::EdgeCamera, "edgecamera", QT_TRANSLATE_NOOP("InputType", "Edge camera")},
    {InputType::Vis, "vis", QT_TRANSLATE_NOOP("InputType", "Video ingestion stream (VIS)")},
    {InputType::Obs, "obs", QT_TRANSLATE_NOOP("InputType", "OBS file")},
    {InputType::Url, "url", QT_TRANSLATE_NOOP("InputType", "URL")},
    {InputType::EdgeRestful, "edgerestful", QT_TRANSLATE_NOOP("InputType", "Edge RESTful source")},
    {InputType::Vcn, "vcn", QT_TRANSLATE_NOOP("InputType", "VCN device")},
    {InputType::VideoSource, "video_source", QT_TRANSLATE_NOOP("InputType", "Video source")},
};

} // namespace

QString inputTypeCode(InputType type)
{
    for (const auto &info : kInputTypes) {
        if (info.type == type)
            return QString::fromLatin1(info.code);
    }
    return {};
}

InputType inputTypeFromCode(QStringView code)
{
    for (const auto &info : kInputTypes) {
        if (code.compare(QLatin1StringView(info.code), Qt::CaseInsensitive) == 0)
            return info.type;
    }
    return InputType::Unknown;
}

QString inputTypeName(InputType type)
{
    for (const auto &info : kInputTypes) {
        if (info.type == type)
            return QCoreApplication::translate("InputType", info.name);
    }
    return QCoreApplication::translate("InputType", "Unknown");
}

const QString &InputSource::detailField(QString InputSourceDetail::*field) const
{
    static const QString kEmpty;
    return detail ? (*detail).*field : kEmpty;
}

QString InputSource::displayId() const
{
    if (!id.isEmpty() || !detail)
        return id;
    const InputSourceDetail &d = *detail;
    for (const QString *candidate : {&d.streamName, &d.deviceId, &d.videoSourceId, &d.url}) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    if (!d.bucket.isEmpty() || !d.path.isEmpty())
        return d.bucket + QLatin1Char('/') + d.path;
    return d.nodeId;
}

bool TaskExtra::isEmpty() const
{
    return serviceName.isEmpty() && titleEn.isEmpty() && titleZh.isEmpty() &&
           statusDetail.isEmpty() && errorDetail.isEmpty();
}

const QString &Task::extraField(QString TaskExtra::*field) const
{
    static const QString kEmpty;
    return extra ? (*extra).*field : kEmpty;
}

bool TaskOutput::isEmpty() const
{
    return !webhook && !dis && !obs && !localPath && !hosting && otherKinds.isEmpty();
}

QStringList TaskOutput::kinds() const
{
    QStringList out;
    if (webhook)
        out << QStringLiteral("webhook");
    if (dis)
        out << QStringLiteral("dis");
    if (obs)
        out << QStringLiteral("obs");
    if (localPath)
        out << QStringLiteral("localpath");
    if (hosting)
        out << QStringLiteral("hosting");
    out += otherKinds;
    return out;
}

QString TaskOutput::summary() const
{
    QStringList parts;
    if (webhook) {
        const QString host = QUrl(webhook->url).host();
        parts << QStringLiteral("webhook ") + (host.isEmpty() ? webhook->url : host);
    }
    if (dis)
        parts << QStringLiteral("dis ") + dis->streamName;
    if (obs)
        parts << QStringLiteral("obs ") + obs->bucket;
    if (localPath)
        parts << QStringLiteral("localpath ") + localPath->mountSourcePath;
    if (hosting)
        parts << QStringLiteral("hosting");
    parts += otherKinds;
    return parts.join(QStringLiteral("; "));
}

QString Task::stateDisplay() const
{
    return state == TaskState::Unknown ? stateCode : taskStateName(state);
}

bool Task::hasDataWarnings() const
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [](const TaskWarning &w) { return w.isDataProblem(); });
}

} // namespace vias
