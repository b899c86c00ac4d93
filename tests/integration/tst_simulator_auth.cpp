// The simulator's authentication: the AK/SK verifier against Huawei's
// published vector and refusals (unit level), then IAM password login,
// token auth with expiry through the clock seam, AK/SK and "any" over real
// HTTP on 127.0.0.1.
#include "api/auth/signer.h"
#include "simulator/simauth.h"
#include "tests/support/simfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>

using namespace vias;
using namespace vias::test;

namespace {

const QByteArray kVectorAk = "QTWAOYTTINDUT2QVKYUC";
const QByteArray kVectorSk = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
const QByteArray kVectorSignature =
    "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe";

QDateTime vectorTime()
{
    return QDateTime(QDate(2019, 11, 15), QTime(3, 36, 55), Qt::UTC);
}

auth::SignableRequest
vectorRequest(const QByteArray &signature = kVectorSignature,
              const QByteArray &signedHeaders = "content-type;host;x-sdk-date")
{
    auth::SignableRequest request;
    request.method = "GET";
    request.url = QUrl(
        QStringLiteral("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                       "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"));
    request.headers = {{"Content-Type", "application/json"},
                       {"Host", "service.region.example.com"},
                       {"X-Sdk-Date", "20191115T033655Z"},
                       {"Authorization", "SDK-HMAC-SHA256 Access=" + kVectorAk +
                                             ", SignedHeaders=" + signedHeaders +
                                             ", Signature=" + signature}};
    return request;
}

QString errorCode(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body)
        .object()
        .value(QLatin1String("error_code"))
        .toString();
}

QString errorMessage(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body)
        .object()
        .value(QLatin1String("error_msg"))
        .toString();
}

} // namespace

