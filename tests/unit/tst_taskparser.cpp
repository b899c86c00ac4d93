// The tolerant, lossless task parser: documented examples, every tolerated
// defect with its warning, page-level failures, hostile input.
#include "models/taskparser.h"
#include "tests/support/taskjson.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vias;
using Kind = TaskWarning::Kind;
using Rule = TaskWarning::Rule;

namespace {

QByteArray listOf(const QList<QJsonValue> &tasks, int count = -1)
{
    QJsonArray array;
    for (const QJsonValue &t : tasks)
        array.append(t);
    QJsonObject body{{QStringLiteral("tasks"), array}};
    body.insert(QStringLiteral("count"), count < 0 ? int(tasks.size()) : count);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Fixtures: tests/support/taskjson.h.
using test::hasWarning;

} // namespace

class TestTaskParser final : public QObject
{
    Q_OBJECT

private slots:
    void faceExample()
    {
        const auto result = parseTaskList(test::readData(QStringLiteral("c-face-edge-list.json")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const TaskListPage &page = *result.value;
        QCOMPARE(page.count, 2);
        QCOMPARE(page.tasks.size(), 2);
        QVERIFY(page.warnings.isEmpty());

        const Task &t = page.tasks.at(0);
        QCOMPARE(t.id, QStringLiteral("a066974ae7334649a37257242c5fa4c3"));
        QCOMPARE(t.name, QStringLiteral("人脸提取-T4M-edge-0"));
        QCOMPARE(t.creator, QStringLiteral("user_test"));
        QCOMPARE(t.projectId, QStringLiteral("1f793beac00d4801874db741cbfe10fa"));
        QCOMPARE(t.description, QStringLiteral("face detection task test"));
        QCOMPARE(t.serviceVersion, QStringLiteral("3.0"));
        QCOMPARE(t.edgePoolId, QStringLiteral("e9bf9ebe497d4c9bb2e65d1f99fe1ff9"));
        QCOMPARE(t.resourceOrderId, QStringLiteral("840a5cf90d4a4bbaa71f251dfe8fe64e"));
        QCOMPARE(t.createdAtMs,
                 QDateTime(QDate(2020, 9, 10), QTime(7, 41, 59), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(t.updatedAtMs,
                 QDateTime(QDate(2020, 9, 10), QTime(7, 42, 4), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(t.state, TaskState::Running);
        QCOMPARE(t.stateCode, QStringLiteral("RUNNING"));

        QCOMPARE(t.input.type, InputType::EdgeCamera);
        QCOMPARE(t.input.sources.size(), 1);
        QCOMPARE(t.input.sources.at(0).id, QStringLiteral("5213039b-698f-4347-8ced-ef0d14605c0b"));
        QCOMPARE(t.input.sources.at(0).index, 0);
        QCOMPARE(page.tasks.at(1).input.sources.at(0).index, -1); // index missing there

        QVERIFY(t.output.webhook.has_value());
        QCOMPARE(t.output.webhook->url, QStringLiteral("https://apigw.xx.com/api/mqs/sit"));
        QCOMPARE(t.output.webhook->headers, (HeaderList{{QStringLiteral("content-type"),
                                                         QStringLiteral("application/json")}}));
        QCOMPARE(t.output.webhook->dataCategory,
                 (QStringList{QStringLiteral("FaceImage"), QStringLiteral("OriginImage")}));
        QCOMPARE(t.output.summary(), QStringLiteral("webhook apigw.xx.com"));

        const FaceConfig &f = t.config.face;
        QCOMPARE(f.detectionMaxSize, 800);
        QCOMPARE(f.detectionMinSize, 120);
        QCOMPARE(f.originImageSendSw, 0);
        QCOMPARE(f.faceFirstSendThreshold, 0.0);
        QCOMPARE(f.faceMustSendSw, 0);
        QCOMPARE(f.faceRepeatSendSw, 1);
        QCOMPARE(f.faceRepeatSendMode, QStringLiteral("PERIOD"));
        QCOMPARE(f.faceRepeatSendStep, 1.0);
        QCOMPARE(f.faceRepeatSendInterval, 1);
        QCOMPARE(f.imageCompressionRatio, 90);
        QCOMPARE(f.frameSkipNumber, std::nullopt);
        const QList<ConfigEntry> entries = configEntries(t);
        QCOMPARE(entries.size(), 11);
        QCOMPARE(t.config.commonKeys.size(), 11);
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).key, t.config.commonKeys.at(i));
        QCOMPARE(entries.at(0).key, QStringLiteral("detection_max_size")); // server order
        QCOMPARE(entries.at(0).value, QJsonValue(800));
        // Tasks with the same keys share one key list.
        QVERIFY(t.config.commonKeys.isSharedWith(page.tasks.at(1).config.commonKeys));

        QCOMPARE(t.roi.source, Roi::Source::String);
        QCOMPARE(t.roi.polygonCount, 1u);
        QCOMPARE(t.roi.lineCount, 0u);
        const Roi roi = taskRoi(t); // the shapes, read again from the raw JSON
        QCOMPARE(roi.source, Roi::Source::String);
        QCOMPARE(roi.polygons.size(), 1);
        QCOMPARE(roi.polygons.at(0).points,
                 (QList<QPointF>{{100, 100}, {1800, 100}, {1800, 1000}, {100, 1000}}));
        QVERIFY(roi.lines.isEmpty());

        // The documented example asks for OriginImage with the switch off.
        QCOMPARE(t.warnings.size(), 1);
        QCOMPARE(t.warnings.at(0).kind, Kind::Suspicious);
        QCOMPARE(t.warnings.at(0).rule, Rule::OriginImageOff);
        QVERIFY(!t.hasDataWarnings());
    }

    void vehicleExample()
    {
        const auto result =
            parseTaskList(test::readData(QStringLiteral("c-vehicle-detection-cloud-list.json")));
        QVERIFY(result.ok());
        QCOMPARE(result.value->tasks.size(), 1);
        const Task &t = result.value->tasks.at(0);
        QVERIFY2(t.warnings.isEmpty(), qPrintable(test::warningsText(t)));
        QCOMPARE(t.description, QString()); // null is documented: no warning
        QVERIFY(t.edgePoolId.isEmpty());
        QCOMPARE(t.input.type, InputType::Vis);
        QCOMPARE(t.input.sources.at(0).streamName(), QStringLiteral("vis-campusgo"));
        QCOMPARE(t.input.sources.at(0).displayId(), QStringLiteral("vis-campusgo"));
        QVERIFY(t.output.dis.has_value());
        QCOMPARE(t.output.dis->streamName, QStringLiteral("dis-campusgo"));
        QCOMPARE(t.roi.lineCount, 2u);
        QCOMPARE(t.roi.polygonCount, 1u);
        const Roi roi = taskRoi(t);
        QCOMPARE(roi.lines.size(), 2);
        QCOMPARE(roi.lines.at(0).points, (QList<QPointF>{{50, 756}, {100, 616}}));
        QCOMPARE(roi.lines.at(0).propertyType(), 0);
        QCOMPARE(roi.lines.at(1).propertyType(), 1);
        QCOMPARE(roi.polygons.size(), 1);
        QCOMPARE(roi.polygons.at(0).points.size(), 4);
        // Keys outside the face schema are kept generically with their JSON type.
        const QList<ConfigEntry> entries = configEntries(t);
        const auto plate = std::find_if(entries.cbegin(), entries.cend(), [](const ConfigEntry &e) {
            return e.key == u"license_plate";
        });
        QVERIFY(plate != entries.cend());
        QVERIFY(plate->value.isObject());
        QCOMPARE(plate->value[QLatin1StringView("local_province")].toString(),
                 QStringLiteral("津"));
    }

    void errorBodyIsNotATaskList()
    {
        const auto result =
            parseTaskList(test::readData(QStringLiteral("error-400-invalid-state.json")));
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.contains(QLatin1StringView("tasks")));
    }

    void nonJsonBodiesFailThePage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << QStringLiteral("HTML");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
        QTest::newRow("truncated")
            << QByteArray(R"({"count":2,"tasks":[{"id":"a"},{"id":)") << QStringLiteral("JSON");
        QTest::newRow("trailing") << QByteArray(R"({"count":0,"tasks":[]} x)")
                                  << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON");
    }

    void nonJsonBodiesFailThePage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto result = parseTaskList(body);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(mentions), qPrintable(result.error.message));
    }

