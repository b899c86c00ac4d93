// Console settings that must take effect on the real window: the "mask
// secrets in views" preference (Output and Raw JSON tabs; exports stay
// masked), deleting a profile from its dialog (after a confirmation) with its
// secrets, and the library versions in the About dialog.
#include "app/console/consolecontroller.h"
#include "app/console/demo.h"
#include "models/export/taskexporter.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "tests/support/guisupport.h"
#include "tests/support/simfixture.h"
#include "ui/detail/rawjsontab.h"
#include "ui/detail/taskdetailpane.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilemanager.h"
#include "ui/profiles/profilestore.h"
#include "ui/profiles/secretstore.h"
#include "ui/profileswitcher.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <xlsxwriter.h>

using namespace vias;
using vias::test::find;

namespace {

// The first loaded task with a webhook header, and that header's value.
int taskWithHeader(const TaskTableModel &model, QString *value)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const Task *t = model.taskAt(row);
        if (t->output.webhook && !t->output.webhook->headers.isEmpty() &&
            t->output.webhook->headers.first().second.size() >= 6) {
            *value = t->output.webhook->headers.first().second;
            return row;
        }
    }
    return -1;
}

} // namespace

class TestConsoleSettings final : public QObject
{
    Q_OBJECT

private:
    // Loads the simulator in a console whose preferences say `mask`, selects a
    // task with a webhook header and returns what the two tabs show.
    void showSecretTask(bool mask, QString *rawText, QString *headerCell, QString *value)
    {
        QSettings().setValue(QStringLiteral("ui/maskSecrets"), mask);
        auto options = test::SimFixture::defaultOptions(120);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        ui::MainWindow window;
        app::ConsoleController controller(&window);
        window.setServerPaging(false);
        window.show();
        window.setConnection(test::connectionTo(sim));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 120, 15000);
        QTRY_VERIFY(!window.loader()->isLoading());
        window.proxy()->flush();
        QCOMPARE(window.detailPane()->masksSecrets(), mask);

        const int row = taskWithHeader(*window.model(), value);
        QVERIFY(row >= 0);
        window.view()->selectRow(
            window.proxy()->mapFromSource(window.model()->index(row, 0)).row());
        ui::TaskDetailPane *pane = window.detailPane();
        pane->setCurrentWidget(find<QWidget>(pane, "outputTab"));
        auto *headers = find<QTableWidget>(pane, "webhookHeadersTable");
        QVERIFY(headers);
        *headerCell = headers->item(0, 1)->text();
        pane->setCurrentWidget(find<QWidget>(pane, "rawJsonTab"));
        *rawText = find<QPlainTextEdit>(pane, "rawJsonView")->toPlainText();
        QCOMPARE(find<QCheckBox>(pane, "rawJsonReveal")->isChecked(), !mask);

        // The reveal toggle still works either way.
        find<QCheckBox>(pane, "rawJsonReveal")->setChecked(true);
        QVERIFY(find<QPlainTextEdit>(pane, "rawJsonView")->toPlainText().contains(*value));

