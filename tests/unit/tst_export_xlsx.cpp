// XLSX export: the file is reopened with openpyxl (/usr/bin/python3) and
// checked cell by cell: bold frozen header, autofilter, real dates and
// numbers, text that looks like a formula stays text, Chinese intact.
#include "models/export/taskexporter.h"
#include "models/export/xlsxexporter.h"
#include "models/taskparser.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vias;

namespace {

// Dumps the first sheet as JSON: sheet names, freeze pane, autofilter,
// column widths and, per cell, openpyxl's data type, value and style.
const char kDumpScript[] =
    "import json, sys, datetime, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "ws = wb.worksheets[0]\n"
    "rows = []\n"
    "for row in ws.iter_rows():\n"
    "    out = []\n"
    "    for c in row:\n"
    "        v = c.value\n"
    "        if isinstance(v, datetime.datetime): v = v.isoformat()\n"
    "        out.append({'t': c.data_type, 'v': v, 'bold': bool(c.font.b), 'fmt': "
    "c.number_format})\n"
    "    rows.append(out)\n"
    "widths = {k: v.width for k, v in ws.column_dimensions.items()}\n"
    "print(json.dumps({'sheets': wb.sheetnames, 'freeze': ws.freeze_panes,\n"
    "                  'filter': ws.auto_filter.ref, 'widths': widths, 'rows': rows}))\n";

QJsonObject dumpXlsx(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(kDumpScript), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("openpyxl failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

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
    t.updatedAtMs = utcMs(2024, 12, 31, 23, 59, 59);
    return t;
}

} // namespace

class TestExportXlsx final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeXlsxFile(const QList<Task> &tasks, const ExportOptions &options, const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const ExportResult r = exportTasks(tasks, options, &file);
        if (!r.ok()) {
            qWarning("export failed: %s", qPrintable(r.message));
            return {};
        }
        return path;
    }

