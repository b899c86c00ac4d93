// ROI overlay timings: one frame of a 10,000-point polygon (target: under
// 16 ms, one 60 Hz frame) at fit zoom, at 100% and deep zoom, plus export
// size, a 1,000,000-point polygon, and validateRoi on 1,000,000 points.
// Self-contained timing (median of N runs), printed; nothing is asserted.
#include "models/roigeometry.h"
#include "ui/roiview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

// A wavy closed outline: every vertex distinct, nothing degenerate, concave.
vias::RoiShape wavyPolygon(int points)
{
    vias::RoiShape shape;
    shape.name = QStringLiteral("wavy");
    shape.points.reserve(points);
    for (int i = 0; i < points; ++i) {
        const double a = 2 * M_PI * i / points;
        const double r = 420 + 60 * std::sin(37 * a) + 15 * std::sin(211 * a);
        shape.points.append(QPointF(960 + 1.6 * r * std::cos(a), 540 + r * std::sin(a)));
    }
    return shape;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    work(); // warm-up: font caches, first allocation
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void report(const char *what, double ms, double target = 16)
{
    std::printf("%-58s median %8.2f ms  (target %.0f ms: %s)\n", what, ms, target,
                ms <= target ? "ok" : "OVER");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);

    vias::Roi roi;
    roi.source = vias::Roi::Source::String;
    roi.polygons.append(wavyPolygon(10'000));
    vias::RoiShape line;
    line.points = {QPointF(50, 756), QPointF(100, 616)};
    line.properties.insert(QStringLiteral("side1_name"), QStringLiteral("in"));
    line.properties.insert(QStringLiteral("side2_name"), QStringLiteral("out"));
    roi.lines.append(line);

    vias::ui::RoiView view;
    view.resize(1000, 600);
    view.setRoi(roi);
    view.show();
    QImage widgetImage(view.size(), QImage::Format_ARGB32_Premultiplied);
    auto paintWidget = [&] {
        // The same path paintEvent takes, into an image the size of the widget.
        QPainter p(&widgetImage);
        view.QWidget::render(&p);
    };
    std::printf("RoiView, 10,000-point polygon + 1 line, widget %dx%d\n", view.width(),
                view.height());
    report("paint at fit zoom", medianMs(30, paintWidget));
    view.setSelectedShape({vias::RoiShapeRef::Kind::Polygon, 0});
    report("paint at fit zoom, polygon selected", medianMs(30, paintWidget));
    view.zoomToActualSize();
    report("paint at 100%", medianMs(30, paintWidget));
    view.zoomBy(8, QPointF(500, 300));
    report("paint at 800%", medianMs(30, paintWidget));
    view.fitToWindow();

    QImage background(1920, 1080, QImage::Format_RGB32);
    background.fill(QColor(90, 110, 90));
    view.setBackgroundImage(background);
    report("paint at fit zoom with a 1920x1080 background", medianMs(30, paintWidget));

    report("export: renderImage(1920x1080, with background)",
           medianMs(10, [&] { (void)view.renderImage(true); }), 100);

    vias::Roi huge;
    huge.source = vias::Roi::Source::String;
    huge.polygons.append(wavyPolygon(1'000'000));
    QElapsedTimer t;
    t.start();
    view.setRoi(huge);
    std::printf("%-58s %8.2f ms\n", "setRoi(1,000,000 points: bounds, area, label point)",
                double(t.nsecsElapsed()) / 1e6);
    report("paint 1,000,000-point polygon at fit zoom", medianMs(5, paintWidget), 100);
    report("validateRoi(1,000,000 points)",
           medianMs(3, [&] { (void)vias::validateRoi(huge, QSizeF(1920, 1080)); }), 1000);
    return 0;
}
