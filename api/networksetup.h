// Network plumbing shared by the client and the IAM sign-in: the TLS
// configuration (system CAs plus an optional extra CA file, verification
// always on), proxy selection (system, environment, none, explicit) and the
// Host header value as it is sent.
#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkRequest;
QT_END_NAMESPACE

namespace vias::api {

struct TlsSetup
{
    QSslConfiguration configuration;
    ApiError error; // Config error when the CA file cannot be read or holds no certificate
};

// The default configuration plus the certificates of `caFile` (PEM) when given.
TlsSetup buildTlsConfiguration(const QString &caFile);

// http_proxy / https_proxy / all_proxy / no_proxy, as curl and the hcloud CLI read them.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(const QProcessEnvironment &env);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // no_proxy matching: "*", exact host, ".suffix" or "suffix" domain match, IP.
    static bool bypasses(const QStringList &noProxy, const QString &host);
    static QNetworkProxy parseProxy(const QString &value);

private:
    QNetworkProxy m_http;
    QNetworkProxy m_https;
    QStringList m_noProxy;
};

// Configures the manager's proxy per the settings (per manager, not global).
void applyProxy(QNetworkAccessManager *network, const ProxySettings &settings,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// "host" or "host:port" (non-default port), IPv6 in brackets: exactly what is sent.
QByteArray hostHeaderValue(const QUrl &url);

// Common request settings: transfer timeout, TLS, no redirects (an API answer
// never redirects; following one could leak credentials to another host).
void prepareRequest(QNetworkRequest &request, int transferTimeoutMs, const QSslConfiguration &tls);

} // namespace vias::api
