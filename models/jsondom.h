// Internal to models/: the fast JSON reading shared by the task and ROI
// parsers. simdjson's DOM parses a task slice several times faster than
// QJsonDocument; these helpers turn its values into Qt types. Include only
// from .cpp files (simdjson.h is large).
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace vias::jsondom {

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;
using Type = simdjson::dom::element_type;

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline bool isNumber(Element e)
{
    const Type t = e.type();
    return t == Type::DOUBLE || t == Type::INT64 || t == Type::UINT64;
}

// Any number as a double (integers beyond 2^53 round, as in QJsonValue).
double toDouble(Element e);

// "a string", "an object"... for warnings; the same words the QtJson reader used.
QString typeName(Element e);

// The value of `key`, or nullopt when absent. For a key sent twice the last
// value wins, as with QJsonDocument.
std::optional<Element> find(Object object, std::string_view key);

// A faithful conversion (numbers to double, as QJsonValue holds them).
QJsonValue toQJsonValue(Element e);

// Compact JSON text of a value.
QString toCompactJson(Element e);

// Parses `text` with a per-thread parser slot (0: task, 1: ROI inside a task),
// so nested parses do not invalidate each other. Text simdjson refuses but
// QJsonDocument accepts (a number beyond 64 bits...) is re-serialised by
// QtJson and parsed again, so both parsers accept the same documents. On
// failure returns nullopt and, in *error, QtJson's message with its offset
// ("unterminated object at byte 12"), as users have seen before.
std::optional<Element> parse(std::string_view text, int slot, QString *error,
                             QLatin1StringView offsetUnit = QLatin1StringView("byte"));

} // namespace vias::jsondom
