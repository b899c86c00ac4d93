#include "models/faceconfigschema.h"

#include <QCoreApplication>

namespace vias {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FaceConfig", text);
}

} // namespace

QList<ConfigKeyInfo> faceConfigKeys()
{
    return {
        {"detection_min_size", tr("Smallest face"), tr("px"),
         tr("Faces smaller than this are not detected; faces must be at least 90×90."),
         QStringLiteral("120")},
        {"detection_max_size", tr("Largest face"), tr("px"),
         tr("Faces larger than this are not detected."), QStringLiteral("800")},
        {"target_roi", tr("Detection region"), {},
         tr("Polygons and lines where faces are detected; the whole frame when absent."), {}},
        {"frame_skip_number", tr("Frames skipped"), tr("frames"),
         tr("Frames skipped after each analysed frame; higher saves compute, may miss faces."),
         QStringLiteral("0")},
        {"face_first_send_threshold", tr("First send delay"), tr("s"),
         tr("Time from first seeing a face to sending it."), QStringLiteral("0")},
        {"face_must_send_sw", tr("Always send"), {}, tr("Switch: 0 off, 1 on."), QStringLiteral("0")},
        {"face_repeat_send_sw", tr("Resend same person"), {},
         tr("Resend the same person's face: 0 off, 1 on."), {}},
        {"face_repeat_send_mode", tr("Resend mode"), {},
         tr("PERIOD: the best face once per period; QUALITY_STEP: resend when quality grows by "
            "the step factor."),
         {}},
        {"face_repeat_send_interval", tr("Resend period"), tr("s"),
         tr("Period for the PERIOD resend mode."), QStringLiteral("1")},
        {"face_repeat_send_step", tr("Resend quality step"), tr("×"),
         tr("Quality factor for the QUALITY_STEP resend mode."), QStringLiteral("1.2")},
        {"origin_image_send_sw", tr("Send whole frame"), {},
         tr("Send the whole frame with each face: 0 off, 1 on. Needed for OriginImage output."),
         QStringLiteral("0")},
        {"image_compression_ratio", tr("Frame JPEG quality"), tr("%"),
         tr("JPEG quality of the whole frame, 1 to 100."), QStringLiteral("90")},
        {"local_file_save_time", tr("Days kept on edge"), tr("days"),
         tr("Days files are kept on the edge node (localpath output)."), QStringLiteral("1")},
    };
}

ConfigKeyInfo faceConfigKey(QStringView key)
{
    for (const ConfigKeyInfo &info : faceConfigKeys()) {
        if (key == QLatin1StringView(info.key))
            return info;
    }
    return {"", {}, {}, {}, {}};
}

} // namespace vias
