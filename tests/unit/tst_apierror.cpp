// ApiError: parsing error bodies (JSON, nested IAM form, HTML gateway pages)
// and the translated explanations of each documented code.
#include "api/apierror.h"

#include <QTest>

using namespace vias::api;

class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void documentedCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expect");
        QTest::newRow("0001") << 401 << QStringLiteral("IVA.0001")
                              << QStringLiteral("401 IVA.0001: the token was refused, it may have "
                                                "expired. Sign in again.");
        QTest::newRow("0002") << 400 << QStringLiteral("IVA.0002") << QStringLiteral("project id");
        QTest::newRow("0004") << 400 << QStringLiteral("IVA.0004") << QStringLiteral("parameter");
        QTest::newRow("0005") << 404 << QStringLiteral("IVA.0005") << QStringLiteral("not found");
        QTest::newRow("0006") << 500 << QStringLiteral("IVA.0006") << QStringLiteral("Try again");
        QTest::newRow("0007") << 403 << QStringLiteral("IVA.0007") << QStringLiteral("subscribed");
        QTest::newRow("0009") << 403 << QStringLiteral("IVA.0009") << QStringLiteral("forbidden");
        QTest::newRow("0010") << 503 << QStringLiteral("IVA.0010") << QStringLiteral("unavailable");
        QTest::newRow("0014") << 403 << QStringLiteral("IVA.0014") << QStringLiteral("restricted");
        QTest::newRow("0015") << 403 << QStringLiteral("IVA.0015") << QStringLiteral("IAM policy");
        QTest::newRow("apigw 401") << 401 << QStringLiteral("APIGW.0301")
                                   << QStringLiteral("API gateway refused the credentials");
        QTest::newRow("apig 429") << 429 << QStringLiteral("APIG.0308")
                                  << QStringLiteral("limiting the request rate");
    }
    void documentedCodes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, expect);
        const QByteArray body =
            "{\"error_code\":\"" + code.toLatin1() + "\",\"error_msg\":\"server says hi\"}";
        const ApiError e = ApiError::fromHttp(status, body, "req-42");
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.errorCode, code);
        QCOMPARE(e.errorMessage, QStringLiteral("server says hi"));
        QCOMPARE(e.requestId, QStringLiteral("req-42"));
        const QString text = e.userMessage();
        QVERIFY2(text.contains(expect), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("server says hi")));
        QVERIFY(text.contains(QStringLiteral("req-42")));
        QVERIFY(!explainErrorCode(code, status).isEmpty());
    }

    void errorMessageSpelling()
    {
        const ApiError e = ApiError::fromHttp(
            400,
            R"({"error_code":"IVA.0004","error_message":"The param [state] should be one of"})");
        QCOMPARE(e.errorMessage, QStringLiteral("The param [state] should be one of"));
    }

    void nestedIamError()
    {
        ApiError e = ApiError::fromHttp(
            401,
            R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})");
        QCOMPARE(e.errorCode, QString());
        QCOMPARE(e.errorMessage, QStringLiteral("The username or password is wrong."));
        e.url = QStringLiteral("https://iam.example/v3/auth/tokens");
        QVERIFY(e.userMessage().contains(QStringLiteral("IAM sign-in was refused")));
    }

    void htmlGatewayPage()
    {
        const ApiError e = ApiError::fromHttp(
            502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
        QCOMPARE(e.errorCode, QString());
        const QString text = e.userMessage();
        QVERIFY2(text.startsWith(QStringLiteral("502: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("unavailable")));
        QVERIFY(text.contains(QStringLiteral("502 Bad Gateway")));
        QVERIFY(e.isTransient());
    }

    void emptyAndGarbageBodies()
    {
        for (const QByteArray &body : {QByteArray(), QByteArray("not json"), QByteArray("[1,2]")}) {
            const ApiError e = ApiError::fromHttp(403, body);
            QVERIFY(!e.userMessage().isEmpty());
            QVERIFY(e.userMessage().contains(QStringLiteral("forbidden")));
        }
    }

    void rateLimitWithoutCode()
    {
        const ApiError e = ApiError::fromHttp(429, "{}");
        QVERIFY(e.userMessage().contains(QStringLiteral("too many requests")));
        QVERIFY(e.isTransient());
    }

    void transportKinds()
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.detail = QStringLiteral("Connection refused");
        QVERIFY(e.userMessage().contains(QStringLiteral("Connection refused")));
        QVERIFY(e.userMessage().contains(QStringLiteral("proxy")));
        e.kind = ApiError::Kind::Timeout;
        QVERIFY(e.userMessage().contains(QStringLiteral("timeout")));
        e.kind = ApiError::Kind::Tls;
        QVERIFY(e.userMessage().contains(QStringLiteral("CA file")));
        QVERIFY(!e.isTransient());
        e.retries = 3;
        QVERIFY(e.userMessage().contains(QStringLiteral("3")));
        QVERIFY(e.wasRetried());
        QVERIFY(ApiError::sizeCap(1024, 4096).userMessage().contains(QStringLiteral("too large")));
        QCOMPARE(ApiError::cancelled().kind, ApiError::Kind::Cancelled);
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().userMessage().isEmpty());
    }

    void summary()
    {
        QCOMPARE(ApiError::fromHttp(503, R"({"error_code":"IVA.0010"})").summary(),
                 QStringLiteral("HTTP 503 IVA.0010"));
        QCOMPARE(ApiError::fromHttp(500, "").summary(), QStringLiteral("HTTP 500"));
    }

    void snippetHasNoSecrets()
    {
        const ApiError e = ApiError::fromHttp(
            400, R"({"error_code":"X","error_msg":"bad","password":"hunter2","sk":"SECRETKEY"})");
        QVERIFY(!e.bodySnippet.contains("hunter2"));
        QVERIFY(!e.bodySnippet.contains("SECRETKEY"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
