// JSON and JSON Lines export: the server's bytes kept verbatim (unknown fields
// too), secrets masked by default, one compact task per line in JSONL.
#include "models/export/jsonexporter.h"
#include "models/export/jsonmask.h"
#include "models/export/taskexporter.h"
#include "models/taskparser.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace vias;

namespace {

QByteArray exportBytes(const QList<Task> &tasks, ExportFormat format, bool includeSecrets = false)
{
    ExportOptions o;
    o.format = format;
    o.includeSecrets = includeSecrets;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult r = exportTasks(tasks, o, &buffer);
    if (!r.ok())
        qWarning("export failed: %s", qPrintable(r.message));
    return buffer.data();
}

QList<Task> dataTasks(const char *file)
{
    const auto page = parseTaskList(test::readData(QString::fromLatin1(file)));
    return page.ok() ? page.value->tasks : QList<Task>();
}

const QByteArray kWebhookTask =
    "{\"id\":\"w1\", \"name\":\"hook\", \"state\":\"RUNNING\", \"zz_unknown\": {\"keep\": [1, "
    "2.50]},\n"
    "  \"output\":{\"webhook\":{\"url\":\"https://hook.example.com/in\",\n"
    "    \"headers\":{\"Authorization\":\"Bearer s3cr3t-token\",\"X-Extra\":\"v\"},\n"
    "    \"data_category\":[\"FaceImage\"]}}}";

const QByteArray kVcnTask =
    "{\"id\":\"v1\",\"name\":\"vcn\",\"state\":\"STOPPED\",\"input\":{\"type\":\"vcn\",\"data\":["
    "{\"device_id\":\"dev-1\",\"ip\":\"10.0.0.1\",\"port\":8080,\"username\":\"admin\","
    "\"password\":\"pa55word\",\"stream_type\":1}]}}";

const QByteArray kRestfulTask =
    "{\"id\":\"r1\",\"name\":\"rest\",\"state\":\"RUNNING\",\"input\":{\"type\":\"edgerestful\","
    "\"data\":[{\"url\":\"https://cam/x\",\"headers\":{\"X-Token\":\"tok-123\"}}]}}";

const QByteArray kPlainTask =
    "{\"id\":\"p1\",\"name\":\"plain\",\"state\":\"RUNNING\",\"future_field\":{\"a\":null},"
    "\"output\":{\"dis\":{\"stream_name\":\"d\"}}}";

QJsonObject onlyTask(const QByteArray &json)
{
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    return doc.value(QLatin1StringView("tasks")).toArray().at(0).toObject();
}

} // namespace

class TestExportJson final : public QObject
{
    Q_OBJECT

private slots:
    void rawBytesVerbatim()
    {
        const QByteArray file =
            test::readData(QStringLiteral("c-vehicle-detection-cloud-list.json"));
        const QList<Task> tasks = dataTasks("c-vehicle-detection-cloud-list.json");
        QCOMPARE(tasks.size(), 1);
        QVERIFY(file.contains(tasks.at(0).rawJson));
        QCOMPARE(exportBytes(tasks, ExportFormat::Json),
                 "{\"count\":1,\"tasks\":[\n" + tasks.at(0).rawJson + "\n]}\n");
    }

    void unknownFieldsKept()
    {
        const QList<Task> tasks{parseTask(kPlainTask), parseTask(kPlainTask)};
        QCOMPARE(exportBytes(tasks, ExportFormat::Json),
                 "{\"count\":2,\"tasks\":[\n" + kPlainTask + ",\n" + kPlainTask + "\n]}\n");
        QCOMPARE(exportBytes(tasks, ExportFormat::JsonLines),
                 kPlainTask + '\n' + kPlainTask + '\n');
    }

    void emptyList()
    {
        QCOMPARE(exportBytes({}, ExportFormat::Json), QByteArray("{\"count\":0,\"tasks\":[]}\n"));
        QCOMPARE(exportBytes({}, ExportFormat::JsonLines), QByteArray());
    }

