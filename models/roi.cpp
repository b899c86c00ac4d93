#include "models/roi.h"

#include "models/roireader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <string>

namespace vias {
namespace {

using Kind = TaskWarning::Kind;
using Rule = TaskWarning::Rule;

// Edit distance, bounded: enough to recognise "polygos" as "polygons".
int editDistance(QStringView a, QStringView b)
{
    if (std::abs(a.size() - b.size()) > 3 || a.size() > 32 || b.size() > 32)
        return 99;
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

using jsondom::Element;
using jsondom::Type;

struct RoiReader
{
    TaskWarnings *warnings;
    QString prefix;
    qsizetype pointsLeft = kMaxRoiPoints;
    bool truncated = false;

    void warn(Kind kind, const QString &field, const QString &detail, Rule rule = Rule::None)
    {
        if (warnings)
            warnings->append({kind, rule, field, detail});
    }

    static std::optional<double> number(std::optional<Element> v)
    {
        if (!v)
            return std::nullopt;
        double d = 0;
        if (jsondom::isNumber(*v)) {
            d = jsondom::toDouble(*v);
        } else if (v->type() == Type::STRING) {
            bool ok = false;
            d = jsondom::toQString(std::string_view(*v)).trimmed().toDouble(&ok);
            if (!ok)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
        if (!std::isfinite(d))
            return std::nullopt;
        return d;
    }

    // `list` and `index` name the shape in warnings ("...polygons[2]"); the
    // name is built only when there is something to say.
    RoiShape readShape(Element value, const QString &list, qsizetype index)
    {
        const auto field = [&]() -> QString {
            return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        };
        RoiShape shape;
        if (value.type() != Type::OBJECT) {
            warn(Kind::WrongType, field(), QStringLiteral("expected an object"));
            return shape;
        }
        const jsondom::Object obj(value);
        if (const std::optional<Element> name = jsondom::find(obj, "name")) {
            if (name->type() == Type::STRING)
                shape.name = jsondom::toQString(std::string_view(*name));
            else if (jsondom::isNumber(*name))
                shape.name = QString::number(jsondom::toDouble(*name));
        }
        if (const std::optional<Element> props = jsondom::find(obj, "properties")) {
            if (props->type() == Type::OBJECT)
                shape.properties = jsondom::toQJsonValue(*props).toObject();
            else if (props->type() != Type::NULL_VALUE)
                warn(Kind::WrongType, field() + QLatin1StringView(".properties"),
                     QStringLiteral("expected an object"));
        }

        const std::optional<Element> data = jsondom::find(obj, "data");
        if (!data || data->type() != Type::ARRAY) {
            warn(!data ? Kind::MissingField : Kind::WrongType, field() + QLatin1StringView(".data"),
                 QStringLiteral("expected an array of [x, y]"));
            return shape;
        }
        const jsondom::Array points(*data);
        shape.points.reserve(std::min<qsizetype>(qsizetype(points.size()), pointsLeft));
        qsizetype i = -1;
        for (const Element p : points) {
            ++i;
            if (pointsLeft <= 0) {
                truncated = true;
                break;
            }
            std::optional<double> x;
            std::optional<double> y;
            if (p.type() == Type::ARRAY) {
                const jsondom::Array pair(p);
                if (pair.size() == 2) {
                    x = number(pair.at(0).value_unsafe());
                    y = number(pair.at(1).value_unsafe());
                }
            } else if (p.type() ==
                       Type::OBJECT) { // {"x":..,"y":..} is seen in hand-written configs
                x = number(jsondom::find(jsondom::Object(p), "x"));
                y = number(jsondom::find(jsondom::Object(p), "y"));
            }
            if (!x || !y) {
                warn(Kind::RoiShape, field() + QLatin1StringView(".data"), QString::number(i),
                     Rule::RoiBadPoint);
                continue;
            }
            shape.points.append(QPointF(*x, *y));
            --pointsLeft;
        }
        return shape;
    }

    QList<RoiShape> readShapes(std::optional<Element> value, const QString &field)
    {
        QList<RoiShape> shapes;
        // Both keys are optional (spec 3, target_roi): absent is not an error.
        if (!value || value->type() == Type::NULL_VALUE)
            return shapes;
        if (value->type() != Type::ARRAY) {
            warn(Kind::WrongType, field, QStringLiteral("expected an array"));
            return shapes;
        }
        qsizetype i = 0;
        for (const Element item : jsondom::Array(*value)) {
            if (pointsLeft <= 0)
                break;
            shapes.append(readShape(item, field, i++));
        }
        return shapes;
    }

    void read(jsondom::Object obj, Roi &roi)
    {
        static const QString kPolygons = QStringLiteral("polygons");
        static const QString kLines = QStringLiteral("lines");
        std::optional<Element> polygons = jsondom::find(obj, "polygons");
        std::optional<Element> lines = jsondom::find(obj, "lines");
        for (const auto item : obj) {
            if (item.key == "polygons" || item.key == "lines")
                continue;
            const QString key = jsondom::toQString(item.key);
            if (!polygons && editDistance(key, kPolygons) <= 2) {
                warn(Kind::RoiMisspeltKey, prefix, key + QLatin1Char('>') + kPolygons);
                polygons = item.value;
            } else if (!lines && editDistance(key, kLines) <= 1) {
                warn(Kind::RoiMisspeltKey, prefix, key + QLatin1Char('>') + kLines);
                lines = item.value;
            }
        }
        if (polygons)
            roi.polygons = readShapes(polygons, prefix + QLatin1StringView(".polygons"));
        if (lines)
            roi.lines = readShapes(lines, prefix + QLatin1StringView(".lines"));
        if (truncated)
            warn(Kind::TooLarge, prefix, QStringLiteral("over %1 points").arg(kMaxRoiPoints));

        for (qsizetype i = 0; i < roi.polygons.size(); ++i) {
            const qsizetype n = roi.polygons.at(i).points.size();
            if (n < 3)
                warn(Kind::RoiShape, prefix + QStringLiteral(".polygons[%1]").arg(i),
                     QString::number(n), Rule::RoiTooFewPoints);
        }
        for (qsizetype i = 0; i < roi.lines.size(); ++i) {
            const qsizetype n = roi.lines.at(i).points.size();
            if (n != 2)
                warn(Kind::RoiShape, prefix + QStringLiteral(".lines[%1]").arg(i),
                     QString::number(n), Rule::RoiNotTwoPoints);
        }
    }
};

std::string_view trimmed(std::string_view text)
{
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// The documented form: target_roi is a string holding the ROI's JSON.
Roi parseRoiText(std::string_view text, RoiReader &reader)
{
    Roi roi;
    text = trimmed(text);
    if (text.empty()) {
        roi.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, reader.prefix, QStringLiteral("empty text"));
        return roi;
    }
    constexpr int kSlot = 1; // the task being read holds slot 0
    const auto unit = QLatin1StringView("character");
    QString error;
    std::optional<Element> root = jsondom::parse(text, kSlot, &error, unit);
    std::string unwrapped;
    if (root && root->type() == Type::STRING) {
        // Escaped twice: a JSON string whose content is the JSON text.
        unwrapped = std::string(std::string_view(*root));
        root = jsondom::parse(unwrapped, kSlot, &error, unit);
    }
    if (!root || root->type() != Type::OBJECT) {
        roi.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, reader.prefix,
                    root ? QStringLiteral("not a JSON object") : error);
        return roi;
    }
    roi.source = Roi::Source::String;
    reader.read(jsondom::Object(*root), roi);
    return roi;
}

} // namespace

int RoiShape::propertyType() const
{
    const QJsonValue type = properties.value(QLatin1StringView("type"));
    if (type.isDouble())
        return type.toInt(-1);
    if (type.isString()) {
        bool ok = false;
        const int value = type.toString().toInt(&ok);
        return ok ? value : -1;
    }
    return -1;
}

QString RoiShape::side1Name() const
{
    return properties.value(QLatin1StringView("side1_name")).toString();
}

QString RoiShape::side2Name() const
{
    return properties.value(QLatin1StringView("side2_name")).toString();
}

qsizetype Roi::pointCount() const
{
    qsizetype n = 0;
    for (const RoiShape &s : polygons)
        n += s.points.size();
    for (const RoiShape &s : lines)
        n += s.points.size();
    return n;
}

Roi parseRoiElement(jsondom::Element value, TaskWarnings *warnings, const QString &fieldPrefix)
{
    RoiReader reader{warnings, fieldPrefix};
    Roi roi;
    switch (value.type()) {
    case Type::NULL_VALUE:
        reader.warn(Kind::NullValue, fieldPrefix, {});
        return roi;
    case Type::OBJECT:
        roi.source = Roi::Source::Object;
        reader.read(jsondom::Object(value), roi);
        return roi;
    case Type::STRING:
        return parseRoiText(std::string_view(value), reader);
    default:
        roi.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, fieldPrefix, QStringLiteral("not a string or object"));
        return roi;
    }
}

Roi parseRoi(const QJsonValue &value, TaskWarnings *warnings, const QString &fieldPrefix)
{
    if (value.isUndefined())
        return {};
    RoiReader reader{warnings, fieldPrefix};
    if (value.isString()) {
        const QByteArray text = value.toString().toUtf8();
        return parseRoiText(std::string_view(text.constData(), std::size_t(text.size())), reader);
    }
    Roi roi;
    if (value.isNull()) {
        reader.warn(Kind::NullValue, fieldPrefix, {});
        return roi;
    }
    if (!value.isObject()) {
        roi.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, fieldPrefix, QStringLiteral("not a string or object"));
        return roi;
    }
    const QByteArray json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    const std::optional<Element> root =
        jsondom::parse(std::string_view(json.constData(), std::size_t(json.size())), 1, nullptr);
    return parseRoiElement(root.value(), warnings, fieldPrefix);
}

QByteArray roiToJson(const Roi &roi)
{
    auto shapesToJson = [](const QList<RoiShape> &shapes) {
        QJsonArray array;
        for (const RoiShape &shape : shapes) {
            QJsonArray data;
            for (const QPointF &p : shape.points)
                data.append(QJsonArray{p.x(), p.y()});
            QJsonObject obj{{QStringLiteral("data"), data}};
            if (!shape.name.isEmpty())
                obj.insert(QStringLiteral("name"), shape.name);
            if (!shape.properties.isEmpty())
                obj.insert(QStringLiteral("properties"), shape.properties);
            array.append(obj);
        }
        return array;
    };
    QJsonObject obj;
    if (!roi.lines.isEmpty())
        obj.insert(QStringLiteral("lines"), shapesToJson(roi.lines));
    if (!roi.polygons.isEmpty())
        obj.insert(QStringLiteral("polygons"), shapesToJson(roi.polygons));
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

} // namespace vias
