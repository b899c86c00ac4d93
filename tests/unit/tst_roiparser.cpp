// target_roi as a loaded task holds it and as the ROI tab reads it again:
// every documented and tolerated form (escaped string, object, double
// escaping, misspelt keys, broken shapes), the same warnings both ways, the
// point cap and the serialisation round trip.
#include "models/roi.h"
#include "models/taskparser.h"
#include "tests/support/taskjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vias;
using Kind = TaskWarning::Kind;

class TestRoiParser final : public QObject
{
    Q_OBJECT

private slots:
    void roiForms_data()
    {
        QTest::addColumn<QJsonValue>("roi");
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("polygons");
        QTest::addColumn<int>("warningKind"); // -1: none expected

        const QString text = QStringLiteral(R"({"polygons":[{"data":[[1,1],[9,1],[9,9]]}]})");
        QTest::newRow("escaped string") << QJsonValue(text) << int(Roi::Source::String) << 1 << -1;
        QTest::newRow("object") << QJsonValue(QJsonDocument::fromJson(text.toUtf8()).object())
                                << int(Roi::Source::Object) << 1 << -1;
        QTest::newRow("double-escaped")
            << QJsonValue(QString::fromUtf8(QJsonDocument(QJsonArray{text})
                                                .toJson(QJsonDocument::Compact)
                                                .mid(1)
                                                .chopped(1)))
            << int(Roi::Source::String) << 1 << -1;
        QTest::newRow("misspelt polygos")
            << QJsonValue(QStringLiteral(R"({"polygos":[{"data":[[1,1],[9,1],[9,9]]}]})"))
            << int(Roi::Source::String) << 1 << int(Kind::RoiMisspeltKey);
        QTest::newRow("unescaped inner quotes")
            << QJsonValue(QStringLiteral(R"({"polygons":[{"name":"a "b" c","data":[[1,1]]}]})"))
            << int(Roi::Source::Unparsable) << 0 << int(Kind::RoiUnparsable);
        QTest::newRow("empty string") << QJsonValue(QString()) << int(Roi::Source::Unparsable) << 0
                                      << int(Kind::RoiUnparsable);
        QTest::newRow("number") << QJsonValue(5) << int(Roi::Source::Unparsable) << 0
                                << int(Kind::RoiUnparsable);
        QTest::newRow("too few points")
            << QJsonValue(QStringLiteral(R"({"polygons":[{"data":[[1,1],[2,2]]}]})"))
            << int(Roi::Source::String) << 1 << int(Kind::RoiShape);
        QTest::newRow("bad point")
            << QJsonValue(
                   QStringLiteral(R"({"polygons":[{"data":[[1,1],["a",2],[3],[5,5],[9,0]]}]})"))
            << int(Roi::Source::String) << 1 << int(Kind::RoiShape);
        QTest::newRow("lines, properties, a shape that is not an object")
            << QJsonValue(QStringLiteral(
                   R"({"lines":[{"name":"l","data":[[0,0],[5,5]],"properties":{"type":1}},)"
                   R"({"data":[[1,1]],"properties":"x"},{"name":3}],"polygons":[7,null]})"))
            << int(Roi::Source::String) << 2 << int(Kind::WrongType);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << int(Roi::Source::Absent) << 0
                              << int(Kind::NullValue);
    }

    void roiForms()
    {
        QFETCH(QJsonValue, roi);
        QFETCH(int, source);
        QFETCH(int, polygons);
        QFETCH(int, warningKind);
        const Task task = test::parseObject(test::withTargetRoi(test::exampleTask(), roi));
        QCOMPARE(int(task.roi.source), source);
        QCOMPARE(int(task.roi.polygonCount), polygons);
        // Reading the shapes again gives the same ROI and the same warnings
        // as the check made at load time.
        TaskWarnings again;
        const Roi shapes = taskRoi(task, &again);
        QCOMPARE(RoiSummary::of(shapes), task.roi);
        TaskWarnings atLoad;
        for (const TaskWarning &w : task.warnings)
            if (w.field.startsWith(QLatin1StringView("service_config.common.target_roi")))
                atLoad << w;
        QCOMPARE(again, atLoad);
        const bool anyRoiWarning =
            std::any_of(task.warnings.cbegin(), task.warnings.cend(),
                        [&](const TaskWarning &w) { return int(w.kind) == warningKind; });
        if (warningKind >= 0)
            QVERIFY2(anyRoiWarning, qPrintable(test::warningsText(task)));
        else
            QVERIFY2(!task.hasDataWarnings(), qPrintable(test::warningsText(task)));
        // The rest of the task is intact whatever the ROI was.
        QCOMPARE(task.config.face.detectionMaxSize, 800);
    }

    void absentRoiIsWholeFrame()
    {
        const Task task = test::parseObject(
            test::withTargetRoi(test::exampleTask(), QJsonValue(QJsonValue::Undefined)));
        QVERIFY(task.roi.isWholeFrame());
        QVERIFY(!task.hasDataWarnings());
    }

    void millionsOfRoiPointsAreCapped()
    {
        QByteArray points;
        const qsizetype n = kMaxRoiPoints + 1000;
        points.reserve(n * 6);
        for (qsizetype i = 0; i < n; ++i) {
            points += i ? ",[1,2]" : "[1,2]";
        }
        const QString roi = QStringLiteral("{\"polygons\":[{\"data\":[") +
                            QString::fromLatin1(points) + QStringLiteral("]}]}");
        TaskWarnings warnings;
        const Roi parsed = parseRoi(QJsonValue(roi), &warnings);
        QCOMPARE(parsed.pointCount(), kMaxRoiPoints);
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                            [](const TaskWarning &w) { return w.kind == Kind::TooLarge; }));
    }

    void roiSerialisationRoundTrip()
    {
        const QString text = QStringLiteral(
            R"({"lines":[{"data":[[50,756],[100,616]],"name":"L","properties":{"side1_name":"in"}}],)"
            R"("polygons":[{"data":[[487,465],[1850,450],[1905,1013]],"name":"区域"}]})");
        TaskWarnings warnings;
        const Roi roi = parseRoi(QJsonValue(text), &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(roi.lines.at(0).side1Name(), QStringLiteral("in"));
        const Roi again = parseRoi(QJsonValue(QString::fromUtf8(roiToJson(roi))), &warnings);
        QCOMPARE(again.polygons, roi.polygons);
        QCOMPARE(again.lines, roi.lines);
    }
};

QTEST_GUILESS_MAIN(TestRoiParser)
#include "tst_roiparser.moc"
