// PreferencesDialog: shows the saved preferences, Apply saves them to
// QSettings and emits languageChanged / themeChanged only on change; the
// secrets-file warning shows only with the opt-in. Also the small widgets:
// ProfileSwitcher's signals, WelcomePage's buttons, AboutDialog's facts.
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/profileswitcher.h"
#include "ui/welcomepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace vias;
using namespace vias::ui;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("vias-console-test"));
        QCoreApplication::setApplicationName(QStringLiteral("preferences"));
    }

    void applySavesAndSignals()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.preferences(), Preferences());
        QSignalSpy language(&dialog, &PreferencesDialog::languageChanged);
        QSignalSpy theme(&dialog, &PreferencesDialog::themeChanged);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        auto *languageCombo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        languageCombo->setCurrentIndex(languageCombo->findData(QStringLiteral("zh_CN")));
        dialog.findChild<QSpinBox *>(QStringLiteral("pageSizeSpin"))->setValue(55);
        dialog.apply();
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.constFirst().constFirst().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(theme.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(Preferences::load().pageSize, 55);

        auto *themeCombo = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        themeCombo->setCurrentIndex(themeCombo->findData(int(Theme::Dark)));
        dialog.apply();
        QCOMPARE(language.count(), 1);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(Preferences::load().theme, Theme::Dark);

        dialog.apply(); // nothing changed
        QCOMPARE(changed.count(), 2);

        PreferencesDialog reopened;
        QCOMPARE(reopened.preferences(), Preferences::load());
    }

    void secretsFileWarning()
    {
        PreferencesDialog dialog;
        dialog.show();
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("secretsFileCheck"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("secretsFileWarning"));
        check->setChecked(false);
        QVERIFY(!warning->isVisible());
        check->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("secrets.ini")));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("maskCheck")) != nullptr);
    }

    void switcherSignals()
    {
        ProfileSwitcher switcher;
        Profile a = Profile::create(QStringLiteral("Alpha"));
        Profile b = Profile::create(QStringLiteral("Beta"));
        switcher.setProfiles({a, b});
        switcher.setCurrentProfile(b.id);
        QCOMPARE(switcher.currentText(), QStringLiteral("Beta"));
        QSignalSpy chosen(&switcher, &ProfileSwitcher::profileChosen);
        QSignalSpy demo(&switcher, &ProfileSwitcher::demoChosen);
        QSignalSpy manage(&switcher, &ProfileSwitcher::manageRequested);
        Q_EMIT switcher.activated(switcher.findData(a.id));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), a.id);
        Q_EMIT switcher.activated(switcher.findData(ProfileSwitcher::kDemoId));
        QCOMPARE(demo.count(), 1);
        QCOMPARE(switcher.currentId(), ProfileSwitcher::kDemoId);
        Q_EMIT switcher.activated(switcher.findData(ProfileSwitcher::kManageId));
        QCOMPARE(manage.count(), 1);
        // "Manage" does not stay selected.
        QCOMPARE(switcher.currentData().toString(), ProfileSwitcher::kDemoId);
        // Setting the list again keeps the selection and emits nothing.
        switcher.setProfiles({a});
        QCOMPARE(switcher.currentData().toString(), ProfileSwitcher::kDemoId);
        QCOMPARE(chosen.count() + demo.count(), 2);
    }

    void welcomeButtons()
    {
        WelcomePage page;
        QSignalSpy demo(&page, &WelcomePage::demoRequested);
        QSignalSpy add(&page, &WelcomePage::addProfileRequested);
        QSignalSpy import(&page, &WelcomePage::importRequested);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("demoButton")),
                          Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addProfileButton")),
                          Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QCOMPARE(add.count(), 1);
        QCOMPARE(import.count(), 1);
    }

    void aboutFacts()
    {
        const QString info = AboutDialog::buildInfo();
        QVERIFY(info.contains(QStringLiteral(VIAS_VERSION)));
        QVERIFY(info.contains(QString::fromLatin1(qVersion())));
        QVERIFY(info.contains(QStringLiteral("libxlsxwriter")));
        AboutDialog dialog;
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("docsLink"))->openExternalLinks());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
