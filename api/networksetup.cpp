// TLS configuration, proxy selection and request defaults.
#include "api/networksetup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace vias::api {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vias::api::NetworkSetup)
};

// Uses the system proxy settings for this manager only (the per-manager form
// of QNetworkProxyFactory::setUseSystemConfiguration(true)).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

TlsSetup buildTlsConfiguration(const QString &caFile)
{
    TlsSetup setup;
    setup.configuration = QSslConfiguration::defaultConfiguration();
    // Never weakened: a refused certificate is an error, not a prompt.
    setup.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return setup;
    if (!QFileInfo(caFile).isReadable()) {
        setup.error = ApiError::config(
            Tr::tr("The CA certificate file \"%1\" cannot be read. Check the path in the network "
                   "settings.")
                .arg(caFile));
        return setup;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certs.isEmpty()) {
        setup.error = ApiError::config(
            Tr::tr("The CA certificate file \"%1\" holds no PEM certificate. Export the "
                   "certificate authority in PEM format (text starting with -----BEGIN "
                   "CERTIFICATE-----).")
                .arg(caFile));
        return setup;
    }
    setup.configuration.addCaCertificates(certs);
    return setup;
}

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &env)
{
    auto read = [&env](const char *lower) {
        const QString name = QString::fromLatin1(lower);
        QString value = env.value(name);
        if (value.isEmpty())
            value = env.value(name.toUpper());
        return value.trimmed();
    };
    const QString all = read("all_proxy");
    QString http = read("http_proxy");
    QString https = read("https_proxy");
    if (http.isEmpty())
        http = all;
    if (https.isEmpty())
        https = all;
    m_http = parseProxy(http);
    m_https = parseProxy(https);
    for (const QString &item : read("no_proxy").split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_noProxy.append(item.trimmed().toLower());
}

QNetworkProxy EnvironmentProxyFactory::parseProxy(const QString &value)
{
    if (value.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QUrl url = QUrl::fromUserInput(value);
    if (!value.contains(QLatin1StringView("://")))
        url = QUrl(QStringLiteral("http://") + value);
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = url.scheme().startsWith(QLatin1StringView("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                        quint16(url.port(socks ? 1080 : 80)));
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    return proxy;
}

bool EnvironmentProxyFactory::bypasses(const QStringList &noProxy, const QString &hostIn)
{
    const QString host = hostIn.toLower();
    for (QString entry : noProxy) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1StringView("*"))
            return true;
        // Drop a port ("example.com:8080") : no_proxy matches hosts.
        if (const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
            colon > 0 && !entry.contains(QLatin1Char('['))) {
            if (entry.count(QLatin1Char(':')) == 1)
                entry.truncate(colon);
        }
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (host == entry || host.endsWith(QLatin1Char('.') + entry))
            return true;
        // CIDR ranges ("10.0.0.0/8").
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            const QHostAddress address(host);
            if (!address.isNull() && address.isInSubnet(subnet))
                return true;
        }
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    if (bypasses(m_noProxy, host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const bool https = query.protocolTag() == QLatin1StringView("https") ||
                       query.url().scheme() == QLatin1StringView("https");
    return {https ? m_https : m_http};
}

void applyProxy(QNetworkAccessManager *network, const ProxySettings &settings,
                const QProcessEnvironment &env)
{
    switch (settings.mode) {
    case ProxyMode::System:
        network->setProxyFactory(new SystemProxyFactory);
        break;
    case ProxyMode::Environment:
        network->setProxyFactory(new EnvironmentProxyFactory(env));
        break;
    case ProxyMode::None:
        network->setProxyFactory(nullptr);
        network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyMode::Explicit:
        network->setProxyFactory(nullptr);
        network->setProxy(settings.explicitProxy);
        break;
    }
}

QByteArray hostHeaderValue(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const bool https = url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0;
    const int defaultPort = https ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

void prepareRequest(QNetworkRequest &request, int transferTimeoutMs, const QSslConfiguration &tls)
{
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (request.url().scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(tls);
}

} // namespace vias::api
