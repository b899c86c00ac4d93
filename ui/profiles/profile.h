// A connection profile (endpoint, project, service, auth method, proxy,
// limits) as stored in QSettings, the secrets that go with it (kept apart:
// never in QSettings), and the Connection the main window consumes.
#pragma once

#include "api/clientconfig.h"
#include "ui/connection.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace vias::ui {

enum class EndpointKind : quint8
{
    Region, // https://vias.{region}.myhuaweicloud.com
    Iva,    // the older https://iva.{region}.myhuaweicloud.com
    Custom, // any base URL (a proxy gateway, the simulator)
};

enum class AuthMethod : quint8
{
    AkSk,        // access key id + secret key (signed requests)
    IamPassword, // IAM user / password / account (domain) -> token
    Token,       // a token the user already has
};

// The VIAS services the console knows; c-face-edge first (the default).
QStringList knownServices();

struct Profile
{
    QString id;   // uuid without braces; the key of the profile and of its secrets
    QString name; // shown in the switcher
    EndpointKind endpoint = EndpointKind::Region;
    QString region = QStringLiteral("cn-north-4");
    QUrl customUrl; // EndpointKind::Custom only
    QString projectId;
    QString service = QStringLiteral("c-face-edge");
    AuthMethod auth = AuthMethod::AkSk;
    QString accessKey; // an identifier, not a secret
    QString iamUser;
    QString iamDomain; // account name; empty: same as the user
    api::ProxyMode proxyMode = api::ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    QString caFile;
    int transferTimeoutSec = 60;
    int concurrency = 6;
    qint64 taskCap = 200000;

    // A profile with a fresh id.
    static Profile create(const QString &name);

    // The VIAS base URL for the endpoint kind (empty for an invalid custom URL).
    QUrl baseUrl() const;
    // The IAM endpoint: iam.{region} for cloud endpoints, the custom URL itself
    // for a custom endpoint (the simulator serves IAM on its own port).
    QUrl iamUrl() const;

    // Writes/reads the non-secret fields in the settings' current group.
    void save(QSettings &settings) const;
    static Profile load(const QSettings &settings);

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Per-profile secrets. Held in memory and in the SecretStore only.
struct Secrets
{
    QByteArray secretKey;     // AK/SK
    QByteArray securityToken; // temporary AK/SK credentials
    QByteArray password;      // IAM password
    QByteArray token;         // AuthMethod::Token
    QByteArray proxyPassword;

    bool isEmpty() const
    {
        return secretKey.isEmpty() && securityToken.isEmpty() && password.isEmpty() &&
               token.isEmpty() && proxyPassword.isEmpty();
    }
    friend bool operator==(const Secrets &, const Secrets &) = default;
};

// What the main window needs for this profile: client config, fetch options
// and the auth factory (the factory holds copies of the secrets).
Connection connectionFor(const Profile &profile, const Secrets &secrets);

} // namespace vias::ui
