// A problem found in one task while parsing or checking it. Stored as a kind
// plus the field and a detail, and rendered on demand, so the text follows the
// current language.
#pragma once

#include <QList>
#include <QString>

namespace vias {

struct TaskWarning
{
    enum class Kind : quint8 {
        MissingField,   // a required field is absent
        NullValue,      // a field is null where a value was expected
        WrongType,      // a value of the wrong JSON type that could not be used
        Coerced,        // a value of the wrong JSON type that was converted (e.g. "5" -> 5)
        UnknownState,   // a state code outside the spec
        UnknownType,    // an input or output type outside the spec
        BadTimestamp,   // a timestamp that is not YYYY-MM-DDTHH:MM:SSZ
        RoiUnparsable,  // target_roi could not be read at all
        RoiMisspeltKey, // a key such as "polygos" that looks like a known one
        RoiShape,       // a polygon or line that breaks the documented rules
        TooLarge,       // a value was cut to keep memory bounded
        NotAnObject,    // the task itself is not a JSON object
        Suspicious,     // a valid but doubtful configuration (spec sanity rules)
    };

    // Which rule a Suspicious or RoiShape warning reports (None for other kinds).
    enum class Rule : quint8 {
        None,
        MinSizeBelow90,    // detection_min_size < 90
        MinAboveMax,       // detection_min_size > detection_max_size
        CompressionRange,  // image_compression_ratio outside 1..100
        SwitchNotBinary,   // a *_sw key that is not 0 or 1
        UnknownRepeatMode, // face_repeat_send_mode not PERIOD / QUALITY_STEP
        OriginImageOff,    // OriginImage requested while origin_image_send_sw is 0
        PlainHttpWebhook,  // webhook URL over http://
        RoiTooFewPoints,   // a polygon with fewer than 3 points (detail: the count)
        RoiNotTwoPoints,   // a line without exactly 2 points (detail: the count)
        RoiBadPoint,       // a point that is not [x, y] with finite numbers (detail: index)
        RoiSelfIntersecting, // polygon edges cross (detail: the two edge indexes "i,j")
        RoiRepeatedPoint,  // the same point twice in a row (detail: index)
        RoiOutsideFrame,   // a point outside the frame (detail: "x,y")
    };

    Kind kind = Kind::WrongType;
    Rule rule = Rule::None;
    QString field;  // JSON path such as "input.data[1].index"
    QString detail; // untranslated specifics: the value seen, the expected type

    // Full sentence in the current language, naming the field.
    QString text() const;
    // True for problems with the data itself, false for Suspicious checks.
    bool isDataProblem() const { return kind != Kind::Suspicious; }

    friend bool operator==(const TaskWarning &, const TaskWarning &) = default;
};

using TaskWarnings = QList<TaskWarning>;

} // namespace vias
