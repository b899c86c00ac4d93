// The ROI overlay, legend and tab, offscreen: pixel colours of the documented
// face and vehicle examples, legend rows, selection in step both ways, zoom
// and fit, frame growth, vertex tooltips, the cursor read-out, background
// path persistence per camera, PNG export and copying target_roi.
//
// With VIAS_SCREENSHOT_DIR set, also saves docs screenshots of the tab.
#include "models/roigeometry.h"
#include "models/taskparser.h"
#include "tests/support/taskjson.h"
#include "tests/support/testsupport.h"
#include "ui/detail/roitab.h"
#include "ui/roilegend.h"
#include "ui/roirenderer.h"
#include "ui/roiview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vias;
using namespace vias::ui;

namespace {

const QColor kFrame(0x30, 0x34, 0x3a); // roirenderer's frame colour

Task loadTask(const char *file, int index)
{
    const auto page = parseTaskList(test::readData(QString::fromLatin1(file)));
    if (!page.ok() || page.value->tasks.size() <= index)
        return {};
    return page.value->tasks.at(index);
}

QColor blend(const QColor &under, const QColor &over, int alpha)
{
    auto mix = [&](int u, int o) { return u + (o - u) * alpha / 255; };
    return QColor(mix(under.red(), over.red()), mix(under.green(), over.green()),
                  mix(under.blue(), over.blue()));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// The best match to `expected` among the pixels around `p` (anti-aliasing
// spreads a thin line over its neighbours).
int bestDistanceAround(const QImage &image, QPoint p, const QColor &expected)
{
    int best = 1000;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            best = std::min(best, colourDistance(image.pixelColor(p + QPoint(dx, dy)), expected));
    return best;
}

QImage renderFrame(const RoiView &view, bool withBackground = false)
{
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    view.render(&painter, image.rect(), withBackground);
    return image;
}

// The task as the server would send it with this target_roi text (none when
// null): the ROI tab reads the shapes from the task's JSON.
Task withRoi(const Task &task, const char *json)
{
    return test::parseObject(test::withTargetRoi(QJsonDocument::fromJson(task.rawJson).object(),
                                                 json ? QJsonValue(QString::fromUtf8(json))
                                                      : QJsonValue(QJsonValue::Undefined)));
}

} // namespace

class TestRoiView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Task m_face;
    Task m_vehicle;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("vias-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_roiview"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_face = loadTask("c-face-edge-list.json", 0);
        m_vehicle = loadTask("c-vehicle-detection-cloud-list.json", 0);
        QCOMPARE(m_face.roi.polygonCount, 1u);
        QCOMPARE(m_vehicle.roi.lineCount, 2u);
        QCOMPARE(m_vehicle.roi.polygonCount, 1u);
    }

    void faceExamplePixels()
    {
        RoiView view;
        view.setRoi(taskRoi(m_face));
        QCOMPARE(view.frameSize(), QSize(1920, 1080));
        QVERIFY(!view.isFrameGrown());
        const QImage image = renderFrame(view);
        const QColor fill = blend(kFrame, roiPaletteColor(0), kFillAlpha);
        // Inside [[100,100],[1800,100],[1800,1000],[100,1000]], away from the label.
        for (const QPoint p : {QPoint(300, 300), QPoint(1700, 900), QPoint(200, 950)})
            QVERIFY2(colourDistance(image.pixelColor(p), fill) <= 6,
                     qPrintable(image.pixelColor(p).name()));
        // Outside it, still on the frame.
        for (const QPoint p : {QPoint(50, 50), QPoint(1850, 500), QPoint(900, 1040)})
            QVERIFY2(colourDistance(image.pixelColor(p), kFrame) <= 3,
                     qPrintable(image.pixelColor(p).name()));
        // The outline sits on the rectangle's edges.
        QVERIFY(bestDistanceAround(image, QPoint(100, 500), roiPaletteColor(0)) <= 30);
        QVERIFY(bestDistanceAround(image, QPoint(1000, 100), roiPaletteColor(0)) <= 30);
    }

