// ProfileDialog against the in-process simulator: Test connection shows
// "Connected: N tasks in <service>" or the API error inline, Look up project
// id fills the field through the simulator's IAM, Import fills AK/SK from an
// injected environment, and fields follow the endpoint kind / auth method.
#include "tests/support/simfixture.h"
#include "ui/dialogs/profiledialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vias;
using namespace vias::ui;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    static Profile simProfile(const test::SimFixture &sim, AuthMethod method)
    {
        Profile p = Profile::create(QStringLiteral("Simulator"));
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
    }

    template<typename T>
    static T *child(QObject &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1StringView(name));
    }

private slots:
    void roundTripAndSecretEchoMode()
    {
        ProfileDialog dialog;
        Profile p = Profile::create(QStringLiteral("Edited"));
        p.region = QStringLiteral("cn-east-3");
        p.service = QStringLiteral("c-fire-exit-occupation-cloud");
        p.auth = AuthMethod::Token;
        p.taskCap = 777;
        Secrets s;
        s.token = "tok";
        s.secretKey = "sk";
        dialog.setProfile(p, s);
        QCOMPARE(dialog.profile(), p);
        QCOMPARE(dialog.secrets().token, QByteArray("tok"));
        for (const char *name :
             {"secretKeyEdit", "iamPasswordEdit", "tokenEdit", "proxyPasswordEdit"})
            QCOMPARE(child<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password);
    }

    void secretStorageNote()
    {
        ProfileDialog dialog;
        dialog.show();
        auto *note = child<QLabel>(dialog, "secretStorageLabel");
        QVERIFY(!note->isVisible());
        dialog.setSecretStorageNote(QStringLiteral("kept for this session only"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("kept for this session only"));
    }

    void fieldsFollowKindAndMethod()
    {
        ProfileDialog dialog;
        auto *endpoint = child<QComboBox>(dialog, "endpointCombo");
        auto *auth = child<QComboBox>(dialog, "authCombo");
        endpoint->setCurrentIndex(endpoint->findData(int(EndpointKind::Region)));
        QVERIFY(!child<QLineEdit>(dialog, "customUrlEdit")->isEnabled());
        endpoint->setCurrentIndex(endpoint->findData(int(EndpointKind::Custom)));
        QVERIFY(child<QLineEdit>(dialog, "customUrlEdit")->isEnabled());
        auth->setCurrentIndex(auth->findData(int(AuthMethod::AkSk)));
        QVERIFY(child<QLineEdit>(dialog, "secretKeyEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "iamPasswordEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "tokenEdit")->isEnabled());
        auth->setCurrentIndex(auth->findData(int(AuthMethod::IamPassword)));
        QVERIFY(!child<QLineEdit>(dialog, "secretKeyEdit")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "iamPasswordEdit")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "lookupButton")->isEnabled());
        auth->setCurrentIndex(auth->findData(int(AuthMethod::Token)));
        QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "lookupButton")->isEnabled());
    }

    void testConnectionSucceeds()
    {
        auto options = test::SimFixture::defaultOptions(1234);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        ProfileDialog dialog;
        Secrets s;
        s.secretKey = sim::kDemoSecretKey;
        dialog.setProfile(simProfile(sim, AuthMethod::AkSk), s);
        QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        const QString text = child<QLabel>(dialog, "resultLabel")->text();
        QVERIFY2(text.startsWith(QStringLiteral("Connected: ")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(1234)), qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("tasks in c-face-edge")));
    }

    void wrongSecretKeyShowsTheErrorInline()
    {
        auto options = test::SimFixture::defaultOptions(10);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        ProfileDialog dialog;
        Secrets s;
        s.secretKey = "not-the-right-secret";
        dialog.setProfile(simProfile(sim, AuthMethod::AkSk), s);
        QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("401")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("not-the-right-secret")));
    }

    void iamPasswordTestConnection()
    {
        auto options = test::SimFixture::defaultOptions(9);
        options.auth = sim::AuthMode::Token;
        test::SimFixture sim(options);
        ProfileDialog dialog;
        Secrets s;
        s.password = sim::kDemoPassword;
        dialog.setProfile(simProfile(sim, AuthMethod::IamPassword), s);
        QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(dialog.resultText()));
    }

    void looksUpTheProjectId()
    {
        test::SimFixture sim;
        ProfileDialog dialog;
        Profile p = simProfile(sim, AuthMethod::IamPassword);
        p.projectId.clear();
        Secrets s;
        s.password = sim::kDemoPassword;
        dialog.setProfile(p, s);
        QSignalSpy finished(&dialog, &ProfileDialog::lookupFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "lookupButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(dialog.resultText()));
        QCOMPARE(dialog.profile().projectId, sim.projectId());
    }

    void lookupWithWrongPasswordFailsInline()
    {
        test::SimFixture sim;
        ProfileDialog dialog;
        Secrets s;
        s.password = "wrong";
        dialog.setProfile(simProfile(sim, AuthMethod::IamPassword), s);
        QSignalSpy finished(&dialog, &ProfileDialog::lookupFinished);
        dialog.lookUpProjectId();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!dialog.resultText().isEmpty());
    }

    void lookupNeedsUserAndPassword()
    {
        ProfileDialog dialog;
        Profile p = Profile::create(QStringLiteral("x"));
        p.auth = AuthMethod::IamPassword;
        dialog.setProfile(p);
        QSignalSpy finished(&dialog, &ProfileDialog::lookupFinished);
        dialog.lookUpProjectId();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!dialog.resultText().isEmpty());
    }

    void importFillsAkSk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[basic]\nak=IMPORTEDAKIMPORTED001\nsk=imported-sk\nproject_id=impproj\n");
        f.close();
        ProfileDialog dialog;
        dialog.setImportSources(QProcessEnvironment(), path);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(dialog.profile().accessKey, QStringLiteral("IMPORTEDAKIMPORTED001"));
        QCOMPARE(dialog.profile().projectId, QStringLiteral("impproj"));
        QCOMPARE(dialog.secrets().secretKey, QByteArray("imported-sk"));
        QVERIFY(!dialog.resultText().contains(QStringLiteral("imported-sk")));

        dialog.setImportSources(QProcessEnvironment(), dir.filePath(QStringLiteral("missing")));
        dialog.importCredentials();
        QVERIFY(!dialog.resultText().isEmpty());
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
