// Plane geometry for ROI shapes and the target_roi validation rules.
#include "models/roigeometry.h"

#include <queue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace vias {
namespace {

// Orientation of c relative to a->b: > 0, < 0 or 0 (collinear). Exact for
// integer pixel coordinates below 2^26, which covers every real camera.
double orient(QPointF a, QPointF b, QPointF c)
{
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
}

// q collinear with a-b: is it within the segment's box?
bool withinBox(QPointF a, QPointF b, QPointF q)
{
    return q.x() >= std::min(a.x(), b.x()) && q.x() <= std::max(a.x(), b.x()) &&
           q.y() >= std::min(a.y(), b.y()) && q.y() <= std::max(a.y(), b.y());
}

int sign(double v)
{
    return (v > 0) - (v < 0);
}

// Closed segments p1-p2 and q1-q2 share at least one point.
bool segmentsTouch(QPointF p1, QPointF p2, QPointF q1, QPointF q2)
{
    const int d1 = sign(orient(q1, q2, p1));
    const int d2 = sign(orient(q1, q2, p2));
    const int d3 = sign(orient(p1, p2, q1));
    const int d4 = sign(orient(p1, p2, q2));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && withinBox(q1, q2, p1)) || (d2 == 0 && withinBox(q1, q2, p2)) ||
           (d3 == 0 && withinBox(p1, p2, q1)) || (d4 == 0 && withinBox(p1, p2, q2));
}

// The polygon without consecutive repeats; `origin[k]` is the index in the
// caller's list of cleaned vertex k (the last point of each run of equal
// points, so cleaned edge k is the caller's edge origin[k]).
struct CleanPolygon
{
    std::vector<QPointF> pts;
    std::vector<qsizetype> origin;
};

CleanPolygon cleanPolygon(const QList<QPointF> &points)
{
    CleanPolygon c;
    c.pts.reserve(points.size());
    c.origin.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!c.pts.empty() && c.pts.back() == points.at(i)) {
            c.origin.back() = i;
            continue;
        }
        c.pts.push_back(points.at(i));
        c.origin.push_back(i);
    }
    // An explicit closing point equal to the first is the implicit closure.
    while (c.pts.size() > 1 && c.pts.back() == c.pts.front()) {
        c.pts.pop_back();
        c.origin.pop_back();
    }
    return c;
}

struct EdgeTester
{
    const CleanPolygon &poly;
    size_t m;

    QPointF from(size_t e) const { return poly.pts[e]; }
    QPointF to(size_t e) const { return poly.pts[(e + 1) % m]; }

    // i < j. Adjacent edges share a vertex; they only count when they fold
    // back over each other (a zero-width spike).
    bool intersects(size_t i, size_t j) const
    {
        const bool adjacent = j == i + 1 || (i == 0 && j == m - 1);
        if (adjacent) {
            const size_t shared = j == i + 1 ? j : 0;
            const QPointF v = poly.pts[shared];
            const QPointF a = shared == j ? from(i) : from(j);
            const QPointF b = shared == j ? to(j) : to(i);
            return orient(a, v, b) == 0 &&
                   (a.x() - v.x()) * (b.x() - v.x()) + (a.y() - v.y()) * (b.y() - v.y()) > 0;
        }
        return segmentsTouch(from(i), to(i), from(j), to(j));
    }

    SelfIntersection result(size_t i, size_t j) const
    {
        SelfIntersection r;
        r.status = SelfIntersection::Status::Crossing;
        r.firstEdge = std::min(poly.origin[i], poly.origin[j]);
        r.secondEdge = std::max(poly.origin[i], poly.origin[j]);
        return r;
    }
};

SelfIntersection pairwise(const EdgeTester &t)
{
    for (size_t i = 0; i < t.m; ++i)
        for (size_t j = i + 1; j < t.m; ++j)
            if (t.intersects(i, j))
                return t.result(i, j);
    return {};
}

constexpr int kEdgeBits = 23; // edges per polygon: up to 8,388,607
constexpr int kCellBits = 20; // cells per axis
constexpr quint64 kEdgeMask = (quint64(1) << kEdgeBits) - 1;
constexpr quint64 kCellMask = (quint64(1) << kCellBits) - 1;

