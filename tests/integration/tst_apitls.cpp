// TLS: a self-signed HTTPS endpoint (certificate made with openssl at test
// time) is refused by default, as a TLS error that is not retried, and
// accepted once its certificate is given as the extra CA file.
#include "api/apiclient.h"
#include "tests/support/rawhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace vias::api;

class TestApiTls final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

    PageResult list(ApiClient &client)
    {
        PageReply *reply = client.listPage({});
        QSignalSpy spy(reply, &PageReply::finished);
        if (!spy.wait(30000))
            return {};
        return spy.at(0).at(0).value<PageResult>();
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        QString error;
        if (!vias::test::makeSelfSignedCert(m_dir.path(), &m_cert, &m_key, &error))
            QSKIP(qPrintable(QStringLiteral("openssl could not make a certificate: ") + error));
    }

    void selfSignedRefusedThenAcceptedWithCa()
    {
        QFile certFile(m_cert);
        QFile keyFile(m_key);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client cert
        vias::test::RawHttpServer server([](const vias::test::RawRequest &) {
            vias::test::RawResponse r;
            r.body = R"({"count":1,"tasks":[{"id":"abc","name":"t","state":"RUNNING"}]})";
            return r;
        });
        QVERIFY(server.listenTls(tls));

        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.projectId = QStringLiteral("p");
        config.proxy.mode = ProxyMode::None;
        config.retry.baseDelayMs = 5;
        ApiClient client(config);
        QVERIFY(!client.isInsecure());
        const PageResult refused = list(client);
        QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
        QCOMPARE(refused.error.retries, 0);
        QVERIFY(refused.error.userMessage().contains(QStringLiteral("CA file")));
        QCOMPARE(server.requestCount(), 0);

        // The same client after a settings change (its connection cache must not keep
        // the old TLS trust).
        config.caFile = m_cert;
        client.setConfig(config);
        const PageResult accepted = list(client);
        QVERIFY2(!accepted.error.isError(), qPrintable(accepted.error.userMessage()));
        QCOMPARE(accepted.tasks.size(), 1);
        QCOMPARE(accepted.tasks.first().id, QStringLiteral("abc"));
        QCOMPARE(server.requestCount(), 1);
    }

    void unreadableCaFileIsASettingsError()
    {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        config.projectId = QStringLiteral("p");
        config.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        ApiClient client(config);
        const PageResult r = list(client);
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        QVERIFY(r.error.userMessage().contains(QStringLiteral("missing.pem")));
    }
};

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"
