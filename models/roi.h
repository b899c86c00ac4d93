// The detection region of a task (service_config.common.target_roi): named
// polygons and lines in camera-frame pixels, parsed tolerantly.
#pragma once

#include "models/taskwarning.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace vias {

struct RoiShape
{
    QString name;           // may be empty; the UI then says "Region 1" / "Line 1"
    QList<QPointF> points;  // frame pixels, as sent (not validated here)
    QJsonObject properties; // as sent: "type", "side1_name", "side2_name", ...

    // properties.type as an int, or -1 when absent or not a number.
    int propertyType() const;
    QString side1Name() const;
    QString side2Name() const;

    friend bool operator==(const RoiShape &, const RoiShape &) = default;
};

struct Roi
{
    enum class Source : quint8
    {
        Absent,     // no target_roi: the whole frame is analysed
        String,     // the documented form: a string holding JSON
        Object,     // an object sent directly
        Unparsable, // present but unreadable (see warnings)
    };

    Source source = Source::Absent;
    QList<RoiShape> polygons;
    QList<RoiShape> lines;

    bool isWholeFrame() const { return source == Source::Absent; }
    bool isEmpty() const { return polygons.isEmpty() && lines.isEmpty(); }
    qsizetype pointCount() const;

    friend bool operator==(const Roi &, const Roi &) = default;
};

// What the task table, the configuration tab and exports need of a task's
// ROI, kept for every loaded task; the shapes themselves are read again from
// the task's JSON when the ROI tab shows one task (taskRoi() in taskparser.h),
// which saves about 900 bytes per loaded task.
struct RoiSummary
{
    Roi::Source source = Roi::Source::Absent;
    quint32 polygonCount = 0;
    quint32 lineCount = 0;

    bool isWholeFrame() const { return source == Roi::Source::Absent; }
    bool isEmpty() const { return polygonCount == 0 && lineCount == 0; }
    static RoiSummary of(const Roi &roi);

    friend bool operator==(const RoiSummary &, const RoiSummary &) = default;
};

// Parses a target_roi value: a string holding JSON (parsed twice), an object,
// or anything else (reported). Warnings name fields under `fieldPrefix`.
// Never fails: what cannot be read is reported and skipped. Bounded: at most
// kMaxRoiPoints points are kept in total.
Roi parseRoi(const QJsonValue &value, TaskWarnings *warnings,
             const QString &fieldPrefix = QStringLiteral("service_config.common.target_roi"));

// The documented wire form: {"lines":[...],"polygons":[...]} as compact JSON.
QByteArray roiToJson(const Roi &roi);

inline constexpr qsizetype kMaxRoiPoints = 1'000'000;

} // namespace vias
