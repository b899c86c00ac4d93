// Profiles without the network: the store's QSettings round trip, import
// from the environment and a credentials file, endpoint URLs and the
// Connection per endpoint kind and auth method, Preferences round trip, and
// the SecretStore's session and file backends.
#include "api/auth/akskauth.h"
#include "api/auth/iamtokenprovider.h"
#include "api/auth/tokenauth.h"
#include "ui/profiles/preferences.h"
#include "ui/profiles/profilestore.h"
#include "ui/profiles/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vias;
using namespace vias::ui;

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    static Profile sample()
    {
        Profile p = Profile::create(QStringLiteral("Production 北京"));
        p.endpoint = EndpointKind::Iva;
        p.region = QStringLiteral("cn-east-3");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.service = QStringLiteral("c-vehicle-detection-cloud");
        p.auth = AuthMethod::IamPassword;
        p.accessKey = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
        p.iamUser = QStringLiteral("ops");
        p.iamDomain = QStringLiteral("acme");
        p.proxyMode = api::ProxyMode::Explicit;
        p.proxyHost = QStringLiteral("proxy.local");
        p.proxyPort = 3128;
        p.proxyUser = QStringLiteral("proxyuser");
        p.caFile = QStringLiteral("/etc/ssl/extra.pem");
        p.transferTimeoutSec = 42;
        p.concurrency = 3;
        p.taskCap = 5000;
        return p;
    }

