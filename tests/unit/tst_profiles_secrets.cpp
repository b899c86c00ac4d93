// Secret safety: profiles with an SK, an IAM password, a token and a proxy
// password are saved and used against the in-process simulator with every
// vias.* debug log on; then no settings file and no log line may contain
// any of the secrets (plain or base64), and the opt-in secrets file keeps
// them only base64-encoded with permissions 0600. Also: Auto mode falls
// back to session-only secrets on a machine without a keychain.
#include "api/apiclient.h"
#include "tests/support/simfixture.h"
#include "ui/profiles/preferences.h"
#include "ui/profiles/profilestore.h"
#include "ui/profiles/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vias;
using namespace vias::ui;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") +
                     QLatin1Char(' ') + message);
    }
    // Qt Test's own output passes through; vias.* lines are only captured.
    if (!QByteArray(context.category ? context.category : "").startsWith("vias."))
        g_previous(type, context, message);
}

const QByteArray kSk = "SeCrEtSk-7f3a9c1e-unique-value";
const QByteArray kPassword = "PaSsWoRd-unique-42-xyzzy";
const QByteArray kProxyPassword = "PrOxYpw-unique-0b5e";
const QByteArray kWrongSk = "WrOnGsK-unique-5d2a";

} // namespace

class TestProfilesSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_secrets{kSk, kPassword, kProxyPassword, kWrongSk};

    api::PageResult listOne(const Connection &c)
    {
        api::ApiClient client(c.config);
        if (c.makeAuth)
            client.setAuthProvider(c.makeAuth());
        api::TaskQuery query;
        query.limit = 1;
        api::PageReply *reply = client.listPage(query);
        QSignalSpy spy(reply, &api::PageReply::finished);
        spy.wait(20000);
        return spy.isEmpty() ? api::PageResult{}
                             : spy.constFirst().constFirst().value<api::PageResult>();
    }

    template<typename F>
    void writeAll(SecretStore &store, const QList<std::pair<QString, Secrets>> &all, F check)
    {
        int done = 0;
        for (const auto &[id, secrets] : all)
            store.write(id, secrets, this, [&](const QString &error) {
                check(error);
                ++done;
            });
        QTRY_COMPARE(done, int(all.size()));
    }

    void assertAbsent(const QByteArray &haystack, const QString &where)
    {
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            QVERIFY2(!haystack.contains(secret),
                     qPrintable(QStringLiteral("a secret appears in %1").arg(where)));
            QVERIFY2(!haystack.contains(secret.toBase64()),
                     qPrintable(QStringLiteral("a base64 secret appears in %1").arg(where)));
        }
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<api::PageResult>();
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("vias-console-test"));
        QCoreApplication::setApplicationName(QStringLiteral("secrets"));
        g_previous = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void noSecretInSettingsOrLogs()
    {
        auto options = test::SimFixture::defaultOptions(25);
        options.auth = sim::AuthMode::Any;
        options.secretKey = kSk;
        options.password = QString::fromLatin1(kPassword);
        test::SimFixture sim(options);
        QVERIFY(sim.isRunning());

        // A token to paste, from the simulator's IAM.
        QNetworkAccessManager network;
        QNetworkRequest request(sim.tokensUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const test::HttpResult login =
            test::httpSend(network, request, "POST",
                           test::passwordLoginBody(QString::fromLatin1(sim::kDemoUser),
                                                   QString::fromLatin1(kPassword),
                                                   QString::fromLatin1(sim::kDemoDomain),
                                                   QString::fromLatin1(sim::kDemoProjectName)));
        QCOMPARE(login.status, 201);
        const QByteArray token = login.header("X-Subject-Token");
        QVERIFY(token.size() >= 16);
        m_secrets.append(token);

        const auto base = [&](const QString &name, AuthMethod method) {
            Profile p = Profile::create(name);
            p.endpoint = EndpointKind::Custom;
            p.customUrl = sim.baseUrl();
            p.region = QString::fromLatin1(sim::kDemoProjectName);
            p.projectId = sim.projectId();
            p.auth = method;
            p.accessKey = QString::fromLatin1(sim::kDemoAccessKey);
            p.iamUser = QString::fromLatin1(sim::kDemoUser);
            p.iamDomain = QString::fromLatin1(sim::kDemoDomain);
            p.proxyMode = api::ProxyMode::None;
            return p;
        };
        const Profile aksk = base(QStringLiteral("AK/SK"), AuthMethod::AkSk);
        const Profile iam = base(QStringLiteral("IAM"), AuthMethod::IamPassword);
        const Profile tok = base(QStringLiteral("Token"), AuthMethod::Token);
        Profile proxied = base(QStringLiteral("Proxied"), AuthMethod::AkSk);
        proxied.proxyMode = api::ProxyMode::Explicit;
        proxied.proxyHost = QStringLiteral("127.0.0.1");
        proxied.proxyPort = 9;
        proxied.proxyUser = QStringLiteral("proxyuser");

        Secrets skSecrets;
        skSecrets.secretKey = kSk;
        Secrets iamSecrets;
        iamSecrets.password = kPassword;
        Secrets tokenSecrets;
        tokenSecrets.token = token;
        Secrets proxySecrets;
        proxySecrets.secretKey = kSk;
        proxySecrets.proxyPassword = kProxyPassword;
        const QList<std::pair<QString, Secrets>> all{{aksk.id, skSecrets},
                                                     {iam.id, iamSecrets},
                                                     {tok.id, tokenSecrets},
                                                     {proxied.id, proxySecrets}};

        ProfileStore store;
        for (const Profile &p : {aksk, iam, tok, proxied})
            store.upsert(p);
        store.setLastUsedId(iam.id);
        Preferences prefs;
        prefs.secretsFileFallback = true;
        prefs.save();

        SecretStore session(SecretStore::Mode::SessionOnly);
        writeAll(session, all, [](const QString &e) { QVERIFY(e.isEmpty()); });
        const QString secretsFile = m_dir.filePath(QStringLiteral("appconfig/secrets.ini"));
        SecretStore file(SecretStore::Mode::File);
        file.setFilePath(secretsFile);
        writeAll(file, all, [](const QString &e) { QVERIFY2(e.isEmpty(), qPrintable(e)); });

        // Use each profile with secrets read back from the store.
        for (const Profile &p : {aksk, iam, tok}) {
            Secrets s;
            bool read = false;
            file.read(p.id, this, [&](const Secrets &r, const QString &) {
                s = r;
                read = true;
            });
            QTRY_VERIFY(read);
            const api::PageResult r = listOne(connectionFor(p, s));
            QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
            QCOMPARE(r.count, qint64(25));
        }
        Secrets wrong;
        wrong.secretKey = kWrongSk;
        QCOMPARE(listOne(connectionFor(aksk, wrong)).error.httpStatus, 401);
        Secrets wrongPassword;
        wrongPassword.password = kWrongSk;
        QVERIFY(listOne(connectionFor(iam, wrongPassword)).error.isError());
        // Building the proxied profile's connection (proxy password inside) logs nothing secret.
        const Connection viaProxy = connectionFor(proxied, proxySecrets);
        QCOMPARE(viaProxy.config.proxy.explicitProxy.password(),
                 QString::fromLatin1(kProxyPassword));

        QSettings().sync();
        const QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.size() >= 3, "vias.* debug logging was not captured");
        assertAbsent(g_log.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("the log"));

        int settingsFiles = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (path == secretsFile) {
                for (const QByteArray &secret : std::as_const(m_secrets))
                    QVERIFY(!bytes.contains(secret));
                QVERIFY(bytes.contains(kSk.toBase64())); // it is the opted-in store
                continue;
            }
            ++settingsFiles;
            assertAbsent(bytes, path);
        }
        QVERIFY(settingsFiles >= 1);
        const QFileDevice::Permissions groupOrOther =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(QFile::permissions(secretsFile) & groupOrOther));
        QVERIFY(QFile::permissions(secretsFile).testFlag(QFileDevice::ReadOwner));
    }

    void autoModeFallsBackWithoutKeychain()
    {
        // Never touch a developer's real keychain: only where no session bus is.
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session exists: the real keychain might be used");
        SecretStore store(SecretStore::Mode::Auto);
        store.setTimeoutMs(3000);
        QSignalSpy changed(&store, &SecretStore::backendChanged);
        Secrets s;
        s.secretKey = kSk;
        QString error = QStringLiteral("not called");
        store.write(QStringLiteral("auto"), s, this, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not called"), 20000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(store.backend(), SecretStore::Backend::SessionOnly);
        QCOMPARE(changed.count(), 1);
        QVERIFY(store.statusText().contains(QStringLiteral("session")));
        Secrets read;
        bool done = false;
        store.read(QStringLiteral("auto"), this, [&](const Secrets &r, const QString &) {
            read = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(read.secretKey, kSk);
    }
};

int main(int argc, char *argv[])
{
    // Before the logging registry reads the environment: every vias.* debug line on.
    qputenv("QT_LOGGING_RULES", "vias.*.debug=true");
    QCoreApplication app(argc, argv);
    TestProfilesSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiles_secrets.moc"
