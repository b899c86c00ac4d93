// No secret reaches a log: header, URL and body redaction, and the vias.net
// category output of a real (failing) request captured through a message handler.
#include "api/apiclient.h"
#include "api/auth/akskauth.h"
#include "api/auth/iamtokenprovider.h"
#include "api/redaction.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace vias::api;

namespace {
QStringList g_log;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// The test environment's QT_LOGGING_RULES would win over setFilterRules, so
// a filter turns vias.net debug output on for this one test.
void enableNet(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "vias.net") == 0)
        category->setEnabled(QtDebugMsg, true);
}
void disableNet(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "vias.net") == 0)
        category->setEnabled(QtDebugMsg, false);
}
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestApiRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void headers()
    {
        for (const char *name : {"Authorization", "x-auth-token", "X-Subject-Token",
                                 "X-Security-Token", "Cookie", "Proxy-Authorization"}) {
            QVERIFY(isSecretHeader(name));
            QCOMPARE(redactHeader(name, "s3cr3t"), QByteArray(kRedacted));
        }
        QCOMPARE(redactHeader("X-request-id", "abc"), QByteArray("abc"));
        const QByteArray aksk = redactHeader(
            "Authorization", "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                             "SignedHeaders=content-type;host;x-sdk-date, Signature=7be666");
        QVERIFY(!aksk.contains("QTWAOYTT"));
        QVERIFY(!aksk.contains("7be666"));
        QVERIFY(aksk.contains("SignedHeaders=content-type;host;x-sdk-date"));
        const QByteArray lines = redactHeaders({{"X-Auth-Token", "tok"}, {"Accept", "json"}});
        QVERIFY(!lines.contains("tok"));
        QVERIFY(lines.contains("Accept: json"));
    }

    void urls()
    {
        const QString u = redactUrl(
            QUrl(QStringLiteral("https://user:pw@h/p?limit=1&token=abc&password=x&sk=y")));
        QVERIFY(!u.contains(QStringLiteral("pw@")));
        QVERIFY(!u.contains(QStringLiteral("abc")));
        QVERIFY(!u.contains(QStringLiteral("password=x")));
        QVERIFY(!u.contains(QStringLiteral("sk=y")));
        QVERIFY(u.contains(QStringLiteral("limit=1")));
    }

    void bodies()
    {
        const QByteArray iam = IamTokenProvider::requestBody({QUrl(QStringLiteral("https://iam")),
                                                              QStringLiteral("ops"),
                                                              "hunter2",
                                                              QStringLiteral("acme"),
                                                              QStringLiteral("cn-north-4"),
                                                              {}});
        QVERIFY(iam.contains("hunter2")); // the real body carries it ...
        const QByteArray red = redactBody(iam, 4096);
        QVERIFY(!red.contains("hunter2")); // ... the logged one never
        QVERIFY(red.contains("\"name\":\"ops\""));
        QVERIFY(!redactBody(R"({"secret_key":"abc","sk":"def","x":"ghi"})").contains("abc"));
        QVERIFY(!redactBody("password=abc&user=me").contains("abc"));
        // Cut in the middle of a secret value: the fragment is still hidden.
        const QByteArray cut = redactBody(R"({"user":"me","password":"supersecretvalue"})", 30);
        QVERIFY2(!cut.contains("supersecret"), cut.constData());
        QVERIFY(cut.size() <= 30);
    }

    void categoryNeverPrintsSecrets()
    {
        g_previousFilter = QLoggingCategory::installFilter(enableNet);
        g_log.clear();
        const auto previous = qInstallMessageHandler(capture);
        {
            ClientConfig config;
            // Nothing listens on port 9 of localhost: the request fails fast.
            config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
            config.projectId = QStringLiteral("proj");
            config.retry.maxRetries = 0;
            config.proxy.mode = ProxyMode::None;
            ApiClient client(config);
            AkSkCredentials creds;
            creds.accessKey = "AKVISIBLEPREFIX0000";
            creds.secretKey = "SKMUSTNEVERAPPEAR";
            creds.securityToken = "STSTOKENMUSTNEVERAPPEAR";
            client.setAuthProvider(new AkSkAuthProvider(creds));
            PageReply *reply = client.listPage(TaskQuery{});
            QSignalSpy spy(reply, &PageReply::finished);
            QVERIFY(spy.wait(10000));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(disableNet);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("X-Sdk-Date")),
                 qPrintable(all)); // headers were logged
        QVERIFY(!all.contains(QStringLiteral("SKMUSTNEVERAPPEAR")));
        QVERIFY(!all.contains(QStringLiteral("STSTOKENMUSTNEVERAPPEAR")));
        QVERIFY(!all.contains(QStringLiteral("AKVISIBLEPREFIX0000")));
    }
};

QTEST_GUILESS_MAIN(TestApiRedaction)
#include "tst_apiredaction.moc"