        // Exports stay masked by default whatever the view shows.
        ExportOptions exportOptions;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(exportTasks(QList<Task>{*window.model()->taskAt(row)}, exportOptions, &out).ok());
        QVERIFY(!out.data().contains(value->toUtf8()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VIAS_SECRET_BACKEND", "session");
    }

    void init() { QSettings().clear(); }

    void maskPreferenceOnHidesSecrets()
    {
        QString raw, cell, value;
        showSecretTask(true, &raw, &cell, &value);
        QVERIFY(!raw.isEmpty());
        QVERIFY2(!raw.contains(value), qPrintable(value));
        QVERIFY(cell != value);
    }

    void maskPreferenceOffShowsValues()
    {
        QString raw, cell, value;
        showSecretTask(false, &raw, &cell, &value);
        QVERIFY2(raw.contains(value), qPrintable(value));
        QCOMPARE(cell, value);
    }

    void changingThePreferenceRefreshesTheShownTask()
    {
        ui::TaskDetailPane pane;
        Task task;
        task.id = QStringLiteral("t1");
        task.rawJson =
            R"({"id":"t1","output":{"webhook":{"url":"https://x","headers":{"X-Token":"s3cr3t-value"}}}})";
        WebhookOutput hook;
        hook.url = QStringLiteral("https://x");
        hook.headers = {{QStringLiteral("X-Token"), QStringLiteral("s3cr3t-value")}};
        task.output.webhook = hook;
        pane.setTask(&task);
        pane.setCurrentWidget(find<QWidget>(&pane, "rawJsonTab"));
        auto *view = find<QPlainTextEdit>(&pane, "rawJsonView");
        QVERIFY(!view->toPlainText().contains(QLatin1StringView("s3cr3t-value")));
        pane.setMaskSecrets(false);
        QVERIFY(view->toPlainText().contains(QLatin1StringView("s3cr3t-value")));
        pane.setMaskSecrets(true);
        QVERIFY(!view->toPlainText().contains(QLatin1StringView("s3cr3t-value")));
    }

    void deletingAProfileRemovesItsSecrets()
    {
        auto options = test::SimFixture::defaultOptions(30);
        options.auth = sim::AuthMode::AkSk;
        test::SimFixture sim(options);
        ui::MainWindow window;
        app::ConsoleController controller(&window);
        QString error;
        QVERIFY(controller.start(false, {}, &error));
        window.show();

        auto *manager = controller.findChild<ui::ProfileManager *>();
        auto *secrets = controller.findChild<ui::SecretStore *>();
        QVERIFY(manager && secrets);
        ui::ImportedProfile imported;
        imported.profile = ui::Profile::create(QStringLiteral("To be deleted"));
        imported.profile.endpoint = ui::EndpointKind::Custom;
        imported.profile.customUrl = sim.baseUrl();
        imported.profile.projectId = sim.projectId();
        imported.profile.accessKey = QString::fromLatin1(options.accessKey);
        imported.secrets.secretKey = options.secretKey;
        const QString id = manager->addImported(imported);
        QTRY_COMPARE(secrets->cached(id).secretKey, options.secretKey);
        controller.openProfile(id);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 30, 15000);

        // Manage profiles… > Delete profile… > confirm.
        bool deleteClicked = false;
        bool confirmed = false;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && !confirmed) {
                confirmed = true;
                QVERIFY(box->informativeText().contains(QLatin1StringView("secrets")));
                box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
            } else if (auto *dialog = qobject_cast<ui::ProfileDialog *>(modal);
                       dialog && !deleteClicked) {
                deleteClicked = true;
                auto *button =
                    dialog->findChild<QPushButton *>(QStringLiteral("deleteProfileButton"));
                QVERIFY(button && button->isVisible());
                QMetaObject::invokeMethod(button, &QPushButton::click, Qt::QueuedConnection);
            }
        });
        driver.start();
        ui::ProfileSwitcher *switcher = controller.switcher();
        emit switcher->activated(switcher->findData(ui::ProfileSwitcher::kManageId));
        driver.stop();
        QVERIFY(deleteClicked && confirmed);

        QVERIFY(!controller.profileStore()->profile(id).has_value());
        QVERIFY(switcher->findData(id) < 0);
        QTRY_VERIFY(secrets->cached(id).isEmpty());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(id), qPrintable(key));
        // It was open: the window is back on the welcome page.
        auto *stack = find<QStackedWidget>(&window, "contentStack");
        QTRY_COMPARE(stack->currentWidget(), find<QWidget>(&window, "welcomePage"));
        QCOMPARE(window.model()->rowCount(), 0);
    }

    void aboutShowsLibraryVersions()
    {
        const QString info = ui::AboutDialog::buildInfo();
        QVERIFY2(info.contains(QStringLiteral("libxlsxwriter ") + QString::fromLatin1(LXW_VERSION)),
                 qPrintable(info));
        // CMake finds Qt6Keychain with a version on this platform (Debian's package).
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+"))),
                 qPrintable(info));
    }
};

QTEST_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
