// The real viasctl executable against an in-process simulator: every output
// format, filters and paging as the server sees them, each authentication
// path (flags, environment, token, IAM password), every exit status, and
// that stdout carries only data. The process runs while this test's event
// loop keeps serving (QSignalSpy::wait), since the server lives on this thread.
#include "models/taskcolumns.h"
#include "simulator/simoptions.h"
#include "tests/support/simfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace vias;
using namespace vias::test;

namespace {

constexpr int kTaskCount = 230; // three pages of 100

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

QString viasctlPath()
{
#ifdef VIASCTL_PATH
    return QStringLiteral(VIASCTL_PATH);
#else
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/viasctl");
#endif
}

QByteArray secretOf(const char *value)
{
    return QByteArray(value);
}

} // namespace

class TestViasctl final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home;
    QByteArray m_token;

    // A clean environment: no credentials from the machine, an empty HOME.
    QProcessEnvironment baseEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("HUAWEICLOUD_")) ||
                key.startsWith(QLatin1String("VIAS_")) ||
                key.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive))
                env.remove(key);
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    QProcessEnvironment akskEnv() const
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(sim::kDemoAccessKey));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(sim::kDemoSecretKey));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        return env;
    }

    QStringList endpointArgs() const
    {
        return {QStringLiteral("--endpoint"), m_sim->baseUrl().toString(), QStringLiteral("-q")};
    }

    // Runs viasctl while this thread's event loop keeps the simulator serving.
    Run run(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(viasctlPath(), args);
        process.closeWriteChannel(); // stdin: not a terminal, at EOF
        Run result;
        result.finished = finished.wait(120000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    Run list(const QStringList &extra, const QProcessEnvironment &env)
    {
        return run(QStringList{QStringLiteral("tasks"), QStringLiteral("list")} + endpointArgs() +
                       extra,
                   env);
    }

    QByteArray token()
    {
        if (m_token.isEmpty()) {
            QNetworkRequest request(m_sim->tokensUrl());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            const HttpResult r =
                httpSend(m_nam, request, "POST",
                         passwordLoginBody(QString::fromLatin1(sim::kDemoUser),
                                           QString::fromLatin1(sim::kDemoPassword),
                                           QString::fromLatin1(sim::kDemoDomain),
                                           QString::fromLatin1(sim::kDemoProjectName)));
            m_token = r.header("X-Subject-Token");
        }
        return m_token;
    }

    // One page exactly as the server serves it (token auth, default order).
    QJsonObject servedPage(QUrlQuery query)
    {
        QNetworkRequest request(m_sim->tasksUrl(query));
        request.setRawHeader("X-Auth-Token", token());
        const HttpResult r = httpSend(m_nam, request);
        return QJsonDocument::fromJson(r.body).object();
    }

    QJsonArray servedTasks()
    {
        QJsonArray all;
        for (int offset = 1; offset <= kTaskCount; offset += 100) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            for (const QJsonValue &v : servedPage(q).value(QLatin1String("tasks")).toArray())
                all.append(v);
        }
        return all;
    }

    // The last task-list request the simulator saw.
    std::optional<sim::RecordedRequest> lastListRequest() const
    {
        const QList<sim::RecordedRequest> recent = m_sim->server().recentRequests();
        for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
            if (it->path.endsWith(QLatin1String("/tasks")))
                return *it;
        }
        return std::nullopt;
    }

    static QList<QByteArray> lines(const QByteArray &bytes, const char *separator = "\n")
    {
        QList<QByteArray> out = bytes.split(separator[0]);
        if (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    }

    // Terminal width as the table counts it (CJK ideographs and fullwidth forms 2).
    static int width(const QString &text)
    {
        int w = 0;
        for (const QChar ch : text) {
            const ushort u = ch.unicode();
            w += (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFF60) ? 2 : 1;
        }
        return w;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(viasctlPath()))
            QSKIP("viasctl is not built (cmake --build ... --target viasctl)");
        QVERIFY(m_home.isValid());
        sim::SimOptions options = SimFixture::defaultOptions(kTaskCount);
        options.auth = sim::AuthMode::Any;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY(m_sim->isRunning());
        QVERIFY(!token().isEmpty());
    }

    void init()
    {
        m_sim->server().setFaults({});
        m_sim->server().clearRecentRequests();
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")}
                             << QStringLiteral("tasks list");
        QTest::newRow("tasks") << QStringList{QStringLiteral("tasks"), QStringLiteral("--help")}
                               << QStringLiteral("get TASK_ID");
        QTest::newRow("list") << QStringList{QStringLiteral("tasks"), QStringLiteral("list"),
                                             QStringLiteral("--help")}
                              << QStringLiteral("--created-since");
        QTest::newRow("get") << QStringList{QStringLiteral("tasks"), QStringLiteral("get"),
                                            QStringLiteral("--help")}
                             << QStringLiteral("Usage: viasctl tasks get TASK_ID");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                                 << QStringLiteral("viasctl ");
    }

    void helpAndVersion()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args, baseEnv());
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    // AK/SK from HUAWEICLOUD_SDK_* in the environment; JSON holds the tasks
    // exactly as served, in the server's order.
    void jsonIsExactlyWhatWasServed()
    {
        const Run r = list(
            {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--show-secrets")},
            akskEnv());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QLatin1String("count")).toInt(), kTaskCount);
        const QJsonArray tasks = doc.value(QLatin1String("tasks")).toArray();
        QCOMPARE(tasks.size(), kTaskCount);
        // The requests were signed (AK/SK), not sent with a token.
        const std::optional<sim::RecordedRequest> request = lastListRequest();
        QVERIFY(request);
        bool signedRequest = false;
        for (const auto &header : request->headers)
            signedRequest |= header.first.toLower() == "authorization" &&
                             header.second.startsWith("SDK-HMAC-SHA256");
        QVERIFY(signedRequest);
        QCOMPARE(tasks, servedTasks());
    }

    void jsonMasksSecretsByDefault()
    {
        const Run r = list({QStringLiteral("--output"), QStringLiteral("json")}, akskEnv());
        QCOMPARE(r.exitCode, 0);
        const Run shown = list(
            {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--show-secrets")},
            akskEnv());
        // The generated data has webhook headers: masked output differs and shows ***.
        QVERIFY(r.out.contains("\"***\""));
        QVERIFY(r.out != shown.out);
    }

    void jsonLines()
    {
        const Run r = list(
            {QStringLiteral("--output"), QStringLiteral("jsonl"), QStringLiteral("--show-secrets")},
            akskEnv());
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = lines(r.out);
        QCOMPARE(rows.size(), kTaskCount);
        const QJsonArray served = servedTasks();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(rows.at(i));
            QVERIFY(doc.isObject());
            QCOMPARE(doc.object(), served.at(i).toObject());
        }
    }

    void csvPresets()
    {
        const Run excel = list({QStringLiteral("--output"), QStringLiteral("csv"),
                                QStringLiteral("--columns"), QStringLiteral("id,name,state")},
                               akskEnv());
        QCOMPARE(excel.exitCode, 0);
        QVERIFY(excel.out.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> rows = lines(excel.out);
        QCOMPARE(rows.size(), kTaskCount + 1);
        QVERIFY(rows.first().endsWith('\r'));
        const QJsonArray served = servedTasks();
        QCOMPARE(QString::fromUtf8(rows.at(1)).section(QLatin1Char(','), 0, 0),
                 served.at(0).toObject().value(QLatin1String("id")).toString());

        const Run plain = list({QStringLiteral("--output"), QStringLiteral("csv"),
                                QStringLiteral("--csv-preset"), QStringLiteral("plain"),
                                QStringLiteral("--columns"), QStringLiteral("id,name,state")},
                               akskEnv());
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.out.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(plain.out, excel.out.mid(3));
    }

    void xlsxFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.xlsx"));
        const Run r = list(
            {QStringLiteral("--output"), QStringLiteral("xlsx"), QStringLiteral("--file"), path},
            akskEnv());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");
        file.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, openpyxl\n"
                                     "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                     "ws = wb['Tasks']\n"
                                     "rows = list(ws.iter_rows(values_only=True))\n"
                                     "print(len(rows), rows[0][0])\n"),
                      path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            QSKIP("python3 with openpyxl is not available; checked the zip signature only");
        const QString out = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
        QCOMPARE(out.section(QLatin1Char(' '), 0, 0).toInt(), kTaskCount + 1);
        QCOMPARE(out.section(QLatin1Char(' '), 1), taskColumnTitle(TaskColumn::Name));
    }

    // Header plus one line per task; the column after the (often Chinese)
    // name starts at the same terminal column on every line.
    void tableAlignsWideCharacters()
    {
        const Run r = list({QStringLiteral("--columns"), QStringLiteral("name,id")}, akskEnv());
        QCOMPARE(r.exitCode, 0);
        const QStringList rows =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), kTaskCount + 1);
        QVERIFY(rows.first().startsWith(taskColumnTitle(TaskColumn::Name)));
        QVERIFY(rows.first().contains(taskColumnTitle(TaskColumn::Id)));
        const QJsonArray served = servedTasks();
        bool sawWide = false;
        int idColumn = -1;
        for (int i = 1; i < rows.size(); ++i) {
            const QString id = served.at(i - 1).toObject().value(QLatin1String("id")).toString();
            QVERIFY2(rows.at(i).endsWith(id), qPrintable(rows.at(i)));
            const int column = width(rows.at(i).left(rows.at(i).size() - id.size()));
            if (idColumn < 0)
                idColumn = column;
            QCOMPARE(column, idColumn);
            sawWide |= width(rows.at(i)) != rows.at(i).size();
        }
        QVERIFY(sawWide);
    }

    void defaultTableColumns()
    {
        const Run r = list({QStringLiteral("--offset"), QStringLiteral("1"),
                            QStringLiteral("--limit"), QStringLiteral("3")},
                           akskEnv());
        QCOMPARE(r.exitCode, 0);
        const QStringList rows =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.first().contains(taskColumnTitle(TaskColumn::State)));
        QVERIFY(!rows.first().contains(taskColumnTitle(TaskColumn::Creator)));
    }

    void filtersReachTheServer()
    {
        const Run r =
            list({QStringLiteral("--state"),           QStringLiteral("RUNNING"),
                  QStringLiteral("--name-like"),       QStringLiteral("人脸 a+b"),
                  QStringLiteral("--id-like"),         QStringLiteral("ab"),
                  QStringLiteral("--created-since"),   QStringLiteral("2025-12-01"),
                  QStringLiteral("--created-until"),   QStringLiteral("2026-01-01T08:00:00+08:00"),
                  QStringLiteral("--service-version"), QStringLiteral("3.0"),
                  QStringLiteral("--order"),           QStringLiteral("name:ASC"),
                  QStringLiteral("--offset"),          QStringLiteral("11"),
                  QStringLiteral("--limit"),           QStringLiteral("5"),
                  QStringLiteral("--output"),          QStringLiteral("json")},
                 akskEnv());
        QCOMPARE(r.exitCode, 0);
        const std::optional<sim::RecordedRequest> request = lastListRequest();
        QVERIFY(request);
        const QUrlQuery q(request->query);
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("RUNNING"));
        QCOMPARE(q.queryItemValue(QStringLiteral("name_like"), QUrl::FullyDecoded),
                 QStringLiteral("人脸 a+b"));
        QCOMPARE(q.queryItemValue(QStringLiteral("id_like")), QStringLiteral("ab"));
        QCOMPARE(q.queryItemValue(QStringLiteral("created_since")),
                 QString::number(
                     QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(q.queryItemValue(QStringLiteral("created_until")),
                 QString::number(
                     QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(q.queryItemValue(QStringLiteral("service_version")), QStringLiteral("3.0"));
        QCOMPARE(q.queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded),
                 QStringLiteral("name:ASC"));
        QCOMPARE(q.queryItemValue(QStringLiteral("offset")), QStringLiteral("11"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());

        // Epoch milliseconds and a date-time without a zone (UTC).
        const Run epoch =
            list({QStringLiteral("--created-since"), QStringLiteral("1700000000000"),
                  QStringLiteral("--created-until"), QStringLiteral("2026-01-01T00:00:00"),
                  QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--output"),
                  QStringLiteral("json")},
                 akskEnv());
        QCOMPARE(epoch.exitCode, 0);
        const QUrlQuery q2(lastListRequest()->query);
        QCOMPARE(q2.queryItemValue(QStringLiteral("created_since")),
                 QStringLiteral("1700000000000"));
        QCOMPARE(q2.queryItemValue(QStringLiteral("created_until")),
                 QString::number(
                     QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    }

    // Several states with fetch-all: one request stream per state, merged.
    void severalStates()
    {
        const Run r =
            list({QStringLiteral("--state"), QStringLiteral("RUNNING"), QStringLiteral("--state"),
                  QStringLiteral("stopped"), QStringLiteral("--output"), QStringLiteral("jsonl")},
                 akskEnv());
        QCOMPARE(r.exitCode, 0);
        QSet<QString> statesSent;
        for (const sim::RecordedRequest &request : m_sim->server().recentRequests())
            statesSent << QUrlQuery(request.query).queryItemValue(QStringLiteral("state"));
        QCOMPARE(statesSent, (QSet<QString>{QStringLiteral("RUNNING"), QStringLiteral("STOPPED")}));
        int expected = 0;
        for (const QJsonValue &task : servedTasks()) {
            const QString state = task.toObject().value(QLatin1String("state")).toString();
            expected += state == QLatin1String("RUNNING") || state == QLatin1String("STOPPED");
        }
        const QList<QByteArray> rows = lines(r.out);
        QCOMPARE(rows.size(), expected);
        for (const QByteArray &row : rows) {
            const QString state =
                QJsonDocument::fromJson(row).object().value(QLatin1String("state")).toString();
            QVERIFY(state == QLatin1String("RUNNING") || state == QLatin1String("STOPPED"));
        }
    }

    void offsetAndLimitPage()
    {
        const Run r =
            list({QStringLiteral("--offset"), QStringLiteral("21"), QStringLiteral("--limit"),
                  QStringLiteral("7"), QStringLiteral("--output"), QStringLiteral("json"),
                  QStringLiteral("--show-secrets")},
                 akskEnv());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray tasks = doc.value(QLatin1String("tasks")).toArray();
        QCOMPARE(tasks.size(), 7);
        QCOMPARE(doc.value(QLatin1String("count")).toInt(), 7); // the tasks written
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("offset"), QStringLiteral("21"));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        QCOMPARE(tasks, servedPage(q).value(QLatin1String("tasks")).toArray());
        // One request only: server paging, not fetch-all.
        int listRequests = 0;
        for (const sim::RecordedRequest &request : m_sim->server().recentRequests())
            listRequests += request.path.endsWith(QLatin1String("/tasks")) ? 1 : 0;
        QCOMPARE(listRequests, 2); // ours and servedPage's
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("xlsx to stdout")
            << QStringList{QStringLiteral("--output"), QStringLiteral("xlsx")}
            << QStringLiteral("--file");
        QTest::newRow("unknown column")
            << QStringList{QStringLiteral("--columns"), QStringLiteral("name,colour")}
            << QStringLiteral("edge_pool_id");
        QTest::newRow("bad time") << QStringList{QStringLiteral("--created-since"),
                                                 QStringLiteral("yesterday")}
                                  << QStringLiteral("ISO 8601");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("500")}
                                   << QStringLiteral("--limit");
        QTest::newRow("all and offset")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--offset"), QStringLiteral("2")}
            << QStringLiteral("--all");
        QTest::newRow("bad order") << QStringList{QStringLiteral("--order"), QStringLiteral("id")}
                                   << QStringLiteral("--order");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = list(args, akskEnv());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!lastListRequest()); // nothing was sent
    }

    void noCredentialsIsAUsageError()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        const Run r = list({}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("HUAWEICLOUD_SDK_AK"));
    }

    // ~/.huaweicloud/credentials (HOME points at a temporary folder).
    void credentialsFile()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".huaweicloud")));
        QFile file(home.filePath(QStringLiteral(".huaweicloud/credentials")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[basic]\nak = " + QByteArray(sim::kDemoAccessKey) +
                   "\nsk = " + QByteArray(sim::kDemoSecretKey) +
                   "\nproject_id = " + m_sim->projectId().toLatin1() + "\n");
        file.close();
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("HOME"), home.path());
        const Run r =
            list({QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--limit"),
                  QStringLiteral("4"), QStringLiteral("--output"), QStringLiteral("jsonl")},
                 env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 4);
        QVERIFY(r.err.isEmpty());
    }

    void wrongSecretKeyExits3()
    {
        QProcessEnvironment env = akskEnv();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("not-the-secret"));
        const Run r = list({}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("401"));
        QVERIFY(!r.err.contains("not-the-secret"));
    }

    void malformedJsonExits4()
    {
        sim::Faults faults;
        faults.malformedRate = 1.0;
        m_sim->server().setFaults(faults);
        const Run r = list({}, akskEnv());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void unknownTaskExits4()
    {
        const Run r =
            run({QStringLiteral("tasks"), QStringLiteral("get"), QStringLiteral("no-such-task-id"),
                 QStringLiteral("--endpoint"), m_sim->baseUrl().toString()},
                akskEnv());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("404"), r.err.constData());
    }

    void connectionRefusedExits5()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run r =
            run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--endpoint"),
                 QStringLiteral("http://127.0.0.1:%1").arg(port)},
                akskEnv());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void timeoutExits5()
    {
        sim::Faults faults;
        faults.latencyMs = 4000;
        m_sim->server().setFaults(faults);
        const Run r = list({QStringLiteral("--timeout"), QStringLiteral("1")}, akskEnv());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("--timeout"), r.err.constData());
    }

    void unwritableFileExits6()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/dir/tasks.csv"));
        const Run r = list(
            {QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("--file"), path},
            akskEnv());
        QCOMPARE(r.exitCode, 6);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(r.err.contains("missing"));
        const Run table = list({QStringLiteral("--file"), path}, akskEnv());
        QCOMPARE(table.exitCode, 6);
    }

    void fileIsWrittenAndStdoutStaysEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.jsonl"));
        const Run r = list(
            {QStringLiteral("--output"), QStringLiteral("jsonl"), QStringLiteral("--file"), path},
            akskEnv());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(lines(file.readAll()).size(), kTaskCount);
    }

    // AK/SK on the command line works, warns on stderr, and stdout is data only.
    void secretKeyFlagWarns()
    {
        const Run r = list({QStringLiteral("--project-id"), m_sim->projectId(),
                            QStringLiteral("--ak"), QString::fromLatin1(sim::kDemoAccessKey),
                            QStringLiteral("--sk"), QString::fromLatin1(sim::kDemoSecretKey),
                            QStringLiteral("--output"), QStringLiteral("json")},
                           baseEnv());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("--sk"), r.err.constData());
        QVERIFY(!r.err.contains(secretOf(sim::kDemoSecretKey)));
        QVERIFY(!r.out.contains("warning"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("count")).toInt(),
                 kTaskCount);
    }

    void tokenFromEnvironment()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("VIAS_AUTH_TOKEN"), QString::fromLatin1(token()));
        const Run r = list({QStringLiteral("--project-id"), m_sim->projectId(),
                            QStringLiteral("--output"), QStringLiteral("jsonl")},
                           env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty()); // no secret on the command line: no warning
        QCOMPARE(lines(r.out).size(), kTaskCount);
        const std::optional<sim::RecordedRequest> request = lastListRequest();
        QVERIFY(request);
        bool tokenSent = false;
        for (const auto &header : request->headers)
            tokenSent |= header.first.toLower() == "x-auth-token" && header.second == token();
        QVERIFY(tokenSent);

        env.insert(QStringLiteral("VIAS_AUTH_TOKEN"), QStringLiteral("MIIbogus"));
        const Run refused = list({QStringLiteral("--project-id"), m_sim->projectId()}, env);
        QCOMPARE(refused.exitCode, 3);
    }

    void tokenFlagWarns()
    {
        const Run r =
            list({QStringLiteral("--project-id"), m_sim->projectId(), QStringLiteral("--token"),
                  QString::fromLatin1(token()), QStringLiteral("--offset"), QStringLiteral("1")},
                 baseEnv());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("VIAS_AUTH_TOKEN"));
    }

    void passwordSignIn()
    {
        QProcessEnvironment env = baseEnv();
        env.insert(QStringLiteral("VIAS_PASSWORD"), QString::fromLatin1(sim::kDemoPassword));
        const QStringList args{
            QStringLiteral("--project-id"), m_sim->projectId(),
            QStringLiteral("--user"),       QString::fromLatin1(sim::kDemoUser),
            QStringLiteral("--domain"),     QString::fromLatin1(sim::kDemoDomain),
            QStringLiteral("--output"),     QStringLiteral("json")};
        const Run r = list(args, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("count")).toInt(),
                 kTaskCount);
        bool signedIn = false;
        for (const sim::RecordedRequest &request : m_sim->server().recentRequests())
            signedIn |= request.path == QLatin1String("/v3/auth/tokens") && request.status == 201;
        QVERIFY(signedIn);

        env.insert(QStringLiteral("VIAS_PASSWORD"), QStringLiteral("wrong"));
        QCOMPARE(list(args, env).exitCode, 3);

        // No VIAS_PASSWORD and stdin is not a terminal: no prompt, a clear error.
        env.remove(QStringLiteral("VIAS_PASSWORD"));
        const Run noPassword = list(args, env);
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY(noPassword.err.contains("VIAS_PASSWORD"));
    }

    void getOneTask()
    {
        const QJsonObject served = servedTasks().at(5).toObject();
        const QString id = served.value(QLatin1String("id")).toString();
        const Run r =
            run({QStringLiteral("tasks"), QStringLiteral("get"), id, QStringLiteral("--endpoint"),
                 m_sim->baseUrl().toString(), QStringLiteral("--show-secrets")},
                akskEnv());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), served);

        const Run table =
            run({QStringLiteral("tasks"), QStringLiteral("get"), id, QStringLiteral("--endpoint"),
                 m_sim->baseUrl().toString(), QStringLiteral("--output"), QStringLiteral("table")},
                akskEnv());
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(id.toUtf8()));
        QVERIFY(table.out.startsWith("field"));
    }

    // Tasks created and deleted while pages load: a warning on stderr, exit 0.
    void inconsistentFetchWarnsButSucceeds()
    {
        sim::Faults faults;
        faults.churnPerRequest = 3;
        m_sim->server().setFaults(faults);
        const Run r = list({QStringLiteral("--output"), QStringLiteral("jsonl")}, akskEnv());
        m_sim->server().setFaults({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("warning"), r.err.constData());
        QVERIFY(!lines(r.out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestViasctl)
#include "tst_viasctl.moc"
