// Everything around the main window that is about sessions rather than
// tasks: which project is open (profiles, the demo), the welcome page on a
// first start, preferences (language hook, theme, paging defaults), the
// profile switcher in the toolbar and the Settings/Help menus.
#pragma once

#include "ui/profiles/preferences.h"

#include <QObject>

class QAction;
class QMenu;

#include <memory>

namespace vias::ui {
class MainWindow;
class ProfileManager;
class ProfileStore;
class ProfileSwitcher;
class SecretStore;
class WelcomePage;
} // namespace vias::ui

namespace vias::app {

class Demo;
struct DemoOptions;

class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    explicit ConsoleController(ui::MainWindow *window);
    ~ConsoleController() override;

    // Start-up: the demo when asked, else the last used profile, else the
    // welcome page. Returns false with a message when the demo cannot start.
    bool start(bool demo, const DemoOptions &demoOptions, QString *error);
    void openDemo();
    void openProfile(const QString &id);
    // "Several projects…": asks which profiles (and demo projects), then shows
    // them together. openSeveral() does the second half: ids are profile ids
    // or kDemoIds; at least one must open.
    void chooseSeveral();
    void openSeveral(const QStringList &ids);

    // The built-in demo projects offered in "Several projects…".
    static inline const QString kDemoId = QStringLiteral("::demo");
    static inline const QString kSecondDemoId = QStringLiteral("::demo2");

    ui::ProfileStore *profileStore() const { return m_store; }
    ui::ProfileSwitcher *switcher() const { return m_switcher; }

    // Applies the theme to the whole application.
    static void applyTheme(ui::Theme theme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void showPreferences();
    void manageProfiles();
    void importFromEnvironment();
    void applyPreferences(const ui::Preferences &preferences);
    void onProfileRemoved(const QString &id);
    // The demo simulators, started on first use; nullptr when one cannot listen.
    Demo *demo(bool second);

    ui::MainWindow *m_window;
    ui::ProfileStore *m_store;
    ui::SecretStore *m_secrets;
    ui::ProfileManager *m_manager;
    ui::ProfileSwitcher *m_switcher;
    ui::WelcomePage *m_welcome;
    QAction *m_manageAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    std::unique_ptr<Demo> m_demo;
    std::unique_ptr<Demo> m_secondDemo;
    std::unique_ptr<DemoOptions> m_demoOptions;
};

} // namespace vias::app
