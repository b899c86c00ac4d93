// The SDK-HMAC-SHA256 signer against Huawei's published test vector.
#include "api/auth/signer.h"

#include <QTest>

using namespace vias::auth;

class TestSigner final : public QObject
{
    Q_OBJECT

private:
    static SignableRequest vectorRequest()
    {
        SignableRequest request;
        request.method = "GET";
        request.url = QUrl(QStringLiteral(
            "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
            "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"));
        request.headers = {{"Content-Type", "application/json"},
                           {"Host", "service.region.example.com"},
                           {"X-Sdk-Date", "20191115T033655Z"}};
        return request;
    }

private slots:
    void publishedVector()
    {
        const QList<QByteArray> names{"content-type", "host", "x-sdk-date"};
        const QByteArray canonical = canonicalRequest(vectorRequest(), names);
        QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(),
                 QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        const QByteArray sig = signature(stringToSign(canonical, "20191115T033655Z"),
                                         "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        QCOMPARE(sig,
                 QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    void signRequestReproducesVector()
    {
        SignableRequest request = vectorRequest();
        request.headers.removeLast(); // signRequest sets X-Sdk-Date itself
        signRequest(request, "QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
                    QDateTime(QDate(2019, 11, 15), QTime(3, 36, 55), Qt::UTC));
        QCOMPARE(request.headers.last().first, QByteArray("Authorization"));
        QCOMPARE(request.headers.last().second,
                 QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                            "SignedHeaders=content-type;host;x-sdk-date, "
                            "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    void canonicalFormRules()
    {
        SignableRequest request;
        request.method = "get";
        request.url = QUrl(QStringLiteral("http://h/v2/p/services/c-face-edge/tasks"
                                          "?name_like=a%20b&state=RUNNING&limit=10&offset=1"));
        request.headers = {{"Host", "h"}, {"X-Sdk-Date", "20240101T000000Z"}};
        const QByteArray canonical = canonicalRequest(request, {"host", "x-sdk-date"});
        const QList<QByteArray> lines = canonical.split('\n');
        QCOMPARE(lines.at(0), QByteArray("GET"));
        QCOMPARE(lines.at(1), QByteArray("/v2/p/services/c-face-edge/tasks/"));
        QCOMPARE(lines.at(2), QByteArray("limit=10&name_like=a%20b&offset=1&state=RUNNING"));
        QCOMPARE(lines.at(3), QByteArray("host:h"));
        QCOMPARE(lines.at(4), QByteArray("x-sdk-date:20240101T000000Z"));
        QCOMPARE(lines.at(5), QByteArray());
        QCOMPARE(lines.at(6), QByteArray("host;x-sdk-date"));
        QCOMPARE(lines.at(7), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void uriEncodingKeepsOnlyUnreserved()
    {
        QCOMPARE(uriEncode("a-_.~Z9 /+中"), QByteArray("a-_.~Z9%20%2F%2B%E4%B8%AD"));
    }

    void parseAuthorizationHeader()
    {
        const auto parsed = parseAuthorization(
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc");
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->access, QByteArray("AK"));
        QCOMPARE(parsed->signedHeaders, (QList<QByteArray>{"host", "x-sdk-date"}));
        QCOMPARE(parsed->signature, QByteArray("abc"));
        QVERIFY(!parseAuthorization("Bearer x").has_value());
        QVERIFY(!parseAuthorization("SDK-HMAC-SHA256 Access=AK, Signature=abc").has_value());
    }

    void sdkDateRoundTrip()
    {
        const QDateTime t(QDate(2019, 11, 15), QTime(3, 36, 55), Qt::UTC);
        QCOMPARE(formatSdkDate(t), QByteArray("20191115T033655Z"));
        QCOMPARE(parseSdkDate("20191115T033655Z"), std::optional<QDateTime>(t));
        QVERIFY(!parseSdkDate("2019-11-15").has_value());
        QVERIFY(!parseSdkDate("20191315T033655Z").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
