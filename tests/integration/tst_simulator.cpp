// The simulator's task endpoints over real HTTP on 127.0.0.1: every query
// parameter and combinations against an independent filter over the
// generated JSON, each documented error, the detail endpoint, keep-alive
// with concurrent delayed responses, and a server in another thread.
#include "tests/support/simfixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace vias;
using namespace vias::test;

namespace {

struct Row
{
    QString id;
    QString name;
    QString state;
    QString version;
    qint64 created = 0;
    qint64 updated = 0;
};

// The test's own reading of the data: plain JSON, no simulator filter code.
QList<Row> rowsOf(const sim::Dataset &dataset)
{
    QList<Row> rows;
    for (const sim::TaskRecord &record : dataset.tasks()) {
        const QJsonObject o = QJsonDocument::fromJson(record.json).object();
        Row row;
        row.id = o.value(QLatin1String("id")).toString();
        row.name = o.value(QLatin1String("name")).toString();
        row.state = o.value(QLatin1String("state")).toString();
        row.version = o.value(QLatin1String("service_version")).toString();
        row.created =
            QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate)
                .toMSecsSinceEpoch();
        row.updated =
            QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODate)
                .toMSecsSinceEpoch();
        rows.append(row);
    }
    return rows;
}

struct Expected
{
    int count = 0;
    QStringList ids; // the page, in order
};

Expected expectedFor(const QList<Row> &all, const QUrlQuery &q)
{
    const auto has = [&q](const char *name) { return q.hasQueryItem(QLatin1String(name)); };
    const auto val = [&q](const char *name) {
        return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QList<Row> rows;
    for (const Row &r : all) {
        if (has("state") && r.state != val("state"))
            continue;
        if (has("service_version") && r.version != val("service_version"))
            continue;
        if (has("created_since") && r.created < val("created_since").toLongLong())
            continue;
        if (has("created_until") && r.created > val("created_until").toLongLong())
            continue;
        if (has("name_like") && !r.name.toLower().contains(val("name_like").toLower()))
            continue;
        if (has("id_like") && !r.id.toLower().contains(val("id_like").toLower()))
            continue;
        rows.append(r);
    }
    const QString order = has("order") ? val("order") : QStringLiteral("created_at:DESC");
    const QString key = order.section(QLatin1Char(':'), 0, 0);
    const bool asc = order.endsWith(QLatin1String(":ASC"));
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (key == QLatin1String("name")) {
            if (a.name != b.name)
                return asc ? a.name < b.name : b.name < a.name;
        } else {
            const qint64 ka = key == QLatin1String("created_at") ? a.created : a.updated;
            const qint64 kb = key == QLatin1String("created_at") ? b.created : b.updated;
            if (ka != kb)
                return asc ? ka < kb : ka > kb;
        }
        return a.id < b.id;
    });
    Expected expected;
    expected.count = int(rows.size());
    int first = 0;
    int last = int(rows.size());
    if (has("offset")) {
        first = std::min(int(rows.size()), val("offset").toInt() - 1);
        last = std::min(int(rows.size()), first + val("limit").toInt());
    }
    for (int i = first; i < last; ++i)
        expected.ids.append(rows.at(i).id);
    return expected;
}

