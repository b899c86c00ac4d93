#include "models/faceconfigschema.h"

#include <QCoreApplication>

namespace vias {
namespace {

// A context for lupdate and the runtime alike: a free tr() helper would be
// filed by lupdate under the enclosing namespace and never be found.
struct FaceConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(FaceConfig)
};

} // namespace

QList<ConfigKeyInfo> faceConfigKeys()
{
    return {
        {"detection_min_size", FaceConfigTr::tr("Smallest face"), FaceConfigTr::tr("px"),
         FaceConfigTr::tr(
             "Faces smaller than this are not detected; faces must be at least 90×90."),
         QStringLiteral("120")},
        {"detection_max_size", FaceConfigTr::tr("Largest face"), FaceConfigTr::tr("px"),
         FaceConfigTr::tr("Faces larger than this are not detected."), QStringLiteral("800")},
        {"target_roi",
         FaceConfigTr::tr("Detection region"),
         {},
         FaceConfigTr::tr(
             "Polygons and lines where faces are detected; the whole frame when absent."),
         {}},
        {"frame_skip_number", FaceConfigTr::tr("Frames skipped"), FaceConfigTr::tr("frames"),
         FaceConfigTr::tr(
             "Frames skipped after each analysed frame; higher saves compute, may miss faces."),
         QStringLiteral("0")},
        {"face_first_send_threshold", FaceConfigTr::tr("First send delay"), FaceConfigTr::tr("s"),
         FaceConfigTr::tr("Time from first seeing a face to sending it."), QStringLiteral("0")},
        {"face_must_send_sw",
         FaceConfigTr::tr("Always send"),
         {},
         FaceConfigTr::tr("Switch: 0 off, 1 on."),
         QStringLiteral("0")},
        {"face_repeat_send_sw",
         FaceConfigTr::tr("Resend same person"),
         {},
         FaceConfigTr::tr("Resend the same person's face: 0 off, 1 on."),
         {}},
        {"face_repeat_send_mode",
         FaceConfigTr::tr("Resend mode"),
         {},
         FaceConfigTr::tr(
             "PERIOD: the best face once per period; QUALITY_STEP: resend when quality grows by "
             "the step factor."),
         {}},
        {"face_repeat_send_interval", FaceConfigTr::tr("Resend period"), FaceConfigTr::tr("s"),
         FaceConfigTr::tr("Period for the PERIOD resend mode."), QStringLiteral("1")},
        {"face_repeat_send_step", FaceConfigTr::tr("Resend quality step"), FaceConfigTr::tr("×"),
         FaceConfigTr::tr("Quality factor for the QUALITY_STEP resend mode."),
         QStringLiteral("1.2")},
        {"origin_image_send_sw",
         FaceConfigTr::tr("Send whole frame"),
         {},
         FaceConfigTr::tr(
             "Send the whole frame with each face: 0 off, 1 on. Needed for OriginImage output."),
         QStringLiteral("0")},
        {"image_compression_ratio", FaceConfigTr::tr("Frame JPEG quality"), FaceConfigTr::tr("%"),
         FaceConfigTr::tr("JPEG quality of the whole frame, 1 to 100."), QStringLiteral("90")},
        {"local_file_save_time", FaceConfigTr::tr("Days kept on edge"), FaceConfigTr::tr("days"),
         FaceConfigTr::tr("Days files are kept on the edge node (localpath output)."),
         QStringLiteral("1")},
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
