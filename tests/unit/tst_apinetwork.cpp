// Network settings: proxy selection from the environment (no_proxy rules),
// the Host header as sent, the CA file check, and AK/SK request decoration
// (signed headers match what is sent, verified with the signer).
#include "api/auth/akskauth.h"
#include "api/auth/signer.h"
#include "api/auth/tokenauth.h"
#include "api/networksetup.h"

#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace vias::api;

class TestApiNetwork final : public QObject
{
    Q_OBJECT

private slots:
    void hostHeader()
    {
        QCOMPARE(
            hostHeaderValue(QUrl(QStringLiteral("https://vias.cn-north-4.myhuaweicloud.com/x"))),
            QByteArray("vias.cn-north-4.myhuaweicloud.com"));
        QCOMPARE(hostHeaderValue(QUrl(QStringLiteral("https://h:443/"))), QByteArray("h"));
        QCOMPARE(hostHeaderValue(QUrl(QStringLiteral("http://127.0.0.1:8080/"))),
                 QByteArray("127.0.0.1:8080"));
        QCOMPARE(hostHeaderValue(QUrl(QStringLiteral("http://h:443/"))), QByteArray("h:443"));
        QCOMPARE(hostHeaderValue(QUrl(QStringLiteral("http://[::1]:81/"))), QByteArray("[::1]:81"));
    }

    void environmentProxy()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://user:pw@proxy.corp:3128"));
        env.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("proxy2.corp:8080"));
        env.insert(QStringLiteral("no_proxy"),
                   QStringLiteral("localhost,.internal,10.0.0.0/8,127.0.0.1"));
        EnvironmentProxyFactory factory(env);
        auto q = [&factory](const char *url) {
            return factory.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url)))).value(0);
        };
        const QNetworkProxy https = q("https://vias.cn-north-4.myhuaweicloud.com/");
        QCOMPARE(https.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(https.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(https.port(), quint16(3128));
        QCOMPARE(https.user(), QStringLiteral("user"));
        const QNetworkProxy http = q("http://example.com/");
        QCOMPARE(http.hostName(), QStringLiteral("proxy2.corp"));
        QCOMPARE(http.port(), quint16(8080));
        QCOMPARE(q("http://localhost:1/").type(), QNetworkProxy::NoProxy);
        QCOMPARE(q("https://a.b.internal/").type(), QNetworkProxy::NoProxy);
        QCOMPARE(q("https://internal/").type(), QNetworkProxy::NoProxy);
        QCOMPARE(q("http://10.1.2.3/").type(), QNetworkProxy::NoProxy);
        QCOMPARE(q("http://127.0.0.1:8080/").type(), QNetworkProxy::NoProxy);
        QVERIFY(EnvironmentProxyFactory::bypasses({QStringLiteral("*")}, QStringLiteral("any")));
        QVERIFY(!EnvironmentProxyFactory::bypasses({QStringLiteral("corp")},
                                                   QStringLiteral("notcorp")));
        EnvironmentProxyFactory none{QProcessEnvironment()};
        QCOMPARE(
            none.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://x/")))).value(0).type(),
            QNetworkProxy::NoProxy);
    }

    void caFile()
    {
        QVERIFY(!buildTlsConfiguration({}).error.isError());
        const TlsSetup missing = buildTlsConfiguration(QStringLiteral("/nonexistent/ca.pem"));
        QCOMPARE(missing.error.kind, ApiError::Kind::Config);
        QVERIFY(missing.error.userMessage().contains(QStringLiteral("/nonexistent/ca.pem")));
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.pem"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate");
        f.close();
        QVERIFY(buildTlsConfiguration(junk).error.userMessage().contains(QStringLiteral("PEM")));
        QCOMPARE(buildTlsConfiguration({}).configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void akskDecorationVerifies()
    {
        AkSkCredentials creds;
        creds.accessKey = "QTWAOYTTINDUT2QVKYUC";
        creds.secretKey = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
        creds.projectId = QStringLiteral("proj1");
        creds.securityToken = "TEMPTOKEN";
        AkSkAuthProvider provider(creds);
        const QDateTime fixed(QDate(2019, 11, 15), QTime(3, 36, 55), Qt::UTC);
        provider.setClock([fixed] { return fixed; });
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:8080/v2/proj1/services/c-face-edge/"
                                "tasks?name_like=a%20b&limit=5&offset=1")));
        QVERIFY(!provider.decorate(request, "GET", {}).isError());
        QCOMPARE(request.rawHeader("Host"), QByteArray("127.0.0.1:8080"));
        QCOMPARE(request.rawHeader("X-Sdk-Date"), QByteArray("20191115T033655Z"));
        QCOMPARE(request.rawHeader("X-Project-Id"), QByteArray("proj1"));
        QCOMPARE(request.rawHeader("X-Security-Token"), QByteArray("TEMPTOKEN"));
        const auto parsed = vias::auth::parseAuthorization(request.rawHeader("Authorization"));
        QVERIFY(parsed);
        QCOMPARE(parsed->access, creds.accessKey);
        QCOMPARE(parsed->signedHeaders, (QList<QByteArray>{"content-type", "host", "x-project-id",
                                                           "x-sdk-date", "x-security-token"}));
        // Re-verify the way a server would, from the headers as they will be sent.
        vias::auth::SignableRequest check;
        check.method = "GET";
        check.url = request.url();
        for (const QByteArray &name : request.rawHeaderList())
            check.headers.append({name, request.rawHeader(name)});
        const QByteArray expected = vias::auth::signature(
            vias::auth::stringToSign(vias::auth::canonicalRequest(check, parsed->signedHeaders),
                                     "20191115T033655Z"),
            creds.secretKey);
        QCOMPARE(parsed->signature, expected);
        QVERIFY(!provider.description().contains(QStringLiteral("YTTINDUT")));
    }

    void akskMissingKeys()
    {
        AkSkAuthProvider provider{AkSkCredentials{}};
        QNetworkRequest request(QUrl(QStringLiteral("https://h/")));
        QCOMPARE(provider.decorate(request, "GET", {}).kind, ApiError::Kind::Config);
    }

    void tokenDecoration()
    {
        TokenAuthProvider provider("tok123", QStringLiteral("p9"));
        QNetworkRequest request(QUrl(QStringLiteral("https://h/")));
        QVERIFY(!provider.decorate(request, "GET", {}).isError());
        QCOMPARE(request.rawHeader("X-Auth-Token"), QByteArray("tok123"));
        QCOMPARE(provider.projectId(), QStringLiteral("p9"));
        QVERIFY(!provider.invalidate(request)); // a given token cannot be renewed
    }
};

QTEST_GUILESS_MAIN(TestApiNetwork)
#include "tst_apinetwork.moc"