private slots:
    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const Profile a = sample();
        Profile b = Profile::create(QStringLiteral("Simulator"));
        b.endpoint = EndpointKind::Custom;
        b.customUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        {
            ProfileStore store(nullptr, file);
            QVERIFY(store.isEmpty());
            QSignalSpy changed(&store, &ProfileStore::changed);
            store.upsert(a);
            store.upsert(b);
            store.setLastUsedId(b.id);
            QCOMPARE(changed.count(), 2);
        }
        ProfileStore store(nullptr, file);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(0), a);
        QCOMPARE(store.profiles().at(1), b);
        QCOMPARE(store.lastUsedId(), b.id);

        Profile edited = a;
        edited.name = QStringLiteral("Renamed");
        store.upsert(edited);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(a.id)->name, QStringLiteral("Renamed"));

        QVERIFY(store.remove(b.id));
        QVERIFY(!store.remove(b.id));
        QVERIFY(store.lastUsedId().isEmpty());
        ProfileStore reread(nullptr, file);
        QCOMPARE(reread.profiles().size(), 1);
        QCOMPARE(reread.profiles().constFirst(), edited);
    }

    void importFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("ENVAKENVAKENVAK00001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("env-secret-key"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("envproject"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION"), QStringLiteral("ap-southeast-1"));
        const ImportResult r =
            ProfileStore::importCredentials(env, QStringLiteral("/nonexistent/credentials"));
        QVERIFY2(r.imported.has_value(), qPrintable(r.error));
        QCOMPARE(r.imported->profile.accessKey, QStringLiteral("ENVAKENVAKENVAK00001"));
        QCOMPARE(r.imported->profile.auth, AuthMethod::AkSk);
        QCOMPARE(r.imported->profile.projectId, QStringLiteral("envproject"));
        QCOMPARE(r.imported->profile.region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(r.imported->secrets.secretKey, QByteArray("env-secret-key"));
        QVERIFY(!r.imported->profile.id.isEmpty());
        QVERIFY(!r.imported->profile.name.contains(QStringLiteral("env-secret-key")));
    }

    void importFromCredentialsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[basic]\nak = FILEAKFILEAKFILEAK01\nsk = file-secret\nproject_id = fileproj\n");
        f.close();
        const ImportResult r = ProfileStore::importCredentials(QProcessEnvironment(), path);
        QVERIFY2(r.imported.has_value(), qPrintable(r.error));
        QCOMPARE(r.imported->profile.accessKey, QStringLiteral("FILEAKFILEAKFILEAK01"));
        QCOMPARE(r.imported->secrets.secretKey, QByteArray("file-secret"));
        QCOMPARE(r.imported->profile.projectId, QStringLiteral("fileproj"));
        QVERIFY(r.imported->source.contains(path));
    }

    void importNothing()
    {
        const ImportResult r = ProfileStore::importCredentials(
            QProcessEnvironment(), QStringLiteral("/nonexistent/credentials"));
        QVERIFY(!r.imported);
        QVERIFY(!r.error.isEmpty());
    }

    void endpointUrls()
    {
        Profile p = Profile::create(QStringLiteral("x"));
        p.region = QStringLiteral("cn-north-4");
        QCOMPARE(p.baseUrl(), QUrl(QStringLiteral("https://vias.cn-north-4.myhuaweicloud.com")));
        QCOMPARE(p.iamUrl(), QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")));
        p.endpoint = EndpointKind::Iva;
        QCOMPARE(p.baseUrl(), QUrl(QStringLiteral("https://iva.cn-north-4.myhuaweicloud.com")));
        p.endpoint = EndpointKind::Custom;
        p.customUrl = QUrl(QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(p.baseUrl(), p.customUrl);
        QCOMPARE(p.iamUrl(), p.customUrl);
    }

    void connectionPerAuthMethod()
    {
        Profile p = sample();
        Secrets s;
        s.secretKey = "sk";
        s.password = "pw";
        s.token = "tok";
        s.proxyPassword = "proxy-pw";

        p.auth = AuthMethod::AkSk;
        Connection c = connectionFor(p, s);
        QCOMPARE(c.name, p.name);
        QCOMPARE(c.region, QStringLiteral("cn-east-3"));
        QCOMPARE(c.config.baseUrl, QUrl(QStringLiteral("https://iva.cn-east-3.myhuaweicloud.com")));
        QCOMPARE(c.config.projectId, p.projectId);
        QCOMPARE(c.config.service, QStringLiteral("c-vehicle-detection-cloud"));
        QCOMPARE(c.config.transferTimeoutMs, 42000);
        QCOMPARE(c.config.caFile, p.caFile);
        QCOMPARE(c.config.proxy.mode, api::ProxyMode::Explicit);
        QCOMPARE(c.config.proxy.explicitProxy.hostName(), QStringLiteral("proxy.local"));
        QCOMPARE(c.config.proxy.explicitProxy.port(), quint16(3128));
        QCOMPARE(c.config.proxy.explicitProxy.user(), QStringLiteral("proxyuser"));
        QCOMPARE(c.fetch.concurrency, 3);
        QCOMPARE(c.fetch.maxTasks, qint64(5000));
        QVERIFY(c.makeAuth);
        std::unique_ptr<api::AuthProvider> auth(c.makeAuth());
        QVERIFY(qobject_cast<api::AkSkAuthProvider *>(auth.get()));

        p.auth = AuthMethod::IamPassword;
        auth.reset(connectionFor(p, s).makeAuth());
        QVERIFY(qobject_cast<api::IamTokenProvider *>(auth.get()));

        p.auth = AuthMethod::Token;
        auth.reset(connectionFor(p, s).makeAuth());
        QVERIFY(qobject_cast<api::TokenAuthProvider *>(auth.get()));
        QCOMPARE(auth->projectId(), p.projectId);
    }

    void preferencesRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        const Preferences defaults = Preferences::load(settings);
        QCOMPARE(defaults, Preferences());
        QVERIFY(defaults.maskSecrets);
        QVERIFY(!defaults.secretsFileFallback);
        Preferences p;
        p.language = QStringLiteral("zh_CN");
        p.pageSize = 50;
        p.serverPaging = true;
        p.concurrency = 4;
        p.taskCap = 12345;
        p.csvPreset = 1;
        p.theme = Theme::Dark;
        p.maskSecrets = false;
        p.secretsFileFallback = true;
        p.save(settings);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(Preferences::load(settings), p);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(Preferences::load(settings).language, QString());
    }

    void secretsEncoding()
    {
        Secrets s;
        s.secretKey = "sk=with\nnewline";
        s.password = "пароль";
        s.token = QByteArray(3000, 'T');
        QCOMPARE(SecretStore::decode(SecretStore::encode(s)), s);
        QVERIFY(!SecretStore::encode(s).contains("newline"));
        QCOMPARE(SecretStore::decode(QByteArray()), Secrets());
    }

    void sessionBackend()
    {
        SecretStore store(SecretStore::Mode::SessionOnly);
        QCOMPARE(store.backend(), SecretStore::Backend::SessionOnly);
        QVERIFY(!store.statusText().isEmpty());
        Secrets s;
        s.secretKey = "session-sk";
        bool wrote = false;
        store.write(QStringLiteral("id1"), s, this, [&](const QString &error) {
            QVERIFY(error.isEmpty());
            wrote = true;
        });
        QVERIFY(!wrote); // asynchronous
        QTRY_VERIFY(wrote);
        Secrets read;
        bool done = false;
        store.read(QStringLiteral("id1"), this, [&](const Secrets &r, const QString &) {
            read = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read, s);
        done = false;
        store.remove(QStringLiteral("id1"), this, [&](const QString &) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(store.cached(QStringLiteral("id1")).isEmpty());
    }

    void fileBackend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/secrets.ini"));
        Secrets s1;
        s1.secretKey = "file-sk";
        Secrets s2;
        s2.password = "file-pw";
        {
            SecretStore store(SecretStore::Mode::File);
            store.setFilePath(path);
            QCOMPARE(store.backend(), SecretStore::Backend::File);
            QVERIFY(store.statusText().contains(QStringLiteral("secrets.ini")));
            int done = 0;
            store.write(QStringLiteral("a"), s1, this, [&](const QString &e) {
                QVERIFY2(e.isEmpty(), qPrintable(e));
                ++done;
            });
            store.write(QStringLiteral("b"), s2, this, [&](const QString &) { ++done; });
            QTRY_COMPARE(done, 2);
        }
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        SecretStore store(SecretStore::Mode::File);
        store.setFilePath(path);
        Secrets read;
        bool done = false;
        store.read(QStringLiteral("b"), this, [&](const Secrets &r, const QString &) {
            read = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read, s2);
        done = false;
        store.remove(QStringLiteral("a"), this, [&](const QString &) { done = true; });
        QTRY_VERIFY(done);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("file-sk"));
        QVERIFY(!bytes.contains("file-pw")); // base64, not plain
        QVERIFY(bytes.contains("[b]"));
        QVERIFY(!bytes.contains("[a]"));
    }

    void callbackNotCalledAfterContextGone()
    {
        SecretStore store(SecretStore::Mode::SessionOnly);
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(QStringLiteral("x"), context.get(),
                   [&](const Secrets &, const QString &) { called = true; });
        context.reset();
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void envSeam()
    {
        qputenv("VIAS_SECRET_BACKEND", "session");
        QCOMPARE(SecretStore::modeFromEnvironment(), SecretStore::Mode::SessionOnly);
        qputenv("VIAS_SECRET_BACKEND", "file");
        QCOMPARE(SecretStore::modeFromEnvironment(), SecretStore::Mode::File);
        qunsetenv("VIAS_SECRET_BACKEND");
        QCOMPARE(SecretStore::modeFromEnvironment(), SecretStore::Mode::Auto);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