    void webhookHeadersMasked()
    {
        const QList<Task> tasks{parseTask(kWebhookTask)};
        const QByteArray masked = exportBytes(tasks, ExportFormat::Json);
        QVERIFY(!masked.contains("s3cr3t"));
        const QJsonObject task = onlyTask(masked);
        const QJsonObject headers = task.value(QLatin1StringView("output"))
                                        .toObject()
                                        .value(QLatin1StringView("webhook"))
                                        .toObject()
                                        .value(QLatin1StringView("headers"))
                                        .toObject();
        QCOMPARE(headers.value(QLatin1StringView("Authorization")).toString(),
                 QStringLiteral("***"));
        QCOMPARE(headers.value(QLatin1StringView("X-Extra")).toString(), QStringLiteral("***"));
        // Everything else survives, unknown fields included.
        QCOMPARE(task.value(QLatin1StringView("zz_unknown")).toObject(),
                 QJsonDocument::fromJson("{\"keep\":[1,2.5]}").object());
        QCOMPARE(task.value(QLatin1StringView("output"))
                     .toObject()
                     .value(QLatin1StringView("webhook"))
                     .toObject()
                     .value(QLatin1StringView("url"))
                     .toString(),
                 QStringLiteral("https://hook.example.com/in"));

        // Asked for: the exact bytes.
        QCOMPARE(exportBytes(tasks, ExportFormat::Json, true),
                 "{\"count\":1,\"tasks\":[\n" + kWebhookTask + "\n]}\n");
    }

    void vcnCredentialsMasked()
    {
        const QByteArray masked = exportBytes({parseTask(kVcnTask)}, ExportFormat::Json);
        QVERIFY(!masked.contains("pa55word"));
        QVERIFY(!masked.contains("admin"));
        const QJsonObject source = onlyTask(masked)
                                       .value(QLatin1StringView("input"))
                                       .toObject()
                                       .value(QLatin1StringView("data"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(source.value(QLatin1StringView("password")).toString(), QStringLiteral("***"));
        QCOMPARE(source.value(QLatin1StringView("username")).toString(), QStringLiteral("***"));
        QCOMPARE(source.value(QLatin1StringView("device_id")).toString(), QStringLiteral("dev-1"));
        QCOMPARE(source.value(QLatin1StringView("port")).toInt(), 8080);
        QVERIFY(exportBytes({parseTask(kVcnTask)}, ExportFormat::Json, true).contains("pa55word"));
    }

    void restfulInputHeadersMasked()
    {
        const QByteArray masked = exportBytes({parseTask(kRestfulTask)}, ExportFormat::JsonLines);
        QVERIFY(!masked.contains("tok-123"));
        QVERIFY(masked.contains("\"X-Token\":\"***\""));
    }

    void onlySecretTasksReserialised()
    {
        const QList<Task> tasks{parseTask(kPlainTask), parseTask(kWebhookTask),
                                parseTask(kPlainTask)};
        const QByteArray bytes = exportBytes(tasks, ExportFormat::Json);
        QVERIFY(bytes.startsWith(QByteArray("{\"count\":3,\"tasks\":[\n" + kPlainTask + ",\n")));
        QVERIFY(bytes.endsWith(QByteArray(",\n" + kPlainTask + "\n]}\n")));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1StringView("count")).toInt(), 3);
        QCOMPARE(doc.object().value(QLatin1StringView("tasks")).toArray().size(), 3);
    }

    void maskingKeepsOtherBytes()
    {
        // Only the secret values change: key order, spacing and numbers stay.
        QByteArray expected = kWebhookTask;
        expected.replace("\"Bearer s3cr3t-token\"", "\"***\"");
        expected.replace("\"X-Extra\":\"v\"", "\"X-Extra\":\"***\"");
        QCOMPARE(maskedTaskJson(parseTask(kWebhookTask)).value_or(QByteArray()), expected);
    }

