#include "app/console/consolecontroller.h"

#include "app/console/demo.h"
#include "ui/detail/taskdetailpane.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/multiprojectdialog.h"
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

#include <memory>
#include <optional>

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
    m_window->detailPane()->setMaskSecrets(preferences.maskSecrets);

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
    connect(m_switcher, &ui::ProfileSwitcher::multiRequested, this,
            &ConsoleController::chooseSeveral);
    connect(m_manager, &ui::ProfileManager::profileRemoved, this,
            &ConsoleController::onProfileRemoved);
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

Demo *ConsoleController::demo(bool second)
{
    std::unique_ptr<Demo> &slot = second ? m_secondDemo : m_demo;
    if (!slot)
        slot = std::make_unique<Demo>(second ? DemoOptions::secondProject(*m_demoOptions)
                                             : *m_demoOptions);
    return slot.get();
}

void ConsoleController::openDemo()
{
    Demo *d = demo(false);
    if (!d->isRunning()) {
        m_welcome->setMessage(d->errorString());
        return;
    }
    m_switcher->setDemoCurrent();
    m_window->setConnection(d->connection());
}

void ConsoleController::chooseSeveral()
{
    QList<ui::MultiProjectDialog::Entry> entries;
    for (const ui::Profile &p : m_store->profiles())
        entries.append({p.id, p.name.isEmpty() ? tr("(unnamed profile)") : p.name,
                        tr("Region %1, project %2").arg(p.region, p.projectId)});
    entries.append(
        {kDemoId, tr("Demo (local simulator)"), tr("A local simulator, no cloud account")});
    entries.append({kSecondDemoId, tr("Demo, second project (local simulator)"),
                    tr("A second local simulator with other tasks")});
    QStringList checked = ui::MultiProjectDialog::savedSelection();
    if (checked.isEmpty())
        checked = m_store->isEmpty() ? QStringList{kDemoId, kSecondDemoId} : QStringList{};
    ui::MultiProjectDialog dialog(entries, checked, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ui::MultiProjectDialog::saveSelection(dialog.checkedIds());
    openSeveral(dialog.checkedIds());
}

void ConsoleController::openSeveral(const QStringList &ids)
{
    // Profiles read their secrets asynchronously: collect every connection,
    // in the order chosen, then show them together.
    if (ids.isEmpty())
        return;
    struct Pending
    {
        QList<std::optional<ui::Connection>> connections;
        QStringList errors;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->connections.resize(ids.size());
    pending->waiting = int(ids.size());
    const QString lastUsed = m_store->lastUsedId();
    const auto done = [this, pending, lastUsed] {
        if (--pending->waiting > 0)
            return;
        m_store->setLastUsedId(lastUsed); // opening several is not "the last profile"
        QList<ui::Connection> connections;
        for (const std::optional<ui::Connection> &c : std::as_const(pending->connections)) {
            if (c)
                connections.append(*c);
        }
        auto *notes = m_window->findChild<ui::MessageBanner *>(QStringLiteral("notesBanner"));
        if (connections.isEmpty()) {
            notes->showMessage(ui::MessageBanner::Level::Error,
                               tr("None of the chosen projects could be opened."),
                               pending->errors.join(QLatin1Char('\n')));
            return;
        }
        m_switcher->setMultiCurrent();
        m_window->setConnections(connections);
        if (!pending->errors.isEmpty())
            notes->showMessage(ui::MessageBanner::Level::Warning,
                               tr("%n chosen project(s) could not be opened and are not shown.",
                                  nullptr, int(pending->errors.size())),
                               pending->errors.join(QLatin1Char('\n')));
    };
    for (int i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        if (id == kDemoId || id == kSecondDemoId) {
            Demo *d = demo(id == kSecondDemoId);
            if (d->isRunning())
                pending->connections[i] = d->connection();
            else
                pending->errors << d->errorString();
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
            continue;
        }
        const QString name = m_store->profile(id) ? m_store->profile(id)->name : id;
        m_manager->open(
            id, this,
            [pending, done, i, name](const ui::Connection &connection, const QString &error) {
                if (error.isEmpty())
                    pending->connections[i] = connection;
                else
                    pending->errors << tr("%1: %2").arg(name, error);
                done();
            });
    }
}

void ConsoleController::onProfileRemoved(const QString &id)
{
    QStringList saved = ui::MultiProjectDialog::savedSelection();
    if (saved.removeAll(id) > 0)
        ui::MultiProjectDialog::saveSelection(saved);
    if (m_switcher->currentId() == id) {
        m_switcher->setCurrentProfile({});
        m_window->closeConnection(); // the welcome page
    }
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
    m_preferencesAction =
        m_settingsMenu->addAction(QString(), this, &ConsoleController::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction =
        m_helpMenu->addAction(QString(), this, [this] { ui::AboutDialog(m_window).exec(); });
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
    m_window->detailPane()->setMaskSecrets(preferences.maskSecrets);
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
