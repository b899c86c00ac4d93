// Glue for the main window: opens a profile (reads its secrets, builds the
// Connection), runs the profile dialog for a new or existing profile and
// saves profile + secrets, imports credentials into a saved profile.
#pragma once

#include "ui/profiles/profilestore.h"
#include "ui/profiles/secretstore.h"

#include <QObject>

#include <functional>

class QWidget;

namespace vias::ui {

class ProfileManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManager)
public:
    using ConnectionCallback =
        std::function<void(const vias::ui::Connection &connection, const QString &error)>;

    // Takes no ownership; both must outlive the manager (make them children
    // of the same window).
    ProfileManager(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileManager() override;

    ProfileStore *store() const { return m_store; }
    SecretStore *secretStore() const { return m_secrets; }

    // Reads the secrets of profile `id` and calls `done` with its Connection
    // (error set when the profile does not exist or the secrets cannot be
    // read). Remembers it as the last used profile.
    void open(const QString &id, QObject *context, ConnectionCallback done);

    // Modal profile dialog for `id` (empty: a new profile). On Save, stores
    // the profile and its secrets and returns its id; empty on Cancel. When
    // the user deletes the profile there (after confirming), removes it with
    // its secrets, emits profileRemoved and returns empty.
    QString edit(QWidget *parent, const QString &id = {});

    // Saves an imported profile with its secret; returns its id.
    QString addImported(const ImportedProfile &imported);

    // Removes the profile and its secrets.
    void remove(const QString &id);

Q_SIGNALS:
    // A secret could not be stored or read (translated; show it in a banner).
    void secretError(const QString &message);
    // remove() ran (the profile is gone; its secrets are being deleted).
    void profileRemoved(const QString &id);

private:
    void storeSecrets(const QString &id, const Secrets &secrets);

    ProfileStore *m_store;
    SecretStore *m_secrets;
};

} // namespace vias::ui