    void vehicleExamplePixels()
    {
        RoiView view;
        view.setRoi(taskRoi(m_vehicle));
        const QImage image = renderFrame(view);
        // Polygon first (palette 0), then the lines (palette 1 and 2).
        const QColor fill = blend(kFrame, roiPaletteColor(0), kFillAlpha);
        QVERIFY(colourDistance(image.pixelColor(1200, 800), fill) <= 6);
        QVERIFY(colourDistance(image.pixelColor(300, 400), kFrame) <= 3);
        // On line 1, (50,756) -> (100,616): a point a quarter of the way along.
        QVERIFY(bestDistanceAround(image, QPoint(62, 721), roiPaletteColor(1)) <= 30);
        // On line 2, (50,256) -> (100,116).
        QVERIFY(bestDistanceAround(image, QPoint(62, 221), roiPaletteColor(2)) <= 30);
        // Beside the lines, the frame shows.
        QCOMPARE(colourDistance(image.pixelColor(20, 690), kFrame) <= 3, true);
    }

    void legendRows()
    {
        RoiTab tab;
        tab.setTask(&m_face);
        QCOMPARE(tab.legend()->shapeCount(), 1);
        QCOMPARE(tab.legend()->shapeNames(), QStringList{QStringLiteral("Region 1")});
        QVERIFY2(tab.legend()->warningTexts().isEmpty(),
                 qPrintable(tab.legend()->warningTexts().join(QLatin1Char('\n'))));
        auto *tree = tab.findChild<QTreeWidget *>(QStringLiteral("roiLegendShapes"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItem(0)->text(RoiLegend::AreaColumn),
                 QLocale().toString(1530000.0, 'f', 0));
        QCOMPARE(tree->topLevelItem(0)->text(RoiLegend::PercentColumn),
                 QLocale().toString(73.8, 'f', 1) + QLatin1Char('%'));

        tab.setTask(&m_vehicle);
        QCOMPARE(tab.legend()->shapeCount(), 3);
        QCOMPARE(tab.legend()->shapeNames(),
                 (QStringList{QStringLiteral("Region 1"), QStringLiteral("Line 1"),
                              QStringLiteral("Line 2")}));
        QCOMPARE(tab.cameraId(), QStringLiteral("vis-campusgo"));

        const Task whole = withRoi(m_face, nullptr);
        tab.setTask(&whole);
        QCOMPARE(tab.legend()->shapeCount(), 0);
        QCOMPARE(tab.legend()->summaryText(), QStringLiteral("Whole frame (no target_roi)"));

        const Task broken = withRoi(m_face, "{\"polygons\": [");
        tab.setTask(&broken);
        QVERIFY(tab.legend()->summaryText().contains(QStringLiteral("cannot be read")));
        const auto roiWarning = std::find_if(
            broken.warnings.cbegin(), broken.warnings.cend(),
            [](const TaskWarning &w) { return w.kind == TaskWarning::Kind::RoiUnparsable; });
        QVERIFY(roiWarning != broken.warnings.cend());
        QCOMPARE(tab.legend()->summaryText(), roiWarning->text());

        tab.setTask(nullptr);
        QCOMPARE(tab.legend()->shapeCount(), 0);
    }

    void selectionInStep()
    {
        RoiTab tab;
        tab.resize(1100, 700);
        tab.setTask(&m_vehicle);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RoiView *view = tab.view();
        // Clicking inside the polygon selects it in the legend.
        QTest::mouseClick(view, Qt::LeftButton, {},
                          view->mapFromFrame(QPointF(1200, 800)).toPoint());
        const RoiShapeRef polygon{RoiShapeRef::Kind::Polygon, 0};
        QCOMPARE(view->selectedShape(), polygon);
        QCOMPARE(tab.legend()->selectedShape(), polygon);
        // Clicking on line 2 selects it.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->mapFromFrame(QPointF(75, 186)).toPoint());
        QCOMPARE(view->selectedShape(), (RoiShapeRef{RoiShapeRef::Kind::Line, 1}));
        QCOMPARE(tab.legend()->selectedShape(), (RoiShapeRef{RoiShapeRef::Kind::Line, 1}));
        // Selecting a legend row highlights the shape in the view.
        auto *tree = tab.findChild<QTreeWidget *>(QStringLiteral("roiLegendShapes"));
        tree->setCurrentItem(tree->topLevelItem(1));
        QCOMPARE(view->selectedShape(), (RoiShapeRef{RoiShapeRef::Kind::Line, 0}));
        // Empty space clears both.
        QTest::mouseClick(view, Qt::LeftButton, {},
                          view->mapFromFrame(QPointF(300, 400)).toPoint());
        QVERIFY(!view->selectedShape().isValid());
        QVERIFY(!tab.legend()->selectedShape().isValid());
    }

    void zoomAndFit()
    {
        RoiTab tab;
        tab.resize(1100, 700);
        tab.setTask(&m_face);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RoiView *view = tab.view();
        QVERIFY(view->isFitMode());
        const qreal fit = view->zoom();
        QVERIFY(fit > 0 && fit < 1);
        // Zoom keeps the frame point under the cursor in place.
        const QPointF anchor(200, 150);
        const QPointF before = view->mapToFrame(anchor);
        QWheelEvent wheel(anchor, view->mapToGlobal(anchor), {}, QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(view->zoom() > fit);
        QVERIFY(!view->isFitMode());
        QVERIFY((view->mapToFrame(anchor) - before).manhattanLength() < 1e-6);
        tab.findChild<QAction *>(QStringLiteral("roiActualSize"))->trigger();
        QCOMPARE(view->zoom(), 1.0);
        // Drag to pan.
        const QPoint start(300, 300);
        const QPointF frameAtStart = view->mapToFrame(start);
        QTest::mousePress(view, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(340, 330), view->mapToGlobal(QPointF(340, 330)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view, &move);
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(340, 330));
        QVERIFY((view->mapToFrame(QPointF(340, 330)) - frameAtStart).manhattanLength() < 1e-6);
        for (int i = 0; i < 40; ++i)
            view->zoomBy(1.5, QPointF(10, 10)); // clamps, never degenerates
        QVERIFY(view->zoom() <= 64);
        QVERIFY(!view->grab().isNull());
        QTest::keyClick(view, Qt::Key_0);
        QVERIFY(view->isFitMode());
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > fit);
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(view->zoom(), 1.0);
        tab.findChild<QAction *>(QStringLiteral("roiFit"))->trigger();
        QVERIFY(view->isFitMode());
        QCOMPARE(view->zoom(), fit);
        view->resize(400, 300);
        QVERIFY(view->zoom() < fit); // fit mode follows resizes
        QVERIFY(!view->grab().isNull());
        auto *zoomLabel = tab.findChild<QLabel *>(QStringLiteral("roiZoom"));
        QVERIFY(zoomLabel->text().startsWith(QStringLiteral("Zoom ")));
    }

    void tooltipAndCursor()
    {
        RoiTab tab;
        tab.resize(1100, 700);
        tab.setTask(&m_face);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RoiView *view = tab.view();
        const QPointF corner = view->mapFromFrame(QPointF(1800, 100));
        const RoiView::VertexHit hit = view->vertexAt(corner + QPointF(2, -2));
        QCOMPARE(hit.index, qsizetype(1));
        QCOMPARE(view->vertexToolTip(corner),
                 QStringLiteral("Region 1, point 1 of 4: (1800, 100)"));
        QVERIFY(view->vertexToolTip(view->mapFromFrame(QPointF(900, 500))).isEmpty());

        // A synthetic move event: QTest::mouseMove is a no-op when the
        // offscreen cursor is already there.
        const QPointF at = view->mapFromFrame(QPointF(900.4, 500.6));
        QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view, &move);
        auto *cursor = tab.findChild<QLabel *>(QStringLiteral("roiCursor"));
        QCOMPARE(cursor->text(), QStringLiteral("x 900, y 500"));
        const QPointF outside = view->mapFromFrame(QPointF(-5, 20));
        QMouseEvent moveOut(QEvent::MouseMove, outside, view->mapToGlobal(outside), Qt::NoButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view, &moveOut);
        QCOMPARE(cursor->text(), QStringLiteral("x -5, y 20 (outside the frame)"));
    }

