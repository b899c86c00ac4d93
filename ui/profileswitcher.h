// Toolbar combo box: the saved profiles, the built-in demo, "Several
// projects…" (the aggregated view) and "Manage profiles…". Choosing an entry emits what the user
// asked for; the main window does the switching.
#pragma once

#include "ui/profiles/profile.h"

#include <QComboBox>

namespace vias::ui {

class ProfileSwitcher final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)
public:
    // Item data of the two fixed entries (profile entries hold the profile id).
    static inline const QString kDemoId = QStringLiteral("::demo");
    static inline const QString kManageId = QStringLiteral("::manage");
    static inline const QString kMultiId = QStringLiteral("::multi");

    explicit ProfileSwitcher(QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    // Rebuilds the list; keeps the current entry when it still exists.
    void setProfiles(const QList<Profile> &profiles);
    // Shows which connection is active without emitting anything.
    void setCurrentProfile(const QString &id);
    void setDemoCurrent();
    // The aggregated view is shown (the "Several projects…" entry).
    void setMultiCurrent();
    QString currentId() const { return m_current; }

Q_SIGNALS:
    void profileChosen(const QString &id);
    void demoChosen();
    void manageRequested();
    // "Several projects…": the window asks which ones.
    void multiRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onActivated(int index);
    void selectCurrent();

    QString m_current;
};

} // namespace vias::ui
