// ProfileManager: store + secrets + dialog in the order the UI needs.
#include "ui/profiles/profilemanager.h"

#include "ui/dialogs/profiledialog.h"

#include <QPointer>

namespace vias::ui {

ProfileManager::ProfileManager(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{}

ProfileManager::~ProfileManager() = default;

void ProfileManager::open(const QString &id, QObject *context, ConnectionCallback done)
{
    const std::optional<Profile> profile = m_store->profile(id);
    if (!profile) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done({}, tr("This profile no longer exists. Choose another one or add a "
                            "profile."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_store->setLastUsedId(id);
    const Profile p = *profile;
    m_secrets->read(id, context, [this, p, done](const Secrets &secrets, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT secretError(error);
        done(connectionFor(p, secrets), QString());
    });
}

QString ProfileManager::edit(QWidget *parent, const QString &id)
{
    ProfileDialog dialog(parent);
    // Secrets this session has read (open() reads them); a keychain entry not
    // read yet shows empty fields and is kept unless the user types new ones.
    const Secrets before = m_secrets->cached(id);
    if (const std::optional<Profile> existing = m_store->profile(id))
        dialog.setProfile(*existing, before);
    dialog.setSecretStorageNote(m_secrets->statusText());
    const int result = dialog.exec();
    if (result == ProfileDialog::DeleteRequested && m_store->profile(id)) {
        remove(id);
        return {};
    }
    if (result != QDialog::Accepted)
        return {};
    const Profile p = dialog.profile();
    const Secrets after = dialog.secrets();
    m_store->upsert(p);
    if (!(before.isEmpty() && after.isEmpty()))
        storeSecrets(p.id, after);
    return p.id;
}

QString ProfileManager::addImported(const ImportedProfile &imported)
{
    m_store->upsert(imported.profile);
    storeSecrets(imported.profile.id, imported.secrets);
    return imported.profile.id;
}

void ProfileManager::remove(const QString &id)
{
    if (m_store->lastUsedId() == id)
        m_store->setLastUsedId({});
    m_store->remove(id);
    Q_EMIT profileRemoved(id);
    m_secrets->remove(id, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT secretError(error);
    });
}

void ProfileManager::storeSecrets(const QString &id, const Secrets &secrets)
{
    m_secrets->write(id, secrets, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT secretError(error);
    });
}

} // namespace vias::ui
