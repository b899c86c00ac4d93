// The saved connection profiles (QSettings group "profiles"), the last-used
// one, and import from the HUAWEICLOUD_SDK_* environment variables or
// ~/.huaweicloud/credentials. Secrets are not stored here (see SecretStore).
#pragma once

#include "ui/profiles/profile.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

#include <optional>

namespace vias::ui {

// A profile made from credentials found outside the console, with its secret.
struct ImportedProfile
{
    Profile profile;
    Secrets secrets;
    QString source; // translated: "environment", "file /home/u/.huaweicloud/credentials"
};

struct ImportResult
{
    std::optional<ImportedProfile> imported;
    QString error; // translated, when nothing usable was found
};

class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    // `settingsFile` empty: the application's default QSettings.
    explicit ProfileStore(QObject *parent = nullptr, const QString &settingsFile = {});
    ~ProfileStore() override;

    QList<Profile> profiles() const { return m_profiles; } // in saved order
    std::optional<Profile> profile(const QString &id) const;
    bool isEmpty() const { return m_profiles.isEmpty(); }

    // Adds a profile, or replaces the one with the same id. Saved at once.
    void upsert(const Profile &profile);
    bool remove(const QString &id);

    QString lastUsedId() const { return m_lastUsed; }
    void setLastUsedId(const QString &id);

    // Re-reads the settings (e.g. after another instance changed them).
    void reload();

    // Credentials from the environment first, then the file at `filePath`
    // (~/.huaweicloud/credentials when empty). The profile is not added.
    static ImportResult importCredentials(const QProcessEnvironment &env,
                                          const QString &filePath = {});

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QString m_settingsFile;
    QList<Profile> m_profiles;
    QString m_lastUsed;
};

} // namespace vias::ui
