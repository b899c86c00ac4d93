// ROI geometry: area, bounds, self-intersection (including collinear and
// touching cases and a 1,000,000-point polygon), label points inside concave
// shapes, the side-of-line convention, and validateRoi's warnings.
#include "models/roigeometry.h"

#include <QJsonValue>
#include <QTest>

#include <cmath>

using namespace vias;

namespace {

QList<QPointF> pts(std::initializer_list<std::pair<double, double>> list)
{
    QList<QPointF> out;
    for (const auto &[x, y] : list)
        out.append(QPointF(x, y));
    return out;
}

// A simple star-shaped polygon with n points (radius alternating), so it is
// non-convex yet never crosses itself.
QList<QPointF> star(qsizetype n, QPointF centre, double r1, double r2)
{
    QList<QPointF> out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double a = 2 * M_PI * double(i) / double(n);
        const double r = i % 2 ? r2 : r1;
        out.append(centre + QPointF(std::cos(a) * r, std::sin(a) * r));
    }
    return out;
}

RoiShape shape(const QList<QPointF> &points, const QString &name = {})
{
    RoiShape s;
    s.points = points;
    s.name = name;
    return s;
}

const QList<QPointF> kUShape =
    pts({{0, 0}, {300, 0}, {300, 300}, {200, 300}, {200, 100}, {100, 100}, {100, 300}, {0, 300}});

} // namespace

class TestRoiGeometry final : public QObject
{
    Q_OBJECT

private slots:
    void area()
    {
        QCOMPARE(polygonArea(pts({{100, 100}, {1800, 100}, {1800, 1000}, {100, 1000}})),
                 1700.0 * 900.0);
        // Orientation does not matter: the area is absolute.
        QCOMPARE(polygonArea(pts({{100, 1000}, {1800, 1000}, {1800, 100}, {100, 100}})),
                 1700.0 * 900.0);
        QCOMPARE(polygonArea(pts({{0, 0}, {10, 0}, {0, 10}})), 50.0);
        QCOMPARE(polygonArea(kUShape), 300.0 * 300 - 100 * 200);
        QCOMPARE(polygonArea(pts({{0, 0}, {10, 0}})), 0.0);
        QCOMPARE(polygonArea({}), 0.0);
    }

    void bounds()
    {
        QCOMPARE(pointsBounds(pts({{5, 7}, {-3, 20}, {10, 1}})),
                 QRectF(QPointF(-3, 1), QPointF(10, 20)));
        QVERIFY(pointsBounds({}).isNull());
        Roi roi;
        roi.polygons.append(shape(pts({{100, 100}, {200, 100}, {150, 300}})));
        roi.lines.append(shape(pts({{50, 50}, {50, 400}}))); // zero width on its own
        QCOMPARE(roiBounds(roi), QRectF(QPointF(50, 50), QPointF(200, 400)));
        QVERIFY(roiBounds(Roi{}).isNull());
    }