// LSD radix sort, 16 bits a pass: linear time, and fast even in debug builds
// (std::sort of millions of keys is not).
void radixSort(std::vector<quint64> &keys)
{
    std::vector<quint64> tmp(keys.size());
    std::vector<size_t> count(1 << 16);
    for (int shift = 0; shift < 64; shift += 16) {
        std::fill(count.begin(), count.end(), 0);
        for (const quint64 k : keys)
            ++count[(k >> shift) & 0xffff];
        size_t sum = 0;
        for (size_t &c : count)
            sum += std::exchange(c, sum);
        for (const quint64 k : keys)
            tmp[count[(k >> shift) & 0xffff]++] = k;
        keys.swap(tmp);
    }
}

// Sparse grid search: cells about twice the median edge length, so a
// typical edge touches one to four cells and a cell holds a handful of
// edges; (cell, edge) pairs are sorted and edges sharing a cell are tested.
// Edges much longer than a cell are kept apart and tested against every edge
// box. Bounded: past the work budget (pathological input such as a dense
// comb or random points) it does a cheap local check and then gives up with
// NotChecked, rather than taking quadratic time.
SelfIntersection gridSearch(const EdgeTester &t)
{
    const size_t m = t.m;
    std::vector<double> lengths(m);
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (size_t e = 0; e < m; ++e) {
        const QPointF a = t.from(e), b = t.to(e);
        lengths[e] = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        minX = std::min(minX, a.x());
        maxX = std::max(maxX, a.x());
        minY = std::min(minY, a.y());
        maxY = std::max(maxY, a.y());
    }
    std::nth_element(lengths.begin(), lengths.begin() + qptrdiff(m / 2), lengths.end());
    const double extent = std::max({maxX - minX, maxY - minY, 1e-9});
    // At most 2^20 cells per axis, so cell and edge fit in one 64-bit key.
    const double cell = std::max(lengths[m / 2] * 2, extent / double(kCellMask));
    lengths = {};
    auto cellOf = [&](double v, double origin) {
        return std::min<quint64>(quint64((v - origin) / cell), kCellMask);
    };

    constexpr quint64 kLongEdgeCells = 64;
    // One 64-bit key per (cell, edge): cell y, cell x, edge, so sorting the
    // keys groups each cell's edges and a radix sort applies.
    std::vector<quint64> entries;
    entries.reserve(m * 2);
    std::vector<quint32> longEdges;
    for (size_t e = 0; e < m; ++e) {
        const QPointF a = t.from(e), b = t.to(e);
        const quint64 x0 = cellOf(std::min(a.x(), b.x()), minX);
        const quint64 x1 = cellOf(std::max(a.x(), b.x()), minX);
        const quint64 y0 = cellOf(std::min(a.y(), b.y()), minY);
        const quint64 y1 = cellOf(std::max(a.y(), b.y()), minY);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > kLongEdgeCells) {
            longEdges.push_back(quint32(e));
            continue;
        }
        for (quint64 y = y0; y <= y1; ++y)
            for (quint64 x = x0; x <= x1; ++x)
                entries.push_back((y << (kCellBits + kEdgeBits)) | (x << kEdgeBits) | e);
    }
    radixSort(entries);
    auto cellKey = [](quint64 entry) { return entry >> kEdgeBits; };
    auto edgeOf = [](quint64 entry) { return size_t(entry & kEdgeMask); };

    size_t budget = 100'000'000;
    bool exhausted = false;
    // Edges sharing a cell.
    for (size_t runStart = 0; runStart < entries.size() && !exhausted;) {
        size_t runEnd = runStart + 1;
        while (runEnd < entries.size() && cellKey(entries[runEnd]) == cellKey(entries[runStart]))
            ++runEnd;
        for (size_t p = runStart; p < runEnd && !exhausted; ++p) {
            for (size_t q = p + 1; q < runEnd; ++q) {
                if (--budget == 0) {
                    exhausted = true;
                    break;
                }
                const size_t i = std::min(edgeOf(entries[p]), edgeOf(entries[q]));
                const size_t j = std::max(edgeOf(entries[p]), edgeOf(entries[q]));
                if (t.intersects(i, j))
                    return t.result(i, j);
            }
        }
        runStart = runEnd;
    }
    // Long edges against every edge, with a cheap box test first.
    if (!exhausted && longEdges.size() * m <= budget) {
        for (const quint32 l : longEdges) {
            const QRectF lb = QRectF(t.from(l), t.to(l)).normalized();
            for (size_t e = 0; e < m; ++e) {
                if (e == l)
                    continue;
                const QPointF a = t.from(e), b = t.to(e);
                if (std::max(a.x(), b.x()) < lb.left() || std::min(a.x(), b.x()) > lb.right() ||
                    std::max(a.y(), b.y()) < lb.top() || std::min(a.y(), b.y()) > lb.bottom())
                    continue;
                if (t.intersects(std::min<size_t>(l, e), std::max<size_t>(l, e)))
                    return t.result(l, e);
            }
        }
        return {};
    }
    // Crossings in such input are almost always local, so look nearby.
    for (size_t i = 0; i < m; ++i)
        for (size_t k = 1; k <= 8 && i + k < m; ++k)
            if (t.intersects(i, i + k))
                return t.result(i, i + k);
    SelfIntersection r;
    r.status = SelfIntersection::Status::NotChecked;
    return r;
}

