// CSV export: exact bytes for quoting, presets, delimiters, the formula
// injection guard, numbers, Chinese text and secret masking.
#include "models/export/csvexporter.h"
#include "models/export/taskexporter.h"
#include "models/taskparser.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace vias;

namespace {

qint64 utcMs(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

Task makeTask(const QString &id, const QString &name, const QString &description = {})
{
    Task t;
    t.id = id;
    t.name = name;
    t.description = description;
    t.state = TaskState::Running;
    t.stateCode = QStringLiteral("RUNNING");
    t.createdAtMs = utcMs(2024, 5, 1, 8, 0, 0);
    t.updatedAtMs = utcMs(2024, 5, 1, 9, 30, 15);
    return t;
}

ExportOptions visible(QList<TaskColumn> columns, CsvPreset preset = CsvPreset::Plain)
{
    ExportOptions o;
    o.format = ExportFormat::Csv;
    o.csvPreset = preset;
    o.columns = std::move(columns);
    return o;
}

QByteArray exportBytes(const QList<Task> &tasks, const ExportOptions &options,
                       ExportResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult r = exportTasks(tasks, options, &buffer);
    if (result)
        *result = r;
    else if (!r.ok())
        qWarning("export failed: %s", qPrintable(r.message));
    return buffer.data();
}

// A small RFC 4180 reader for checking individual cells.
QList<QList<QByteArray>> readCsv(const QByteArray &bytes, char delimiter = ',')
{
    QList<QList<QByteArray>> records;
    QList<QByteArray> record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            record << field;
            field.clear();
        } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// A hostile webhook task, parsed like a server response.
Task webhookTask()
{
    return parseTask(
        "{\"id\":\"w1\",\"name\":\"hook\",\"state\":\"RUNNING\","
        "\"created_at\":\"2024-05-01T08:00:00Z\",\"updated_at\":\"2024-05-01T08:00:00Z\","
        "\"input\":{\"type\":\"edgecamera\",\"data\":[{\"id\":\"cam-1\",\"index\":0},{\"id\":\"cam-"
        "2\",\"index\":1}]},"
        "\"output\":{\"webhook\":{\"url\":\"https://hook.example.com/in\","
        "\"headers\":{\"Authorization\":\"Bearer s3cr3t-token\",\"X-Extra\":\"v\"},"
        "\"data_category\":[\"FaceImage\",\"OriginImage\"]},"
        "\"dis\":{\"stream_name\":\"d1\",\"data_category\":[\"FaceImage\"]}},"
        "\"service_config\":{\"common\":{\"detection_min_size\":-5,\"face_repeat_send_mode\":\"-"
        "PERIOD\","
        "\"face_first_send_threshold\":0.5,\"license_plate\":{\"a\":1},\"on\":true,"
        "\"target_roi\":\"{\\\"polygons\\\":[{\\\"data\\\":[[0,0],[10,0],[10,10]]}],\\\"lines\\\":["
        "{\\\"data\\\":[[0,0],[5,5]]}]}\"}}}");
}

} // namespace

class TestExportCsv final : public QObject
{
    Q_OBJECT

private slots:
    void quoting()
    {
        const QList<Task> tasks{
            makeTask(QStringLiteral("a1"), QStringLiteral("a,b"), QStringLiteral("say \"hi\"")),
            makeTask(QStringLiteral("a2"), QStringLiteral("line1\nline2"),
                     QStringLiteral("cr\rhere")),
            makeTask(QStringLiteral("a3"), QStringLiteral("plain"), QString()),
        };
        const QByteArray expected = "Name,ID,Description,Created,Warnings\r\n"
                                    "\"a,b\",a1,\"say \"\"hi\"\"\",2024-05-01T08:00:00Z,0\r\n"
                                    "\"line1\nline2\",a2,\"cr\rhere\",2024-05-01T08:00:00Z,0\r\n"
                                    "plain,a3,,2024-05-01T08:00:00Z,0\r\n";
        QCOMPARE(
            exportBytes(tasks, visible({TaskColumn::Name, TaskColumn::Id, TaskColumn::Description,
                                        TaskColumn::CreatedAt, TaskColumn::Warnings})),
            expected);
    }

