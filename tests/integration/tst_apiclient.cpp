// ApiClient over real HTTP against the in-process simulator: one page, one
// task, every auth method (none, token, AK/SK incl. temporary credentials,
// IAM password with caching, expiry and one re-login after a 401), the
// documented errors and their messages, validation that never sends, and the
// multi-state page merge.
#include "api/apiclient.h"
#include "api/auth/akskauth.h"
#include "api/auth/iamtokenprovider.h"
#include "api/auth/tokenauth.h"
#include "tests/support/rawhttpserver.h"
#include "tests/support/simfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace vias;
using namespace vias::api;
using vias::test::SimFixture;

namespace {

PageResult waitPage(PageReply *reply)
{
    QSignalSpy spy(reply, &PageReply::finished);
    if (!spy.wait(30000))
        return {};
    return spy.at(0).at(0).value<PageResult>();
}

TaskResult waitTask(TaskReply *reply)
{
    QSignalSpy spy(reply, &TaskReply::finished);
    if (!spy.wait(30000))
        return {};
    return spy.at(0).at(0).value<TaskResult>();
}

ClientConfig configFor(const SimFixture &sim)
{
    ClientConfig c;
    c.baseUrl = sim.baseUrl();
    c.projectId = sim.projectId();
    c.proxy.mode = ProxyMode::None;
    c.retry.baseDelayMs = 10;
    return c;
}

IamPasswordLogin demoLogin(const SimFixture &sim)
{
    IamPasswordLogin login;
    login.iamUrl = sim.baseUrl();
    login.userName = QString::fromLatin1(sim::kDemoUser);
    login.password = sim::kDemoPassword;
    login.domainName = QString::fromLatin1(sim::kDemoDomain);
    login.projectName = QString::fromLatin1(sim::kDemoProjectName);
    return login;
}

AkSkCredentials demoKeys(const SimFixture &sim)
{
    AkSkCredentials c;
    c.accessKey = sim::kDemoAccessKey;
    c.secretKey = sim::kDemoSecretKey;
    c.projectId = sim.projectId();
    return c;
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void onePage()
    {
        SimFixture sim;
        ApiClient client(configFor(sim));
        QVERIFY(client.isInsecure());
        TaskQuery q;
        q.limit = 50;
        const PageResult r = waitPage(client.listPage(q));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.count, 300);
        QCOMPARE(r.tasks.size(), 50);
        QSet<QString> ids;
        for (const Task &t : r.tasks)
            ids.insert(t.id);
        QCOMPARE(ids.size(), 50);
        // Default order is created_at DESC.
        for (int i = 1; i < r.tasks.size(); ++i)
            QVERIFY(r.tasks.at(i - 1).createdAtMs >= r.tasks.at(i).createdAtMs);
        // The Host header carries the non-default port, as QNetworkAccessManager sends it.
        const auto recent = sim.server().recentRequests();
        QVERIFY(!recent.isEmpty());
        QByteArray host;
        for (const auto &[n, v] : recent.last().headers) {
            if (n.toLower() == "host")
                host = v;
        }
        QCOMPARE(host, "127.0.0.1:" + QByteArray::number(sim.server().port()));
    }

    void filtersReachTheServer()
    {
        SimFixture sim;
        ApiClient client(configFor(sim));
        TaskQuery q;
        q.states = {QStringLiteral("RUNNING")};
        q.orderField = QStringLiteral("name");
        q.orderDirection = SortDirection::Ascending;
        q.limit = 100;
        const PageResult r = waitPage(client.listPage(q));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QVERIFY(r.count > 0);
        for (const Task &t : r.tasks)
            QCOMPARE(t.stateCode, QStringLiteral("RUNNING"));
        QCOMPARE(sim.server().recentRequests().last().query,
                 QStringLiteral("order=name%3AASC&state=RUNNING&offset=1&limit=100"));
    }

    void oneTask()
    {
        SimFixture sim;
        ApiClient client(configFor(sim));
        TaskQuery q;
        q.limit = 1;
        const PageResult page = waitPage(client.listPage(q));
        QCOMPARE(page.tasks.size(), 1);
        const TaskResult r = waitTask(client.getTask(page.tasks.first().id));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.task.id, page.tasks.first().id);
        QCOMPARE(r.task.rawJson.isEmpty(), false);

