// ProfileSwitcher: entries and the signals they map to.
#include "ui/profileswitcher.h"

#include <QEvent>
#include <QSignalBlocker>

namespace vias::ui {

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setProfiles({});
    retranslate();
    connect(this, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
}

void ProfileSwitcher::retranslate()
{
    setToolTip(tr("The project this window shows"));
    if (const int i = findData(kDemoId); i >= 0)
        setItemText(i, tr("Demo (local simulator)"));
    if (const int i = findData(kManageId); i >= 0)
        setItemText(i, tr("Manage profiles…"));
    if (const int i = findData(kMultiId); i >= 0) {
        setItemText(i, tr("Several projects…"));
        setItemData(i, tr("Show the tasks of several profiles in one table"), Qt::ToolTipRole);
    }
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::setProfiles(const QList<Profile> &profiles)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const Profile &p : profiles)
        addItem(p.name.isEmpty() ? tr("(unnamed profile)") : p.name, p.id);
    if (!profiles.isEmpty())
        insertSeparator(count());
    addItem(tr("Demo (local simulator)"), kDemoId);
    insertSeparator(count());
    addItem(tr("Several projects…"), kMultiId);
    setItemData(count() - 1, tr("Show the tasks of several profiles in one table"),
                Qt::ToolTipRole);
    addItem(tr("Manage profiles…"), kManageId);
    selectCurrent();
}

void ProfileSwitcher::setCurrentProfile(const QString &id)
{
    m_current = id;
    selectCurrent();
}

void ProfileSwitcher::setDemoCurrent()
{
    setCurrentProfile(kDemoId);
}

void ProfileSwitcher::setMultiCurrent()
{
    setCurrentProfile(kMultiId);
}

void ProfileSwitcher::selectCurrent()
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(m_current.isEmpty() ? -1 : findData(m_current));
}

void ProfileSwitcher::onActivated(int index)
{
    const QString id = itemData(index).toString();
    if (id == kManageId) {
        selectCurrent(); // "Manage" is an action, not a selection
        Q_EMIT manageRequested();
        return;
    }
    if (id == kMultiId) {
        selectCurrent(); // becomes current once the user has chosen the projects
        Q_EMIT multiRequested();
        return;
    }
    m_current = id;
    if (id == kDemoId)
        Q_EMIT demoChosen();
    else if (!id.isEmpty())
        Q_EMIT profileChosen(id);
}

} // namespace vias::ui
