#include "app/console/consolecontroller.h"

#include "app/console/demo.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/profiles/profilemanager.h"
#include "ui/profiles/profilestore.h"
#include "ui/profiles/secretstore.h"
#include "ui/profileswitcher.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>

namespace vias::app {

ConsoleController::ConsoleController(ui::MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_store(new ui::ProfileStore(this))
    , m_secrets(new ui::SecretStore(ui::SecretStore::modeFromEnvironment(), this))
    , m_manager(new ui::ProfileManager(m_store, m_secrets, this))
    , m_switcher(new ui::ProfileSwitcher)
    , m_welcome(new ui::WelcomePage)
    , m_demoOptions(std::make_unique<DemoOptions>())
{
    const ui::Preferences preferences = ui::Preferences::load();
    m_secrets->setFileFallbackAllowed(preferences.secretsFileFallback);
    applyTheme(preferences.theme);

    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_switcher->setProfiles(m_store->profiles());
    m_window->mainToolBar()->insertWidget(m_window->mainToolBar()->actions().value(0), m_switcher);
    m_window->mainToolBar()->insertSeparator(m_window->mainToolBar()->actions().value(1));
    m_window->setWelcomePage(m_welcome);
    buildMenus();

    connect(m_store, &ui::ProfileStore::changed, m_switcher,
            [this] { m_switcher->setProfiles(m_store->profiles()); });
    connect(m_switcher, &ui::ProfileSwitcher::profileChosen, this, &ConsoleController::openProfile);
    connect(m_switcher, &ui::ProfileSwitcher::demoChosen, this, &ConsoleController::openDemo);
    connect(m_switcher, &ui::ProfileSwitcher::manageRequested, this,
            &ConsoleController::manageProfiles);
    connect(m_welcome, &ui::WelcomePage::demoRequested, this, &ConsoleController::openDemo);
    connect(m_welcome, &ui::WelcomePage::addProfileRequested, this, [this] {
        const QString id = m_manager->edit(m_window);
        if (!id.isEmpty())
            openProfile(id);
    });
    connect(m_welcome, &ui::WelcomePage::importRequested, this,
            &ConsoleController::importFromEnvironment);
    connect(m_manager, &ui::ProfileManager::secretError, this, [this](const QString &message) {
        m_window->findChild<ui::MessageBanner *>(QStringLiteral("notesBanner"))
            ->showMessage(ui::MessageBanner::Level::Warning, message);
    });
}

ConsoleController::~ConsoleController() = default;

bool ConsoleController::start(bool demo, const DemoOptions &demoOptions, QString *error)
{
    *m_demoOptions = demoOptions;
    applyPreferences(ui::Preferences::load());
    if (demo) {
        openDemo();
        if (!m_demo->isRunning()) {
            *error = m_demo->errorString();
            return false;
        }
        return true;
    }
    const QString last = m_store->lastUsedId();
    if (!last.isEmpty() && m_store->profile(last).has_value())
        openProfile(last);
    return true;
}

void ConsoleController::openDemo()
{
    if (!m_demo)
        m_demo = std::make_unique<Demo>(*m_demoOptions);
    if (!m_demo->isRunning()) {
        m_welcome->setMessage(m_demo->errorString());
        return;
    }
    m_switcher->setDemoCurrent();
    m_window->setConnection(m_demo->connection());
}

void ConsoleController::openProfile(const QString &id)
{
    m_switcher->setCurrentProfile(id);
    m_manager->open(id, m_window, [this](const ui::Connection &connection, const QString &error) {
        if (!error.isEmpty()) {
            m_window->findChild<ui::MessageBanner *>(QStringLiteral("errorBanner"))
                ->showMessage(ui::MessageBanner::Level::Error, error);
            return;
        }
        m_window->setConnection(connection);
    });
}

void ConsoleController::manageProfiles()
{
    const QString id = m_manager->edit(m_window, m_switcher->currentId());
    if (!id.isEmpty())
        openProfile(id);
}

void ConsoleController::importFromEnvironment()
{
    const ui::ImportResult result =
        ui::ProfileStore::importCredentials(QProcessEnvironment::systemEnvironment());
    if (!result.imported) {
        m_welcome->setMessage(result.error);
        return;
    }
    openProfile(m_manager->addImported(*result.imported));
}

void ConsoleController::buildMenus()
{
    QMenu *file = m_window->fileMenu();
    m_manageAction = new QAction(this);
    m_manageAction->setObjectName(QStringLiteral("manageProfilesAction"));
    connect(m_manageAction, &QAction::triggered, this, &ConsoleController::manageProfiles);
    m_demoAction = new QAction(this);
    m_demoAction->setObjectName(QStringLiteral("openDemoAction"));
    connect(m_demoAction, &QAction::triggered, this, &ConsoleController::openDemo);
    const QList<QAction *> existing = file->actions();
    file->insertAction(existing.value(0), m_manageAction);
    file->insertAction(existing.value(0), m_demoAction);
    file->insertSeparator(existing.value(0));

    m_settingsMenu = m_window->menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_preferencesAction = m_settingsMenu->addAction(QString(), this, &ConsoleController::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { ui::AboutDialog(m_window).exec(); });
    retranslate();
    m_window->installEventFilter(this); // LanguageChange reaches the window, not this QObject
}

void ConsoleController::retranslate()
{
    m_manageAction->setText(tr("Connection profiles…"));
    m_demoAction->setText(tr("Open the demo"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_preferencesAction->setText(tr("Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("About VIAS Console"));
}

bool ConsoleController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ConsoleController::showPreferences()
{
    ui::PreferencesDialog dialog(m_window);
    dialog.setPreferences(ui::Preferences::load());
    connect(&dialog, &ui::PreferencesDialog::themeChanged, this, &ConsoleController::applyTheme);
    connect(&dialog, &ui::PreferencesDialog::languageChanged, this,
            [](const QString &code) { ui::setLanguage(code); });
    connect(&dialog, &ui::PreferencesDialog::preferencesChanged, this,
            &ConsoleController::applyPreferences);
    dialog.exec();
}

void ConsoleController::applyPreferences(const ui::Preferences &preferences)
{
    m_secrets->setFileFallbackAllowed(preferences.secretsFileFallback);
    m_window->setPageSize(preferences.pageSize);
}

void ConsoleController::applyTheme(ui::Theme theme)
{
    static const QPalette systemPalette = QApplication::palette();
    if (theme == ui::Theme::System) {
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == ui::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

} // namespace vias::app
