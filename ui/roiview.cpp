// The ROI overlay widget: zoom, pan, selection, tooltips, drops (see roiview.h).
#include "ui/roiview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHelpEvent>
#include <QImageReader>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace vias::ui {
namespace {

constexpr double kHitRadius = 6;  // widget pixels
constexpr double kDragStart = 3;  // widget pixels before a press becomes a pan
constexpr double kMinZoom = 1e-4; // frame pixels can be huge (bad data)
constexpr double kMaxZoom = 64;

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, d) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + d * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

bool isImageFile(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

} // namespace

RoiView::RoiView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roiView"));
    setMouseTracking(true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    retranslate();
    updateFitMapping();
}

void RoiView::retranslate()
{
    // Not a tooltip: tooltips here belong to the vertices.
    const QString help = tr("Wheel or +/-: zoom around the cursor. Drag: pan. Double-click or "
                            "0: fit. 1: 100%. Click a shape to select it. Drop an image to use "
                            "it as the background.");
    setWhatsThis(help);
    setAccessibleDescription(help);
}

RoiView::~RoiView() = default;

void RoiView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoiView::setRoi(const Roi &roi)
{
    m_scene.setRoi(roi);
    m_selected = {};
    fitToWindow();
}

void RoiView::setFrameSize(const QSize &size)
{
    if (size == frameSize() || size.isEmpty())
        return;
    m_scene.setFrameSize(QSizeF(size));
    if (m_fit)
        updateFitMapping();
    update();
}

QSize RoiView::frameSize() const
{
    return m_scene.frameSize().toSize();
}

void RoiView::setSelectedShape(RoiShapeRef ref)
{
    if (ref == m_selected)
        return;
    m_selected = m_scene.shape(ref) ? ref : RoiShapeRef{};
    update();
}

RoiShapeRef RoiView::shapeAt(QPointF widgetPos) const
{
    const QPointF f = mapToFrame(widgetPos);
    RoiShapeRef best;
    double bestArea = std::numeric_limits<double>::max();
    for (const RoiScene::Shape &s : m_scene.shapes()) {
        const RoiShape *shape = m_scene.roiShape(s.ref);
        if (!shape || shape->points.isEmpty())
            continue;
        const QRectF box =
            m_mapping.map(s.bounds).adjusted(-kHitRadius, -kHitRadius, kHitRadius, kHitRadius);
        if (!box.contains(widgetPos))
            continue;
        if (s.ref.kind == RoiShapeRef::Kind::Line) {
            const QList<QPointF> &pts = shape->points;
            for (qsizetype i = 0; i + 1 < pts.size(); ++i)
                if (distanceToSegment(widgetPos, mapFromFrame(pts.at(i)),
                                      mapFromFrame(pts.at(i + 1))) <= kHitRadius)
                    return s.ref; // lines are thin: they win over the area below
        } else if (s.area < bestArea && pointInPolygon(shape->points, f)) {
            best = s.ref;
            bestArea = s.area;
        }
    }
    return best;
}

RoiView::VertexHit RoiView::vertexAt(QPointF widgetPos) const
{
    VertexHit hit;
    double best = kHitRadius * kHitRadius;
    for (const RoiScene::Shape &s : m_scene.shapes()) {
        const RoiShape *shape = m_scene.roiShape(s.ref);
        if (!shape)
            continue;
        const QRectF box =
            m_mapping.map(s.bounds).adjusted(-kHitRadius, -kHitRadius, kHitRadius, kHitRadius);
        if (!box.contains(widgetPos))
            continue;
        for (qsizetype i = 0; i < shape->points.size(); ++i) {
            const QPointF d = mapFromFrame(shape->points.at(i)) - widgetPos;
            const double d2 = QPointF::dotProduct(d, d);
            if (d2 <= best) {
                best = d2;
                hit = {s.ref, i};
            }
        }
    }
    return hit;
}

QString RoiView::vertexToolTip(QPointF widgetPos) const
{
    const VertexHit hit = vertexAt(widgetPos);
    const RoiScene::Shape *s = m_scene.shape(hit.shape);
    const RoiShape *shape = m_scene.roiShape(hit.shape);
    if (!hit.isValid() || !s || !shape)
        return {};
    const QPointF p = shape->points.at(hit.index);
    return tr("%1, point %2 of %3: (%4, %5)", "shape name, 0-based index, count, x, y")
        .arg(s->name)
        .arg(hit.index)
        .arg(shape->points.size())
        .arg(QString::number(p.x()), QString::number(p.y()));
}

void RoiView::fitToWindow()
{
    m_fit = true;
    updateFitMapping();
}

void RoiView::zoomToActualSize()
{
    // Keep the frame point at the widget centre where it is.
    const QPointF centre = rect().toRectF().center();
    zoomBy(1.0 / m_mapping.scale, centre);
}

void RoiView::zoomBy(qreal factor, QPointF anchorWidgetPos)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const QPointF anchorFrame = mapToFrame(anchorWidgetPos);
    RoiMapping m;
    m.scale = std::clamp(m_mapping.scale * factor, kMinZoom, kMaxZoom);
    m.offset = anchorWidgetPos - anchorFrame * m.scale;
    m_fit = false;
    setMapping(m);
}