QStringList idsOf(const QJsonObject &body)
{
    QStringList ids;
    for (const QJsonValue &task : body.value(QLatin1String("tasks")).toArray())
        ids.append(task.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_nam;
    QList<Row> m_rows;

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>(SimFixture::defaultOptions(600));
        QVERIFY(m_sim->isRunning());
        m_rows = rowsOf(m_sim->server().dataset());
        QCOMPARE(m_rows.size(), 600);
    }

    void listQueries_data()
    {
        QTest::addColumn<QString>("query");
        const Row &sample = m_rows.at(17);
        const qint64 mid = sample.created;
        QTest::newRow("everything") << QString();
        QTest::newRow("order name asc") << QStringLiteral("order=name:ASC");
        QTest::newRow("order name desc") << QStringLiteral("order=name:DESC");
        QTest::newRow("order created asc") << QStringLiteral("order=created_at:ASC");
        QTest::newRow("order created desc") << QStringLiteral("order=created_at:DESC");
        QTest::newRow("order updated asc") << QStringLiteral("order=updated_at:ASC");
        QTest::newRow("order updated desc") << QStringLiteral("order=updated_at:DESC");
        QTest::newRow("state running") << QStringLiteral("state=RUNNING");
        QTest::newRow("state stopped") << QStringLiteral("state=STOPPED");
        QTest::newRow("state abnormal") << QStringLiteral("state=ABNORMAL");
        QTest::newRow("state none match") << QStringLiteral("state=DELETING");
        QTest::newRow("version 3.0") << QStringLiteral("service_version=3.0");
        QTest::newRow("version 2.2") << QStringLiteral("service_version=2.2");
        QTest::newRow("version none") << QStringLiteral("service_version=9.9");
        QTest::newRow("page 1") << QStringLiteral("offset=1&limit=10");
        QTest::newRow("page from 11") << QStringLiteral("offset=11&limit=10");
        QTest::newRow("last partial page") << QStringLiteral("offset=595&limit=100");
        QTest::newRow("beyond the end") << QStringLiteral("offset=1000&limit=5");
        QTest::newRow("limit 100") << QStringLiteral("offset=1&limit=100");
        QTest::newRow("created since") << QStringLiteral("created_since=%1").arg(mid);
        QTest::newRow("created until") << QStringLiteral("created_until=%1").arg(mid);
        QTest::newRow("created window") << QStringLiteral("created_since=%1&created_until=%2")
                                               .arg(mid - 86400000LL * 60)
                                               .arg(mid);
        QTest::newRow("name like zh") << QStringLiteral("name_like=%E4%BA%BA%E8%84%B8"); // 人脸
        QTest::newRow("name like case") << QStringLiteral("name_like=FACE");
        QTest::newRow("name like exact")
            << QStringLiteral("name_like=") +
                   QString::fromUtf8(QUrl::toPercentEncoding(sample.name));
        QTest::newRow("id like upper")
            << QStringLiteral("id_like=") + sample.id.mid(3, 5).toUpper();
        QTest::newRow("id like short") << QStringLiteral("id_like=0f");
        QTest::newRow("combined") << QStringLiteral(
            "state=RUNNING&service_version=3.0&name_like=e&order=name:ASC&"
            "offset=2&limit=5");
        QTest::newRow("combined dates paging")
            << QStringLiteral("created_since=%1&order=updated_at:ASC&offset=3&limit=7")
                   .arg(mid - 86400000LL * 200);
        QTest::newRow("unknown parameter ignored") << QStringLiteral("foo=bar&state=STOPPED");
    }

    void listQueries()
    {
        QFETCH(QString, query);
        const QUrlQuery urlQuery(query);
        const HttpResult result = httpGet(m_nam, m_sim->tasksUrl(urlQuery));
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json;charset=utf-8"));
        QVERIFY(!result.header("X-request-id").isEmpty());
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(result.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Expected expected = expectedFor(m_rows, urlQuery);
        QCOMPARE(body.value(QLatin1String("count")).toInt(-1), expected.count);
        QCOMPARE(idsOf(body), expected.ids);
    }

    void pagingCoversEveryTaskOnce()
    {
        QStringList seen;
        for (int offset = 1; offset <= 600; offset += 100) {
            const HttpResult result = httpGet(
                m_nam,
                m_sim->tasksUrl(QUrlQuery(QStringLiteral("offset=%1&limit=100").arg(offset))));
            QCOMPARE(result.status, 200);
            seen += idsOf(QJsonDocument::fromJson(result.body).object());
        }
        QCOMPARE(seen.size(), 600);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 600);
    }

    void invalidParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("param");
        const auto row = [](const char *q, const char *p) {
            QTest::newRow(q) << QString::fromLatin1(q) << QString::fromLatin1(p);
        };
        row("state=FOO", "state");
        row("state=running", "state");
        row("order=name", "order");
        row("order=foo:ASC", "order");
        row("order=name:asc", "order");
        row("service_version=3", "service_version");
        row("service_version=3.0.1", "service_version");
        row("service_version=1234.0", "service_version");
        row("service_version=a.b", "service_version");
        row("offset=0&limit=10", "offset");
        row("offset=100001&limit=1", "offset");
        row("offset=x&limit=1", "offset");
        row("offset=1&limit=0", "limit");
        row("offset=1&limit=101", "limit");
        row("offset=1", "limit");
        row("limit=5", "offset");
        row("created_since=abc", "created_since");
        row("created_since=1.5", "created_since");
        row("created_until=-5", "created_until");
    }

    void invalidParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, param);
        const HttpResult result = httpGet(m_nam, m_sim->tasksUrl(QUrlQuery(query)));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json;charset=utf-8"));
        QVERIFY(!result.header("X-request-id").isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(body.value(QLatin1String("error_code")).toString(), QStringLiteral("IVA.0004"));
        const QString message = body.value(QLatin1String("error_msg")).toString();
        QVERIFY2(message.startsWith(QLatin1String("The request param is invalid. The param [") +
                                    param + QLatin1Char(']')),
                 qPrintable(message));
    }

    void invalidStateListsTheStates()
    {
        const HttpResult result =
            httpGet(m_nam, m_sim->tasksUrl(QUrlQuery(QStringLiteral("state=X"))));
        const QString message = QJsonDocument::fromJson(result.body)
                                    .object()
                                    .value(QLatin1String("error_msg"))
                                    .toString();
        const QString reference =
            QJsonDocument::fromJson(readData(QStringLiteral("error-400-invalid-state.json")))
                .object()
                .value(QLatin1String("error_msg"))
                .toString();
        // The documented message lists the 15 classic states; ours adds the two newer ones.
        QVERIFY2(message.startsWith(reference.chopped(1)), qPrintable(message));
    }

    void unknownProject()
    {
        QUrl url = m_sim->tasksUrl();
        url.setPath(url.path().replace(m_sim->projectId(),
                                       QStringLiteral("ffffffffffffffffffffffffffffffff")));
        const HttpResult result = httpGet(m_nam, url);
        QCOMPARE(result.status, 400);
        QCOMPARE(QJsonDocument::fromJson(result.body)
                     .object()
                     .value(QLatin1String("error_code"))
                     .toString(),
                 QStringLiteral("IVA.0002"));
    }

    void unknownService()
    {
        const HttpResult result =
            httpGet(m_nam, m_sim->tasksUrl({}, QStringLiteral("c-no-such-service")));
        QCOMPARE(result.status, 404);
        QCOMPARE(QJsonDocument::fromJson(result.body)
                     .object()
                     .value(QLatin1String("error_code"))
                     .toString(),
                 QStringLiteral("IVA.0005"));
    }

    void otherServicesAnswer()
    {
        const HttpResult result =
            httpGet(m_nam, m_sim->tasksUrl({}, QStringLiteral("c-vehicle-detection-cloud")));
        QCOMPARE(result.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(body.value(QLatin1String("count")).toInt(), 5);
        const QJsonObject first = body.value(QLatin1String("tasks")).toArray().first().toObject();
        QVERIFY(!first.contains(QLatin1String("edge_pool_id"))); // a cloud service
    }

    void taskDetail()
    {
        const sim::TaskRecord &record = m_sim->server().dataset().tasks().at(5);
        const HttpResult result = httpGet(m_nam, m_sim->taskUrl(record.id));
        QCOMPARE(result.status, 200);
        QCOMPARE(QJsonDocument::fromJson(result.body).object(),
                 QJsonDocument::fromJson(record.json).object());

        const HttpResult missing = httpGet(m_nam, m_sim->taskUrl(QStringLiteral("0123")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(QJsonDocument::fromJson(missing.body)
                     .object()
                     .value(QLatin1String("error_code"))
                     .toString(),
                 QStringLiteral("IVA.0005"));
    }

    void unknownPathAndMethod()
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/v1/nothing"));
        QCOMPARE(httpGet(m_nam, url).status, 404);
        const HttpResult post = httpSend(m_nam, QNetworkRequest(m_sim->tasksUrl()), "POST", "{}");
        QCOMPARE(post.status, 405);
    }

    void keepAliveReusesConnections()
    {
        QNetworkAccessManager nam;
        const int before = m_sim->server().connectionCount();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(
                httpGet(nam, m_sim->tasksUrl(QUrlQuery(QStringLiteral("offset=1&limit=1")))).status,
                200);
        QCOMPARE(m_sim->server().connectionCount() - before, 1);
    }

    void concurrentDelayedResponses()
    {
        sim::Faults faults;
        faults.latencyMs = 150;
        faults.jitterMs = 100;
        m_sim->server().setFaults(faults);
        QNetworkAccessManager nam;
        const int before = m_sim->server().connectionCount();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 24; ++i) {
            const QUrlQuery q(QStringLiteral("offset=%1&limit=3").arg(1 + i * 3));
            replies.append(nam.get(QNetworkRequest(m_sim->tasksUrl(q))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 20000);
        for (int i = 0; i < replies.size(); ++i) {
            QNetworkReply *reply = replies.at(i);
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            const QUrlQuery q(QStringLiteral("offset=%1&limit=3").arg(1 + i * 3));
            QCOMPARE(idsOf(QJsonDocument::fromJson(reply->readAll()).object()),
                     expectedFor(m_rows, q).ids);
            reply->deleteLater();
        }
        // QNetworkAccessManager opens at most 6 connections per host and reuses them.
        QVERIFY(m_sim->server().connectionCount() - before <= 6);
        m_sim->server().setFaults({});
    }

    void serverInAnotherThread()
    {
        QThread thread;
        auto *server = new sim::SimServer(SimFixture::defaultOptions(50));
        server->moveToThread(&thread);
        thread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            server, [server, &port]() { port = server->start(0); }, Qt::BlockingQueuedConnection);
        QVERIFY(port != 0);
        QUrl url(QStringLiteral("http://127.0.0.1:%1/v2/%2/services/c-face-edge/tasks")
                     .arg(port)
                     .arg(QLatin1String(sim::kDemoProjectId)));
        const HttpResult result = httpGet(m_nam, url);
        QCOMPARE(result.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(result.body).object().value(QLatin1String("count")).toInt(),
            50);
        server->setFaults(sim::Faults{}); // thread-safe setter from another thread
        QMetaObject::invokeMethod(
            server, [server]() { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
