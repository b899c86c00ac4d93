// SecretStore: QtKeychain jobs with a timeout, the session fallback and the
// opt-in 0600 file.
#include "ui/profiles/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace vias::ui {

namespace {

const QString kService = QStringLiteral("vias-console");

// Runs `f` on the next event-loop turn unless `context` is gone by then.
template<typename F>
void later(QObject *context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

const std::pair<const char *, QByteArray Secrets::*> kFields[] = {
    {"sk", &Secrets::secretKey},
    {"security_token", &Secrets::securityToken},
    {"password", &Secrets::password},
    {"token", &Secrets::token},
    {"proxy_password", &Secrets::proxyPassword},
};

bool keychainMissing(QKeychain::Error error)
{
    // AccessDeniedByUser is the user's choice: reported, no fallback.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

SecretStore::SecretStore(Mode mode, QObject *parent)
    : QObject(parent)
    , m_filePath(defaultFilePath())
{
    switch (mode) {
    case Mode::Auto:
        m_backend = Backend::Keychain;
        break;
    case Mode::SessionOnly:
        m_backend = Backend::SessionOnly;
        break;
    case Mode::File:
        m_backend = Backend::File;
        m_fileFallback = true;
        break;
    }
}

SecretStore::~SecretStore() = default;

SecretStore::Mode SecretStore::modeFromEnvironment()
{
    const QByteArray v = qgetenv("VIAS_SECRET_BACKEND").toLower();
    if (v == "session")
        return Mode::SessionOnly;
    if (v == "file")
        return Mode::File;
    return Mode::Auto;
}

QString SecretStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/secrets.ini");
}

QString SecretStore::statusText() const
{
    switch (m_backend) {
    case Backend::Keychain:
        return tr("Secrets are kept in the system keychain.");
    case Backend::SessionOnly:
        if (m_fallbackReason.isEmpty())
            return tr("Secrets are kept for this session only: you will be asked again after a "
                      "restart.");
        return tr("No system keychain is available (%1). Secrets are kept for this session only; "
                  "enable \"Store secrets in a local file\" in Preferences to keep them.")
            .arg(m_fallbackReason);
    case Backend::File:
        return tr("Secrets are stored unencrypted in %1 (readable by your user only). Anyone "
                  "with access to your account can read them.")
            .arg(QDir::toNativeSeparators(m_filePath));
    }
    return {};
}

void SecretStore::setFileFallbackAllowed(bool allowed)
{
    m_fileFallback = allowed;
    // Already fallen back: switch between session and file right away.
    Backend next = m_backend;
    if (m_backend == Backend::SessionOnly && allowed && !m_fallbackReason.isEmpty())
        next = Backend::File;
    else if (m_backend == Backend::File && !allowed)
        next = Backend::SessionOnly;
    if (next != m_backend) {
        m_backend = next;
        if (next == Backend::File) // keep what this session already holds
            saveFile(m_session);
        Q_EMIT backendChanged(m_backend);
    }
}

void SecretStore::fallBack(const QString &reason)
{
    if (m_backend != Backend::Keychain)
        return;
    m_fallbackReason = reason;
    m_backend = m_fileFallback ? Backend::File : Backend::SessionOnly;
    Q_EMIT backendChanged(m_backend);
}

QByteArray SecretStore::encode(const Secrets &secrets)
{
    QByteArray out;
    for (const auto &[name, member] : kFields) {
        const QByteArray &value = secrets.*member;
        if (!value.isEmpty())
            out += QByteArray(name) + '=' + value.toBase64() + '\n';
    }
    return out;
}

Secrets SecretStore::decode(const QByteArray &data)
{
    Secrets s;
    for (const QByteArray &line : data.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = line.left(eq).trimmed();
        for (const auto &[field, member] : kFields)
            if (name == field)
                s.*member = QByteArray::fromBase64(line.mid(eq + 1).trimmed());
    }
    return s;
}

QHash<QString, Secrets> SecretStore::loadFile(QString *error) const
{
    QHash<QString, Secrets> all;
    QFile file(m_filePath);
    if (!file.exists())
        return all;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the secrets file %1: %2. Check its owner and permissions.")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return all;
    }
    QString section;
    QByteArray body;
    const auto flush = [&] {
        if (!section.isEmpty())
            all.insert(section, decode(body));
        body.clear();
    };
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[') && line.endsWith(']')) {
            flush();
            section = QString::fromUtf8(line.mid(1, line.size() - 2));
        } else if (!line.isEmpty()) {
            body += line + '\n';
        }
    }
    flush();
    return all;
}

