#include "models/roi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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

    static std::optional<double> number(const QJsonValue &v)
    {
        double d = 0;
        if (v.isDouble()) {
            d = v.toDouble();
        } else if (v.isString()) {
            bool ok = false;
            d = v.toString().trimmed().toDouble(&ok);
            if (!ok)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
        if (!std::isfinite(d))
            return std::nullopt;
        return d;
    }

    RoiShape readShape(const QJsonValue &value, const QString &field)
    {
        RoiShape shape;
        if (!value.isObject()) {
            warn(Kind::WrongType, field, QStringLiteral("expected an object"));
            return shape;
        }
        const QJsonObject obj = value.toObject();
        const QJsonValue name = obj.value(QLatin1StringView("name"));
        if (name.isString())
            shape.name = name.toString();
        else if (name.isDouble())
            shape.name = QString::number(name.toDouble());
        const QJsonValue props = obj.value(QLatin1StringView("properties"));
        if (props.isObject())
            shape.properties = props.toObject();
        else if (!props.isUndefined() && !props.isNull())
            warn(Kind::WrongType, field + QLatin1StringView(".properties"),
                 QStringLiteral("expected an object"));

        const QJsonValue data = obj.value(QLatin1StringView("data"));
        if (!data.isArray()) {
            warn(data.isUndefined() ? Kind::MissingField : Kind::WrongType,
                 field + QLatin1StringView(".data"), QStringLiteral("expected an array of [x, y]"));
            return shape;
        }
        const QJsonArray points = data.toArray();
        shape.points.reserve(std::min<qsizetype>(points.size(), pointsLeft));
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (pointsLeft <= 0) {
                truncated = true;
                break;
            }
            const QJsonValue p = points.at(i);
            const QJsonArray pair = p.toArray();
            std::optional<double> x;
            std::optional<double> y;
            if (p.isArray() && pair.size() == 2) {
                x = number(pair.at(0));
                y = number(pair.at(1));
            } else if (p.isObject()) { // {"x":..,"y":..} is seen in hand-written configs
                x = number(p.toObject().value(QLatin1StringView("x")));
                y = number(p.toObject().value(QLatin1StringView("y")));
            }
            if (!x || !y) {
                warn(Kind::RoiShape, field + QLatin1StringView(".data"), QString::number(i),
                     Rule::RoiBadPoint);
                continue;
            }
            shape.points.append(QPointF(*x, *y));
            --pointsLeft;
        }
        return shape;
    }

    QList<RoiShape> readShapes(const QJsonValue &value, const QString &field)
    {
        QList<RoiShape> shapes;
        // Both keys are optional (spec 3, target_roi): absent is not an error.
        if (value.isNull() || value.isUndefined())
            return shapes;
        if (!value.isArray()) {
            warn(Kind::WrongType, field, QStringLiteral("expected an array"));
            return shapes;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && pointsLeft > 0; ++i)
            shapes.append(readShape(array.at(i), field + QLatin1Char('[') + QString::number(i) +
                                                     QLatin1Char(']')));
        return shapes;
    }

    void read(const QJsonObject &obj, Roi &roi)
    {
        static const QString kPolygons = QStringLiteral("polygons");
        static const QString kLines = QStringLiteral("lines");
        QJsonValue polygons = obj.value(kPolygons);
        QJsonValue lines = obj.value(kLines);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = it.key();
            if (key == kPolygons || key == kLines)
                continue;
            if (polygons.isUndefined() && editDistance(key, kPolygons) <= 2) {
                warn(Kind::RoiMisspeltKey, prefix, key + QLatin1Char('>') + kPolygons);
                polygons = it.value();
            } else if (lines.isUndefined() && editDistance(key, kLines) <= 1) {
                warn(Kind::RoiMisspeltKey, prefix, key + QLatin1Char('>') + kLines);
                lines = it.value();
            }
        }
        roi.polygons = readShapes(polygons, prefix + QLatin1StringView(".polygons"));
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

Roi parseRoi(const QJsonValue &value, TaskWarnings *warnings, const QString &fieldPrefix)
{
    Roi roi;
    RoiReader reader{warnings, fieldPrefix};
    if (value.isUndefined())
        return roi;
    if (value.isNull()) {
        reader.warn(Kind::NullValue, fieldPrefix, {});
        return roi;
    }
    if (value.isObject()) {
        roi.source = Roi::Source::Object;
        reader.read(value.toObject(), roi);
        return roi;
    }
    if (!value.isString()) {
        roi.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, fieldPrefix, QStringLiteral("not a string or object"));
        return roi;
    }

    QByteArray text = value.toString().toUtf8().trimmed();
    if (text.isEmpty()) {
        roi.source = Roi::Source::Unparsable;
        reader.warn(Kind::RoiUnparsable, fieldPrefix, QStringLiteral("empty text"));
        return roi;
    }
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError && text.startsWith('"')) {
        // Escaped twice: a JSON string whose content is the JSON text.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']');
        if (wrapped.isArray() && wrapped.array().at(0).isString())
            doc = QJsonDocument::fromJson(wrapped.array().at(0).toString().toUtf8(), &error);
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        roi.source = Roi::Source::Unparsable;
        const QString why = error.error != QJsonParseError::NoError
                                ? QStringLiteral("%1 at character %2")
                                      .arg(error.errorString())
                                      .arg(error.offset)
                                : QStringLiteral("not a JSON object");
        reader.warn(Kind::RoiUnparsable, fieldPrefix, why);
        return roi;
    }
    roi.source = Roi::Source::String;
    reader.read(doc.object(), roi);
    return roi;
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