double distanceToSegmentSquared(QPointF p, QPointF a, QPointF b)
{
    double x = a.x(), y = a.y();
    double dx = b.x() - x, dy = b.y() - y;
    if (dx != 0 || dy != 0) {
        const double t = ((p.x() - x) * dx + (p.y() - y) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
            x = b.x();
            y = b.y();
        } else if (t > 0) {
            x += dx * t;
            y += dy * t;
        }
    }
    dx = p.x() - x;
    dy = p.y() - y;
    return dx * dx + dy * dy;
}

// Distance to the outline, positive inside, negative outside.
double signedDistance(const QList<QPointF> &points, QPointF p)
{
    double best = std::numeric_limits<double>::max();
    const qsizetype n = points.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++)
        best = std::min(best, distanceToSegmentSquared(p, points.at(j), points.at(i)));
    return (pointInPolygon(points, p) ? 1 : -1) * std::sqrt(best);
}

QPointF centroid(const QList<QPointF> &points)
{
    double area = 0, cx = 0, cy = 0;
    const qsizetype n = points.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF a = points.at(j), b = points.at(i);
        const double f = a.x() * b.y() - b.x() * a.y();
        cx += (a.x() + b.x()) * f;
        cy += (a.y() + b.y()) * f;
        area += f * 3;
    }
    if (area == 0)
        return pointsBounds(points).center();
    return {cx / area, cy / area};
}

// Mapbox's polylabel: a best-first search over square cells, bounded in the
// number of cells visited.
QPointF poleOfInaccessibility(const QList<QPointF> &points, const QRectF &bounds)
{
    struct Cell
    {
        QPointF c;
        double h, d, max;
    };
    auto makeCell = [&](QPointF c, double h) {
        const double d = signedDistance(points, c);
        return Cell{c, h, d, d + h * M_SQRT2};
    };
    auto cmp = [](const Cell &a, const Cell &b) { return a.max < b.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);

    const double size = std::min(bounds.width(), bounds.height());
    const double precision = std::max(1.0, size / 200);
    const double h = size / 2;
    for (double x = bounds.left(); x < bounds.right(); x += size)
        for (double y = bounds.top(); y < bounds.bottom(); y += size)
            queue.push(makeCell(QPointF(x + h, y + h), h));

    Cell best = makeCell(centroid(points), 0);
    const Cell boxCell = makeCell(bounds.center(), 0);
    if (boxCell.d > best.d)
        best = boxCell;
    for (int visited = 0; !queue.empty() && visited < 1500; ++visited) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d)
            best = cell;
        if (cell.max - best.d <= precision)
            continue;
        const double q = cell.h / 2;
        queue.push(makeCell(cell.c + QPointF(-q, -q), q));
        queue.push(makeCell(cell.c + QPointF(q, -q), q));
        queue.push(makeCell(cell.c + QPointF(-q, q), q));
        queue.push(makeCell(cell.c + QPointF(q, q), q));
    }
    return best.c;
}