    void walkerCases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected"); // empty: unchanged
        QTest::newRow("nothing secret")
            << QByteArray("{\"a\":{\"headers\":{\"k\":\"v\"}}}") << QByteArray();
        QTest::newRow("top-level headers untouched")
            << QByteArray("{\"headers\":{\"k\":\"v\"},\"username\":\"u\"}") << QByteArray();
        QTest::newRow("username under output untouched")
            << QByteArray("{\"output\":{\"x\":{\"username\":\"u\"}}}") << QByteArray();
        QTest::newRow("odd header values")
            << QByteArray("{\"output\":{\"webhook\":{\"headers\":{\"a\":1,\"b\":[1,{\"c\":\"]\"}],"
                          "\"d\":null,\"e\":\"x\\\"y\"}}}}")
            << QByteArray("{\"output\":{\"webhook\":{\"headers\":{\"a\":\"***\",\"b\":\"***\","
                          "\"d\":\"***\",\"e\":\"***\"}}}}");
        QTest::newRow("escaped key")
            << QByteArray("{\"input\":{\"data\":[{\"pass\\u0077ord\" : \"pw\" }]}}")
            << QByteArray("{\"input\":{\"data\":[{\"pass\\u0077ord\" : \"***\" }]}}");
        QTest::newRow("nested credentials")
            << QByteArray("{\"input\":{\"type\":\"vcn\",\"auth\":{\"username\":\"u\",\"password\":{"
                          "\"x\":1}}},\"n\":-1.50e3}")
            << QByteArray("{\"input\":{\"type\":\"vcn\",\"auth\":{\"username\":\"***\","
                          "\"password\":\"***\"}},\"n\":-1.50e3}");
        QTest::newRow("headers not an object")
            << QByteArray("{\"output\":{\"webhook\":{\"headers\":\"k: v\"}}}") << QByteArray();
        QTest::newRow("empty headers")
            << QByteArray("{\"output\":{\"w\":{\"headers\":{ }}}}") << QByteArray();
    }

    void walkerCases()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        const JsonMaskResult r = maskSecretsInJson(json);
        QVERIFY(r.wellFormed);
        QCOMPARE(r.changed, !expected.isEmpty());
        QCOMPARE(r.bytes, expected);
    }

    void walkerRejectsBrokenJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unterminated") << QByteArray("{\"input\":{\"password\":\"x");
        QTest::newRow("not an object") << QByteArray("[1,2]");
        QTest::newRow("trailing") << QByteArray("{} x");
        QTest::newRow("mismatched") << QByteArray("{\"a\":[1}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("empty") << QByteArray();
    }

    void walkerRejectsBrokenJson()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!maskSecretsInJson(json).wellFormed);
    }

    void walkerAgreesWithQtOnMutations()
    {
        // Random byte mutations of secret-bearing tasks: the walker never
        // crashes, accepts every object Qt accepts, and then leaks no secret.
        QRandomGenerator rng(1234);
        const QByteArray seeds[] = {kWebhookTask, kVcnTask, kRestfulTask};
        const char alphabet[] = "{}[]\":,\\ \n0-e.tnu";
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray json = seeds[round % 3];
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = rng.bounded(int(json.size()));
                switch (rng.bounded(3)) {
                case 0:
                    json[at] = alphabet[rng.bounded(int(sizeof alphabet - 1))];
                    break;
                case 1:
                    json.remove(at, 1);
                    break;
                default:
                    json.insert(at, alphabet[rng.bounded(int(sizeof alphabet - 1))]);
                    break;
                }
            }
            const JsonMaskResult r = maskSecretsInJson(json);
            const QJsonDocument doc = QJsonDocument::fromJson(json);
            if (!doc.isObject())
                continue;
            QVERIFY2(r.wellFormed, json.constData());
            ++accepted;
            const QByteArray out = r.changed ? r.bytes : json;
            QVERIFY2(QJsonDocument::fromJson(out).isObject(), out.constData());
            // A mutation may move a secret out of a masked place, so check
            // the places that are secret in Qt's reading of the result.
            const QJsonObject task = QJsonDocument::fromJson(out).object();
            const QJsonValue headers = task.value(QLatin1StringView("output"))
                                           .toObject()
                                           .value(QLatin1StringView("webhook"))
                                           .toObject()
                                           .value(QLatin1StringView("headers"));
            for (const QJsonValue &v : headers.toObject())
                QVERIFY2(v.toString() == QStringLiteral("***"), out.constData());
            const QJsonValue data =
                task.value(QLatin1StringView("input")).toObject().value(QLatin1StringView("data"));
            for (const QJsonValue &source : data.toArray()) {
                for (const char *key : {"username", "password"}) {
                    const QJsonValue v = source.toObject().value(QLatin1StringView(key));
                    QVERIFY2(v.isUndefined() || v.toString() == QStringLiteral("***"),
                             out.constData());
                }
                for (const QJsonValue &v :
                     source.toObject().value(QLatin1StringView("headers")).toObject())
                    QVERIFY2(v.toString() == QStringLiteral("***"), out.constData());
            }
        }
        QVERIFY(accepted > 100);
    }

    void maskedTaskJsonNulloptWithoutSecrets()
    {
        QVERIFY(!maskedTaskJson(parseTask(kPlainTask)).has_value());
        QVERIFY(maskedTaskJson(parseTask(kWebhookTask)).has_value());
        // Empty headers hold no secret.
        QVERIFY(
            !maskedTaskJson(parseTask("{\"id\":\"e\",\"output\":{\"webhook\":{\"headers\":{}}}}"))
                 .has_value());
    }

    void jsonLinesOneCompactLinePerTask()
    {
        // The data file is pretty-printed: each task spans many lines.
        const QList<Task> tasks = dataTasks("c-face-edge-list.json");
        QCOMPARE(tasks.size(), 2);
        QVERIFY(tasks.at(0).rawJson.contains('\n'));
        const QByteArray bytes = exportBytes(tasks, ExportFormat::JsonLines, true);
        QVERIFY(bytes.endsWith('\n'));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        QCOMPARE(lines.size(), 2);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // Same bytes minus the white space between tokens: order and
            // number spelling kept.
            QCOMPARE(lines.at(i), compactJsonBytes(tasks.at(i).rawJson));
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)),
                     QJsonDocument::fromJson(tasks.at(i).rawJson));
        }
        QVERIFY(lines.at(0).contains(QStringLiteral("人脸提取-T4M-edge-0").toUtf8()));

        // Masked by default: still one line each, no header values.
        const QByteArray masked = exportBytes(tasks, ExportFormat::JsonLines);
        QCOMPARE(masked.count('\n'), 2);
        QVERIFY(!masked.contains("application/json"));
    }

    void compactKeepsStrings()
    {
        QCOMPARE(compactJsonBytes("{ \"a b\" :\n \"x \\\" y\\\\\" ,\t\"c\": [1, 2] }"),
                 QByteArray("{\"a b\":\"x \\\" y\\\\\",\"c\":[1,2]}"));
    }

    void brokenOrBuiltTasksStillValidJson()
    {
        Task built;
        built.id = QStringLiteral("b1");
        built.name = QStringLiteral("built \"in\" code");
        built.stateCode = QStringLiteral("RUNNING");
        const QList<Task> tasks{parseTask("{\"id\": \"x\", broken\n"), built, parseTask("42")};
        for (ExportFormat format : {ExportFormat::Json, ExportFormat::JsonLines}) {
            const QByteArray bytes = exportBytes(tasks, format);
            const QList<QByteArray> docs = format == ExportFormat::Json
                                               ? QList<QByteArray>{bytes}
                                               : bytes.chopped(1).split('\n');
            QCOMPARE(docs.size(), format == ExportFormat::Json ? 1 : 3);
            for (const QByteArray &doc : docs) {
                QJsonParseError error{};
                QJsonDocument::fromJson('[' + doc + ']', &error);
                QVERIFY2(error.error == QJsonParseError::NoError, doc.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_export_json.moc"
