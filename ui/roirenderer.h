// Drawing of a task's ROI over a camera frame, shared by the on-screen
// RoiView, PNG export and tests. Shapes are mapped to device coordinates
// first and drawn with fixed-width pens and fixed-size text, so the overlay
// stays crisp at any zoom and device pixel ratio; points closer than half a
// pixel on screen are merged, so 10,000-point polygons stay cheap to draw.
#pragma once

#include "models/roi.h"
#include "models/roigeometry.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace vias::ui {

// The fixed qualitative palette (Tableau 10): polygons take colours first,
// then lines continue the sequence, so every shape of a task differs.
QColor roiPaletteColor(qsizetype index);
// Polygon fill opacity (0..255), normal and selected.
inline constexpr int kFillAlpha = 70;
inline constexpr int kSelectedFillAlpha = 115;

// A roi plus what is derived from it once (colours, names, label points,
// areas, bounds), and the frame it is drawn on.
class RoiScene final
{
public:
    struct Shape
    {
        RoiShapeRef ref;
        QString name; // the shape's name, or "Region 1" / "Line 1"
        QColor color;
        QRectF bounds;      // frame pixels
        QPointF labelPoint; // polygons: inside; lines: the midpoint
        double area = 0;    // polygons, square pixels
    };

    void setRoi(const Roi &roi);
    const Roi &roi() const { return m_roi; }
    void setFrameSize(QSizeF size);
    QSizeF frameSize() const { return m_frame; }
    // The frame, enlarged to hold every point when some lie outside it.
    QRectF sceneRect() const;
    bool isFrameGrown() const;
    const QList<Shape> &shapes() const { return m_shapes; }
    const Shape *shape(RoiShapeRef ref) const;
    const RoiShape *roiShape(RoiShapeRef ref) const;

private:
    Roi m_roi;
    QSizeF m_frame{1920, 1080};
    QRectF m_bounds;
    QList<Shape> m_shapes;
};

// Frame pixels -> device pixels: device = frame * scale + offset.
struct RoiMapping
{
    double scale = 1;
    QPointF offset;

    QPointF map(QPointF p) const { return p * scale + offset; }
    QPointF unmap(QPointF p) const { return (p - offset) / scale; }
    QRectF map(const QRectF &r) const { return {map(r.topLeft()), map(r.bottomRight())}; }
    // The mapping that fits `scene` centred inside `target`.
    static RoiMapping fit(const QRectF &scene, const QRectF &target);
};

struct RoiPaintOptions
{
    RoiMapping mapping;
    QRectF visible;                     // device rect being painted (labels stay inside)
    RoiShapeRef selected;               // drawn emphasised, with its vertex handles
    const QImage *background = nullptr; // scaled to the frame; nullptr for none
    qreal backgroundOpacity = 1;
    qreal textPixelSize = 13; // labels keep this size at any zoom
    bool showGrowWarning = true;
};

// Paints the frame, the background picture, polygons, lines with arrows and
// side names, vertex handles and labels.
void paintRoiScene(QPainter *painter, const RoiScene &scene, const RoiPaintOptions &options);

// True when a shape's vertices are far enough apart on screen to draw handles.
bool roiHandlesVisible(const RoiScene::Shape &shape, qsizetype pointCount, double scale,
                       bool selected);

} // namespace vias::ui