    void tasksNotAnArrayFails()
    {
        const auto result = parseTaskList(R"({"count":1,"tasks":{"id":"a"}})");
        QVERIFY(!result.ok());
        QVERIFY(result.error.message.contains(QLatin1StringView("not a list")));
    }

    void emptyListAndBom()
    {
        const auto result = parseTaskList("\xEF\xBB\xBF  {\"count\": 0, \"tasks\": [ ]}\n");
        QVERIFY(result.ok());
        QCOMPARE(result.value->count, 0);
        QVERIFY(result.value->tasks.isEmpty());
    }

    void missingCountIsAPageWarning()
    {
        const auto result = parseTaskList(R"({"tasks":[{"id":"a","name":"n","state":"RUNNING"}]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value->count, 1);
        QCOMPARE(result.value->warnings.size(), 1);
    }

    void malformedElementDoesNotSinkThePage()
    {
        const QByteArray body = R"({"count":3,"tasks":[)" +
                                QJsonDocument(test::exampleTask()).toJson(QJsonDocument::Compact) +
                                R"(,42,{"id":"x", "name": nul}]})";
        const auto result = parseTaskList(body);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value->tasks.size(), 3);
        QVERIFY(!result.value->tasks.at(0).hasDataWarnings());
        QVERIFY(hasWarning(result.value->tasks.at(1), Kind::NotAnObject, QStringLiteral("task")));
        QCOMPARE(result.value->tasks.at(1).rawJson, QByteArray("42"));
        QVERIFY(hasWarning(result.value->tasks.at(2), Kind::NotAnObject, QStringLiteral("task")));
    }

