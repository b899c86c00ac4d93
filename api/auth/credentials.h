// AK/SK credentials and where users already keep them: the
// HUAWEICLOUD_SDK_* environment variables and the INI file
// ~/.huaweicloud/credentials ([basic] ak, sk, project_id).
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace vias::api {

struct AkSkCredentials
{
    QByteArray accessKey;
    QByteArray secretKey;     // secret: never logged or shown
    QByteArray securityToken; // temporary credentials only; secret
    QString projectId;
    QString source; // translated: "environment", "file /home/u/.huaweicloud/credentials"

    bool isComplete() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
    // "QTWA…" : enough to recognise the key, never the whole of it.
    QString maskedAccessKey() const;
};

struct CredentialsResult
{
    std::optional<AkSkCredentials> credentials;
    QString error; // translated, when nothing usable was found or the file is malformed
};

// ~/.huaweicloud/credentials
QString defaultCredentialsFilePath();

// HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID / _SECURITY_TOKEN. nullopt unless AK and SK are both set.
std::optional<AkSkCredentials> credentialsFromEnvironment(const QProcessEnvironment &env);

// Parses the INI text of a credentials file ([basic] ak, sk, project_id,
// optional security_token). Comments (#, ;), blanks, spaces around '=',
// quotes around values and CRLF are accepted.
CredentialsResult parseCredentialsFile(const QByteArray &text, const QString &path = {});
CredentialsResult credentialsFromFile(const QString &path);

// Environment first (all of AK and SK set), then the file at `filePath`
// (defaultCredentialsFilePath() when empty). Project id from the
// environment fills in a file without one.
CredentialsResult resolveCredentials(const QProcessEnvironment &env, const QString &filePath = {});

} // namespace vias::api