    void excelPresetHasBomAndCrlf()
    {
        const QList<Task> tasks{makeTask(QStringLiteral("a1"), QStringLiteral("n"))};
        QCOMPARE(exportBytes(tasks, visible({TaskColumn::Id, TaskColumn::Name}, CsvPreset::Excel)),
                 QByteArray("\xEF\xBB\xBFID,Name\r\na1,n\r\n"));
        QCOMPARE(exportBytes(tasks, visible({TaskColumn::Id, TaskColumn::Name}, CsvPreset::Plain)),
                 QByteArray("ID,Name\r\na1,n\r\n"));
    }

    void semicolonDelimiter()
    {
        const QList<Task> tasks{makeTask(QStringLiteral("a;1"), QStringLiteral("x,y"))};
        ExportOptions o = visible({TaskColumn::Id, TaskColumn::Name}, CsvPreset::Excel);
        o.csvDelimiter = ';';
        QCOMPARE(exportBytes(tasks, o), QByteArray("\xEF\xBB\xBFID;Name\r\n\"a;1\";x,y\r\n"));
    }

    void tabDelimiterAndBadDelimiter()
    {
        const QList<Task> tasks{makeTask(QStringLiteral("a\t1"), QStringLiteral("x,y"))};
        ExportOptions o = visible({TaskColumn::Id, TaskColumn::Name});
        o.csvDelimiter = '\t';
        QCOMPARE(exportBytes(tasks, o), QByteArray("ID\tName\r\n\"a\t1\"\tx,y\r\n"));
        o.csvDelimiter = '"';
        ExportResult r;
        QVERIFY(exportBytes(tasks, o, &r).isEmpty());
        QVERIFY(!r.ok());
        QVERIFY(!r.message.isEmpty());
    }

    void injectionGuard_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("=") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("+") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("-") << QStringLiteral("-5") << QByteArray("'-5");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
        QTest::newRow("cr") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
        QTest::newRow("lf") << QStringLiteral("\nx") << QByteArray("\"'\nx\"");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://e.x\",\"a\")")
                                   << QByteArray("\"'=HYPERLINK(\"\"http://e.x\"\",\"\"a\"\")\"");
        QTest::newRow("inner = ok") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("space first") << QStringLiteral(" =x") << QByteArray(" =x");
    }

