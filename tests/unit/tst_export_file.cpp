// Atomic file export (QSaveFile): success replaces the file, cancel or failure
// leaves the old file and no temporary files; default file names.
#include "models/export/savefileexport.h"
#include "models/export/taskexporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vias;

namespace {

QList<Task> someTasks(int count)
{
    QList<Task> tasks;
    for (int i = 0; i < count; ++i) {
        Task t;
        t.id = QStringLiteral("id-%1").arg(i);
        t.name = QStringLiteral("task %1").arg(i);
        t.stateCode = QStringLiteral("RUNNING");
        t.rawJson = "{\"id\":\"id-" + QByteArray::number(i) + "\"}";
        tasks << t;
    }
    return tasks;
}

QList<const Task *> pointers(const QList<Task> &tasks)
{
    QList<const Task *> out;
    for (const Task &t : tasks)
        out << &t;
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestExportFile final : public QObject
{
    Q_OBJECT

private slots:
    void successWritesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        const QList<Task> tasks = someTasks(2);
        ExportOptions o;
        o.format = ExportFormat::Json;
        const ExportResult r = exportTasksToFile(path, pointers(tasks), o);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.rowsWritten, 2);
        QCOMPARE(
            fileBytes(path),
            QByteArray("{\"count\":2,\"tasks\":[\n{\"id\":\"id-0\"},\n{\"id\":\"id-1\"}\n]}\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.json")});
    }

    void missingFolderFailsCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const QList<Task> tasks = someTasks(1);
        const ExportResult r = exportTasksToFile(path, pointers(tasks), ExportOptions{});
        QCOMPARE(r.status, ExportResult::Status::Failed);
        QVERIFY(r.message.contains(
            QDir::toNativeSeparators(dir.filePath(QStringLiteral("no/such/folder")))));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }

    void cancelKeepsOldFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
        QTest::newRow("json") << int(ExportFormat::Json);
        QTest::newRow("jsonl") << int(ExportFormat::JsonLines);
    }

    void cancelKeepsOldFile()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.out"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        const QList<Task> tasks = someTasks(2000);
        ExportOptions o;
        o.format = ExportFormat(format);
        qint64 calls = 0;
        // Cancel part way, after some bytes were already written.
        const ExportResult r = exportTasksToFile(path, pointers(tasks), o, [&](qint64 done) {
            ++calls;
            return done < 1024;
        });
        QVERIFY(r.cancelled());
        QVERIFY(calls >= 2);
        QCOMPARE(fileBytes(path), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("tasks.out")});
    }

    void cancelAtTheEndKeepsOldFile()
    {
        // Even when every row was written, a "no" at the last progress call wins.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        const QList<Task> tasks = someTasks(3);
        const ExportResult r =
            exportTasksToFile(path, pointers(tasks), ExportOptions{}, [](qint64) { return false; });
        QVERIFY(r.cancelled());
        QCOMPARE(fileBytes(path), QByteArray());
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .size(),
                 1);
    }

    void defaultFileName()
    {
        const QDateTime when(QDate(2024, 5, 1), QTime(8, 3, 9));
        QCOMPARE(defaultExportFileName(QStringLiteral("c-face-edge"), ExportFormat::Csv, when,
                                       QStringLiteral("cn-north-4")),
                 QStringLiteral("vias-c-face-edge-tasks-cn-north-4-20240501-080309.csv"));
        QCOMPARE(defaultExportFileName(QStringLiteral("c-face-edge"), ExportFormat::Xlsx, when),
                 QStringLiteral("vias-c-face-edge-tasks-20240501-080309.xlsx"));
        QCOMPARE(defaultExportFileName(QStringLiteral("a/b:c"), ExportFormat::JsonLines, when,
                                       QStringLiteral("  ")),
                 QStringLiteral("vias-a_b_c-tasks-20240501-080309.jsonl"));
        QCOMPARE(defaultExportFileName(QStringLiteral("svc"), ExportFormat::Json, when),
                 QStringLiteral("vias-svc-tasks-20240501-080309.json"));
    }

    void formatNames()
    {
        QCOMPARE(exportFormatFromName(u"XLSX"), std::optional(ExportFormat::Xlsx));
        QCOMPARE(exportFormatFromName(u"jsonl"), std::optional(ExportFormat::JsonLines));
        QVERIFY(!exportFormatFromName(u"xls").has_value());
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_export_file.moc"
