// Drawing of a task's ROI over a camera frame (see roirenderer.h).
#include "ui/roirenderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QJsonValue>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>

namespace vias::ui {
namespace {

// lupdate: the tr() calls below belong to this context (see the helper).
/* TRANSLATOR RoiView */
// A context for lupdate and the runtime alike: a free tr() helper would be
// filed by lupdate under the enclosing namespace and never be found.
struct RoiRendererTr
{
    Q_DECLARE_TR_FUNCTIONS(RoiView)
};

const QColor kFrameColor(0x30, 0x34, 0x3a);
const QColor kOutsideColor(0x1b, 0x1b, 0x1d);
const QColor kWarningColor(0xff, 0xb0, 0x20);
// Above this many on-screen vertices, outlines take the fast path.
constexpr qsizetype kDetailedOutlineLimit = 256;

// Device points of a shape, merging points less than a pixel apart (in
// Manhattan distance, so at most a pixel of detail is lost): a 10,000-point
// outline at fit zoom becomes a few thousand segments.
void mapPoints(const QList<QPointF> &points, const RoiMapping &m, QList<QPointF> &out)
{
    out.clear();
    out.reserve(points.size());
    QPointF last;
    for (const QPointF &p : points) {
        const QPointF q = m.map(p);
        if (!out.isEmpty() && std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < 1.0)
            continue;
        out.append(q);
        last = q;
    }
}

// The rect of `size` centred on `centre`, moved inside `bounds` when possible.
QRectF placeInside(QPointF centre, QSizeF size, const QRectF &bounds)
{
    QRectF r(centre - QPointF(size.width() / 2, size.height() / 2), size);
    if (bounds.isEmpty())
        return r;
    if (r.right() > bounds.right())
        r.moveRight(bounds.right());
    if (r.left() < bounds.left())
        r.moveLeft(bounds.left());
    if (r.bottom() > bounds.bottom())
        r.moveBottom(bounds.bottom());
    if (r.top() < bounds.top())
        r.moveTop(bounds.top());
    return r;
}

// Text with a dark halo, legible on any background picture or colour.
class LabelPainter
{
public:
    LabelPainter(QPainter *painter, qreal pixelSize, const QRectF &bounds)
        : m_painter(painter)
        , m_bounds(bounds)
    {
        m_font.setPixelSize(std::max(1, qRound(pixelSize)));
        m_font.setBold(true);
        m_metrics.emplace(m_font);
    }

    QSizeF size(const QString &text) const
    {
        return {m_metrics->horizontalAdvance(text) + 4, m_metrics->height()};
    }

    // Draws `text` centred on `centre` (kept inside the bounds). When that
    // would cover a label already drawn, it moves in steps along `push`.
    void draw(const QString &text, QPointF centre, const QColor &color = Qt::white,
              QPointF push = QPointF(0, 1)) const
    {
        const QSizeF sz = size(text);
        QRectF rect = placeInside(centre, sz, m_bounds);
        for (int step = 1; step <= 6 && overlapsPlaced(rect); ++step)
            rect = placeInside(centre + push * (step * sz.height() * 0.75), sz, m_bounds);
        if (overlapsPlaced(rect))
            rect = placeInside(centre, sz, m_bounds); // crowded: the natural place
        drawIn(text, rect, color);
    }

