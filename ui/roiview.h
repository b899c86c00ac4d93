// The ROI overlay: a task's polygons and lines drawn over its camera frame
// (optionally over a picture of the scene), with wheel zoom around the
// cursor, drag to pan, vertex tooltips, a cursor read-out in frame pixels,
// shape selection, and image drop. Painting is in roirenderer.
#pragma once

#include "models/roi.h"
#include "models/roigeometry.h"
#include "ui/roirenderer.h"

#include <QImage>
#include <QWidget>

namespace vias::ui {

class RoiView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoiView)

public:
    struct VertexHit
    {
        RoiShapeRef shape;
        qsizetype index = -1;
        bool isValid() const { return shape.isValid() && index >= 0; }
    };

    explicit RoiView(QWidget *parent = nullptr);
    ~RoiView() override;

    void setRoi(const Roi &roi);
    const Roi &roi() const { return m_scene.roi(); }
    const RoiScene &scene() const { return m_scene; }

    // The camera frame size (default 1920x1080). The drawn area grows by
    // itself, with a warning, when points lie outside it.
    void setFrameSize(const QSize &size);
    QSize frameSize() const;
    QRectF sceneRect() const { return m_scene.sceneRect(); }
    bool isFrameGrown() const { return m_scene.isFrameGrown(); }

    void setSelectedShape(RoiShapeRef ref);
    RoiShapeRef selectedShape() const { return m_selected; }
    // The shape under a widget position: lines first, then the smallest polygon.
    RoiShapeRef shapeAt(QPointF widgetPos) const;
    // The vertex within a few pixels of a widget position.
    VertexHit vertexAt(QPointF widgetPos) const;
    // "Region 1, point 3: (1800, 100)"; empty when no vertex is near.
    QString vertexToolTip(QPointF widgetPos) const;

    // Zoom: widget pixels per frame pixel. Fit mode follows resizes.
    void fitToWindow();
    void zoomToActualSize(); // 100%: one frame pixel per logical pixel
    void zoomBy(qreal factor, QPointF anchorWidgetPos);
    qreal zoom() const { return m_mapping.scale; }
    bool isFitMode() const { return m_fit; }
    QPointF mapToFrame(QPointF widgetPos) const { return m_mapping.unmap(widgetPos); }
    QPointF mapFromFrame(QPointF framePos) const { return m_mapping.map(framePos); }

    // The background picture, stretched over the frame.
    void setBackgroundImage(const QImage &image);
    void clearBackgroundImage();
    bool hasBackgroundImage() const { return !m_background.isNull(); }
    const QImage &backgroundImage() const { return m_background; }
    void setBackgroundVisible(bool visible);
    bool isBackgroundVisible() const { return m_backgroundVisible; }
    void setBackgroundOpacity(qreal opacity); // 0..1
    qreal backgroundOpacity() const { return m_backgroundOpacity; }

    // Paints the whole scene fitted into `target` (aspect kept, centred), with
    // no selection highlight: for export and tests.
    using QWidget::render;
    void render(QPainter *painter, const QRect &target, bool withBackground) const;
    // The scene at one image pixel per frame pixel (scaled down past 8192
    // pixels a side).
    QImage renderImage(bool withBackground) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cursorMoved(QPointF framePos);
    void cursorLeft();
    void shapeClicked(vias::RoiShapeRef ref); // an invalid ref: empty space
    void zoomChanged(qreal zoom);
    // An image file or picture dropped on the view; RoiTab loads and remembers it.
    void backgroundFileDropped(const QString &path);
    void backgroundImageDropped(const QImage &image);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateFitMapping();
    void setMapping(const RoiMapping &mapping);
    const QImage *backgroundForPainting() const;

    RoiScene m_scene;
    RoiMapping m_mapping;
    bool m_fit = true;
    RoiShapeRef m_selected;
    QImage m_background;
    mutable QImage m_scaledBackground; // m_background at the current zoom, when small enough
    bool m_backgroundVisible = true;
    qreal m_backgroundOpacity = 1;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace vias::ui