void RoiView::setBackgroundImage(const QImage &image)
{
    // Formats the raster engine draws fastest (an opaque picture is copied,
    // not blended); converted once, not per paint.
    m_background = image.convertToFormat(
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    m_scaledBackground = QImage();
    update();
}

void RoiView::clearBackgroundImage()
{
    m_background = QImage();
    m_scaledBackground = QImage();
    update();
}

void RoiView::setBackgroundVisible(bool visible)
{
    m_backgroundVisible = visible;
    update();
}

void RoiView::setBackgroundOpacity(qreal opacity)
{
    m_backgroundOpacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void RoiView::render(QPainter *painter, const QRect &target, bool withBackground) const
{
    RoiPaintOptions o;
    o.mapping = RoiMapping::fit(m_scene.sceneRect(), QRectF(target));
    o.visible = QRectF(target);
    o.background = withBackground && !m_background.isNull() ? &m_background : nullptr;
    o.backgroundOpacity = m_backgroundOpacity;
    // Exports are looked at scaled down: keep text readable at frame scale.
    o.textPixelSize = std::max(13.0, target.height() / 60.0);
    painter->save();
    painter->setClipRect(target);
    paintRoiScene(painter, m_scene, o);
    painter->restore();
}

QImage RoiView::renderImage(bool withBackground) const
{
    QSizeF size = m_scene.sceneRect().size();
    const double limit = 8192;
    if (size.width() > limit || size.height() > limit)
        size.scale(limit, limit, Qt::KeepAspectRatio);
    QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    render(&painter, image.rect(), withBackground);
    return image;
}

QSize RoiView::sizeHint() const
{
    return {800, 460};
}

QSize RoiView::minimumSizeHint() const
{
    return {160, 100};
}

bool RoiView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = vertexToolTip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void RoiView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid));
    RoiPaintOptions o;
    o.mapping = m_mapping;
    o.visible = rect().toRectF();
    o.selected = m_selected;
    o.background = backgroundForPainting();
    o.backgroundOpacity = m_backgroundOpacity;
    o.textPixelSize = std::max(12.0, QFontInfo(font()).pixelSize() * 1.05);
    paintRoiScene(&painter, m_scene, o);
}

void RoiView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        updateFitMapping();
}

void RoiView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void RoiView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = rect().toRectF().center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25, centre);
        break;
    case Qt::Key_0:
        fitToWindow();
        break;
    case Qt::Key_1:
        zoomToActualSize();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RoiView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_pressed = true;
        m_dragging = event->button() == Qt::MiddleButton;
        m_pressPos = event->position();
        m_lastDragPos = event->position();
        if (m_dragging)
            setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void RoiView::mouseMoveEvent(QMouseEvent *event)
{
    emit cursorMoved(mapToFrame(event->position()));
    if (!m_pressed)
        return;
    const QPointF moved = event->position() - m_pressPos;
    if (!m_dragging && std::abs(moved.x()) + std::abs(moved.y()) >= kDragStart) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        RoiMapping m = m_mapping;
        m.offset += event->position() - m_lastDragPos;
        m_lastDragPos = event->position();
        m_fit = false;
        setMapping(m);
    }
}

void RoiView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool wasDrag = m_dragging;
    m_pressed = false;
    m_dragging = false;
    setCursor(Qt::CrossCursor);
    if (!wasDrag && event->button() == Qt::LeftButton) {
        const RoiShapeRef ref = shapeAt(event->position());
        setSelectedShape(ref);
        emit shapeClicked(ref);
    }
}

void RoiView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        fitToWindow();
}

void RoiView::leaveEvent(QEvent *event)
{
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

void RoiView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool ok = mime->hasImage();
    for (const QUrl &url : mime->urls())
        ok = ok || (url.isLocalFile() && isImageFile(url.toLocalFile()));
    if (ok)
        event->acceptProposedAction();
}

void RoiView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isImageFile(url.toLocalFile())) {
            emit backgroundFileDropped(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    if (mime->hasImage()) {
        emit backgroundImageDropped(qvariant_cast<QImage>(mime->imageData()));
        event->acceptProposedAction();
    }
}

const QImage *RoiView::backgroundForPainting() const
{
    if (!m_backgroundVisible || m_background.isNull())
        return nullptr;
    // Scaling a camera still on every paint costs several milliseconds; a copy
    // at the on-screen size is made once per zoom level and then blitted.
    // Past a few widget areas (deep zoom) the renderer scales only the
    // visible part instead.
    const QRectF frame = m_mapping.map(QRectF(QPointF(0, 0), m_scene.frameSize()));
    const QSize size(qRound(frame.width()), qRound(frame.height()));
    const qint64 pixels = qint64(size.width()) * size.height();
    const qint64 widgetPixels = qint64(width()) * height();
    if (size.isEmpty() || pixels > 4 * std::max<qint64>(widgetPixels, 1))
        return &m_background;
    if (m_scaledBackground.size() != size)
        m_scaledBackground =
            m_background.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return &m_scaledBackground;
}

void RoiView::updateFitMapping()
{
    const QRectF target = rect().toRectF().adjusted(8, 8, -8, -8);
    setMapping(RoiMapping::fit(m_scene.sceneRect(), target.isEmpty() ? rect().toRectF() : target));
}

void RoiView::setMapping(const RoiMapping &mapping)
{
    const bool zoomed = !qFuzzyCompare(mapping.scale, m_mapping.scale);
    m_mapping = mapping;
    update();
    if (zoomed)
        emit zoomChanged(m_mapping.scale);
}

} // namespace vias::ui