        const TaskResult missing = waitTask(client.getTask(QStringLiteral("0123456789abcdef")));
        QCOMPARE(missing.error.kind, ApiError::Kind::Http);
        QCOMPARE(missing.error.httpStatus, 404);
        QCOMPARE(missing.error.errorCode, QStringLiteral("IVA.0005"));
        QVERIFY(missing.error.userMessage().contains(QStringLiteral("not found")));
        QVERIFY(!missing.error.requestId.isEmpty());
        QCOMPARE(missing.error.retries, 0);
    }

    void givenToken()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.auth = sim::AuthMode::Token;
        SimFixture sim(options);
        QNetworkAccessManager nam;
        QNetworkRequest login(sim.tokensUrl());
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const auto answer = vias::test::httpSend(
            nam, login, "POST",
            vias::test::passwordLoginBody(
                QString::fromLatin1(sim::kDemoUser), QString::fromLatin1(sim::kDemoPassword),
                QString::fromLatin1(sim::kDemoDomain), QString::fromLatin1(sim::kDemoProjectName)));
        QCOMPARE(answer.status, 201);
        const QByteArray token = answer.header("X-Subject-Token");
        QVERIFY(!token.isEmpty());

        ApiClient client(configFor(sim));
        client.setAuthProvider(new TokenAuthProvider(token));
        QVERIFY2(!waitPage(client.listPage({})).error.isError(), "token refused");

        // A wrong token: 401 IVA.0001, explained, and neither retried nor re-logged.
        client.setAuthProvider(new TokenAuthProvider("not-a-token"));
        const int before = sim.server().requestCount();
        const PageResult r = waitPage(client.listPage({}));
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.errorCode, QStringLiteral("IVA.0001"));
        QVERIFY2(r.error.userMessage().startsWith(QStringLiteral(
                     "401 IVA.0001: the token was refused, it may have expired. Sign in again.")),
                 qPrintable(r.error.userMessage()));
        QCOMPARE(sim.server().requestCount() - before, 1);
    }

    void akSk()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.auth = sim::AuthMode::AkSk;
        SimFixture sim(options);
        ApiClient client(configFor(sim));
        client.setAuthProvider(new AkSkAuthProvider(demoKeys(sim)));
        const PageResult ok = waitPage(client.listPage({}));
        QVERIFY2(!ok.error.isError(), qPrintable(ok.error.userMessage()));
        QCOMPARE(ok.count, 300);
        // Query values that need encoding are signed exactly as sent.
        TaskQuery q;
        q.nameLike = QStringLiteral("a b+c 人");
        const PageResult encoded = waitPage(client.listPage(q));
        QVERIFY2(!encoded.error.isError(), qPrintable(encoded.error.userMessage()));
        // getTask is signed too.
        TaskQuery one;
        one.limit = 1;
        const QString id = waitPage(client.listPage(one)).tasks.value(0).id;
        QVERIFY2(!waitTask(client.getTask(id)).error.isError(), "signed getTask refused");

        // Temporary credentials: X-Security-Token is sent and signed.
        AkSkCredentials temp = demoKeys(sim);
        temp.securityToken = "temporary-security-token";
        client.setAuthProvider(new AkSkAuthProvider(temp));
        QVERIFY(!waitPage(client.listPage({})).error.isError());
        bool sawToken = false;
        const auto recent = sim.server().recentRequests(); // a copy: outlives the loop
        for (const auto &[n, v] : recent.last().headers)
            sawToken = sawToken || (n.toLower() == "x-security-token" && v == temp.securityToken);
        QVERIFY(sawToken);

        // A wrong secret key: 401, not retried.
        AkSkCredentials wrong = demoKeys(sim);
        wrong.secretKey = "wrong";
        client.setAuthProvider(new AkSkAuthProvider(wrong));
        const int before = sim.server().requestCount();
        const PageResult refused = waitPage(client.listPage({}));
        QCOMPARE(refused.error.httpStatus, 401);
        QCOMPARE(sim.server().requestCount() - before, 1);
    }

    void iamPasswordSignIn()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.auth = sim::AuthMode::Token;
        SimFixture sim(options);
        ClientConfig config = configFor(sim);
        config.projectId.clear(); // learnt from the token
        ApiClient client(config);
        auto *iam = new IamTokenProvider(demoLogin(sim));
        client.setAuthProvider(iam);
        QSignalSpy signedIn(iam, &IamTokenProvider::signedIn);
        const PageResult r = waitPage(client.listPage({}));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(iam->signInCount(), 1);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(client.effectiveProjectId(), sim.projectId());
        QVERIFY(iam->hasValidToken());
        // Cached: no second sign-in.
        QVERIFY(!waitPage(client.listPage({})).error.isError());
        QCOMPARE(iam->signInCount(), 1);
    }

    void iamTokenExpiryRenewsBeforeUse()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.auth = sim::AuthMode::Token;
        SimFixture sim(options);
        auto shift = std::make_shared<qint64>(0);
        sim.server().setClock([shift] { return QDateTime::currentDateTimeUtc().addSecs(*shift); });
        ApiClient client(configFor(sim));
        auto *iam = new IamTokenProvider(demoLogin(sim));
        iam->setClock([shift] { return QDateTime::currentDateTimeUtc().addSecs(*shift); });
        client.setAuthProvider(iam);
        QVERIFY(!waitPage(client.listPage({})).error.isError());
        QCOMPARE(iam->signInCount(), 1);
        // 23 h 58 min later: inside the refresh margin, so the provider signs in first.
        *shift = 24 * 3600 - 120;
        QVERIFY(!iam->hasValidToken());
        QVERIFY(!waitPage(client.listPage({})).error.isError());
        QCOMPARE(iam->signInCount(), 2);
    }

    void iamReloginOnceAfter401()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.auth = sim::AuthMode::Token;
        SimFixture sim(options);
        ApiClient client(configFor(sim));
        auto *iam = new IamTokenProvider(demoLogin(sim));
        client.setAuthProvider(iam);
        QVERIFY(!waitPage(client.listPage({})).error.isError());
        // The server forgets every token (e.g. revoked): the client still believes in its own.
        sim.server().tokens().clear();
        QVERIFY(iam->hasValidToken());
        QSignalSpy reauth(&client, &ApiClient::reauthenticated);
        const PageResult r = waitPage(client.listPage({}));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(reauth.size(), 1);
        QCOMPARE(iam->signInCount(), 2);

        // When even the fresh token is refused, the 401 is final after one re-login.
        sim.server().setAuthMode(sim::AuthMode::AkSk);
        const int before = sim.server().requestCount();
        const PageResult refused = waitPage(client.listPage({}));
        QCOMPARE(refused.error.httpStatus, 401);
        QVERIFY(refused.error.reauthenticated);
        QCOMPARE(iam->signInCount(), 3);
        QCOMPARE(sim.server().requestCount() - before, 3); // GET, POST tokens, GET
    }

    void iamReloginDuringParallelFetch()
    {
        sim::SimOptions options = SimFixture::defaultOptions(2000);
        options.auth = sim::AuthMode::Token;
        options.faults.latencyMs = 20;
        SimFixture sim(options);
        ApiClient client(configFor(sim));
        auto *iam = new IamTokenProvider(demoLogin(sim));
        client.setAuthProvider(iam);
        FetchOptions fo;
        fo.concurrency = 6;
        TaskPager *pager = client.fetchAll({}, fo);
        int batches = 0;
        qint64 tasks = 0;
        connect(pager, &TaskPager::batchReady, this, [&](const QList<Task> &batch) {
            tasks += batch.size();
            if (++batches == 2)
                sim.server().tokens().clear(); // pages in flight now carry a dead token
        });
        QSignalSpy done(pager, &TaskPager::finished);
        QVERIFY(done.wait(60000));
        const FetchSummary summary = done.at(0).at(0).value<FetchSummary>();
        QVERIFY2(!summary.error.isError(), qPrintable(summary.error.userMessage()));
        QCOMPARE(tasks, 2000);
        // One sign-in at the start and one after the tokens vanished, not one per page.
        QCOMPARE(iam->signInCount(), 2);
    }

    void iamWrongPassword()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.auth = sim::AuthMode::Token;
        SimFixture sim(options);
        ApiClient client(configFor(sim));
        IamPasswordLogin login = demoLogin(sim);
        login.password = "wrong";
        client.setAuthProvider(new IamTokenProvider(login));
        const PageResult r = waitPage(client.listPage({}));
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY2(r.error.userMessage().contains(QStringLiteral("IAM sign-in was refused")),
                 qPrintable(r.error.userMessage()));
        QVERIFY(!r.error.userMessage().contains(QStringLiteral("wrong")) ||
                !r.error.bodySnippet.contains("\"wrong\""));
    }

    void serverErrors()
    {
        SimFixture sim;
        ClientConfig config = configFor(sim);
        config.projectId = QStringLiteral("ffffffffffffffffffffffffffffffff");
        ApiClient badProject(config);
        PageResult r = waitPage(badProject.listPage({}));
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.errorCode, QStringLiteral("IVA.0002"));
        QVERIFY(r.error.userMessage().contains(QStringLiteral("project id")));

        config = configFor(sim);
        config.service = QStringLiteral("c-no-such-service");
        ApiClient badService(config);
        r = waitPage(badService.listPage({}));
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.errorCode, QStringLiteral("IVA.0005"));

        // A state code the client cannot know is wrong: the server's 400 IVA.0004.
        ApiClient client(configFor(sim));
        TaskQuery q;
        q.states = {QStringLiteral("NOT_A_STATE")};
        r = waitPage(client.listPage(q));
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.errorCode, QStringLiteral("IVA.0004"));
        QVERIFY(r.error.userMessage().contains(QStringLiteral("parameter")));
        QVERIFY(r.error.userMessage().contains(QStringLiteral("state")));
    }

    void forbiddenCodesFromAGateway_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("expect");
        QTest::newRow("0007") << QByteArray("IVA.0007") << QStringLiteral("not subscribed");
        QTest::newRow("0009") << QByteArray("IVA.0009") << QStringLiteral("forbidden");
        QTest::newRow("0014") << QByteArray("IVA.0014") << QStringLiteral("restricted");
        QTest::newRow("0015") << QByteArray("IVA.0015") << QStringLiteral("IAM policy");
    }
    void forbiddenCodesFromAGateway()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, expect);
        vias::test::RawHttpServer server([code](const vias::test::RawRequest &) {
            vias::test::RawResponse r;
            r.status = 403;
            r.body = vias::test::RawHttpServer::jsonError(code, "denied");
            r.headers.append(qMakePair(QByteArray("X-request-id"), QByteArray("rid-1")));
            return r;
        });
        QVERIFY(server.listen());
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.projectId = QStringLiteral("p");
        config.proxy.mode = ProxyMode::None;
        ApiClient client(config);
        const PageResult r = waitPage(client.listPage({}));
        QCOMPARE(r.error.httpStatus, 403);
        QCOMPARE(r.error.errorCode, QString::fromLatin1(code));
        QCOMPARE(r.error.requestId, QStringLiteral("rid-1"));
        QVERIFY2(r.error.userMessage().contains(expect), qPrintable(r.error.userMessage()));
        QCOMPARE(server.requestCount(), 1); // 403 is never retried
    }

    void validationNeverSends()
    {
        SimFixture sim;
        ApiClient client(configFor(sim));
        const int before = sim.server().requestCount();
        TaskQuery q;
        q.limit = 500;
        const PageResult r = waitPage(client.listPage(q));
        QCOMPARE(r.error.kind, ApiError::Kind::Validation);
        q = {};
        q.serviceVersion = QStringLiteral("v3");
        QCOMPARE(waitPage(client.listPage(q)).error.kind, ApiError::Kind::Validation);
        QCOMPARE(sim.server().requestCount(), before);
    }

    void missingProjectId()
    {
        SimFixture sim;
        ClientConfig config = configFor(sim);
        config.projectId.clear();
        ApiClient client(config);
        const PageResult r = waitPage(client.listPage({}));
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        QVERIFY(r.error.userMessage().contains(QStringLiteral("project id")));
    }

    void multiStatePageMatchesFullMerge()
    {
        SimFixture sim(SimFixture::defaultOptions(600));
        ApiClient client(configFor(sim));
        TaskQuery q;
        q.states = {QStringLiteral("RUNNING"), QStringLiteral("STOPPED"),
                    QStringLiteral("ABNORMAL")};
        // Reference: everything of those states, sorted the server's way.
        TaskPager *pager = client.fetchAll(q);
        QList<Task> all;
        connect(pager, &TaskPager::batchReady, this,
                [&all](const QList<Task> &batch) { all += batch; });
        QSignalSpy done(pager, &TaskPager::finished);
        QVERIFY(done.wait(30000));
        std::sort(all.begin(), all.end(), [](const Task &a, const Task &b) {
            return a.createdAtMs != b.createdAtMs ? a.createdAtMs > b.createdAtMs : a.id > b.id;
        });
        QVERIFY(all.size() > 130);
        q.offset = 121;
        q.limit = 10;
        const PageResult r = waitPage(client.listPage(q));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QVERIFY(r.mergedStates);
        QCOMPARE(r.count, all.size());
        QCOMPARE(r.tasks.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(r.tasks.at(i).id, all.at(120 + i).id);
    }

    void cancelledPageSendsNothingBack()
    {
        sim::SimOptions options = SimFixture::defaultOptions();
        options.faults.latencyMs = 200;
        SimFixture sim(options);
        ApiClient client(configFor(sim));
        QPointer<PageReply> reply = client.listPage({});
        QSignalSpy spy(reply.data(), &PageReply::finished);
        QTest::qWait(50);
        reply->cancel();
        QTest::qWait(400); // longer than the server's latency
        QCOMPARE(spy.size(), 0);
        QVERIFY(reply.isNull()); // deleted
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
