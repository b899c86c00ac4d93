// Everything an ApiClient needs besides credentials: endpoint, project,
// service, timeouts, retries, size cap, TLS extra CA, proxy, and the
// endpoint helpers (vias./iva./iam. hosts per region).
#pragma once

#include "api/retrypolicy.h"

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace vias::api {

// https://vias.{region}.myhuaweicloud.com
QUrl viasEndpoint(const QString &region);
// The older VAS/CampusGo form: https://iva.{region}.myhuaweicloud.com
QUrl ivaEndpoint(const QString &region);
// https://iam.{region}.myhuaweicloud.com (empty region: the global iam.myhuaweicloud.com)
QUrl iamEndpoint(const QString &region);

enum class ProxyMode : quint8
{
    System,      // QNetworkProxyFactory::setUseSystemConfiguration(true)
    Environment, // http_proxy / https_proxy / no_proxy (and upper-case forms)
    None,        // direct connections only
    Explicit,    // ProxySettings::explicitProxy
};

struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QNetworkProxy explicitProxy; // used with ProxyMode::Explicit
};

inline constexpr qint64 kDefaultMaxResponseBytes = 256LL * 1024 * 1024;

struct ClientConfig
{
    QUrl baseUrl;      // scheme://host[:port][/prefix]; e.g. viasEndpoint("cn-north-4")
    QString projectId; // may stay empty when the auth provider knows it (IAM token, credentials)
    QString service = QStringLiteral("c-face-edge");
    int transferTimeoutMs =
        60000; // no bytes for this long aborts the reply (QNetworkRequest::setTransferTimeout)
    RetryPolicy retry;
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;
    QString caFile; // optional extra CA certificate(s), PEM; TLS verification stays on
    ProxySettings proxy;

    // True for plain http:// endpoints: the UI should warn that credentials
    // and data travel unencrypted.
    bool isInsecure() const;
};

} // namespace vias::api
