// Credentials resolution: environment variables, the INI credentials file
// (tolerant syntax), precedence, and clear errors.
#include "api/auth/credentials.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vias::api;

class TestCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void environment()
    {
        QProcessEnvironment env;
        QVERIFY(!credentialsFromEnvironment(env));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AK1"));
        QVERIFY(!credentialsFromEnvironment(env)); // SK missing
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("SK1"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("P1"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN"), QStringLiteral("ST1"));
        const auto c = credentialsFromEnvironment(env);
        QVERIFY(c);
        QCOMPARE(c->accessKey, QByteArray("AK1"));
        QCOMPARE(c->secretKey, QByteArray("SK1"));
        QCOMPARE(c->projectId, QStringLiteral("P1"));
        QCOMPARE(c->securityToken, QByteArray("ST1"));
    }

    void fileSyntax()
    {
        const QByteArray text = "\xEF\xBB\xBF# comment\r\n"
                                "[default]\r\nak = WRONG\r\n"
                                "[basic]\r\n"
                                "; another comment\r\n"
                                "ak = QTWAOYTTINDUT2QVKYUC\r\n"
                                "sk=\"MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc\"\r\n"
                                "  project_id =  77b6a44cba5143ab91d13ab9a8ff44fd  \r\n"
                                "\r\n[other]\nak = ALSO_WRONG\n";
        const CredentialsResult r = parseCredentialsFile(text, QStringLiteral("/x"));
        QVERIFY2(r.credentials, qPrintable(r.error));
        QCOMPARE(r.credentials->accessKey, QByteArray("QTWAOYTTINDUT2QVKYUC"));
        QCOMPARE(r.credentials->secretKey, QByteArray("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"));
        QCOMPARE(r.credentials->projectId, QStringLiteral("77b6a44cba5143ab91d13ab9a8ff44fd"));
        QCOMPARE(r.credentials->maskedAccessKey(), QStringLiteral("QTWA…"));
    }

    void fileErrors()
    {
        QVERIFY(parseCredentialsFile("ak=1\nsk=2\n").error.contains(QStringLiteral("[basic]")));
        QVERIFY(parseCredentialsFile("[basic]\nak=1\n").error.contains(QStringLiteral("sk")));
        QVERIFY(
            parseCredentialsFile("[basic]\njunk line\n").error.contains(QStringLiteral("Line 2")));
        QVERIFY(!credentialsFromFile(QStringLiteral("/nonexistent/credentials")).credentials);
    }

    void precedenceAndInjectedPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[basic]\nak = FILEAK\nsk = FILESK\n");
        f.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("ENVPROJECT"));
        CredentialsResult r = resolveCredentials(env, path);
        QVERIFY(r.credentials);
        QCOMPARE(r.credentials->accessKey, QByteArray("FILEAK"));
        QCOMPARE(r.credentials->projectId, QStringLiteral("ENVPROJECT")); // filled in from env
        QVERIFY(r.credentials->source.contains(path));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("ENVAK"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("ENVSK"));
        r = resolveCredentials(env, path);
        QCOMPARE(r.credentials->accessKey, QByteArray("ENVAK")); // environment wins
        r = resolveCredentials(QProcessEnvironment(), dir.filePath(QStringLiteral("none")));
        QVERIFY(!r.credentials);
        QVERIFY(r.error.contains(QStringLiteral("HUAWEICLOUD_SDK_AK")));
    }

    void defaultPathUnderHome()
    {
        QVERIFY(defaultCredentialsFilePath().endsWith(QStringLiteral("/.huaweicloud/credentials")));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
