// The vias-sim executable: --port 0 prints exactly "listening on
// http://127.0.0.1:PORT" and serves; --data serves a given list file; bad
// options exit with status 2. Also the in-process equivalent of --data.
#include "tests/support/simfixture.h"
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace vias;
using namespace vias::test;

class TestSimulatorCli final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    // The tests run from <build>/tests; vias-sim is built in <build>/app.
    static QString simPath()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/vias-sim");
    }

    // Starts vias-sim and returns its base URL from the first stdout line.
    QUrl startSim(QProcess &process, const QStringList &arguments)
    {
        process.start(simPath(), arguments);
        if (!process.waitForStarted(10000))
            return {};
        QByteArray line;
        for (int i = 0; i < 300 && !line.contains('\n'); ++i) {
            process.waitForReadyRead(100);
            line += process.readAllStandardOutput();
        }
        static const QRegularExpression rx(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\n$"));
        const QRegularExpressionMatch match = rx.match(QString::fromLatin1(line));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    static void stop(QProcess &process)
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(simPath()))
            QSKIP("vias-sim is not built (cmake --build ... --target vias-sim)");
    }

    void servesOnAFreePort()
    {
        QProcess process;
        const QUrl base = startSim(process, {QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--tasks"), QStringLiteral("120"),
                                             QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(base.isValid(), process.readAllStandardError().constData());
        QUrl url = base;
        url.setPath(QStringLiteral("/v2/%1/services/c-face-edge/tasks")
                        .arg(QLatin1String(sim::kDemoProjectId)));
        url.setQuery(QStringLiteral("offset=1&limit=10"));
        const HttpResult result = httpGet(m_nam, url);
        QCOMPARE(result.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(body.value(QLatin1String("count")).toInt(), 120);
        QCOMPARE(body.value(QLatin1String("tasks")).toArray().size(), 10);
        stop(process);
    }

    void servesADataFile()
    {
        QProcess process;
        const QUrl base = startSim(process, {QStringLiteral("--data"),
                                             dataPath(QStringLiteral("c-face-edge-list.json")),
                                             QStringLiteral("--auth"), QStringLiteral("none")});
        QVERIFY(base.isValid());
        QUrl url = base;
        url.setPath(
            QStringLiteral("/v2/%1/services/c-face-edge/tasks/8d7c029b01c64abf9630f40b7dbfb067")
                .arg(QLatin1String(sim::kDemoProjectId)));
        const HttpResult result = httpGet(m_nam, url);
        QCOMPARE(result.status, 200);
        QCOMPARE(QJsonDocument::fromJson(result.body)
                     .object()
                     .value(QLatin1String("created_at"))
                     .toString(),
                 QStringLiteral("2020-09-10T06:56:56Z"));
        stop(process);
    }

    void badOptionsExitWithStatus2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("auth") << QStringList{QStringLiteral("--auth"), QStringLiteral("maybe")};
        QTest::newRow("rate") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")};
        QTest::newRow("tasks") << QStringList{QStringLiteral("--tasks"), QStringLiteral("-1")};
        QTest::newRow("data") << QStringList{QStringLiteral("--data"),
                                             QStringLiteral("/nonexistent.json")};
    }

    void badOptionsExitWithStatus2()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(simPath(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().startsWith("vias-sim: "));
    }

    void helpDocumentsEveryOption()
    {
        QProcess process;
        process.start(simPath(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        const QByteArray help = process.readAllStandardOutput();
        for (const char *option : {"--port",
                                   "--tasks",
                                   "--seed",
                                   "--data",
                                   "--project-id",
                                   "--service",
                                   "--auth",
                                   "--ak",
                                   "--sk",
                                   "--user",
                                   "--password",
                                   "--domain",
                                   "--token-lifetime",
                                   "--latency-ms",
                                   "--jitter-ms",
                                   "--error-rate",
                                   "--error-status",
                                   "--retry-after",
                                   "--truncate-rate",
                                   "--malformed-rate",
                                   "--drop-rate",
                                   "--churn-per-minute"})
            QVERIFY2(help.contains(option), option);
    }

    void inProcessListResponse()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.listResponse = readData(QStringLiteral("c-face-edge-list.json"));
        SimFixture sim(options);
        const HttpResult result =
            httpGet(m_nam, sim.tasksUrl(QUrlQuery(QStringLiteral("order=created_at:ASC"))));
        QCOMPARE(result.status, 200);
        const QJsonArray tasks =
            QJsonDocument::fromJson(result.body).object().value(QLatin1String("tasks")).toArray();
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks.at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("8d7c029b01c64abf9630f40b7dbfb067"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorCli)
#include "tst_simulator_cli.moc"
