// Connection set-up of viasctl (see connection.h). The order in which
// credentials are looked for is documented in docs/VIASCTL.md (CREDENTIALS).
#include "app/viasctl/connection.h"

#include "api/auth/akskauth.h"
#include "api/auth/credentials.h"
#include "api/auth/iamtokenprovider.h"
#include "api/auth/tokenauth.h"
#include "app/viasctl/cliio.h"
#include "app/viasctl/exitcodes.h"

#include <QCoreApplication>

namespace vias::cli {

namespace {

Connection failure(const QString &message)
{
    Connection c;
    c.exitCode = ExitUsage;
    c.error = message;
    return c;
}

// Scheme, host and port only: the simulator serves IAM on its own base URL.
QUrl baseOf(const QUrl &url)
{
    QUrl base;
    base.setScheme(url.scheme());
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

} // namespace

Connection makeConnection(const ConnectionOptions &o, const QProcessEnvironment &env)
{
    Connection c;
    api::ClientConfig &config = c.config;
    config.baseUrl = o.endpoint.isEmpty() ? api::viasEndpoint(o.region) : QUrl(o.endpoint);
    config.projectId = o.projectId;
    if (!o.service.isEmpty())
        config.service = o.service;
    config.transferTimeoutMs = o.timeoutSeconds * 1000;
    config.caFile = o.caFile;
    config.proxy.mode = api::ProxyMode::Environment; // a CLI follows http(s)_proxy/no_proxy
    if (config.isInsecure() && !o.quiet)
        c.warnings << QCoreApplication::translate(
                          "viasctl", "%1 is plain http: credentials and data travel unencrypted.")
                          .arg(config.baseUrl.toString());

    // Token and password sign-in carry no project id of their own; the SDK's
    // variable is where users already keep it.
    const QString projectId =
        o.projectId.isEmpty() ? env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID")).trimmed()
                              : o.projectId;
    if (!o.accessKey.isEmpty()) {
        api::AkSkCredentials creds;
        creds.accessKey = o.accessKey.toUtf8();
        if (!o.secretKey.isEmpty()) {
            creds.secretKey = o.secretKey.toUtf8();
            c.warnings << QCoreApplication::translate(
                "viasctl", "--sk puts the secret key into shell history and the process "
                           "list; prefer HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials.");
        } else {
            creds.secretKey = env.value(QStringLiteral("HUAWEICLOUD_SDK_SK")).toUtf8();
        }
        if (creds.secretKey.isEmpty())
            return failure(QCoreApplication::translate(
                "viasctl", "--ak needs a secret key: set HUAWEICLOUD_SDK_SK (or pass --sk)."));
        creds.securityToken = env.value(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN")).toUtf8();
        creds.projectId = env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"));
        creds.source = QCoreApplication::translate("viasctl", "command line");
        c.auth = std::make_unique<api::AkSkAuthProvider>(creds);
    } else if (!o.token.isEmpty()) {
        c.warnings << QCoreApplication::translate(
            "viasctl", "--token puts the token into shell history and the process list; "
                       "prefer VIAS_AUTH_TOKEN.");
        c.auth = std::make_unique<api::TokenAuthProvider>(o.token.toUtf8(), projectId);
    } else if (!o.user.isEmpty()) {
        api::IamPasswordLogin login;
        if (!o.iamEndpoint.isEmpty())
            login.iamUrl = QUrl(o.iamEndpoint);
        else if (!o.region.isEmpty())
            login.iamUrl = api::iamEndpoint(o.region);
        else
            login.iamUrl = baseOf(config.baseUrl);
        login.userName = o.user;
        login.domainName = o.domain;
        login.projectId = projectId;
        login.projectName = o.region;
        if (login.projectId.isEmpty() && login.projectName.isEmpty())
            return failure(QCoreApplication::translate(
                "viasctl", "Password sign-in needs a project scope: give --project-id (or "
                           "HUAWEICLOUD_SDK_PROJECT_ID) or --region."));
        if (env.contains(QStringLiteral("VIAS_PASSWORD"))) {
            login.password = env.value(QStringLiteral("VIAS_PASSWORD")).toUtf8();
        } else if (!stdinIsTerminal()) {
            return failure(QCoreApplication::translate(
                               "viasctl",
                               "No password for %1: set VIAS_PASSWORD, or run viasctl in a "
                               "terminal to be asked for it.")
                               .arg(o.user));
        } else {
            const std::optional<QByteArray> password = promptPassword(
                QCoreApplication::translate("viasctl", "IAM password for %1: ").arg(o.user));
            if (!password || password->isEmpty())
                return failure(QCoreApplication::translate("viasctl", "No password was entered."));
            login.password = *password;
        }
        c.auth = std::make_unique<api::IamTokenProvider>(login);
    } else if (!env.value(QStringLiteral("VIAS_AUTH_TOKEN")).trimmed().isEmpty()) {
        c.auth = std::make_unique<api::TokenAuthProvider>(
            env.value(QStringLiteral("VIAS_AUTH_TOKEN")).trimmed().toUtf8(), projectId);
    } else {
        const api::CredentialsResult found = api::resolveCredentials(env);
        if (!found.credentials) {
            return failure(
                QCoreApplication::translate(
                    "viasctl",
                    "No credentials. Use AK/SK (HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or "
                    "~/.huaweicloud/credentials), a token (VIAS_AUTH_TOKEN) or --user with "
                    "VIAS_PASSWORD. %1")
                    .arg(found.error));
        }
        c.auth = std::make_unique<api::AkSkAuthProvider>(*found.credentials);
    }

    if (config.projectId.isEmpty() && c.auth->projectId().isEmpty() &&
        !dynamic_cast<api::IamTokenProvider *>(c.auth.get())) {
        return failure(QCoreApplication::translate(
            "viasctl", "No project id: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID "
                       "(or project_id in ~/.huaweicloud/credentials)."));
    }
    return c;
}

} // namespace vias::cli
