#include "models/roi.h"

#include "models/roireader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

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

// Reads (or, with keepShapes false, only checks and counts) a target_roi:
// both modes give the same warnings, so a task's warnings at load time match
// what the ROI tab shows when it reads the shapes again (taskRoi()).
struct RoiReader
{
    TaskWarnings *warnings;
    QString prefix;
    bool keepShapes = true;
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

    // Reads one shape into `shape` (names and properties only when keeping
    // shapes) and returns how many valid points it has. `list` and `index`
    // name the shape in warnings ("...polygons[2]"); the name is built only
    // when there is something to say.
    qsizetype readShape(Element value, const QString &list, qsizetype index, RoiShape &shape)
    {
        const auto field = [&]() -> QString {
            return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        };
        if (value.type() != Type::OBJECT) {
            warn(Kind::WrongType, field(), QStringLiteral("expected an object"));
            return 0;
        }
        const jsondom::Object obj(value);
        std::optional<Element> name;
        std::optional<Element> props;
        std::optional<Element> data;
        for (const auto item : obj) { // one walk; the last of a repeated key wins, as in QtJson
            if (item.key == "data")
                data = item.value;
            else if (item.key == "name")
                name = item.value;
            else if (item.key == "properties")
                props = item.value;
        }
        if (name && keepShapes) {
            if (name->type() == Type::STRING)
                shape.name = jsondom::toQString(std::string_view(*name));
            else if (jsondom::isNumber(*name))
                shape.name = QString::number(jsondom::toDouble(*name));
        }
        if (props) {
            if (props->type() == Type::OBJECT) {
                if (keepShapes)
                    shape.properties = jsondom::toQJsonValue(*props).toObject();
            } else if (props->type() != Type::NULL_VALUE) {
                warn(Kind::WrongType, field() + QLatin1StringView(".properties"),
                     QStringLiteral("expected an object"));
            }
        }
        if (!data || data->type() != Type::ARRAY) {
            warn(!data ? Kind::MissingField : Kind::WrongType, field() + QLatin1StringView(".data"),
                 QStringLiteral("expected an array of [x, y]"));
            return 0;
        }
        const jsondom::Array points(*data);
        if (keepShapes)
            shape.points.reserve(std::min<qsizetype>(qsizetype(points.size()), pointsLeft));
        qsizetype valid = 0;
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
            if (keepShapes)
                shape.points.append(QPointF(*x, *y));
            ++valid;
            --pointsLeft;
        }
        return valid;
    }

    // Reads a list of shapes; `counts` gets each shape's valid point count.
    void readShapes(std::optional<Element> value, const QString &field, QList<RoiShape> &shapes,
                    QVarLengthArray<qsizetype, 16> &counts)
    {
        // Both keys are optional (spec 3, target_roi): absent is not an error.
        if (!value || value->type() == Type::NULL_VALUE)
            return;
        if (value->type() != Type::ARRAY) {
            warn(Kind::WrongType, field, QStringLiteral("expected an array"));
            return;
        }
        qsizetype i = 0;
        for (const Element item : jsondom::Array(*value)) {
            if (pointsLeft <= 0)
                break;
            RoiShape shape;
            counts.append(readShape(item, field, i++, shape));
            if (keepShapes)
                shapes.append(std::move(shape));
        }
    }

    RoiSummary read(jsondom::Object obj, Roi &roi)
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
        QVarLengthArray<qsizetype, 16> polygonPoints;
        QVarLengthArray<qsizetype, 16> linePoints;
        if (polygons)
            readShapes(polygons, prefix + QLatin1StringView(".polygons"), roi.polygons,
                       polygonPoints);
        if (lines)
            readShapes(lines, prefix + QLatin1StringView(".lines"), roi.lines, linePoints);
        if (truncated)
            warn(Kind::TooLarge, prefix, QStringLiteral("over %1 points").arg(kMaxRoiPoints));

        for (qsizetype i = 0; i < polygonPoints.size(); ++i) {
            if (polygonPoints.at(i) < 3)
                warn(Kind::RoiShape, prefix + QStringLiteral(".polygons[%1]").arg(i),
                     QString::number(polygonPoints.at(i)), Rule::RoiTooFewPoints);
        }
        for (qsizetype i = 0; i < linePoints.size(); ++i) {
            if (linePoints.at(i) != 2)
                warn(Kind::RoiShape, prefix + QStringLiteral(".lines[%1]").arg(i),
                     QString::number(linePoints.at(i)), Rule::RoiNotTwoPoints);
        }
        RoiSummary summary;
        summary.polygonCount = quint32(polygonPoints.size());
        summary.lineCount = quint32(linePoints.size());
        return summary;
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
RoiSummary readRoiText(std::string_view text, RoiReader &reader, Roi &roi)
{
    RoiSummary summary;
    text = trimmed(text);
    if (text.empty()) {
        summary.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, reader.prefix, QStringLiteral("empty text"));
        return summary;
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
        summary.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, reader.prefix,
                    root ? QStringLiteral("not a JSON object") : error);
        return summary;
    }
    summary = reader.read(jsondom::Object(*root), roi);
    summary.source = Roi::Source::String;
    return summary;
}

RoiSummary readRoiElement(Element value, RoiReader &reader, Roi &roi)
{
    RoiSummary summary;
    switch (value.type()) {
    case Type::NULL_VALUE:
        reader.warn(Kind::NullValue, reader.prefix, {});
        return summary;
    case Type::OBJECT:
        summary = reader.read(jsondom::Object(value), roi);
        summary.source = Roi::Source::Object;
        return summary;
    case Type::STRING:
        return readRoiText(std::string_view(value), reader, roi);
    default:
        summary.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, reader.prefix, QStringLiteral("not a string or object"));
        return summary;
    }
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
    roi.source = readRoiElement(value, reader, roi).source;
    return roi;
}

RoiSummary checkRoiElement(jsondom::Element value, TaskWarnings *warnings,
                           const QString &fieldPrefix)
{
    RoiReader reader{warnings, fieldPrefix, false};
    Roi unused;
    return readRoiElement(value, reader, unused);
}

Roi parseRoi(const QJsonValue &value, TaskWarnings *warnings, const QString &fieldPrefix)
{
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        RoiReader reader{warnings, fieldPrefix};
        const QByteArray text = value.toString().toUtf8();
        Roi roi;
        roi.source =
            readRoiText(std::string_view(text.constData(), std::size_t(text.size())), reader, roi)
                .source;
        return roi;
    }
    // Objects and everything else: through simdjson, as the parser reads them.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<Element> root =
        jsondom::parse(std::string_view(json.constData(), std::size_t(json.size())), 1, &error);
    if (!root) { // not expected: QtJson wrote this text itself
        if (warnings)
            warnings->append(
                {TaskWarning::Kind::RoiUnparsable, TaskWarning::Rule::None, fieldPrefix, error});
        Roi roi;
        roi.source = Roi::Source::Unparsable;
        return roi;
    }
    return parseRoiElement(jsondom::Array(*root).at(0).value_unsafe(), warnings, fieldPrefix);
}

RoiSummary RoiSummary::of(const Roi &roi)
{
    RoiSummary summary;
    summary.source = roi.source;
    summary.polygonCount = quint32(roi.polygons.size());
    summary.lineCount = quint32(roi.lines.size());
    return summary;
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