    void injectionGuard()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, field);
        const QList<Task> tasks{makeTask(QStringLiteral("a1"), name)};
        QCOMPARE(exportBytes(tasks, visible({TaskColumn::Name})),
                 QByteArray("Name\r\n" + field + "\r\n"));
    }

    void numbersStayNumbers()
    {
        // detection_min_size -5 is a JSON number: written as is. The text
        // "-PERIOD" is neutralised. Counts are numbers too.
        ExportOptions o;
        o.csvPreset = CsvPreset::Plain;
        o.columnSet = ColumnSet::AllFields;
        const QList<QList<QByteArray>> records = readCsv(exportBytes({webhookTask()}, o));
        QCOMPARE(records.size(), 2);
        const QList<QByteArray> &header = records.at(0);
        const QList<QByteArray> &row = records.at(1);
        QCOMPARE(row.size(), header.size());
        auto cell = [&](const char *key) {
            const qsizetype i = header.indexOf(QByteArray(key));
            return i < 0 ? QByteArray("<missing>") : row.value(i);
        };
        QCOMPARE(cell("service_config.common.detection_min_size"), QByteArray("-5"));
        QCOMPARE(cell("service_config.common.face_repeat_send_mode"), QByteArray("'-PERIOD"));
        QCOMPARE(cell("service_config.common.face_first_send_threshold"), QByteArray("0.5"));
        QCOMPARE(cell("service_config.common.on"), QByteArray("true"));
        QCOMPARE(cell("input.camera_count"), QByteArray("2"));
        QCOMPARE(cell("roi.polygon_count"), QByteArray("1"));
        QCOMPARE(cell("roi.line_count"), QByteArray("1"));
        QCOMPARE(cell("created_at"), QByteArray("2024-05-01T08:00:00Z"));
        QCOMPARE(cell("output.kinds"), QByteArray("webhook, dis"));
        QCOMPARE(cell("output.data_category"), QByteArray("FaceImage, OriginImage"));
        QCOMPARE(cell("output.dis.stream_name"), QByteArray("d1"));
        QCOMPARE(cell("input.cameras"), QByteArray("cam-1, cam-2"));
        QCOMPARE(cell("service_config.common.license_plate"), QByteArray("{\"a\":1}"));
        QCOMPARE(cell("service_config.common.target_roi"),
                 QByteArray("{\"polygons\":[{\"data\":[[0,0],[10,0],[10,10]]}],\"lines\":[{"
                            "\"data\":[[0,0],[5,5]]}]}"));
        QCOMPARE(header.indexOf("service_config.common.target_roi"),
                 header.indexOf("roi.line_count") + 1);
        QCOMPARE(header.count("service_config.common.target_roi"), 1);
    }

    void chineseUtf8()
    {
        const QList<Task> tasks{
            makeTask(QStringLiteral("a1"), QStringLiteral("人脸提取-T4M-edge-0"))};
        QCOMPARE(exportBytes(tasks, visible({TaskColumn::Name}, CsvPreset::Excel)),
                 QByteArray("\xEF\xBB\xBFName\r\n") +
                     QStringLiteral("人脸提取-T4M-edge-0").toUtf8() + "\r\n");
    }

    void webhookHeadersMaskedByDefault()
    {
        ExportOptions o;
        o.csvPreset = CsvPreset::Plain;
        o.columnSet = ColumnSet::AllFields;
        const QByteArray masked = exportBytes({webhookTask()}, o);
        QVERIFY(!masked.contains("s3cr3t"));
        QVERIFY(masked.contains(",Authorization: ***; X-Extra: ***,"));
        QVERIFY(masked.contains(",https://hook.example.com/in,"));
        QVERIFY(masked.contains(",\"FaceImage, OriginImage\","));

        o.includeSecrets = true;
        const QByteArray open = exportBytes({webhookTask()}, o);
        QVERIFY(open.contains(",Authorization: Bearer s3cr3t-token; X-Extra: v,"));
    }

    void visibleColumnsNeverHoldSecrets()
    {
        ExportOptions o = visible({});
        o.includeSecrets = true; // visible columns never carry header values at all
        QVERIFY(!exportBytes({webhookTask()}, o).contains("s3cr3t"));
    }

    void flattenedServerExamples()
    {
        const auto face = parseTaskList(test::readData(QStringLiteral("c-face-edge-list.json")));
        const auto vehicle =
            parseTaskList(test::readData(QStringLiteral("c-vehicle-detection-cloud-list.json")));
        QVERIFY(face.ok() && vehicle.ok());
        QList<Task> tasks = face.value->tasks;
        tasks += vehicle.value->tasks;
        QCOMPARE(tasks.size(), 3);

        ExportOptions o;
        o.csvPreset = CsvPreset::Plain;
        o.columnSet = ColumnSet::AllFields;
        const QByteArray bytes = exportBytes(tasks, o);
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 5);
        const QByteArray header = lines.at(0).chopped(1);
        QVERIFY2(header.startsWith("id,name,state,status,error,creator,project_id,description,"
                                   "service_version,edge_pool_id,resource_order_id,created_at,"
                                   "updated_at,service_name,input.type,input.camera_count,"
                                   "input.cameras,output.kinds,output.webhook.url,"
                                   "output.webhook.headers,output.data_category,"
                                   "output.dis.stream_name,output.obs,"
                                   "output.localpath.mount_source_path,"),
                 header.constData());
        QVERIFY2(header.endsWith(",roi.polygon_count,roi.line_count,"
                                 "service_config.common.target_roi,warnings.count,warnings.text"),
                 header.constData());
        // Each config key once, the vehicle-only keys after the face keys.
        QCOMPARE(header.count("service_config.common.detection_max_size"), 1);
        QVERIFY(header.indexOf("service_config.common.license_plate") >
                header.indexOf("service_config.common.image_compression_ratio"));
        QVERIFY(!header.contains("service_config.common.target_roi,service_config"));
        // Values of the first face task.
        QVERIFY(lines.at(1).startsWith(
            QStringLiteral(
                "a066974ae7334649a37257242c5fa4c3,人脸提取-T4M-edge-0,RUNNING,,,user_test,"
                "1f793beac00d4801874db741cbfe10fa,face detection task test,3.0,")
                .toUtf8()));
        QVERIFY(lines.at(1).contains(",content-type: ***,"));
        QVERIFY(lines.at(1).contains(",\"{\"\"polygons\"\":[{\"\"data\"\":[[100,100],[1800,100],["
                                     "1800,1000],[100,1000]]}]}\","));
        // The vehicle task: nested config as compact JSON, Chinese intact.
        QVERIFY(lines.at(3).contains(
            QStringLiteral(",\"{\"\"local_city\"\":\"\"B\"\",\"\"local_province\"\":\"\"津\"\"}\",")
                .toUtf8()));
        QVERIFY(lines.at(3).contains(",dis-campusgo,"));
    }

    void progressAndCancel()
    {
        QList<Task> tasks;
        for (int i = 0; i < 1200; ++i)
            tasks << makeTask(QString::number(i), QStringLiteral("t"));
        QList<qint64> seen;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportResult r = exportTasks(tasks, visible({TaskColumn::Id}), &buffer, [&](qint64 done) {
            seen << done;
            return true;
        });
        QVERIFY(r.ok());
        QCOMPARE(r.rowsWritten, 1200);
        QCOMPARE(seen.last(), 1200);
        QVERIFY(seen.size() >= 3);

        buffer.buffer().clear();
        buffer.seek(0);
        r = exportTasks(tasks, visible({TaskColumn::Id}), &buffer,
                        [](qint64 done) { return done < 512; });
        QVERIFY(r.cancelled());
        QCOMPARE(r.rowsWritten, 512);
        QVERIFY(!r.message.isEmpty());
    }

    void writeFailureIsReported()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        const ExportResult r = exportTasks(
            QList<Task>{makeTask(QStringLiteral("a"), QStringLiteral("b"))}, visible({}), &buffer);
        QVERIFY(!r.ok());
        QVERIFY(!r.message.isEmpty());
    }

    void fastIsoMatchesIsoUtc()
    {
        // The exporter's own date formatter must agree with taskColumnText's.
        QRandomGenerator rng(7);
        QList<qint64> samples{0,
                              -1,
                              -86'400'000,
                              utcMs(2000, 2, 29, 23, 59, 59),
                              utcMs(1900, 3, 1, 0, 0, 0),
                              utcMs(9999, 12, 31, 23, 59, 59),
                              utcMs(1970, 1, 1, 0, 0, 1) - 1};
        for (int i = 0; i < 2000; ++i)
            samples << qint64(rng.bounded(8'000'000'000'000.0)) - 2'000'000'000'000;
        for (qint64 ms : samples)
            QCOMPARE(exportIsoUtc(ms), isoUtc(ms));
        QCOMPARE(exportIsoUtc(kNoTime), QString());
    }

    void emptyExportHasHeaderOnly()
    {
        QCOMPARE(exportBytes({}, visible({TaskColumn::Id, TaskColumn::State})),
                 QByteArray("ID,State\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportCsv)
#include "tst_export_csv.moc"
