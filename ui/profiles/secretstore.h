// Where profile secrets live: the OS keychain through QtKeychain (service
// "vias-console", one entry per profile id). Without a usable keychain
// (headless machines, no D-Bus session, an error or no answer within the
// timeout) secrets are kept for this session only, or, when the user opted
// in, in a file only the user can read (0600, base64 values).
#pragma once

#include "ui/profiles/profile.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace vias::ui {

class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    enum class Backend : quint8
    {
        Keychain,
        SessionOnly,
        File
    };
    Q_ENUM(Backend)
    // Auto tries the keychain first and falls back; the others force a backend
    // (tests, or a machine the user knows has no keychain).
    enum class Mode : quint8
    {
        Auto,
        SessionOnly,
        File
    };

    using ReadCallback =
        std::function<void(const vias::ui::Secrets &secrets, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>; // empty error: success

    static constexpr int kDefaultTimeoutMs = 3000;

    explicit SecretStore(Mode mode = Mode::Auto, QObject *parent = nullptr);
    ~SecretStore() override;

    // VIAS_SECRET_BACKEND=keychain|session|file, else Auto.
    static Mode modeFromEnvironment();
    // <AppConfigLocation>/secrets.ini
    static QString defaultFilePath();

    Backend backend() const { return m_backend; }
    // Translated, for a status line: where secrets go and, after a fallback, why.
    QString statusText() const;
    // Set when the File backend is in use: the UI shows it as a warning.
    bool isFileBackendWarningDue() const { return m_backend == Backend::File; }

    void setFilePath(const QString &path) { m_filePath = path; }
    QString filePath() const { return m_filePath; }
    // The preference "store secrets in a local file when no keychain".
    void setFileFallbackAllowed(bool allowed);
    bool isFileFallbackAllowed() const { return m_fileFallback; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Each callback runs later on this thread, never after `context` is gone.
    void read(const QString &profileId, QObject *context, ReadCallback done);
    void write(const QString &profileId, const Secrets &secrets, QObject *context,
               DoneCallback done);
    void remove(const QString &profileId, QObject *context, DoneCallback done);

    // What this session holds for a profile (empty when nothing).
    Secrets cached(const QString &profileId) const { return m_session.value(profileId); }

    // The text form used in the keychain entry and the file (base64 values).
    static QByteArray encode(const Secrets &secrets);
    static Secrets decode(const QByteArray &data);

Q_SIGNALS:
    void backendChanged(vias::ui::SecretStore::Backend backend);

private:
    void fallBack(const QString &reason);
    void keychainRead(const QString &id, QObject *context, ReadCallback done);
    void keychainWrite(const QString &id, const Secrets &secrets, QObject *context,
                       DoneCallback done);
    void keychainRemove(const QString &id, QObject *context, DoneCallback done);
    QHash<QString, Secrets> loadFile(QString *error) const;
    QString saveFile(const QHash<QString, Secrets> &all) const;

    Backend m_backend = Backend::Keychain;
    bool m_fileFallback = false;
    int m_timeoutMs = kDefaultTimeoutMs;
    QString m_filePath;
    QString m_fallbackReason;
    QHash<QString, Secrets> m_session;
};

} // namespace vias::ui
