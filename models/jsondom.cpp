#include "models/jsondom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace vias::jsondom {
namespace {

// QtJson holds an integer beyond 64 bits as a double but writes it back as
// digits when it is under 1e21 ("100000000000000000000"), which simdjson
// refuses as it did the original (its DOM has no big integers): a task with
// such a number was unreadable. Integers of 19 digits or more in QtJson's
// compact output get ".0", so simdjson reads them as the doubles QtJson made.
void largeIntegersAsDoubles(QByteArray &json)
{
    constexpr qsizetype kDigits = 19;
    QByteArray out;
    qsizetype copied = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c < '0' || c > '9')
            continue;
        qsizetype end = i;
        while (end < json.size() && json.at(end) >= '0' && json.at(end) <= '9')
            ++end;
        const bool integer = end == json.size() ||
                             (json.at(end) != '.' && json.at(end) != 'e' && json.at(end) != 'E');
        const bool afterFraction = i > 0 && (json.at(i - 1) == '.' || json.at(i - 1) == 'e' ||
                                             json.at(i - 1) == 'E' || json.at(i - 1) == '+');
        if (integer && !afterFraction && end - i >= kDigits) {
            out.append(json.constData() + copied, end - copied).append(".0");
            copied = end;
        }
        i = end - 1;
    }
    if (copied > 0) {
        out.append(json.constData() + copied, json.size() - copied);
        json = out;
    }
}

} // namespace

double toDouble(Element e)
{
    switch (e.type()) {
    case Type::DOUBLE:
        return double(e);
    case Type::INT64:
        return double(int64_t(e));
    case Type::UINT64:
        return double(uint64_t(e));
    default:
        return 0;
    }
}

QString typeName(Element e)
{
    switch (e.type()) {
    case Type::NULL_VALUE:
        return QStringLiteral("null");
    case Type::BOOL:
        return QStringLiteral("a boolean");
    case Type::DOUBLE:
    case Type::INT64:
    case Type::UINT64:
        return QStringLiteral("a number");
    case Type::STRING:
        return QStringLiteral("a string");
    case Type::ARRAY:
        return QStringLiteral("an array");
    case Type::OBJECT:
        return QStringLiteral("an object");
    }
    return QStringLiteral("nothing");
}

std::optional<Element> find(Object object, std::string_view key)
{
    std::optional<Element> found;
    for (const auto field : object) {
        if (field.key == key)
            found = field.value;
    }
    return found;
}

QJsonValue toQJsonValue(Element e)
{
    switch (e.type()) {
    case Type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case Type::BOOL:
        return QJsonValue(bool(e));
    case Type::DOUBLE:
    case Type::INT64:
    case Type::UINT64:
        return QJsonValue(toDouble(e));
    case Type::STRING:
        return QJsonValue(toQString(std::string_view(e)));
    case Type::ARRAY: {
        QJsonArray array;
        for (const Element item : Array(e))
            array.append(toQJsonValue(item));
        return array;
    }
    case Type::OBJECT: {
        QJsonObject object;
        for (const auto field : Object(e))
            object.insert(toQString(field.key), toQJsonValue(field.value));
        return object;
    }
    }
    return {};
}

QString toCompactJson(Element e)
{
    return toQString(simdjson::minify(e));
}

std::optional<Element> parse(std::string_view text, int slot, QString *error,
                             QLatin1StringView offsetUnit)
{
    // One parser per slot and thread: a parser's buffers are reused for every
    // task it reads, so steady-state parsing allocates nothing here.
    thread_local std::array<simdjson::dom::parser, 2> parsers;
    thread_local std::array<QByteArray, 2> rewritten;
    simdjson::dom::parser &parser = parsers.at(std::size_t(slot));
    Element root;
    if (parser.parse(text.data(), text.size()).get(root) == simdjson::SUCCESS)
        return root;

    QJsonParseError qtError{};
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), qsizetype(text.size())), &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1 at %2 %3")
                         .arg(qtError.errorString(), offsetUnit)
                         .arg(qtError.offset);
        return std::nullopt;
    }
    QByteArray &copy = rewritten.at(std::size_t(slot));
    copy = doc.toJson(QJsonDocument::Compact);
    largeIntegersAsDoubles(copy);
    if (parser.parse(copy.constData(), std::size_t(copy.size())).get(root) == simdjson::SUCCESS)
        return root;
    if (error)
        *error = QStringLiteral("unreadable JSON");
    return std::nullopt;
}

} // namespace vias::jsondom
