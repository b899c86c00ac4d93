// The console as a first-time user meets it: no profile yet, the welcome
// page, "Try the demo", tasks on screen; then importing credentials from the
// environment into a profile that connects to a simulator.
#include "app/console/consolecontroller.h"
#include "app/console/demo.h"
#include "models/tasktablemodel.h"
#include "tests/support/simfixture.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilemanager.h"
#include "ui/profiles/profilestore.h"
#include "ui/profileswitcher.h"
#include "ui/taskloader.h"

#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace vias;

class TestConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VIAS_SECRET_BACKEND", "session"); // no keychain on a headless machine
    }

    void init() { QSettings().clear(); }

    void firstStartOffersTheDemo()
    {
        ui::MainWindow window;
        app::ConsoleController controller(&window);
        app::DemoOptions demo;
        demo.taskCount = 120;
        demo.latencyMs = 0;
        demo.churnPerMinute = 0;
        QString error;
        QVERIFY(controller.start(false, demo, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("contentStack"));
        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome);
        QCOMPARE(stack->currentWidget(), welcome);

        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("demoButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 120, 15000);
        QTRY_VERIFY(stack->currentWidget() != welcome);
        QVERIFY(window.windowTitle().contains(QLatin1StringView("Demo")));
    }

    void importedCredentialsBecomeAProfileThatConnects()
    {
        auto options = test::SimFixture::defaultOptions(80);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        QVERIFY(sim.isRunning());

        // An operator's existing SDK environment, pointing at a private endpoint.
        ui::ImportResult imported = ui::ProfileStore::importCredentials(
            [&] {
                QProcessEnvironment env;
                env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"),
                           QString::fromLatin1(options.accessKey));
                env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"),
                           QString::fromLatin1(options.secretKey));
                env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), sim.projectId());
                return env;
            }(),
            QStringLiteral("/nonexistent/credentials"));
        QVERIFY2(imported.imported.has_value(), qPrintable(imported.error));

        ui::MainWindow window;
        app::ConsoleController controller(&window);
        imported.imported->profile.endpoint = ui::EndpointKind::Custom;
        imported.imported->profile.customUrl = sim.baseUrl();
        QString error;
        QVERIFY(controller.start(false, {}, &error));
        window.show();

        ui::ProfileManager *manager = controller.findChild<ui::ProfileManager *>();
        QVERIFY(manager);
        const QString id = manager->addImported(*imported.imported);
        controller.openProfile(id);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 80, 15000);
        QCOMPARE(controller.switcher()->currentId(), id);

        // The profile is remembered; the SK is not in the settings.
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY(
                !settings.value(key).toString().contains(QString::fromLatin1(options.secretKey)));
        QCOMPARE(controller.profileStore()->lastUsedId(), id);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
