// The spec's sanity rules for a c-face-edge configuration (checkFaceConfig,
// declared in taskparser.h): values a server accepts but an operator should
// look at twice.
#include "models/taskparser.h"

namespace vias {

using Kind = TaskWarning::Kind;
using Rule = TaskWarning::Rule;

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
