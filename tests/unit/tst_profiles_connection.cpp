// connectionFor against the in-process simulator (127.0.0.1): each auth
// method reaches the task list with the simulator's demo credentials, and
// wrong ones fail with a message that says what to do.
#include "api/apiclient.h"
#include "tests/support/simfixture.h"
#include "ui/profiles/profilemanager.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vias;
using namespace vias::ui;

class TestProfilesConnection : public QObject
{
    Q_OBJECT

private:
    static Profile simProfile(const test::SimFixture &sim, AuthMethod method)
    {
        Profile p = Profile::create(QStringLiteral("sim"));
        p.endpoint = EndpointKind::Custom;
        p.customUrl = sim.baseUrl();
        p.region = QString::fromLatin1(sim::kDemoProjectName);
        p.auth = method;
        p.accessKey = QString::fromLatin1(sim::kDemoAccessKey);
        p.iamUser = QString::fromLatin1(sim::kDemoUser);
        p.iamDomain = QString::fromLatin1(sim::kDemoDomain);
        p.proxyMode = api::ProxyMode::None;
        return p;
    }

    static api::PageResult listOne(const Connection &c)
    {
        api::ApiClient client(c.config);
        if (c.makeAuth)
            client.setAuthProvider(c.makeAuth());
        api::TaskQuery query;
        query.limit = 1;
        api::PageReply *reply = client.listPage(query);
        QSignalSpy spy(reply, &api::PageReply::finished);
        if (!spy.wait(20000))
            qWarning("no answer from the simulator");
        return spy.isEmpty() ? api::PageResult{}
                             : spy.constFirst().constFirst().value<api::PageResult>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<api::PageResult>(); }

    void akSk()
    {
        auto options = test::SimFixture::defaultOptions(37);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        Profile p = simProfile(sim, AuthMethod::AkSk);
        p.projectId = sim.projectId();
        Secrets s;
        s.secretKey = sim::kDemoSecretKey;
        const Connection c = connectionFor(p, s);
        QCOMPARE(c.config.baseUrl, sim.baseUrl());
        const api::PageResult r = listOne(c);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.count, qint64(37));
        QCOMPARE(r.tasks.size(), 1);

        s.secretKey = "wrong";
        const api::PageResult bad = listOne(connectionFor(p, s));
        QCOMPARE(bad.error.httpStatus, 401);
        QVERIFY(!bad.error.userMessage().isEmpty());
    }

    void iamPassword()
    {
        auto options = test::SimFixture::defaultOptions(12);
        options.auth = sim::AuthMode::Token;
        test::SimFixture sim(options);
        const Profile p =
            simProfile(sim, AuthMethod::IamPassword); // no project id: scope by region
        Secrets s;
        s.password = sim::kDemoPassword;
        const Connection c = connectionFor(p, s);
        const api::PageResult r = listOne(c);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.count, qint64(12));

        s.password = "wrong-password";
        const api::PageResult bad = listOne(connectionFor(p, s));
        QVERIFY(bad.error.isError());
    }

    void token()
    {
        auto options = test::SimFixture::defaultOptions(7);
        options.auth = sim::AuthMode::Token;
        test::SimFixture sim(options);
        QNetworkAccessManager network;
        QNetworkRequest request(sim.tokensUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const test::HttpResult login =
            test::httpSend(network, request, "POST",
                           test::passwordLoginBody(QString::fromLatin1(sim::kDemoUser),
                                                   QString::fromLatin1(sim::kDemoPassword),
                                                   QString::fromLatin1(sim::kDemoDomain),
                                                   QString::fromLatin1(sim::kDemoProjectName)));
        QCOMPARE(login.status, 201);
        Profile p = simProfile(sim, AuthMethod::Token);
        p.projectId = sim.projectId(); // a pasted token does not tell its project
        Secrets s;
        s.token = login.header("X-Subject-Token");
        const api::PageResult r = listOne(connectionFor(p, s));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.count, qint64(7));
    }

    void managerOpensAnImportedProfile()
    {
        auto options = test::SimFixture::defaultOptions(21);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        QTemporaryDir dir;
        ProfileStore store(nullptr, dir.filePath(QStringLiteral("settings.ini")));
        SecretStore secrets(SecretStore::Mode::SessionOnly);
        ProfileManager manager(&store, &secrets);

        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(sim::kDemoAccessKey));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(sim::kDemoSecretKey));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), sim.projectId());
        ImportResult imported =
            ProfileStore::importCredentials(env, dir.filePath(QStringLiteral("none")));
        QVERIFY(imported.imported);
        imported.imported->profile.endpoint = EndpointKind::Custom;
        imported.imported->profile.customUrl = sim.baseUrl();
        imported.imported->profile.proxyMode = api::ProxyMode::None;
        const QString id = manager.addImported(*imported.imported);
        QCOMPARE(store.profiles().size(), 1);

        Connection connection;
        QString error = QStringLiteral("not called");
        manager.open(id, this, [&](const Connection &c, const QString &e) {
            connection = c;
            error = e;
        });
        QTRY_VERIFY(error != QStringLiteral("not called"));
        QVERIFY(error.isEmpty());
        QCOMPARE(store.lastUsedId(), id);
        const api::PageResult r = listOne(connection);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.count, qint64(21));

        error = QStringLiteral("not called");
        manager.open(QStringLiteral("missing"), this,
                     [&](const Connection &, const QString &e) { error = e; });
        QTRY_VERIFY(error != QStringLiteral("not called"));
        QVERIFY(!error.isEmpty());

        manager.remove(id);
        QVERIFY(store.isEmpty());
        QTRY_VERIFY(secrets.cached(id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfilesConnection)
#include "tst_profiles_connection.moc"