    static QJsonObject cell(const QJsonObject &dump, int row, int column)
    {
        return dump.value(QLatin1StringView("rows"))
            .toArray()
            .at(row)
            .toArray()
            .at(column)
            .toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")),
                 "python3 with openpyxl is needed");
    }

    void visibleColumnsCellByCell()
    {
        Task hostile = makeTask(QStringLiteral("=cmd|' /C calc'!A0"),
                                QStringLiteral("人脸提取-T4M-edge-0"), QStringLiteral("=1+1"));
        hostile.creator = QStringLiteral("-5");
        hostile.warnings.append(
            {TaskWarning::Kind::MissingField, TaskWarning::Rule::None, QStringLiteral("name"), {}});
        Task noDates = makeTask(QStringLiteral("t2"), QStringLiteral("@SUM(A1:A2)"),
                                QStringLiteral("line1\nline2"));
        noDates.createdAtMs = kNoTime;

        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        o.columns = {TaskColumn::Name,      TaskColumn::Id,        TaskColumn::Description,
                     TaskColumn::CreatedAt, TaskColumn::UpdatedAt, TaskColumn::Warnings,
                     TaskColumn::Creator};
        const QString path = writeXlsxFile({hostile, noDates}, o, "visible.xlsx");
        QVERIFY(!path.isEmpty());
        const QJsonObject dump = dumpXlsx(path);
        QVERIFY(!dump.isEmpty());

        QCOMPARE(dump.value(QLatin1StringView("sheets")).toArray(),
                 QJsonArray{QStringLiteral("Tasks")});
        QCOMPARE(dump.value(QLatin1StringView("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(dump.value(QLatin1StringView("filter")).toString(), QStringLiteral("A1:G3"));
        QCOMPARE(dump.value(QLatin1StringView("rows")).toArray().size(), 3);

        // Header: bold text.
        const QStringList titles{QStringLiteral("Name"),        QStringLiteral("ID"),
                                 QStringLiteral("Description"), QStringLiteral("Created"),
                                 QStringLiteral("Updated"),     QStringLiteral("Warnings"),
                                 QStringLiteral("Creator")};
        for (int c = 0; c < titles.size(); ++c) {
            const QJsonObject h = cell(dump, 0, c);
            QCOMPARE(h.value(QLatin1StringView("v")).toString(), titles.at(c));
            QCOMPARE(h.value(QLatin1StringView("t")).toString(), QStringLiteral("s"));
            QVERIFY(h.value(QLatin1StringView("bold")).toBool());
        }
        QVERIFY(!cell(dump, 1, 0).value(QLatin1StringView("bold")).toBool());

        // Chinese text intact.
        QCOMPARE(cell(dump, 1, 0).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("人脸提取-T4M-edge-0"));
        // Text that looks like a formula is a string, exactly as it was (no quote added).
        for (int c : {1, 2}) {
            QCOMPARE(cell(dump, 1, c).value(QLatin1StringView("t")).toString(),
                     QStringLiteral("s"));
        }
        QCOMPARE(cell(dump, 1, 1).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(cell(dump, 1, 2).value(QLatin1StringView("v")).toString(), QStringLiteral("=1+1"));
        QCOMPARE(cell(dump, 2, 0).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("@SUM(A1:A2)"));
        QCOMPARE(cell(dump, 2, 0).value(QLatin1StringView("t")).toString(), QStringLiteral("s"));
        QCOMPARE(cell(dump, 2, 2).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("line1\nline2"));
        QCOMPARE(cell(dump, 1, 6).value(QLatin1StringView("v")).toString(), QStringLiteral("-5"));
        QCOMPARE(cell(dump, 1, 6).value(QLatin1StringView("t")).toString(), QStringLiteral("s"));

        // Dates are real date-times (UTC), with a date-time format.
        const QJsonObject created = cell(dump, 1, 3);
        QCOMPARE(created.value(QLatin1StringView("t")).toString(), QStringLiteral("d"));
        QCOMPARE(created.value(QLatin1StringView("v")).toString(),
                 QStringLiteral("2024-05-01T08:00:00"));
        QCOMPARE(created.value(QLatin1StringView("fmt")).toString(),
                 QStringLiteral("yyyy-mm-dd hh:mm:ss"));
        QCOMPARE(cell(dump, 1, 4).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("2024-12-31T23:59:59"));
        // A missing date is an empty cell.
        QVERIFY(cell(dump, 2, 3).value(QLatin1StringView("v")).isNull());

        // Warnings is a number.
        const QJsonObject warnings = cell(dump, 1, 5);
        QCOMPARE(warnings.value(QLatin1StringView("t")).toString(), QStringLiteral("n"));
        QCOMPARE(warnings.value(QLatin1StringView("v")).toDouble(), 1.0);
        QCOMPARE(cell(dump, 2, 5).value(QLatin1StringView("v")).toDouble(), 0.0);

        // Widths follow the content, within bounds.
        const QJsonObject widths = dump.value(QLatin1StringView("widths")).toObject();
        const double nameWidth = widths.value(QLatin1StringView("A")).toDouble();
        const double idWidth = widths.value(QLatin1StringView("B")).toDouble();
        QVERIFY2(nameWidth >= 20 && nameWidth <= 60, qPrintable(QString::number(nameWidth)));
        QVERIFY(idWidth >= 18 && idWidth <= 60);
        QVERIFY(widths.value(QLatin1StringView("D")).toDouble() >= 19);
    }

    void flattenedNumbersAndMasking()
    {
        const auto face = parseTaskList(test::readData(QStringLiteral("c-face-edge-list.json")));
        QVERIFY(face.ok());
        Task secret = parseTask(
            "{\"id\":\"w1\",\"name\":\"hook\",\"state\":\"RUNNING\",\"output\":{\"webhook\":"
            "{\"url\":\"https://h/x\",\"headers\":{\"Authorization\":\"Bearer s3cr3t\"}}},"
            "\"service_config\":{\"common\":{\"detection_min_size\":-5}}}");
        QList<Task> tasks = face.value->tasks;
        tasks << secret;

        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        o.columnSet = ColumnSet::AllFields;
        const QString path = writeXlsxFile(tasks, o, "flat.xlsx");
        QVERIFY(!path.isEmpty());
        const QJsonObject dump = dumpXlsx(path);
        const QJsonArray header = dump.value(QLatin1StringView("rows")).toArray().at(0).toArray();
        auto column = [&](const char *key) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i).toObject().value(QLatin1StringView("v")).toString() ==
                    QLatin1StringView(key))
                    return int(i);
            }
            return -1;
        };
        const int maxSize = column("service_config.common.detection_max_size");
        const int minSize = column("service_config.common.detection_min_size");
        const int headers = column("output.webhook.headers");
        const int created = column("created_at");
        QVERIFY(maxSize >= 0 && minSize >= 0 && headers >= 0 && created >= 0);
        QCOMPARE(cell(dump, 1, maxSize).value(QLatin1StringView("t")).toString(),
                 QStringLiteral("n"));
        QCOMPARE(cell(dump, 1, maxSize).value(QLatin1StringView("v")).toDouble(), 800.0);
        QCOMPARE(cell(dump, 3, minSize).value(QLatin1StringView("v")).toDouble(), -5.0);
        QCOMPARE(cell(dump, 3, minSize).value(QLatin1StringView("t")).toString(),
                 QStringLiteral("n"));
        QVERIFY(cell(dump, 3, maxSize).value(QLatin1StringView("v")).isNull());
        QCOMPARE(cell(dump, 1, created).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("2020-09-10T07:41:59"));
        QCOMPARE(cell(dump, 3, headers).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("Authorization: ***"));
        QCOMPARE(cell(dump, 1, 1).value(QLatin1StringView("v")).toString(),
                 QStringLiteral("人脸提取-T4M-edge-0"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cr3t")); // also not in the zip's raw bytes
    }

    void longAndControlText()
    {
        Task t = makeTask(QStringLiteral("x"), QString(40000, QLatin1Char('a')),
                          QStringLiteral("bell\x07here"));
        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        o.columns = {TaskColumn::Name, TaskColumn::Description};
        const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const ExportResult r = exportTasks(QList<Task>{t}, o, &file);
        file.close();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.truncatedCells, 1);
        const QJsonObject dump = dumpXlsx(path);
        QCOMPARE(cell(dump, 1, 0).value(QLatin1StringView("v")).toString().size(),
                 kXlsxMaxCellChars);
        QVERIFY(cell(dump, 1, 1)
                    .value(QLatin1StringView("v"))
                    .toString()
                    .startsWith(QStringLiteral("bell")));
    }

    void intoBuffer()
    {
        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult r = exportTasks(
            QList<Task>{makeTask(QStringLiteral("a"), QStringLiteral("b"))}, o, &buffer);
        QVERIFY(r.ok());
        QVERIFY(buffer.data().startsWith("PK\x03\x04")); // a zip container
    }

    void cancelled()
    {
        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult r =
            exportTasks(QList<Task>{makeTask(QStringLiteral("a"), QStringLiteral("b"))}, o, &buffer,
                        [](qint64) { return false; });
        QVERIFY(r.cancelled());
    }

    void tooManyRowsIsAnError()
    {
        // The same task a million times: only pointers, so the test stays light.
        const Task task = makeTask(QStringLiteral("a"), QStringLiteral("b"));
        const QList<const Task *> rows(kXlsxMaxRows, &task);
        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult r = exportTasks(rows, o, &buffer);
        QCOMPARE(r.status, ExportResult::Status::Failed);
        QVERIFY(r.message.contains(QString::number(kXlsxMaxRows - 1)));
        QVERIFY(r.message.contains(QStringLiteral("CSV")));
        QVERIFY(buffer.data().isEmpty());
    }

    void excelSerial()
    {
        QCOMPARE(excelSerialDate(0), 25569.0);
        QCOMPARE(excelSerialDate(utcMs(2024, 5, 1, 12, 0, 0)), 45413.5);
    }
};

QTEST_GUILESS_MAIN(TestExportXlsx)
#include "tst_export_xlsx.moc"
