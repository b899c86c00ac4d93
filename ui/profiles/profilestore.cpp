// ProfileStore: profiles as an array in QSettings group "profiles".
#include "ui/profiles/profilestore.h"

#include "api/auth/credentials.h"

#include <QSettings>

#include <memory>

namespace vias::ui {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

ProfileStore::ProfileStore(QObject *parent, const QString &settingsFile)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    reload();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::reload()
{
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(QStringLiteral("profiles"));
    m_lastUsed = settings->value(QStringLiteral("lastUsed")).toString();
    const int n = settings->beginReadArray(QStringLiteral("list"));
    m_profiles.clear();
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        Profile p = Profile::load(*settings);
        if (!p.id.isEmpty())
            m_profiles.append(p);
    }
    settings->endArray();
    settings->endGroup();
}

void ProfileStore::save() const
{
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(QStringLiteral("profiles"));
    settings->remove(QStringLiteral("list"));
    settings->beginWriteArray(QStringLiteral("list"), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        settings->setArrayIndex(i);
        m_profiles.at(i).save(*settings);
    }
    settings->endArray();
    settings->setValue(QStringLiteral("lastUsed"), m_lastUsed);
    settings->endGroup();
    settings->sync();
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void ProfileStore::upsert(const Profile &profile)
{
    bool replaced = false;
    for (Profile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    save();
    Q_EMIT changed();
}

bool ProfileStore::remove(const QString &id)
{
    const auto removed = m_profiles.removeIf([&](const Profile &p) { return p.id == id; });
    if (removed == 0)
        return false;
    if (m_lastUsed == id)
        m_lastUsed.clear();
    save();
    Q_EMIT changed();
    return true;
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (m_lastUsed == id)
        return;
    m_lastUsed = id;
    save();
}

ImportResult ProfileStore::importCredentials(const QProcessEnvironment &env,
                                             const QString &filePath)
{
    const api::CredentialsResult found = api::resolveCredentials(env, filePath);
    ImportResult result;
    if (!found.credentials) {
        result.error = found.error.isEmpty()
                           ? tr("No credentials were found in the environment or the credentials "
                                "file. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create "
                                "~/.huaweicloud/credentials.")
                           : found.error;
        return result;
    }
    const api::AkSkCredentials &c = *found.credentials;
    ImportedProfile imported;
    imported.source = c.source;
    imported.profile = Profile::create(tr("Imported (%1)").arg(c.maskedAccessKey()));
    imported.profile.auth = AuthMethod::AkSk;
    imported.profile.accessKey = QString::fromUtf8(c.accessKey);
    imported.profile.projectId = c.projectId;
    const QString region = env.value(QStringLiteral("HUAWEICLOUD_SDK_REGION"));
    if (!region.isEmpty())
        imported.profile.region = region;
    imported.secrets.secretKey = c.secretKey;
    imported.secrets.securityToken = c.securityToken;
    result.imported = imported;
    return result;
}

} // namespace vias::ui
