// Plane geometry for ROI shapes (camera-frame pixels, y grows downward):
// area, bounds, self-intersection, a label point inside a polygon, which side
// of a line a point is on, and validateRoi() which turns the documented
// target_roi rules into TaskWarnings. QtCore only, so viasctl can use it.
#pragma once

#include "models/roi.h"
#include "models/taskwarning.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace vias {

// Identifies one shape of a Roi: polygons[index] or lines[index].
struct RoiShapeRef
{
    enum class Kind : quint8
    {
        None,
        Polygon,
        Line
    };
    Kind kind = Kind::None;
    qsizetype index = -1;

    bool isValid() const { return kind != Kind::None && index >= 0; }
    friend bool operator==(const RoiShapeRef &, const RoiShapeRef &) = default;
};

// Absolute shoelace area in square pixels; 0 for fewer than 3 points. The
// polygon is closed implicitly. A self-intersecting polygon gives the net
// (signed, then absolute) shoelace value, not the covered area.
double polygonArea(const QList<QPointF> &points);

// Bounding rectangle of the points (a null QRectF for none).
QRectF pointsBounds(const QList<QPointF> &points);
// Bounding rectangle of every polygon and line point of the roi.
QRectF roiBounds(const Roi &roi);

// Even-odd point-in-polygon test (the fill rule the view draws with).
bool pointInPolygon(const QList<QPointF> &points, QPointF p);

struct SelfIntersection
{
    enum class Status : quint8
    {
        Simple,     // no two non-adjacent edges touch or cross
        Crossing,   // edges firstEdge and secondEdge touch or cross
        NotChecked, // gave up to stay bounded (pathological input); see docs/ROI.md
    };
    Status status = Status::Simple;
    // Edge i runs from point i to point i+1 (the last edge closes back to point
    // 0). Indexes refer to the caller's points, firstEdge < secondEdge.
    qsizetype firstEdge = -1;
    qsizetype secondEdge = -1;
};

// Finds two non-adjacent polygon edges that touch or cross. Consecutive
// repeated points (including an explicit closing point equal to the first)
// are ignored, so they are not reported as crossings. Exact pairwise test up
// to kSelfIntersectionPairwiseLimit points, a uniform-grid bucket search above
// that; both are bounded in work, so 1,000,000 points finish quickly.
SelfIntersection findSelfIntersection(const QList<QPointF> &points);
inline constexpr qsizetype kSelfIntersectionPairwiseLimit = 2048;

// A point inside the polygon suited to a label: an approximation of the pole
// of inaccessibility (the interior point farthest from the outline) for up to
// a few thousand points, a midpoint of the widest interior span on a
// horizontal scan line above that. Falls back to the bounds centre for
// degenerate input (fewer than 3 points, zero area).
QPointF polygonLabelPoint(const QList<QPointF> &points);

// Which side of the line through a and b the point p lies on, by the VIAS
// convention (spec 3, target_roi): side 1 is LEFT of a non-horizontal line
// and ABOVE a horizontal one, as seen on the image (x grows right, y grows
// DOWN). The answer depends on the line's position only, not on its
// direction (a->b or b->a give the same side). On means on the line, or a
// degenerate line (a == b).
enum class LineSide : quint8
{
    On = 0,
    Side1 = 1,
    Side2 = 2
};
LineSide sideOfLine(QPointF a, QPointF b, QPointF p);
// Unit vector perpendicular to a->b pointing into side 1 (a null point for a
// degenerate line). Used to place side1_name / side2_name labels.
QPointF side1Normal(QPointF a, QPointF b);

// Indexes i (>= 1) where points[i] equals points[i-1]; at most `limit`.
QList<qsizetype> repeatedPointIndexes(const QList<QPointF> &points, qsizetype limit = 16);
// Indexes of points outside the closed rectangle [0, width] x [0, height];
// at most `limit`. An empty frame size reports nothing.
QList<qsizetype> pointsOutsideFrame(const QList<QPointF> &points, QSizeF frame,
                                    qsizetype limit = 16);

// Checks the documented target_roi rules against a frame size: polygons need
// 3+ points and no crossing edges, lines exactly 2 points, no point repeating
// the one before it, every point inside the frame. At most
// kMaxWarningsPerRule warnings per shape and rule, so a broken 1,000,000-point
// polygon does not flood the UI. Field names match parseRoi's
// ("<prefix>.polygons[0]"). An empty frame size skips the frame check.
TaskWarnings
validateRoi(const Roi &roi, QSizeF frame,
            const QString &fieldPrefix = QStringLiteral("service_config.common.target_roi"));
inline constexpr qsizetype kMaxWarningsPerRule = 3;

} // namespace vias
