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
    m_current = id;
    if (id == kDemoId)
        Q_EMIT demoChosen();
    else if (!id.isEmpty())
        Q_EMIT profileChosen(id);
}

} // namespace vias::ui