    void drawIn(const QString &text, const QRectF &rect, const QColor &color) const
    {
        m_placed->append(rect);
        QPainterPath path;
        path.addText(rect.left() + 2, rect.top() + m_metrics->ascent(), m_font, text);
        m_painter->setPen(
            QPen(QColor(0, 0, 0, 200), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawPath(path);
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(color);
        m_painter->drawPath(path);
    }

    // Labels drawn by any LabelPainter sharing this list avoid each other.
    void shareWith(const LabelPainter &other) { m_placed = other.m_placed; }

private:
    bool overlapsPlaced(const QRectF &rect) const
    {
        return std::any_of(m_placed->cbegin(), m_placed->cend(),
                           [&](const QRectF &r) { return r.intersects(rect); });
    }

    QPainter *m_painter;
    QRectF m_bounds;
    std::shared_ptr<QList<QRectF>> m_placed = std::make_shared<QList<QRectF>>();
    QFont m_font;
    std::optional<QFontMetricsF> m_metrics;
};

void drawHandles(QPainter *p, const QList<QPointF> &devicePoints, const QColor &color)
{
    constexpr double h = 3.5;
    QList<QRectF> rects;
    rects.reserve(devicePoints.size());
    for (const QPointF &q : devicePoints)
        rects.append(QRectF(q.x() - h, q.y() - h, 2 * h, 2 * h));
    p->setPen(QPen(color.darker(150), 1.5));
    p->setBrush(Qt::white);
    p->drawRects(rects.constData(), int(rects.size()));
}

void drawArrowHead(QPainter *p, QPointF from, QPointF to, const QColor &color, double width)
{
    const QPointF d = to - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-9)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const double headLen = 10 + 2.5 * width;
    const double headHalf = 4 + 1.2 * width;
    const std::array<QPointF, 3> head{to, to - u * headLen + n * headHalf,
                                      to - u * headLen - n * headHalf};
    p->setPen(QPen(Qt::black, 1));
    p->setBrush(color);
    p->drawPolygon(head.data(), int(head.size()));
}

QString lineTypeText(const RoiShape &shape)
{
    const QJsonValue type = shape.properties.value(QLatin1StringView("type"));
    if (type.isDouble())
        return QString::number(type.toDouble());
    if (type.isString())
        return type.toString();
    return {};
}

void paintPolygon(QPainter *p, const RoiScene::Shape &s, const RoiShape &shape,
                  const RoiPaintOptions &o, QList<QPointF> &buf)
{
    const bool selected = o.selected == s.ref;
    mapPoints(shape.points, o.mapping, buf);
    QColor fill = s.color;
    fill.setAlpha(selected ? kSelectedFillAlpha : kFillAlpha);
    const double width = selected ? 3.5 : 2;
    const QColor under(0, 0, 0, 140); // keeps the outline visible on bright pictures
    if (buf.size() > kDetailedOutlineLimit) {
        // Large outlines: an aliased fill (its jagged edge lies under the
        // outline) and the outline as separate segments, which the raster
        // engine draws without building a stroke path with joins: about ten
        // times faster for a 10,000-point wavy polygon.
        p->save();
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawPolygon(buf.constData(), int(buf.size()), Qt::OddEvenFill);
        p->restore();
        QList<QLineF> segments;
        segments.reserve(buf.size());
        for (qsizetype i = 0; i < buf.size(); ++i)
            segments.append(QLineF(buf.at(i), buf.at((i + 1) % buf.size())));
        // The dark under-stroke is only needed over a picture; on the plain
        // frame it would double the cost for nothing.
        if (o.background) {
            p->setPen(QPen(under, width + 2, Qt::SolidLine, Qt::FlatCap));
            p->drawLines(segments.constData(), int(segments.size()));
        }
        p->setPen(QPen(s.color, width, Qt::SolidLine, Qt::FlatCap));
        p->drawLines(segments.constData(), int(segments.size()));
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        if (buf.size() >= 3)
            p->drawPolygon(buf.constData(), int(buf.size()), Qt::OddEvenFill);
        p->setBrush(Qt::NoBrush);
        for (const QPen &pen : {QPen(under, width + 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin),
                                QPen(s.color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)}) {
            p->setPen(pen);
            if (buf.size() >= 3)
                p->drawPolygon(buf.constData(), int(buf.size()), Qt::OddEvenFill);
            else
                p->drawPolyline(buf.constData(), int(buf.size()));
        }
    }
    if (roiHandlesVisible(s, shape.points.size(), o.mapping.scale, selected))
        drawHandles(p, buf, s.color);
}

void paintLine(QPainter *p, const RoiScene::Shape &s, const RoiShape &shape,
               const RoiPaintOptions &o)
{
    const bool selected = o.selected == s.ref;
    const double width = selected ? 4.5 : 3;
    QList<QPointF> dev;
    for (const QPointF &pt : shape.points)
        dev.append(o.mapping.map(pt));
    // A dark under-stroke keeps thin lines visible on bright pictures.
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(QColor(0, 0, 0, 160), width + 2, Qt::SolidLine, Qt::RoundCap));
    p->drawPolyline(dev.constData(), int(dev.size()));
    p->setPen(QPen(s.color, width, Qt::SolidLine, Qt::RoundCap));
    p->drawPolyline(dev.constData(), int(dev.size()));
    if (dev.size() >= 2)
        drawArrowHead(p, dev.at(dev.size() - 2), dev.last(), s.color, width);
    if (!dev.isEmpty())
        drawHandles(p, {dev.first()}, s.color);
}

void paintLineLabels(const LabelPainter &labels, const RoiScene::Shape &s, const RoiShape &shape,
                     const RoiPaintOptions &o)
{
    if (shape.points.isEmpty())
        return;
    const QString type = lineTypeText(shape);
    const QString title =
        type.isEmpty()
            ? s.name
            : RoiRendererTr::tr("%1 · type %2", "line name, properties.type").arg(s.name, type);
    const QPointF a = o.mapping.map(shape.points.first());
    const QPointF b = o.mapping.map(shape.points.last());
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    const QPointF u = len > 0 ? d / len : QPointF(1, 0);
    // The title sits just behind the start point, away from the arrow.
    const QSizeF titleSize = labels.size(title);
    const double titleExtent =
        std::abs(u.x()) * titleSize.width() / 2 + std::abs(u.y()) * titleSize.height() / 2;
    labels.draw(title, a - u * (titleExtent + 8), s.color.lighter(140), -u);

    // Side names: centred on the side's normal from the midpoint, pushed out
    // by half the text box's extent along the normal so they never straddle
    // the line. side1Normal works in frame pixels; the mapping is a uniform
    // scale, so the direction is the same on screen.
    const QPointF n = side1Normal(shape.points.first(), shape.points.last());
    if (n.isNull())
        return;
    const QPointF mid = (a + b) / 2;
    const std::array<std::pair<QString, double>, 2> sides{std::pair{shape.side1Name(), 1.0},
                                                          std::pair{shape.side2Name(), -1.0}};
    for (const auto &[text, dir] : sides) {
        if (text.isEmpty())
            continue;
        const QSizeF size = labels.size(text);
        const double extent =
            std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2;
        labels.draw(text, mid + n * dir * (extent + 10), QColor(0xf0, 0xf0, 0xf0), n * dir);
    }
}

} // namespace

QColor roiPaletteColor(qsizetype index)
{
    // Bright, mutually distinct hues that stay visible over dark frames and
    // over typical daylight camera pictures (each shape also gets a dark
    // under-stroke).
    static const std::array<QColor, 10> kPalette{
        QColor(0x00, 0xb4, 0xff), QColor(0xff, 0x8c, 0x00), QColor(0xff, 0x3b, 0x6b),
        QColor(0x3d, 0xdc, 0x84), QColor(0xff, 0xd4, 0x00), QColor(0xb3, 0x6b, 0xff),
        QColor(0x00, 0xe5, 0xc0), QColor(0xff, 0x66, 0xcc), QColor(0xa0, 0xd9, 0x11),
        QColor(0xd0, 0xd0, 0xd0)};
    return kPalette[size_t(index % qsizetype(kPalette.size()))];
}

void RoiScene::setRoi(const Roi &roi)
{
    m_roi = roi;
    m_bounds = roiBounds(roi);
    m_shapes.clear();
    for (qsizetype i = 0; i < roi.polygons.size(); ++i) {
        const RoiShape &p = roi.polygons.at(i);
        Shape s;
        s.ref = {RoiShapeRef::Kind::Polygon, i};
        s.name = p.name.isEmpty() ? RoiRendererTr::tr("Region %1").arg(i + 1) : p.name;
        s.color = roiPaletteColor(m_shapes.size());
        s.bounds = pointsBounds(p.points);
        s.labelPoint = polygonLabelPoint(p.points);
        s.area = polygonArea(p.points);
        m_shapes.append(s);
    }
    for (qsizetype i = 0; i < roi.lines.size(); ++i) {
        const RoiShape &l = roi.lines.at(i);
        Shape s;
        s.ref = {RoiShapeRef::Kind::Line, i};
        s.name = l.name.isEmpty() ? RoiRendererTr::tr("Line %1").arg(i + 1) : l.name;
        s.color = roiPaletteColor(m_shapes.size());
        s.bounds = pointsBounds(l.points);
        s.labelPoint = s.bounds.center();
        m_shapes.append(s);
    }
}

void RoiScene::setFrameSize(QSizeF size)
{
    m_frame = size.isEmpty() ? QSizeF(1920, 1080) : size;
}

QRectF RoiScene::sceneRect() const
{
    const QRectF frame(QPointF(0, 0), m_frame);
    if (m_roi.pointCount() == 0)
        return frame;
    // Whole pixels, so an enlarged frame still has integer size.
    const QRectF b(QPointF(std::floor(m_bounds.left()), std::floor(m_bounds.top())),
                   QPointF(std::ceil(m_bounds.right()), std::ceil(m_bounds.bottom())));
    return QRectF(
        QPointF(std::min(frame.left(), b.left()), std::min(frame.top(), b.top())),
        QPointF(std::max(frame.right(), b.right()), std::max(frame.bottom(), b.bottom())));
}

bool RoiScene::isFrameGrown() const
{
    return sceneRect() != QRectF(QPointF(0, 0), m_frame);
}

const RoiScene::Shape *RoiScene::shape(RoiShapeRef ref) const
{
    for (const Shape &s : m_shapes)
        if (s.ref == ref)
            return &s;
    return nullptr;
}

const RoiShape *RoiScene::roiShape(RoiShapeRef ref) const
{
    const QList<RoiShape> &list =
        ref.kind == RoiShapeRef::Kind::Polygon ? m_roi.polygons : m_roi.lines;
    if (ref.kind == RoiShapeRef::Kind::None || ref.index < 0 || ref.index >= list.size())
        return nullptr;
    return &list.at(ref.index);
}

RoiMapping RoiMapping::fit(const QRectF &scene, const QRectF &target)
{
    RoiMapping m;
    if (scene.isEmpty() || target.isEmpty())
        return m;
    m.scale = std::min(target.width() / scene.width(), target.height() / scene.height());
    m.offset = target.center() - scene.center() * m.scale;
    return m;
}

bool roiHandlesVisible(const RoiScene::Shape &shape, qsizetype pointCount, double scale,
                       bool selected)
{
    if (pointCount <= 2)
        return true;
    const double outline = 2 * (shape.bounds.width() + shape.bounds.height()) * scale;
    const double spacing = outline / double(pointCount);
    return selected ? (spacing >= 4 && pointCount <= 5000) : (spacing >= 10 && pointCount <= 500);
}

void paintRoiScene(QPainter *p, const RoiScene &scene, const RoiPaintOptions &o)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QRectF frame = o.mapping.map(QRectF(QPointF(0, 0), scene.frameSize()));
    const QRectF sceneRect = o.mapping.map(scene.sceneRect());
    const bool grown = scene.isFrameGrown();
    if (grown) {
        p->fillRect(sceneRect, kOutsideColor);
        p->fillRect(sceneRect, QBrush(QColor(kWarningColor.red(), kWarningColor.green(),
                                             kWarningColor.blue(), 40),
                                      Qt::BDiagPattern));
    }
    p->fillRect(frame, kFrameColor);
    const QSize frameDeviceSize(qRound(frame.width()), qRound(frame.height()));
    if (o.background && !o.background->isNull() && o.background->size() == frameDeviceSize) {
        // Already scaled to the frame on screen (RoiView caches it per zoom):
        // a plain blit, the cheapest way to draw a picture.
        p->setOpacity(o.backgroundOpacity);
        p->drawImage(QPoint(qRound(frame.left()), qRound(frame.top())), *o.background);
        p->setOpacity(1);
    } else if (o.background && !o.background->isNull()) {
        // Only the visible part is scaled, so deep zoom stays cheap.
        const QRectF visibleFrame = o.visible.isEmpty() ? frame : frame.intersected(o.visible);
        const double sx = o.background->width() / frame.width();
        const double sy = o.background->height() / frame.height();
        const QRectF source((visibleFrame.left() - frame.left()) * sx,
                            (visibleFrame.top() - frame.top()) * sy, visibleFrame.width() * sx,
                            visibleFrame.height() * sy);
        p->setOpacity(o.backgroundOpacity);
        p->drawImage(visibleFrame, *o.background, source);
        p->setOpacity(1);
    }
    p->setBrush(Qt::NoBrush);
    p->setPen(grown ? QPen(kWarningColor, 1.5, Qt::DashLine) : QPen(QColor(0x90, 0x90, 0x90), 1));
    p->drawRect(frame);