class TestSimulatorAuth final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    std::unique_ptr<SimFixture> makeServer(sim::AuthMode mode)
    {
        sim::SimOptions options = SimFixture::defaultOptions(50);
        options.auth = mode;
        options.tokenLifetimeSeconds = 600;
        auto fixture = std::make_unique<SimFixture>(options);
        fixture->server().setClock([this]() { return m_now; });
        return fixture;
    }

    HttpResult login(SimFixture &sim, const QByteArray &body)
    {
        QNetworkRequest request(sim.tokensUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return httpSend(m_nam, request, "POST", body);
    }

    HttpResult signedGet(SimFixture &sim, const QByteArray &ak, const QByteArray &sk,
                         const QDateTime &signTime, bool includeProject = true)
    {
        const QUrl url =
            sim.tasksUrl(QUrlQuery(QStringLiteral("offset=1&limit=5&name_like=a%20b")));
        auth::SignableRequest signable;
        signable.method = "GET";
        signable.url = url;
        signable.headers = {{"Host", "127.0.0.1:" + QByteArray::number(url.port())}};
        if (includeProject)
            signable.headers.append({"X-Project-Id", sim.projectId().toLatin1()});
        auth::signRequest(signable, ak, sk, signTime);
        QNetworkRequest request(url);
        for (const auto &[name, value] : std::as_const(signable.headers))
            request.setRawHeader(name, value);
        return httpSend(m_nam, request);
    }

private slots:
    // --- the verifier itself ---------------------------------------------------------
    void verifierAcceptsPublishedVector()
    {
        const sim::AuthCheck check =
            sim::verifyAkSk(vectorRequest(), kVectorAk, kVectorSk, vectorTime());
        QVERIFY2(check.ok, qPrintable(check.message));
    }

    void verifierRefusesTamperedSignature()
    {
        QByteArray tampered = kVectorSignature;
        tampered[10] = tampered[10] == 'a' ? 'b' : 'a';
        const sim::AuthCheck check =
            sim::verifyAkSk(vectorRequest(tampered), kVectorAk, kVectorSk, vectorTime());
        QVERIFY(!check.ok);
        QVERIFY2(check.message.startsWith(QLatin1String("signature mismatch: check the SK")),
                 qPrintable(check.message));
    }

    void verifierRefusesWrongSk()
    {
        const sim::AuthCheck check =
            sim::verifyAkSk(vectorRequest(), kVectorAk, "not-the-secret", vectorTime());
        QVERIFY(!check.ok);
        QVERIFY(check.message.contains(QLatin1String("signature mismatch")));
    }

    void verifierRefusesUnknownAk()
    {
        const sim::AuthCheck check =
            sim::verifyAkSk(vectorRequest(), "OTHERAK", kVectorSk, vectorTime());
        QVERIFY(!check.ok);
        QVERIFY(check.message.contains(QLatin1String("check the AK")));
    }

    void verifierRefusesStaleDate()
    {
        const sim::AuthCheck late =
            sim::verifyAkSk(vectorRequest(), kVectorAk, kVectorSk, vectorTime().addSecs(20 * 60));
        QVERIFY(!late.ok);
        QVERIFY2(late.message.startsWith(QLatin1String("X-Sdk-Date is 20 minutes")),
                 qPrintable(late.message));
        const sim::AuthCheck early =
            sim::verifyAkSk(vectorRequest(), kVectorAk, kVectorSk, vectorTime().addSecs(-16 * 60));
        QVERIFY(!early.ok);
        // Inside the 15 minute window is fine.
        QVERIFY(
            sim::verifyAkSk(vectorRequest(), kVectorAk, kVectorSk, vectorTime().addSecs(14 * 60))
                .ok);
    }

    void verifierRequiresHostAndDateSigned()
    {
        // A correct signature over content-type;x-sdk-date only: still refused.
        auth::SignableRequest request = vectorRequest();
        const QList<QByteArray> names{"content-type", "x-sdk-date"};
        const QByteArray sig = auth::signature(
            auth::stringToSign(auth::canonicalRequest(request, names), "20191115T033655Z"),
            kVectorSk);
        const sim::AuthCheck noHost = sim::verifyAkSk(vectorRequest(sig, "content-type;x-sdk-date"),
                                                      kVectorAk, kVectorSk, vectorTime());
        QVERIFY(!noHost.ok);
        QCOMPARE(noHost.message, QStringLiteral("signed headers must include host"));
        const sim::AuthCheck noDate =
            sim::verifyAkSk(vectorRequest(kVectorSignature, "content-type;host"), kVectorAk,
                            kVectorSk, vectorTime());
        QVERIFY(!noDate.ok);
        QVERIFY(noDate.message.contains(QLatin1String("x-sdk-date")));
    }

    void verifierRefusesHeaderSignedButNotSent()
    {
        const sim::AuthCheck check = sim::verifyAkSk(
            vectorRequest(kVectorSignature, "content-type;host;x-project-id;x-sdk-date"), kVectorAk,
            kVectorSk, vectorTime());
        QVERIFY(!check.ok);
        QVERIFY(check.message.contains(QLatin1String("[x-project-id]")));
    }

    void verifierRefusesMalformedAuthorization()
    {
        auth::SignableRequest request = vectorRequest();
        request.headers.last().second = "Bearer abc";
        QVERIFY(!sim::verifyAkSk(request, kVectorAk, kVectorSk, vectorTime()).ok);
        request.headers.removeLast();
        const sim::AuthCheck missing = sim::verifyAkSk(request, kVectorAk, kVectorSk, vectorTime());
        QVERIFY(!missing.ok);
        QVERIFY(missing.message.startsWith(QLatin1String("Authorization header is missing")));
    }

    void constantTimeEquals()
    {
        QVERIFY(sim::constantTimeEquals("abc", "abc"));
        QVERIFY(!sim::constantTimeEquals("abc", "abd"));
        QVERIFY(!sim::constantTimeEquals("abc", "abcd"));
        QVERIFY(sim::constantTimeEquals({}, {}));
    }

    // --- IAM login and token auth over HTTP ------------------------------------------
    void loginAndTokenLifecycle()
    {
        auto sim = makeServer(sim::AuthMode::Token);
        const HttpResult wrong =
            login(*sim, passwordLoginBody(QStringLiteral("demo"), QStringLiteral("nope"),
                                          QStringLiteral("demo"), QStringLiteral("cn-north-4")));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.header("X-Subject-Token").isEmpty());

        const HttpResult ok =
            login(*sim, passwordLoginBody(QStringLiteral("demo"), QStringLiteral("demo-password"),
                                          QStringLiteral("demo"), QStringLiteral("cn-north-4")));
        QCOMPARE(ok.status, 201);
        const QByteArray token = ok.header("X-Subject-Token");
        QVERIFY(token.size() > 100);
        const QJsonObject body =
            QJsonDocument::fromJson(ok.body).object().value(QLatin1String("token")).toObject();
        QCOMPARE(
            body.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString(),
            sim->projectId());
        const QDateTime expires = QDateTime::fromString(
            body.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(expires, m_now.addSecs(600));

        QNetworkRequest request(sim->tasksUrl());
        const HttpResult none = httpSend(m_nam, request);
        QCOMPARE(none.status, 401);
        QCOMPARE(errorCode(none), QStringLiteral("IVA.0001"));
        QVERIFY(errorMessage(none).contains(QLatin1String("X-Auth-Token is missing")));

        request.setRawHeader("X-Auth-Token", token);
        QCOMPARE(httpSend(m_nam, request).status, 200);

        m_now = m_now.addSecs(599);
        QCOMPARE(httpSend(m_nam, request).status, 200);
        m_now = m_now.addSecs(2); // past expires_at, no sleeping
        const HttpResult expired = httpSend(m_nam, request);
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorCode(expired), QStringLiteral("IVA.0001"));
        QVERIFY(errorMessage(expired).contains(QLatin1String("expired")));

        request.setRawHeader("X-Auth-Token", "MIIZnot-a-token");
        const HttpResult bogus = httpSend(m_nam, request);
        QCOMPARE(bogus.status, 401);
        QVERIFY(errorMessage(bogus).contains(QLatin1String("not valid")));
    }

    void loginScopes()
    {
        auto sim = makeServer(sim::AuthMode::Token);
        QByteArray byId = passwordLoginBody(QStringLiteral("demo"), QStringLiteral("demo-password"),
                                            QStringLiteral("demo"), QString());
        QJsonObject root = QJsonDocument::fromJson(byId).object();
        QJsonObject authObject = root.value(QLatin1String("auth")).toObject();
        authObject.insert(QStringLiteral("scope"),
                          QJsonObject{{QStringLiteral("project"),
                                       QJsonObject{{QStringLiteral("id"), sim->projectId()}}}});
        root.insert(QStringLiteral("auth"), authObject);
        QCOMPARE(login(*sim, QJsonDocument(root).toJson()).status, 201);

        const HttpResult otherProject = login(
            *sim, passwordLoginBody(QStringLiteral("demo"), QStringLiteral("demo-password"),
                                    QStringLiteral("demo"), QStringLiteral("ap-southeast-1")));
        QCOMPARE(otherProject.status, 400);
        QCOMPARE(login(*sim, "not json").status, 400);
        QCOMPARE(login(*sim, passwordLoginBody(
                                 QStringLiteral("demo"), QStringLiteral("demo-password"),
                                 QStringLiteral("other-domain"), QStringLiteral("cn-north-4")))
                     .status,
                 401);
    }

    // --- AK/SK over HTTP -------------------------------------------------------------
    void akskOverHttp()
    {
        auto sim = makeServer(sim::AuthMode::AkSk);
        const QByteArray ak = sim::kDemoAccessKey;
        const QByteArray sk = sim::kDemoSecretKey;
        const HttpResult ok = signedGet(*sim, ak, sk, m_now);
        QVERIFY2(ok.status == 200, ok.body.constData());
        QCOMPARE(ok.header("Content-Type"), QByteArray("application/json;charset=utf-8"));

        const HttpResult wrongSk = signedGet(*sim, ak, "wrong", m_now);
        QCOMPARE(wrongSk.status, 401);
        QCOMPARE(errorCode(wrongSk), QStringLiteral("IVA.0001"));
        QVERIFY(
            errorMessage(wrongSk).startsWith(QLatin1String("signature mismatch: check the SK")));

        const HttpResult stale = signedGet(*sim, ak, sk, m_now.addSecs(-20 * 60));
        QCOMPARE(stale.status, 401);
        QVERIFY2(errorMessage(stale).startsWith(QLatin1String("X-Sdk-Date is 20 minutes")),
                 qPrintable(errorMessage(stale)));

        const HttpResult wrongAk = signedGet(*sim, "SOMEONEELSE", sk, m_now);
        QCOMPARE(wrongAk.status, 401);

        const HttpResult unsignedRequest = httpGet(m_nam, sim->tasksUrl());
        QCOMPARE(unsignedRequest.status, 401);
        QVERIFY(errorMessage(unsignedRequest)
                    .contains(QLatin1String("Authorization header is missing")));

        // Without X-Project-Id the signature alone is enough.
        QCOMPARE(signedGet(*sim, ak, sk, m_now, false).status, 200);
    }

    void anyMode()
    {
        auto sim = makeServer(sim::AuthMode::Any);
        QCOMPARE(signedGet(*sim, sim::kDemoAccessKey, sim::kDemoSecretKey, m_now).status, 200);
        const HttpResult ok =
            login(*sim, passwordLoginBody(QStringLiteral("demo"), QStringLiteral("demo-password"),
                                          QStringLiteral("demo"), QStringLiteral("cn-north-4")));
        QNetworkRequest request(sim->tasksUrl());
        request.setRawHeader("X-Auth-Token", ok.header("X-Subject-Token"));
        QCOMPARE(httpSend(m_nam, request).status, 200);
        const HttpResult nothing = httpGet(m_nam, sim->tasksUrl());
        QCOMPARE(nothing.status, 401);
        QVERIFY(errorMessage(nothing).startsWith(QLatin1String("no credentials")));
    }

    void noneModeNeedsNothing()
    {
        auto sim = makeServer(sim::AuthMode::None);
        QCOMPARE(httpGet(m_nam, sim->tasksUrl()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorAuth)
#include "tst_simulator_auth.moc"