    void tolerantFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("warnedField");

        const auto row = [](const char *name, const char *field, const QJsonValue &v, Kind k,
                            const char *warned) {
            QTest::newRow(name) << QString::fromLatin1(field) << v << int(k)
                                << QString::fromLatin1(warned);
        };
        row("missing id", "id", QJsonValue(QJsonValue::Undefined), Kind::MissingField, "id");
        row("null name", "name", QJsonValue(QJsonValue::Null), Kind::NullValue, "name");
        row("id as number", "id", 12345, Kind::Coerced, "id");
        row("name as object", "name", QJsonObject{}, Kind::WrongType, "name");
        row("unknown state", "state", QStringLiteral("HIBERNATING"), Kind::UnknownState, "state");
        row("lower-case state", "state", QStringLiteral("running"), Kind::Coerced, "state");
        row("bad timestamp", "created_at", QStringLiteral("yesterday"), Kind::BadTimestamp,
            "created_at");
        row("epoch timestamp", "updated_at", 1600000000000.0, Kind::Coerced, "updated_at");
        row("input not object", "input", QStringLiteral("camera"), Kind::WrongType, "input");
        row("output null", "output", QJsonValue(QJsonValue::Null), Kind::NullValue, "output");
    }

    void tolerantFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, kind);
        QFETCH(QString, warnedField);
        QJsonObject obj = test::exampleTask();
        if (value.isUndefined())
            obj.remove(field);
        else
            obj.insert(field, value);
        const Task task = test::parseObject(obj);
        QVERIFY2(hasWarning(task, Kind(kind), warnedField), qPrintable(test::warningsText(task)));
        // The task still loads: its other fields are intact.
        QCOMPARE(task.input.sources.isEmpty(), field == u"input");
        QVERIFY(!task.warnings.isEmpty());
        for (const TaskWarning &w : task.warnings)
            QVERIFY2(w.text().contains(w.field), qPrintable(w.text()));
    }

    void coercedValuesAreUsed()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("id"), 12345);
        obj.insert(QStringLiteral("state"), QStringLiteral("running"));
        QJsonObject input = obj.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("data"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("cam")},
                                            {QStringLiteral("index"), QStringLiteral("3")}}});
        obj.insert(QStringLiteral("input"), input);
        const Task task = test::parseObject(obj);
        QCOMPARE(task.id, QStringLiteral("12345"));
        QCOMPARE(task.state, TaskState::Running);
        QCOMPARE(task.input.sources.at(0).index, 3);
        QVERIFY(hasWarning(task, Kind::Coerced, QStringLiteral("input.data[0].index")));
    }

    void unknownStateDisplaysAsItself()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("state"), QStringLiteral("HIBERNATING"));
        const Task task = test::parseObject(obj);
        QCOMPARE(task.state, TaskState::Unknown);
        QCOMPARE(task.stateDisplay(), QStringLiteral("HIBERNATING"));
        QCOMPARE(task.stateCode, QStringLiteral("HIBERNATING"));
    }

    void newerStatesAreKnown()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("state"), QStringLiteral("LACK_OF_RESOURCES"));
        QCOMPARE(test::parseObject(obj).state, TaskState::LackOfResources);
        obj.insert(QStringLiteral("state"), QStringLiteral("SCHEDULING"));
        QCOMPARE(test::parseObject(obj).state, TaskState::Scheduling);
    }

    void unknownInputAndOutputTypes()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("input"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("hologram")},
                               {QStringLiteral("data"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("url"), QStringLiteral("h://x")}}}}});
        obj.insert(
            QStringLiteral("output"),
            QJsonObject{{QStringLiteral("kafka"), QJsonObject{{QStringLiteral("topic"), 1}}}});
        const Task task = test::parseObject(obj);
        QVERIFY(hasWarning(task, Kind::UnknownType, QStringLiteral("input.type")));
        QCOMPARE(task.input.typeCode, QStringLiteral("hologram"));
        QCOMPARE(task.input.sources.at(0).displayId(), QStringLiteral("h://x"));
        QVERIFY(hasWarning(task, Kind::UnknownType, QStringLiteral("output")));
        QCOMPARE(task.output.otherKinds, QStringList{QStringLiteral("kafka")});
    }

    void vcnCredentialsAreNotCopied()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("input"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("vcn")},
                               {QStringLiteral("data"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("device_id"), QStringLiteral("d1")},
                                    {QStringLiteral("stream_type"), 2},
                                    {QStringLiteral("username"), QStringLiteral("admin")},
                                    {QStringLiteral("password"), QStringLiteral("hunter2")}}}}});
        const Task task = test::parseObject(obj);
        const InputSource &s = task.input.sources.at(0);
        QVERIFY(s.hasCredentials);
        QCOMPARE(s.deviceId(), QStringLiteral("d1"));
        QCOMPARE(s.streamType, 2);
        QVERIFY(!task.rawJson.isEmpty());
        QVERIFY(!hasWarning(task, Kind::MissingField, QStringLiteral("input.data[0].id")));
    }

    void inputSourceDetails()
    {
        // Edge cameras (id and index) carry no detail block; other kinds do,
        // and a problem in an item is reported with the item's index.
        QJsonObject obj = test::exampleTask();
        const Task camera = test::parseObject(obj);
        QVERIFY(!camera.input.sources.isEmpty());
        for (const InputSource &s : camera.input.sources)
            QVERIFY(!s.detail.has_value());
        obj.insert(
            QStringLiteral("input"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("obs")},
                        {QStringLiteral("data"),
                         QJsonArray{QJsonObject{{QStringLiteral("bucket"), QStringLiteral("b")},
                                                {QStringLiteral("path"), QStringLiteral("p/v.mp4")},
                                                {QStringLiteral("index"), 0}},
                                    QJsonObject{{QStringLiteral("url"), 5}}}}});
        const Task obs = test::parseObject(obj);
        QCOMPARE(obs.input.sources.size(), 2);
        const InputSource &first = obs.input.sources.at(0);
        QCOMPARE(first.bucket(), QStringLiteral("b"));
        QCOMPARE(first.path(), QStringLiteral("p/v.mp4"));
        QCOMPARE(first.displayId(), QStringLiteral("b/p/v.mp4"));
        QCOMPARE(first.url(), QString());
        QCOMPARE(obs.input.sources.at(1).url(), QStringLiteral("5"));
        QVERIFY2(hasWarning(obs, Kind::Coerced, QStringLiteral("input.data[1].url")),
                 qPrintable(test::warningsText(obs)));
    }

    void numbersBeyond64Bits()
    {
        // simdjson refuses them; QtJson reads them as doubles but writes
        // those under 1e21 back as digits. The task must still load, raw
        // bytes intact.
        QByteArray json = QJsonDocument(test::exampleTask()).toJson(QJsonDocument::Compact);
        json.replace("\"detection_max_size\":800", "\"detection_max_size\":99999999999999999999");
        json.replace("\"id\":", "\"extra\":[-123456789012345678901,1.5e300],\"id\":");
        const Task task = parseTask(json);
        QVERIFY2(!hasWarning(task, Kind::NotAnObject, QStringLiteral("task")),
                 qPrintable(test::warningsText(task)));
        QCOMPARE(task.rawJson, json);
        QVERIFY(!task.id.isEmpty());
        QCOMPARE(task.roi.polygonCount, 1u);
        // An ROI object holding one (the fuzzer found this: it threw).
        TaskWarnings warnings;
        const Roi roi = parseRoi(
            QJsonDocument::fromJson(R"({"count":999999999999999919999,"polygons":[{"data":)"
                                    R"([[1,1],[9,1],[1e30,99999999999999999999999]]}]})")
                .object(),
            &warnings);
        QCOMPARE(roi.source, Roi::Source::Object);
        QCOMPARE(roi.polygons.size(), 1);
        QCOMPARE(roi.polygons.at(0).points.size(), 3);
    }

    void newerServerFields()
    {
        QJsonObject obj = test::exampleTask();
        QVERIFY(!test::parseObject(obj).extra.has_value());
        obj.insert(QStringLiteral("service_name"), QStringLiteral("c-face-edge"));
        obj.insert(QStringLiteral("service_title"),
                   QJsonObject{{QStringLiteral("en"), QStringLiteral("Face extraction")},
                               {QStringLiteral("zh"), QStringLiteral("人脸提取")}});
        obj.insert(QStringLiteral("status"), QStringLiteral("camera offline"));
        obj.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 7}});
        const Task task = test::parseObject(obj);
        QCOMPARE(task.serviceName(), QStringLiteral("c-face-edge"));
        QCOMPARE(task.titleEn(), QStringLiteral("Face extraction"));
        QCOMPARE(task.titleZh(), QStringLiteral("人脸提取"));
        QCOMPARE(task.statusDetail(), QStringLiteral("camera offline"));
        QCOMPARE(task.errorDetail(), QStringLiteral("{\"code\":7}"));
    }

    void sanityRules()
    {
        QJsonObject obj = test::exampleTask();
        QJsonObject config = obj.value(QStringLiteral("service_config")).toObject();
        QJsonObject common = config.value(QStringLiteral("common")).toObject();
        common.insert(QStringLiteral("detection_min_size"), 60);
        common.insert(QStringLiteral("detection_max_size"), 50);
        common.insert(QStringLiteral("image_compression_ratio"), 120);
        common.insert(QStringLiteral("face_must_send_sw"), 2);
        common.insert(QStringLiteral("face_repeat_send_mode"), QStringLiteral("SOMETIMES"));
        config.insert(QStringLiteral("common"), common);
        obj.insert(QStringLiteral("service_config"), config);
        QJsonObject output = obj.value(QStringLiteral("output")).toObject();
        QJsonObject webhook = output.value(QStringLiteral("webhook")).toObject();
        webhook.insert(QStringLiteral("url"), QStringLiteral("http://plain.example.com/hook"));
        output.insert(QStringLiteral("webhook"), webhook);
        obj.insert(QStringLiteral("output"), output);

        const Task task = test::parseObject(obj);
        QList<Rule> rules;
        for (const TaskWarning &w : task.warnings) {
            QCOMPARE(w.kind, Kind::Suspicious);
            rules << w.rule;
        }
        std::sort(rules.begin(), rules.end());
        QCOMPARE(rules,
                 (QList<Rule>{Rule::MinSizeBelow90, Rule::MinAboveMax, Rule::CompressionRange,
                              Rule::SwitchNotBinary, Rule::UnknownRepeatMode, Rule::OriginImageOff,
                              Rule::PlainHttpWebhook}));
    }

    void rawJsonIsExactlyWhatWasSent()
    {
        // Unknown fields, odd spacing and key order survive byte for byte.
        const QByteArray first =
            R"({ "id":"a1",  "zeta": {"nested": [1, 2.50, "x"]}, "name":"n", "state":"RUNNING" })";
        const QByteArray second =
            R"({"id":"b2","name":"n2","state":"STOPPED","future_field":null})";
        const QByteArray body = "{\"tasks\": [" + first + ",\n   " + second + "], \"count\": 2}";
        const auto result = parseTaskList(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value->tasks.at(0).rawJson, first);
        QCOMPARE(result.value->tasks.at(1).rawJson, second);
        const QJsonObject reparsed =
            QJsonDocument::fromJson(result.value->tasks.at(0).rawJson).object();
        QCOMPARE(reparsed.value(QStringLiteral("zeta"))[QLatin1StringView("nested")][1].toDouble(),
                 2.5);
    }

    void rawJsonOutlivesAndIgnoresTheBody()
    {
        // The raw JSON shares the body's buffer; changing or dropping the
        // caller's body must not change what the tasks hold.
        const QByteArray first = R"({"id":"a1","name":"n","state":"RUNNING"})";
        const QByteArray second = R"({"id":"b2","name":"n2","state":"STOPPED"})";
        QByteArray body = "{\"count\": 2, \"tasks\": [" + first + "," + second + "]}";
        auto result = parseTaskList(body);
        QVERIFY(result.ok());
        body.replace("a1", "zz"); // detaches from the tasks' buffer
        body.fill('x');
        body = QByteArray();
        QCOMPARE(result.value->tasks.at(0).rawJson, first);
        QCOMPARE(result.value->tasks.at(1).rawJson, second);
        // Writing to one task's raw JSON leaves the other intact.
        QByteArray &raw = result.value->tasks[0].rawJson;
        raw.replace(0, 1, "[");
        QCOMPARE(raw.left(2), QByteArray("[\""));
        QCOMPARE(result.value->tasks.at(1).rawJson, second);
        QCOMPARE(parseTask(result.value->tasks.at(1).rawJson).id, QStringLiteral("b2"));
    }

    void singleTaskBody()
    {
        const QByteArray body = QJsonDocument(test::exampleTask()).toJson();
        const auto result = parseTaskBody(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value->id, QStringLiteral("a066974ae7334649a37257242c5fa4c3"));
        QVERIFY(!parseTaskBody("not json").ok());
        QVERIFY(!parseTaskBody("[1]").ok());
    }

    void parallelMatchesSequential()
    {
        QList<QJsonValue> tasks;
        for (int i = 0; i < 300; ++i) {
            QJsonObject t = test::exampleTask();
            t.insert(QStringLiteral("id"), QStringLiteral("id-%1").arg(i));
            if (i % 7 == 0)
                t.insert(QStringLiteral("state"), i);
            tasks << t;
        }
        const QByteArray body = listOf(tasks);
        const auto parallel = parseTaskList(body, 1);
        const auto sequential = parseTaskList(body, 1'000'000);
        QVERIFY(parallel.ok() && sequential.ok());
        QCOMPARE(parallel.value->tasks.size(), 300);
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(parallel.value->tasks.at(i).id, sequential.value->tasks.at(i).id);
            QCOMPARE(parallel.value->tasks.at(i).warnings, sequential.value->tasks.at(i).warnings);
            QCOMPARE(parallel.value->tasks.at(i).rawJson, sequential.value->tasks.at(i).rawJson);
        }
    }

    // Hostile input: must load (or fail the element) without crashing or
    // growing without bound.
    void deepNesting()
    {
        const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
        const QByteArray body =
            R"({"count":1,"tasks":[{"id":"a","name":"n","state":"RUNNING","x":)" + deep + "}]}";
        const auto result = parseTaskList(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value->tasks.size(), 1);
        const auto bare = parseTaskList(deep);
        QVERIFY(!bare.ok());
    }

    void hugeString()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("name"), QString(10 * 1024 * 1024, QLatin1Char('x')));
        const Task task = test::parseObject(obj);
        QCOMPARE(task.name.size(), 10 * 1024 * 1024);
    }

    void hugeNumbers()
    {
        QJsonObject obj = test::exampleTask();
        obj.insert(QStringLiteral("input"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("edgecamera")},
                               {QStringLiteral("data"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), 1e308},
                                                       {QStringLiteral("index"), 1e300}}}}});
        const Task task = test::parseObject(obj);
        QCOMPARE(task.input.sources.at(0).index, -1);
        QVERIFY(hasWarning(task, Kind::WrongType, QStringLiteral("input.data[0].index")));
        // Out-of-range literals that the JSON parser refuses fail only this task.
        const Task bad = parseTask(R"({"id":"a","created_at":1e99999})");
        QVERIFY(hasWarning(bad, Kind::NotAnObject, QStringLiteral("task")) ||
                !bad.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskParser)
#include "tst_taskparser.moc"