    const QRectF labelBounds = o.visible.isEmpty() ? sceneRect : sceneRect.intersected(o.visible);
    const LabelPainter labels(p, o.textPixelSize, labelBounds.adjusted(2, 2, -2, -2));
    LabelPainter small(p, o.textPixelSize * 0.85, labelBounds.adjusted(2, 2, -2, -2));
    small.shareWith(labels);
    if (grown && o.showGrowWarning) {
        const QString text =
            RoiRendererTr::tr("Points lie outside the %1 × %2 frame; the view grew to show them.")
                .arg(scene.frameSize().width())
                .arg(scene.frameSize().height());
        const QSizeF size = small.size(text);
        small.drawIn(text, QRectF(labelBounds.topLeft() + QPointF(6, 4), size), kWarningColor);
    }

    QList<QPointF> buf;
    // Unselected first, selected last, so the highlight is never covered.
    for (int pass = 0; pass < 2; ++pass) {
        for (const RoiScene::Shape &s : scene.shapes()) {
            if ((s.ref == o.selected) != (pass == 1))
                continue;
            const RoiShape *shape = scene.roiShape(s.ref);
            if (!shape || shape->points.isEmpty())
                continue;
            if (!o.visible.isEmpty() &&
                !o.mapping.map(s.bounds).adjusted(-8, -8, 8, 8).intersects(o.visible))
                continue;
            if (s.ref.kind == RoiShapeRef::Kind::Polygon)
                paintPolygon(p, s, *shape, o, buf);
            else
                paintLine(p, s, *shape, o);
        }
    }
    // Labels last, above every outline; none for shapes scrolled out of view.
    for (const RoiScene::Shape &s : scene.shapes()) {
        const RoiShape *shape = scene.roiShape(s.ref);
        if (!shape || shape->points.isEmpty())
            continue;
        if (!o.visible.isEmpty() &&
            !o.mapping.map(s.bounds).adjusted(-8, -8, 8, 8).intersects(o.visible))
            continue;
        if (s.ref.kind == RoiShapeRef::Kind::Polygon)
            labels.draw(s.name, o.mapping.map(s.labelPoint));
        else
            paintLineLabels(labels, s, *shape, o);
    }
    if (scene.roi().source == Roi::Source::Absent)
        labels.draw(RoiRendererTr::tr("Whole frame (no target_roi)"), frame.center());
    else if (scene.roi().source == Roi::Source::Unparsable)
        labels.draw(RoiRendererTr::tr("target_roi cannot be read; see the warnings"),
                    frame.center(), kWarningColor);
    p->restore();
}

} // namespace vias::ui