// O(n) per scan line: the midpoint of the widest inside span among a few
// horizontal lines. Used for large polygons where polylabel is too costly.
QPointF widestSpanPoint(const QList<QPointF> &points, const QRectF &bounds)
{
    QPointF best = bounds.center();
    double bestWidth = -1;
    std::vector<double> xs;
    for (const double f : {0.5, 0.35, 0.65, 0.2, 0.8}) {
        const double y = bounds.top() + bounds.height() * f;
        xs.clear();
        const qsizetype n = points.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF a = points.at(j), b = points.at(i);
            if ((a.y() > y) != (b.y() > y))
                xs.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        std::sort(xs.begin(), xs.end());
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            if (xs[k + 1] - xs[k] > bestWidth) {
                bestWidth = xs[k + 1] - xs[k];
                best = QPointF((xs[k] + xs[k + 1]) / 2, y);
            }
        }
    }
    return best;
}

QString shapeField(const QString &prefix, const char *kind, qsizetype index)
{
    return prefix + QLatin1Char('.') + QLatin1StringView(kind) + QLatin1Char('[') +
           QString::number(index) + QLatin1Char(']');
}

} // namespace

double polygonArea(const QList<QPointF> &points)
{
    const qsizetype n = points.size();
    if (n < 3)
        return 0;
    double twice = 0;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++)
        twice += points.at(j).x() * points.at(i).y() - points.at(i).x() * points.at(j).y();
    return std::abs(twice) / 2;
}