    void selfIntersection_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<bool>("crossing");
        QTest::addColumn<qsizetype>("first");
        QTest::addColumn<qsizetype>("second");
        QTest::newRow("bow-tie") << pts({{0, 0}, {100, 100}, {100, 0}, {0, 100}}) << true
                                 << qsizetype(0) << qsizetype(2);
        QTest::newRow("square") << pts({{0, 0}, {100, 0}, {100, 100}, {0, 100}}) << false
                                << qsizetype(-1) << qsizetype(-1);
        QTest::newRow("triangle") << pts({{0, 0}, {100, 0}, {50, 80}}) << false << qsizetype(-1)
                                  << qsizetype(-1);
        QTest::newRow("concave U") << kUShape << false << qsizetype(-1) << qsizetype(-1);
        QTest::newRow("vehicle example")
            << pts({{487, 465}, {1850, 450}, {1905, 1013}, {515, 1050}}) << false << qsizetype(-1)
            << qsizetype(-1);
        // A vertex that lies on a non-adjacent edge: the outline touches itself.
        QTest::newRow("vertex touches edge")
            << pts({{0, 0}, {100, 0}, {100, 100}, {50, 0}, {0, 100}}) << true << qsizetype(0)
            << qsizetype(2);
        // Two non-adjacent edges overlapping along the same line.
        QTest::newRow("collinear overlap")
            << pts({{0, 0}, {100, 0}, {100, 50}, {60, 50}, {60, 0}, {40, 0}, {40, 80}, {0, 80}})
            << true << qsizetype(0) << qsizetype(3);
        // Collinear consecutive points on one straight side are fine.
        QTest::newRow("collinear side") << pts({{0, 0}, {50, 0}, {100, 0}, {100, 100}, {0, 100}})
                                        << false << qsizetype(-1) << qsizetype(-1);
        // A spike folding back over its own previous edge.
        QTest::newRow("fold back")
            << pts({{0, 0}, {100, 0}, {50, 0}, {50, 80}}) << true << qsizetype(0) << qsizetype(1);
        // Repeats and an explicit closing point are not crossings.
        QTest::newRow("repeats and closed")
            << pts({{0, 0}, {0, 0}, {100, 0}, {100, 100}, {100, 100}, {0, 100}, {0, 0}}) << false
            << qsizetype(-1) << qsizetype(-1);
        // Collinear but apart: two edges on y=0 that do not meet.
        QTest::newRow("collinear apart")
            << pts({{0, 0}, {40, 0}, {40, 50}, {60, 50}, {60, 0}, {100, 0}, {100, 100}, {0, 100}})
            << false << qsizetype(-1) << qsizetype(-1);
    }

    void selfIntersection()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(bool, crossing);
        QFETCH(qsizetype, first);
        QFETCH(qsizetype, second);
        const SelfIntersection x = findSelfIntersection(points);
        QCOMPARE(x.status == SelfIntersection::Status::Crossing, crossing);
        QCOMPARE(x.firstEdge, first);
        QCOMPARE(x.secondEdge, second);
    }

    void selfIntersectionGrid()
    {
        // Above the pairwise limit the grid search must agree.
        QList<QPointF> simple = star(10'000, QPointF(1000, 500), 400, 380);
        QCOMPARE(findSelfIntersection(simple).status, SelfIntersection::Status::Simple);
        QList<QPointF> crossed = simple;
        std::swap(crossed[100], crossed[5000]); // two long edges across the star
        const SelfIntersection x = findSelfIntersection(crossed);
        QCOMPARE(x.status, SelfIntersection::Status::Crossing);
        QVERIFY(x.firstEdge < x.secondEdge);
    }

    void millionPoints()
    {
        // Completes (quickly in practice); no timing assertion, machines are noisy.
        Roi roi;
        QList<QPointF> wavy;
        wavy.reserve(1'000'000);
        for (int i = 0; i < 1'000'000; ++i) {
            const double a = 2 * M_PI * i / 1'000'000.0;
            const double r = 450 + 30 * std::sin(40 * a);
            wavy.append(QPointF(960 + r * std::cos(a), 540 + r * std::sin(a)));
        }
        roi.polygons.append(shape(wavy));
        TaskWarnings warnings = validateRoi(roi, QSizeF(1920, 1080));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).text()));

        // A bow-tie made of a million points.
        QList<QPointF> bow;
        bow.reserve(1'000'000);
        for (int i = 0; i < 250'000; ++i)
            bow.append(QPointF(i * 0.004, i * 0.004));
        for (int i = 0; i < 250'000; ++i)
            bow.append(QPointF(1000, 1000 - i * 0.004));
        for (int i = 0; i < 250'000; ++i)
            bow.append(QPointF(1000 - i * 0.004, 1000 - i * 0.004));
        for (int i = 0; i < 250'000; ++i)
            bow.append(QPointF(0, i * 0.004));
        roi.polygons[0].points = bow;
        warnings = validateRoi(roi, QSizeF(1920, 1080));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().rule, TaskWarning::Rule::RoiSelfIntersecting);

        // Random points: long edges everywhere; must still finish.
        QList<QPointF> noise;
        quint32 seed = 12345;
        for (int i = 0; i < 1'000'000; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const double x = double(seed % 1920);
            seed = seed * 1664525u + 1013904223u;
            noise.append(QPointF(x, double(seed % 1080)));
        }
        QVERIFY(findSelfIntersection(noise).status != SelfIntersection::Status::Simple);
    }

    void labelPointInside_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::newRow("U") << kUShape;
        QTest::newRow("L") << pts({{0, 0}, {40, 0}, {40, 260}, {300, 260}, {300, 300}, {0, 300}});
        // A crescent-like C whose centroid falls in the hole.
        QTest::newRow("C") << pts(
            {{0, 0}, {300, 0}, {300, 40}, {40, 40}, {40, 260}, {300, 260}, {300, 300}, {0, 300}});
        QTest::newRow("face rect") << pts({{100, 100}, {1800, 100}, {1800, 1000}, {100, 1000}});
        QTest::newRow("big star") << star(5000, QPointF(500, 500), 300, 120);
    }

    void labelPointInside()
    {
        QFETCH(QList<QPointF>, points);
        const QPointF p = polygonLabelPoint(points);
        QVERIFY2(pointInPolygon(points, p),
                 qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
    }

    void labelPointRectIsCentred()
    {
        const QPointF p =
            polygonLabelPoint(pts({{100, 100}, {1800, 100}, {1800, 1000}, {100, 1000}}));
        QVERIFY(std::abs(p.x() - 950) < 10);
        QVERIFY(std::abs(p.y() - 550) < 10);
    }

    // Side 1 is LEFT of a non-horizontal line and ABOVE a horizontal one, on
    // the image (y grows down), whichever way the line runs.
    void sideOfLine_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<QPointF>("p");
        QTest::addColumn<int>("side");
        const QPointF top(100, 0), bottom(100, 200);
        QTest::newRow("vertical down, left") << top << bottom << QPointF(50, 100) << 1;
        QTest::newRow("vertical down, right") << top << bottom << QPointF(150, 100) << 2;
        QTest::newRow("vertical up, left") << bottom << top << QPointF(50, 100) << 1;
        QTest::newRow("vertical up, right") << bottom << top << QPointF(150, 100) << 2;
        QTest::newRow("vertical, on") << top << bottom << QPointF(100, 300) << 0;
        const QPointF l(0, 100), r(200, 100);
        QTest::newRow("horizontal right, above") << l << r << QPointF(100, 50) << 1;
        QTest::newRow("horizontal right, below") << l << r << QPointF(100, 150) << 2;
        QTest::newRow("horizontal left, above") << r << l << QPointF(100, 50) << 1;
        QTest::newRow("horizontal left, below") << r << l << QPointF(100, 150) << 2;
        // The vehicle example's line: (50,756) -> (100,616), rising to the right.
        const QPointF v1(50, 756), v2(100, 616);
        QTest::newRow("vehicle line, left") << v1 << v2 << QPointF(40, 686) << 1;
        QTest::newRow("vehicle line, right") << v1 << v2 << QPointF(110, 686) << 2;
        QTest::newRow("vehicle line reversed, left") << v2 << v1 << QPointF(40, 686) << 1;
        QTest::newRow("vehicle line, above-left") << v1 << v2 << QPointF(60, 600) << 1;
        // Falling to the right (y grows down): the point above is on the right.
        const QPointF d1(0, 0), d2(200, 200);
        QTest::newRow("diagonal down, upper-right") << d1 << d2 << QPointF(150, 50) << 2;
        QTest::newRow("diagonal down, lower-left") << d1 << d2 << QPointF(50, 150) << 1;
        QTest::newRow("diagonal reversed, upper-right") << d2 << d1 << QPointF(150, 50) << 2;
        QTest::newRow("diagonal reversed, lower-left") << d2 << d1 << QPointF(50, 150) << 1;
        QTest::newRow("degenerate") << d1 << d1 << QPointF(5, 5) << 0;
    }

    void sideOfLine()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(QPointF, p);
        QFETCH(int, side);
        QCOMPARE(int(vias::sideOfLine(a, b, p)), side);
        if (a != b) {
            // The label normal points into side 1.
            const QPointF mid = (a + b) / 2;
            QCOMPARE(vias::sideOfLine(a, b, mid + side1Normal(a, b) * 10), LineSide::Side1);
            QCOMPARE(vias::sideOfLine(a, b, mid - side1Normal(a, b) * 10), LineSide::Side2);
        }
    }

    void repeatedAndOutside()
    {
        const QList<QPointF> p = pts({{0, 0}, {0, 0}, {10, 10}, {10, 10}, {10, 10}, {1920, 1080}});
        QCOMPARE(repeatedPointIndexes(p), (QList<qsizetype>{1, 3, 4}));
        QCOMPARE(repeatedPointIndexes(p, 2), (QList<qsizetype>{1, 3}));
        // The frame is the closed rectangle: x == width is still inside.
        const QList<QPointF> q = pts({{-1, 5}, {1920, 1080}, {1921, 0}, {5, 1081}});
        QCOMPARE(pointsOutsideFrame(q, QSizeF(1920, 1080)), (QList<qsizetype>{0, 2, 3}));
        QVERIFY(pointsOutsideFrame(q, QSizeF()).isEmpty());
    }

    void documentedExamplesAreClean()
    {
        // Both keys are optional: the face example has no "lines" and must
        // parse and validate without a single warning.
        TaskWarnings warnings;
        const Roi face = parseRoi(
            QJsonValue(QStringLiteral(
                "{\"polygons\":[{\"data\":[[100,100],[1800,100],[1800,1000],[100,1000]]}]}")),
            &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).text()));
        QVERIFY(validateRoi(face, QSizeF(1920, 1080)).isEmpty());
        const Roi vehicle = parseRoi(
            QJsonValue(QStringLiteral(
                "{\"lines\":[{\"data\":[[50,756],[100,616]],\"properties\":{\"type\":0}},"
                "{\"data\":[[50,256],[100,116]],\"properties\":{\"type\":1}}],"
                "\"polygons\":[{\"data\":[[487,465],[1850,450],[1905,1013],[515,1050]]}]}")),
            &warnings);
        QVERIFY(warnings.isEmpty());
        QVERIFY(validateRoi(vehicle, QSizeF(1920, 1080)).isEmpty());
        // A 1280x720 frame is too small for it.
        QVERIFY(!validateRoi(vehicle, QSizeF(1280, 720)).isEmpty());
    }

    void validate()
    {
        using Rule = TaskWarning::Rule;
        Roi roi;
        roi.source = Roi::Source::String;
        roi.polygons.append(shape(pts({{100, 100}, {1800, 100}, {1800, 1000}, {100, 1000}})));
        roi.polygons.append(shape(pts({{0, 0}, {100, 100}, {100, 0}, {0, 100}})));
        roi.polygons.append(shape(pts({{0, 0}, {10, 10}})));
        roi.polygons.append(shape(pts({{0, 0}, {50, 0}, {50, 0}, {50, 50}})));
        roi.lines.append(shape(pts({{50, 756}, {100, 616}})));
        roi.lines.append(shape(pts({{50, 756}})));
        roi.lines.append(shape(pts({{10, 10}, {2000, 10}})));
        const TaskWarnings w = validateRoi(roi, QSizeF(1920, 1080));
        QCOMPARE(w.size(), 5);
        const QString p = QStringLiteral("service_config.common.target_roi");
        QCOMPARE(w.at(0).rule, Rule::RoiSelfIntersecting);
        QCOMPARE(w.at(0).field, p + QStringLiteral(".polygons[1]"));
        QCOMPARE(w.at(0).detail, QStringLiteral("0,2"));
        QVERIFY(w.at(0).text().contains(QStringLiteral("edges 0,2 cross")));
        QCOMPARE(w.at(1).rule, Rule::RoiTooFewPoints);
        QCOMPARE(w.at(1).detail, QStringLiteral("2"));
        QVERIFY(w.at(1).text().contains(QStringLiteral("a polygon needs at least 3")));
        QCOMPARE(w.at(2).rule, Rule::RoiRepeatedPoint);
        QCOMPARE(w.at(2).field, p + QStringLiteral(".polygons[3]"));
        QCOMPARE(w.at(2).detail, QStringLiteral("2"));
        QCOMPARE(w.at(3).rule, Rule::RoiNotTwoPoints);
        QCOMPARE(w.at(3).field, p + QStringLiteral(".lines[1]"));
        QCOMPARE(w.at(4).rule, Rule::RoiOutsideFrame);
        QCOMPARE(w.at(4).field, p + QStringLiteral(".lines[2]"));
        QCOMPARE(w.at(4).detail, QStringLiteral("2000,10"));
        QVERIFY(w.at(4).text().contains(QStringLiteral("(2000,10) lies outside the camera frame")));

        // A larger frame accepts the same point; an empty frame skips the check.
        QCOMPARE(validateRoi(roi, QSizeF(2560, 1440)).size(), 4);
        QCOMPARE(validateRoi(roi, QSizeF()).size(), 4);
        // Custom prefix and the per-rule cap.
        Roi noisy;
        QList<QPointF> many;
        for (int i = 0; i < 50; ++i)
            many.append(QPointF(-1 - i, -1));
        noisy.lines.append(shape(many));
        const TaskWarnings n = validateRoi(noisy, QSizeF(1920, 1080), QStringLiteral("roi"));
        QCOMPARE(n.size(), 1 + kMaxWarningsPerRule);
        QCOMPARE(n.first().field, QStringLiteral("roi.lines[0]"));
        QVERIFY(validateRoi(Roi{}, QSizeF(1920, 1080)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoiGeometry)
#include "tst_roigeometry.moc"