QString SecretStore::saveFile(const QHash<QString, Secrets> &all) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    const auto failed = [&] {
        return tr("Cannot write the secrets file %1: %2. Check the folder's permissions and free "
                  "space.")
            .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // Owner-only before any secret is written into the temporary file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray text = "# vias-console secrets (base64). Readable by the owner only.\n";
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        text += '[' + it.key().toUtf8() + "]\n" + encode(it.value());
    }
    file.write(text);
    if (!file.commit())
        return failed();
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void SecretStore::read(const QString &profileId, QObject *context, ReadCallback done)
{
    switch (m_backend) {
    case Backend::Keychain:
        keychainRead(profileId, context, std::move(done));
        return;
    case Backend::SessionOnly:
        later(context, [done, s = m_session.value(profileId)] { done(s, {}); });
        return;
    case Backend::File: {
        QString error;
        Secrets s = m_session.value(profileId);
        if (s.isEmpty()) {
            s = loadFile(&error).value(profileId);
            if (!s.isEmpty())
                m_session.insert(profileId, s);
        }
        later(context, [done, s, error] { done(s, error); });
        return;
    }
    }
}

void SecretStore::write(const QString &profileId, const Secrets &secrets, QObject *context,
                        DoneCallback done)
{
    m_session.insert(profileId, secrets);
    switch (m_backend) {
    case Backend::Keychain:
        keychainWrite(profileId, secrets, context, std::move(done));
        return;
    case Backend::SessionOnly:
        later(context, [done] { done({}); });
        return;
    case Backend::File: {
        QString error;
        QHash<QString, Secrets> all = loadFile(&error);
        all.insert(profileId, secrets);
        if (error.isEmpty())
            error = saveFile(all);
        later(context, [done, error] { done(error); });
        return;
    }
    }
}

void SecretStore::remove(const QString &profileId, QObject *context, DoneCallback done)
{
    m_session.remove(profileId);
    switch (m_backend) {
    case Backend::Keychain:
        keychainRemove(profileId, context, std::move(done));
        return;
    case Backend::SessionOnly:
        later(context, [done] { done({}); });
        return;
    case Backend::File: {
        QString error;
        QHash<QString, Secrets> all = loadFile(&error);
        if (all.remove(profileId) > 0 && error.isEmpty())
            error = saveFile(all);
        later(context, [done, error] { done(error); });
        return;
    }
    }
}

// Keychain jobs. QtKeychain may never answer without a D-Bus session bus, so
// each job races a timer; whichever comes first wins, and a missing keychain
// makes the store fall back and redo the operation there.

namespace {

struct JobGuard
{
    bool settled = false;
};

} // namespace

void SecretStore::keychainRead(const QString &id, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(id);
    auto guard = std::make_shared<JobGuard>();
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, ctx, id, done](QKeychain::Job *j) {
        if (guard->settled)
            return;
        guard->settled = true;
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            Secrets s = j->error() == QKeychain::NoError ? decode(readJob->binaryData())
                                                         : m_session.value(id);
            if (!s.isEmpty())
                m_session.insert(id, s);
            if (ctx)
                done(s, {});
            return;
        }
        if (keychainMissing(j->error())) {
            fallBack(j->errorString());
            if (ctx)
                read(id, ctx, done);
            return;
        }
        if (ctx)
            done(m_session.value(id),
                 tr("The keychain refused to give the secrets: %1. Allow vias-console to use "
                    "the keychain, or enter them again.")
                     .arg(j->errorString()));
    });
    QTimer::singleShot(m_timeoutMs, this, [this, guard, ctx, id, done] {
        if (guard->settled)
            return;
        guard->settled = true;
        fallBack(tr("the keychain did not answer"));
        if (ctx)
            read(id, ctx, done);
    });
    job->start();
}

void SecretStore::keychainWrite(const QString &id, const Secrets &secrets, QObject *context,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(id);
    job->setBinaryData(encode(secrets));
    auto guard = std::make_shared<JobGuard>();
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, ctx, id, secrets, done](QKeychain::Job *j) {
                if (guard->settled)
                    return;
                guard->settled = true;
                if (j->error() == QKeychain::NoError) {
                    if (ctx)
                        done({});
                } else if (keychainMissing(j->error())) {
                    fallBack(j->errorString());
                    if (ctx)
                        write(id, secrets, ctx, done);
                } else if (ctx) {
                    done(tr("The keychain did not store the secrets: %1. They are kept for this "
                            "session only.")
                             .arg(j->errorString()));
                }
            });
    QTimer::singleShot(m_timeoutMs, this, [this, guard, ctx, id, secrets, done] {
        if (guard->settled)
            return;
        guard->settled = true;
        fallBack(tr("the keychain did not answer"));
        if (ctx)
            write(id, secrets, ctx, done);
    });
    job->start();
}

void SecretStore::keychainRemove(const QString &id, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(id);
    auto guard = std::make_shared<JobGuard>();
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, ctx, id, done](QKeychain::Job *j) {
        if (guard->settled)
            return;
        guard->settled = true;
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            if (ctx)
                done({});
        } else if (keychainMissing(j->error())) {
            fallBack(j->errorString());
            if (ctx)
                remove(id, ctx, done);
        } else if (ctx) {
            done(tr("The keychain did not delete the secrets: %1.").arg(j->errorString()));
        }
    });
    QTimer::singleShot(m_timeoutMs, this, [this, guard, ctx, id, done] {
        if (guard->settled)
            return;
        guard->settled = true;
        fallBack(tr("the keychain did not answer"));
        if (ctx)
            remove(id, ctx, done);
    });
    job->start();
}

} // namespace vias::ui