QRectF pointsBounds(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    double minX = points.first().x(), maxX = minX;
    double minY = points.first().y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

QRectF roiBounds(const Roi &roi)
{
    QRectF bounds;
    bool any = false;
    auto add = [&](const QList<RoiShape> &shapes) {
        for (const RoiShape &s : shapes) {
            if (s.points.isEmpty())
                continue;
            const QRectF b = pointsBounds(s.points);
            // QRectF::united ignores zero-size rects, so merge by corners.
            bounds = any ? QRectF(QPointF(std::min(bounds.left(), b.left()),
                                          std::min(bounds.top(), b.top())),
                                  QPointF(std::max(bounds.right(), b.right()),
                                          std::max(bounds.bottom(), b.bottom())))
                         : b;
            any = true;
        }
    };
    add(roi.polygons);
    add(roi.lines);
    return bounds;
}

bool pointInPolygon(const QList<QPointF> &points, QPointF p)
{
    bool inside = false;
    const qsizetype n = points.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF a = points.at(i), b = points.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

SelfIntersection findSelfIntersection(const QList<QPointF> &points)
{
    const CleanPolygon poly = cleanPolygon(points);
    const EdgeTester tester{poly, poly.pts.size()};
    if (tester.m < 3)
        return {};
    if (qsizetype(tester.m) <= kSelfIntersectionPairwiseLimit)
        return pairwise(tester);
    if (tester.m > kEdgeMask) { // beyond the grid's key space (and kMaxRoiPoints)
        SelfIntersection r;
        r.status = SelfIntersection::Status::NotChecked;
        return r;
    }
    return gridSearch(tester);
}

QPointF polygonLabelPoint(const QList<QPointF> &points)
{
    const QRectF bounds = pointsBounds(points);
    if (points.size() < 3 || bounds.width() <= 0 || bounds.height() <= 0 ||
        polygonArea(points) <= 0)
        return bounds.center();
    if (points.size() <= 2000) {
        // Prefer the centroid when it is nearly as far from the outline as
        // the pole: labels then sit where people expect, e.g. a rectangle's
        // centre rather than anywhere along its midline.
        const QPointF pole = poleOfInaccessibility(points, bounds);
        const QPointF centre = centroid(points);
        if (signedDistance(points, centre) >= 0.8 * signedDistance(points, pole))
            return centre;
        return pole;
    }
    return widestSpanPoint(points, bounds);
}

LineSide sideOfLine(QPointF a, QPointF b, QPointF p)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    if (dx == 0 && dy == 0)
        return LineSide::On;
    if (dy == 0) // horizontal: side 1 is above, which is SMALLER y on the image
        return p.y() < a.y() ? LineSide::Side1 : p.y() > a.y() ? LineSide::Side2 : LineSide::On;
    // cross / dy == p.x - (x of the line at p.y): negative means left of it.
    const double cross = (p.x() - a.x()) * dy - dx * (p.y() - a.y());
    const int s = sign(cross) * sign(dy);
    return s < 0 ? LineSide::Side1 : s > 0 ? LineSide::Side2 : LineSide::On;
}

QPointF side1Normal(QPointF a, QPointF b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double len = std::hypot(dx, dy);
    if (len == 0)
        return {};
    if (dy == 0)
        return {0, -1};
    // The two perpendiculars are +-(dy, -dx); side 1 is the one towards -x.
    QPointF n(dy / len, -dx / len);
    return n.x() < 0 ? n : -n;
}

QList<qsizetype> repeatedPointIndexes(const QList<QPointF> &points, qsizetype limit)
{
    QList<qsizetype> out;
    for (qsizetype i = 1; i < points.size() && out.size() < limit; ++i)
        if (points.at(i) == points.at(i - 1))
            out.append(i);
    return out;
}

QList<qsizetype> pointsOutsideFrame(const QList<QPointF> &points, QSizeF frame, qsizetype limit)
{
    QList<qsizetype> out;
    if (frame.isEmpty())
        return out;
    for (qsizetype i = 0; i < points.size() && out.size() < limit; ++i) {
        const QPointF p = points.at(i);
        if (p.x() < 0 || p.y() < 0 || p.x() > frame.width() || p.y() > frame.height())
            out.append(i);
    }
    return out;
}

TaskWarnings validateRoi(const Roi &roi, QSizeF frame, const QString &fieldPrefix)
{
    using Kind = TaskWarning::Kind;
    using Rule = TaskWarning::Rule;
    TaskWarnings out;
    auto common = [&](const RoiShape &shape, const QString &field) {
        for (const qsizetype i : repeatedPointIndexes(shape.points, kMaxWarningsPerRule))
            out.append({Kind::RoiShape, Rule::RoiRepeatedPoint, field, QString::number(i)});
        for (const qsizetype i : pointsOutsideFrame(shape.points, frame, kMaxWarningsPerRule)) {
            const QPointF p = shape.points.at(i);
            out.append({Kind::RoiShape, Rule::RoiOutsideFrame, field,
                        QString::number(p.x()) + QLatin1Char(',') + QString::number(p.y())});
        }
    };
    for (qsizetype k = 0; k < roi.polygons.size(); ++k) {
        const RoiShape &shape = roi.polygons.at(k);
        const QString field = shapeField(fieldPrefix, "polygons", k);
        if (shape.points.size() < 3) {
            out.append({Kind::RoiShape, Rule::RoiTooFewPoints, field,
                        QString::number(shape.points.size())});
        } else {
            const SelfIntersection x = findSelfIntersection(shape.points);
            if (x.status == SelfIntersection::Status::Crossing)
                out.append({Kind::RoiShape, Rule::RoiSelfIntersecting, field,
                            QString::number(x.firstEdge) + QLatin1Char(',') +
                                QString::number(x.secondEdge)});
            else if (x.status == SelfIntersection::Status::NotChecked)
                out.append({Kind::Suspicious, Rule::None, field,
                            QStringLiteral("too many long edges to check for crossings")});
        }
        common(shape, field);
    }
    for (qsizetype k = 0; k < roi.lines.size(); ++k) {
        const RoiShape &shape = roi.lines.at(k);
        const QString field = shapeField(fieldPrefix, "lines", k);
        if (shape.points.size() != 2)
            out.append({Kind::RoiShape, Rule::RoiNotTwoPoints, field,
                        QString::number(shape.points.size())});
        common(shape, field);
    }
    return out;
}

} // namespace vias