    void frameGrowsWithWarning()
    {
        Task task = m_face;
        task = withRoi(task,
                       "{\"polygons\":[{\"data\":[[100,100],[2400,100],[2400,1300],[100,1300]]}]}");
        RoiTab tab;
        tab.setTask(&task);
        RoiView *view = tab.view();
        QVERIFY(view->isFrameGrown());
        QCOMPARE(view->sceneRect(), QRectF(0, 0, 2400, 1300));
        auto *warning = tab.findChild<QLabel *>(QStringLiteral("roiFrameWarning"));
        QVERIFY(warning->isVisibleTo(&tab));
        QVERIFY(tab.legend()
                    ->warningTexts()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("(2400,100) lies outside the camera frame")));
        // Choosing 2560x1440 fits everything.
        auto *combo = tab.findChild<QComboBox *>(QStringLiteral("roiFrameSize"));
        combo->setCurrentIndex(combo->findData(QSize(2560, 1440)));
        QCOMPARE(view->frameSize(), QSize(2560, 1440));
        QVERIFY(!view->isFrameGrown());
        QVERIFY(!warning->isVisibleTo(&tab));
        QVERIFY(tab.legend()->warningTexts().isEmpty());
        // The choice is remembered for the camera.
        RoiTab other;
        other.setTask(&m_face);
        QCOMPARE(other.view()->frameSize(), QSize(2560, 1440));
        combo->setCurrentIndex(combo->findData(QSize(1920, 1080)));
        // A bow-tie is reported.
        task = withRoi(task, "{\"polygons\":[{\"data\":[[0,0],[100,100],[100,0],[0,100]]}]}");
        tab.setTask(&task);
        QVERIFY(tab.legend()->warningTexts().value(0).contains(QStringLiteral("edges 0,2 cross")));
    }

    void backgroundPersistsPerCamera()
    {
        const QString path = m_dir.filePath(QStringLiteral("camera.png"));
        QImage picture(320, 180, QImage::Format_RGB32);
        picture.fill(QColor(200, 30, 30));
        QVERIFY(picture.save(path));
        const QString camera = m_face.input.sources.first().id;
        {
            RoiTab tab;
            tab.setTask(&m_face);
            QCOMPARE(tab.cameraId(), camera);
            tab.setNextOpenFileName(path);
            tab.findChild<QAction *>(QStringLiteral("roiBackgroundOpen"))->trigger();
            QVERIFY(tab.view()->hasBackgroundImage());
            QCOMPARE(QSettings().value(RoiTab::settingsKey(camera)).toString(), path);
        }
        // A new tab (as after a restart) finds the picture for the same camera.
        RoiTab tab;
        tab.setTask(&m_face);
        QVERIFY(tab.view()->hasBackgroundImage());
        QCOMPARE(tab.backgroundPath(), path);
        // The picture shows under the overlay outside the polygon; not without it.
        const QImage with = renderFrame(*tab.view(), true);
        QVERIFY(colourDistance(with.pixelColor(50, 50), QColor(200, 30, 30)) <= 6);
        QVERIFY(colourDistance(renderFrame(*tab.view(), false).pixelColor(50, 50), kFrame) <= 3);
        // Another camera has no picture.
        tab.setTask(&m_vehicle);
        QVERIFY(!tab.view()->hasBackgroundImage());
        // A missing file is reported, not fatal.
        QSettings().setValue(RoiTab::settingsKey(camera),
                             m_dir.filePath(QStringLiteral("gone.png")));
        tab.setTask(&m_face);
        QVERIFY(!tab.view()->hasBackgroundImage());
        QVERIFY(tab.statusText().contains(QStringLiteral("missing")));
        QVERIFY(tab.loadBackgroundFile(path));
        tab.findChild<QAction *>(QStringLiteral("roiBackgroundClear"))->trigger();
        QVERIFY(!tab.view()->hasBackgroundImage());
        QVERIFY(!QSettings().contains(RoiTab::settingsKey(camera)));
        // Unreadable files explain themselves.
        QVERIFY(!tab.loadBackgroundFile(m_dir.filePath(QStringLiteral("nope.png"))));
        QVERIFY(tab.statusText().contains(QStringLiteral("Could not open")));
    }

    void dropPasteToggleOpacity()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.png"));
        QImage picture(64, 36, QImage::Format_RGB32);
        picture.fill(QColor(20, 200, 40));
        QVERIFY(picture.save(path));
        RoiTab tab;
        tab.setTask(&m_vehicle);
        RoiView *view = tab.view();
        // Dropping a file loads it and remembers it for the camera.
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &files, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view, &drop);
        QVERIFY(view->hasBackgroundImage());
        QCOMPARE(QSettings().value(RoiTab::settingsKey(tab.cameraId())).toString(), path);
        // Toggle and opacity reach the view.
        auto *toggle = tab.findChild<QAction *>(QStringLiteral("roiBackgroundToggle"));
        QVERIFY(toggle->isEnabled());
        toggle->trigger();
        QVERIFY(!view->isBackgroundVisible());
        toggle->trigger();
        QVERIFY(view->isBackgroundVisible());
        tab.findChild<QSlider *>(QStringLiteral("roiBackgroundOpacity"))->setValue(40);
        QCOMPARE(view->backgroundOpacity(), 0.4);
        // Pasted pixels are shown but not remembered (only paths are).
        tab.findChild<QAction *>(QStringLiteral("roiBackgroundClear"))->trigger();
        QImage pasted(32, 18, QImage::Format_RGB32);
        pasted.fill(Qt::blue);
        QApplication::clipboard()->setImage(pasted);
        tab.findChild<QAction *>(QStringLiteral("roiBackgroundPaste"))->trigger();
        QVERIFY(view->hasBackgroundImage());
        QVERIFY(tab.backgroundPath().isEmpty());
        QVERIFY(!QSettings().contains(RoiTab::settingsKey(tab.cameraId())));
        // An empty clipboard explains itself.
        QApplication::clipboard()->clear();
        tab.findChild<QAction *>(QStringLiteral("roiBackgroundPaste"))->trigger();
        QVERIFY(tab.statusText().contains(QStringLiteral("no picture")));
    }

    void customFrameSize()
    {
        RoiTab tab;
        tab.setTask(&m_vehicle);
        auto *combo = tab.findChild<QComboBox *>(QStringLiteral("roiFrameSize"));
        auto *width = tab.findChild<QSpinBox *>(QStringLiteral("roiFrameWidth"));
        auto *height = tab.findChild<QSpinBox *>(QStringLiteral("roiFrameHeight"));
        QVERIFY(!width->isEnabled());
        combo->setCurrentIndex(combo->count() - 1); // Custom…
        QVERIFY(width->isEnabled());
        width->setValue(1000);
        height->setValue(800);
        QCOMPARE(tab.view()->frameSize(), QSize(1000, 800));
        QVERIFY(tab.view()->isFrameGrown()); // the vehicle polygon reaches x = 1905
        combo->setCurrentIndex(combo->findData(QSize(704, 576)));
        QCOMPARE(tab.view()->frameSize(), QSize(704, 576));
        QCOMPARE(width->value(), 704);
        combo->setCurrentIndex(combo->findData(QSize(1920, 1080)));
    }

    void highDpiRender()
    {
        // Device pixels at twice the logical size: same picture, twice as sharp.
        RoiView view;
        view.setRoi(taskRoi(m_face));
        QImage image(3840, 2160, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::black);
        {
            QPainter painter(&image);
            view.render(&painter, QRect(0, 0, 1920, 1080), false);
        }
        const QColor fill = blend(kFrame, roiPaletteColor(0), kFillAlpha);
        QVERIFY(colourDistance(image.pixelColor(600, 600), fill) <= 6);
        QVERIFY(colourDistance(image.pixelColor(100, 100), kFrame) <= 3);
        // The outline is 2 logical pixels: 4 device pixels around x = 200.
        QVERIFY(bestDistanceAround(image, QPoint(200, 1000), roiPaletteColor(0)) <= 30);
    }

    void exportAndCopy()
    {
        RoiTab tab;
        tab.setTask(&m_face);
        const QString out = m_dir.filePath(QStringLiteral("export.png"));
        tab.setNextSaveFileName(out);
        tab.findChild<QAction *>(QStringLiteral("roiExportOverlayOnly"))->trigger();
        QImage image(out);
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY(colourDistance(image.pixelColor(50, 50), kFrame) <= 3);
        QVERIFY(!tab.exportPng(m_dir.filePath(QStringLiteral("no/such/dir/x.png")), false));
        QVERIFY(tab.statusText().contains(QStringLiteral("Could not write")));

        const QString raw = [&] {
            for (const ConfigEntry &e : configEntries(m_face))
                if (e.key == QLatin1StringView("target_roi"))
                    return e.value.toString();
            return QString();
        }();
        QCOMPARE(raw,
                 QStringLiteral(
                     "{\"polygons\":[{\"data\":[[100,100],[1800,100],[1800,1000],[100,1000]]}]}"));
        tab.findChild<QAction *>(QStringLiteral("roiCopyJson"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), raw);
        tab.findChild<QAction *>(QStringLiteral("roiCopyEscaped"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("\"{\\\"polygons\\\":[{\\\"data\\\":[[100,100],[1800,100],[1800,"
                                "1000],[100,1000]]}]}\""));
        Task whole = withRoi(m_face, nullptr);
        whole.rawJson.clear();
        tab.setTask(&whole);
        QVERIFY(!tab.findChild<QAction *>(QStringLiteral("roiCopyJson"))->isEnabled());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("VIAS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set VIAS_SCREENSHOT_DIR to write the docs screenshots");
        QSettings().clear();
        auto shoot = [&](const Task &task, const QString &name, RoiShapeRef select = {}) {
            RoiTab tab;
            tab.resize(1100, 700);
            tab.setTask(&task);
            tab.show();
            QVERIFY(QTest::qWaitForWindowExposed(&tab));
            tab.view()->setSelectedShape(select);
            tab.legend()->setSelectedShape(select);
            const QPointF at = tab.view()->mapFromFrame(QPointF(960, 300));
            QMouseEvent move(QEvent::MouseMove, at, tab.view()->mapToGlobal(at), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(tab.view(), &move);
            QVERIFY(
                tab.grab().save(name.contains(QLatin1Char('/')) ? name : QDir(dir).filePath(name)));
        };
        shoot(m_face, QStringLiteral("roi-face-example.png"));
        shoot(m_vehicle, QStringLiteral("roi-vehicle-example.png"),
              RoiShapeRef{RoiShapeRef::Kind::Line, 0});
        // Not for the docs: a visual check of side names, arrows and frame
        // growth, written to the temp folder.
        Task sides = m_vehicle;
        sides = withRoi(sides, "{\"lines\":[{\"name\":\"gate\",\"data\":[[300,900],[300,200]],"
                               "\"properties\":{\"side1_name\":\"west\",\"side2_name\":\"east\"}},"
                               "{\"name\":\"stop "
                               "line\",\"data\":[[1500,700],[800,700]],\"properties\":{\"type\":1,"
                               "\"side1_name\":\"north\",\"side2_name\":\"south\"}},"
                               "{\"data\":[[1000,1000],[1800,300]],\"properties\":{\"side1_name\":"
                               "\"in\",\"side2_name\":\"out\"}}],"
                               "\"polygons\":[{\"name\":\"lobby\",\"data\":[[500,100],[1500,100],["
                               "1500,600],[1200,600],[1200,300],[800,300],[800,600],[500,600]]},"
                               "{\"data\":[[1850,900],[2050,900],[2050,1150],[1850,1150]]}]}");
        shoot(sides, QDir::temp().filePath(QStringLiteral("roi-sides-check.png")));
    }
};

QTEST_MAIN(TestRoiView)
#include "tst_roiview.moc"
