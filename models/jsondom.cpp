#include "models/jsondom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace vias::jsondom {

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
    if (parser.parse(copy.constData(), std::size_t(copy.size())).get(root) == simdjson::SUCCESS)
        return root;
    if (error)
        *error = QStringLiteral("unreadable JSON");
    return std::nullopt;
}

} // namespace vias::jsondom
