// Every fault knob of the simulator over real HTTP on 127.0.0.1: latency,
// injected statuses with Retry-After, error bursts, truncated, malformed and
// dropped bodies, the oversized stream, and churn (per request and per
// minute of the server clock). Timing checks are lower bounds only.
#include "tests/support/simfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>

using namespace vias;
using namespace vias::test;

namespace {

QJsonObject jsonOf(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body).object();
}

QSet<QString> idSet(const HttpResult &result)
{
    QSet<QString> ids;
    for (const QJsonValue &task : jsonOf(result).value(QLatin1String("tasks")).toArray())
        ids.insert(task.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestSimulatorFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_nam;

    QUrl pageUrl() const { return m_sim->tasksUrl(QUrlQuery(QStringLiteral("offset=1&limit=20"))); }

    void expectHealthy()
    {
        // After any fault the next clean request works (connections recover).
        m_sim->server().setFaults({});
        const HttpResult result = httpGet(m_nam, pageUrl());
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(SimFixture::defaultOptions(200));
        QVERIFY(m_sim->isRunning());
    }

    void cleanup() { expectHealthy(); }

    void latency()
    {
        sim::Faults faults;
        faults.latencyMs = 300;
        faults.jitterMs = 50;
        m_sim->server().setFaults(faults);
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = httpGet(m_nam, pageUrl());
        QCOMPARE(result.status, 200);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }

    void errorStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("500") << 500 << QStringLiteral("IVA.0006") << false;
        QTest::newRow("503") << 503 << QStringLiteral("IVA.0010") << true;
        QTest::newRow("429") << 429 << QStringLiteral("APIGW.0308") << true;
        QTest::newRow("502 html") << 502 << QString() << false;
    }

    void errorStatuses()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, retryAfter);
        sim::Faults faults;
        faults.errorRate = 1.0;
        faults.errorStatus = status;
        faults.retryAfterSeconds = 7;
        m_sim->server().setFaults(faults);
        const HttpResult result = httpGet(m_nam, pageUrl());
        QCOMPARE(result.status, status);
        QVERIFY(!result.header("X-request-id").isEmpty());
        if (code.isEmpty()) {
            QVERIFY(result.header("Content-Type").startsWith("text/html"));
            QVERIFY(result.body.contains("502 Bad Gateway"));
        } else {
            QCOMPARE(jsonOf(result).value(QLatin1String("error_code")).toString(), code);
            QVERIFY(!jsonOf(result).value(QLatin1String("error_msg")).toString().isEmpty());
        }
        QCOMPARE(result.header("Retry-After"), retryAfter ? QByteArray("7") : QByteArray());
    }

    void errorRateIsAShare()
    {
        sim::Faults faults;
        faults.errorRate = 0.5;
        faults.errorStatus = 500;
        m_sim->server().setFaults(faults);
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += httpGet(m_nam, pageUrl()).status == 500;
        QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));
    }

    void errorBurst()
    {
        m_sim->server().failNext(2, 503);
        QCOMPARE(httpGet(m_nam, pageUrl()).status, 503);
        QCOMPARE(m_sim->server().faults().errorBurst, 1);
        QCOMPARE(httpGet(m_nam, pageUrl()).status, 503);
        QCOMPARE(httpGet(m_nam, pageUrl()).status, 200);
        QCOMPARE(m_sim->server().faults().errorBurst, 0);
    }

    void loginUnaffectedUnlessAsked()
    {
        sim::Faults faults;
        faults.errorRate = 1.0;
        m_sim->server().setFaults(faults);
        QNetworkRequest request(m_sim->tokensUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray body =
            passwordLoginBody(QStringLiteral("demo"), QStringLiteral("demo-password"),
                              QStringLiteral("demo"), QStringLiteral("cn-north-4"));
        QCOMPARE(httpSend(m_nam, request, "POST", body).status, 201);
        faults.affectIam = true;
        m_sim->server().setFaults(faults);
        QCOMPARE(httpSend(m_nam, request, "POST", body).status, 503);
    }

    void truncatedBody()
    {
        sim::Faults faults;
        faults.truncateRate = 1.0;
        m_sim->server().setFaults(faults);
        const HttpResult result = httpGet(m_nam, pageUrl());
        const qint64 declared = result.header("Content-Length").toLongLong();
        qInfo("truncated: error %d (%s), %lld of %lld bytes", int(result.error),
              qPrintable(result.errorString), qlonglong(result.body.size()), declared);
        QVERIFY2(result.error != QNetworkReply::NoError || result.body.size() < declared,
                 qPrintable(result.errorString));
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
    }

    void malformedJson()
    {
        sim::Faults faults;
        faults.malformedRate = 1.0;
        m_sim->server().setFaults(faults);
        const HttpResult result = httpGet(m_nam, pageUrl());
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void droppedConnection()
    {
        sim::Faults faults;
        faults.dropRate = 1.0;
        m_sim->server().setFaults(faults);
        const HttpResult result = httpGet(m_nam, pageUrl());
        QVERIFY(!result.timedOut);
        qInfo("dropped: error %d (%s)", int(result.error), qPrintable(result.errorString));
        QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(result.errorString));
    }

    void oversizedStreamStopsByItself()
    {
        sim::Faults faults;
        faults.oversizedRate = 1.0;
        faults.oversizedMaxBytes = 2 * 1024 * 1024;
        m_sim->server().setFaults(faults);
        const HttpResult result = httpGet(m_nam, pageUrl(), 30000);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.header("Content-Length"),
                 QByteArray::number(Q_INT64_C(3) * 1024 * 1024 * 1024));
        qInfo("oversized: status %d, error %d (%s), %lld bytes", result.status, int(result.error),
              qPrintable(result.errorString), qlonglong(result.body.size()));
        // Closed long before 3 GB. QNetworkAccessManager (6.4) sometimes finishes
        // such a reply with NoError and a short body, so a client must compare
        // the bytes received with Content-Length itself.
        QVERIFY(result.error != QNetworkReply::NoError ||
                result.body.size() < result.header("Content-Length").toLongLong());
        QVERIFY(result.body.size() <= 2 * 1024 * 1024);
    }

    void oversizedStreamClientCap()
    {
        sim::Faults faults;
        faults.oversizedRate = 1.0;
        m_sim->server().setFaults(faults);
        // A client with a 1 MB cap hangs up; the server stops streaming.
        QNetworkReply *reply = m_nam.get(QNetworkRequest(pageUrl()));
        qint64 received = 0;
        connect(reply, &QNetworkReply::readyRead, this, [reply, &received]() {
            received += reply->readAll().size();
            if (received > 1024 * 1024)
                reply->abort();
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(received > 1024 * 1024);
        reply->deleteLater();
    }

    void churnPerRequestMovesCount()
    {
        sim::Faults faults;
        faults.churnPerRequest = 12;
        m_sim->server().setFaults(faults);
        const HttpResult first = httpGet(m_nam, m_sim->tasksUrl());
        const HttpResult second = httpGet(m_nam, m_sim->tasksUrl());
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        const int count1 = jsonOf(first).value(QLatin1String("count")).toInt();
        const int count2 = jsonOf(second).value(QLatin1String("count")).toInt();
        QVERIFY(count1 != count2 || idSet(first) != idSet(second));
        QCOMPARE(count2, idSet(second).size());
    }

    void churnPerMinuteFollowsTheClock()
    {
        QDateTime now(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC);
        m_sim->server().setClock([&now]() { return now; });
        sim::Faults faults;
        faults.churnPerMinute = 30;
        m_sim->server().setFaults(faults);
        const HttpResult first = httpGet(m_nam, m_sim->tasksUrl());
        const HttpResult same = httpGet(m_nam, m_sim->tasksUrl()); // no time passed: no churn
        QCOMPARE(idSet(first), idSet(same));
        now = now.addSecs(120); // 60 events
        const HttpResult later = httpGet(m_nam, m_sim->tasksUrl());
        QVERIFY(idSet(first) != idSet(later));
        // New tasks are stamped with the server clock.
        bool sawNew = false;
        for (const QJsonValue &task : jsonOf(later).value(QLatin1String("tasks")).toArray())
            sawNew |= task.toObject().value(QLatin1String("created_at")).toString() ==
                      QLatin1String("2026-01-02T08:02:00Z");
        QVERIFY(sawNew);
        m_sim->server().setClock({});
    }

    void requestLog()
    {
        m_sim->server().clearRecentRequests();
        QNetworkRequest request(pageUrl());
        request.setRawHeader("X-Project-Id", "abc");
        httpSend(m_nam, request);
        const QList<sim::RecordedRequest> log = m_sim->server().recentRequests();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().method, QByteArray("GET"));
        QCOMPARE(log.first().status, 200);
        QVERIFY(log.first().query.contains(QLatin1String("limit=20")));
        bool sawHeader = false;
        for (const auto &[name, value] : log.first().headers)
            sawHeader |= name.toLower() == "x-project-id" && value == "abc";
        QVERIFY(sawHeader);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulator_faults.moc"
