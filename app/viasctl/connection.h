// Turns viasctl's connection options and environment into an ApiClient
// configuration and an authentication provider: endpoint and IAM URL, the
// credentials from flags, VIAS_AUTH_TOKEN, VIAS_PASSWORD (or a prompt), the
// HUAWEICLOUD_SDK_* variables and ~/.huaweicloud/credentials.
#pragma once

#include "api/auth/authprovider.h"
#include "api/clientconfig.h"
#include "app/viasctl/options.h"

#include <QProcessEnvironment>

#include <memory>

namespace vias::cli {

struct Connection
{
    api::ClientConfig config;
    std::unique_ptr<api::AuthProvider> auth;
    QString error;        // translated, when exitCode != 0
    int exitCode = 0;     // ExitUsage when settings or credentials are missing
    QStringList warnings; // secrets on the command line, insecure http
};

Connection makeConnection(const ConnectionOptions &options, const QProcessEnvironment &env);

} // namespace vias::cli
