#include "models/taskwarning.h"

#include <QCoreApplication>

namespace vias {
namespace {

// A context for lupdate and the runtime alike: a free tr() helper would be
// filed by lupdate under the enclosing namespace and never be found.
struct TaskWarningTr
{
    Q_DECLARE_TR_FUNCTIONS(TaskWarning)
};

QString ruleText(const TaskWarning &w)
{
    switch (w.rule) {
    case TaskWarning::Rule::MinSizeBelow90:
        return TaskWarningTr::tr(
                   "%1 is %2 pixels; faces must be at least 90×90, so use 90 or more.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::MinAboveMax:
        return TaskWarningTr::tr("%1 is larger than detection_max_size (%2); no face can match.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::CompressionRange:
        return TaskWarningTr::tr("%1 is %2; the JPEG quality must be between 1 and 100.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::SwitchNotBinary:
        return TaskWarningTr::tr("%1 is %2; a switch must be 0 (off) or 1 (on).")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::UnknownRepeatMode:
        return TaskWarningTr::tr("%1 is \"%2\"; the documented modes are PERIOD and QUALITY_STEP.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::OriginImageOff:
        return TaskWarningTr::tr(
                   "%1 asks for OriginImage but origin_image_send_sw is 0, so whole frames are "
                   "never sent.")
            .arg(w.field);
    case TaskWarning::Rule::PlainHttpWebhook:
        return TaskWarningTr::tr(
                   "%1 uses plain http://; events and face images travel unencrypted.")
            .arg(w.field);
    case TaskWarning::Rule::RoiTooFewPoints:
        return TaskWarningTr::tr("%1 has %2 points; a polygon needs at least 3.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::RoiNotTwoPoints:
        return TaskWarningTr::tr("%1 has %2 points; a line needs exactly 2.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::RoiBadPoint:
        return TaskWarningTr::tr("%1: point %2 is not a pair of numbers [x, y]; it was skipped.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::RoiSelfIntersecting:
        return TaskWarningTr::tr("%1: edges %2 cross; polygon edges must not cross.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::RoiRepeatedPoint:
        return TaskWarningTr::tr("%1: point %2 repeats the point before it.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::RoiOutsideFrame:
        return TaskWarningTr::tr("%1: point (%2) lies outside the camera frame.")
            .arg(w.field, w.detail);
    case TaskWarning::Rule::None:
        break;
    }
    return TaskWarningTr::tr("%1 looks doubtful: %2").arg(w.field, w.detail);
}

} // namespace

QString TaskWarning::text() const
{
    switch (kind) {
    case Kind::MissingField:
        return TaskWarningTr::tr("%1 is missing.").arg(field);
    case Kind::NullValue:
        return TaskWarningTr::tr("%1 is null.").arg(field);
    case Kind::WrongType:
        return TaskWarningTr::tr("%1 has the wrong type (%2); it was ignored.").arg(field, detail);
    case Kind::Coerced:
        return TaskWarningTr::tr("%1 was sent as %2; it was converted.").arg(field, detail);
    case Kind::UnknownState:
        return TaskWarningTr::tr("%1 \"%2\" is not a documented state; it is shown as sent.")
            .arg(field, detail);
    case Kind::UnknownType:
        return TaskWarningTr::tr("%1 \"%2\" is not a documented type; it is shown as sent.")
            .arg(field, detail);
    case Kind::BadTimestamp:
        return TaskWarningTr::tr("%1 \"%2\" is not a UTC time like 2020-09-10T07:41:59Z.")
            .arg(field, detail);
    case Kind::RoiUnparsable:
        return TaskWarningTr::tr("%1 cannot be read (%2); the region is not shown.")
            .arg(field, detail);
    case Kind::RoiMisspeltKey:
        return TaskWarningTr::tr("%1: the key \"%2\" looks misspelt; it was read as \"%3\".")
            .arg(field, detail.section(QLatin1Char('>'), 0, 0),
                 detail.section(QLatin1Char('>'), 1));
    case Kind::RoiShape:
        return ruleText(*this);
    case Kind::TooLarge:
        return TaskWarningTr::tr("%1 is too large (%2); the rest was not loaded.")
            .arg(field, detail);
    case Kind::NotAnObject:
        return TaskWarningTr::tr("%1 is not a JSON object (%2); only the raw text is available.")
            .arg(field, detail);
    case Kind::Suspicious:
        return ruleText(*this);
    }
    return field;
}

} // namespace vias
