// Profile <-> QSettings and Profile + Secrets -> Connection.
#include "ui/profiles/profile.h"

#include "api/auth/akskauth.h"
#include "api/auth/iamtokenprovider.h"
#include "api/auth/tokenauth.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace vias::ui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QStringList knownServices()
{
    return {QStringLiteral("c-face-edge"), QStringLiteral("c-vehicle-detection-cloud"),
            QStringLiteral("c-fire-exit-occupation-cloud"),
            QStringLiteral("c-safetysuitedetection-edge")};
}

Profile Profile::create(const QString &name)
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    return p;
}

QUrl Profile::baseUrl() const
{
    switch (endpoint) {
    case EndpointKind::Region:
        return api::viasEndpoint(region);
    case EndpointKind::Iva:
        return api::ivaEndpoint(region);
    case EndpointKind::Custom:
        break;
    }
    return customUrl.isValid() ? customUrl : QUrl();
}

QUrl Profile::iamUrl() const
{
    if (endpoint == EndpointKind::Custom)
        return baseUrl();
    return api::iamEndpoint(region);
}

void Profile::save(QSettings &s) const
{
    s.setValue(key("id"), id);
    s.setValue(key("name"), name);
    s.setValue(key("endpoint"), int(endpoint));
    s.setValue(key("region"), region);
    s.setValue(key("customUrl"), customUrl.toString());
    s.setValue(key("projectId"), projectId);
    s.setValue(key("service"), service);
    s.setValue(key("auth"), int(auth));
    s.setValue(key("accessKey"), accessKey);
    s.setValue(key("iamUser"), iamUser);
    s.setValue(key("iamDomain"), iamDomain);
    s.setValue(key("proxyMode"), int(proxyMode));
    s.setValue(key("proxyHost"), proxyHost);
    s.setValue(key("proxyPort"), int(proxyPort));
    s.setValue(key("proxyUser"), proxyUser);
    s.setValue(key("caFile"), caFile);
    s.setValue(key("transferTimeoutSec"), transferTimeoutSec);
    s.setValue(key("concurrency"), concurrency);
    s.setValue(key("taskCap"), taskCap);
}

Profile Profile::load(const QSettings &s)
{
    Profile p;
    p.id = s.value(key("id")).toString();
    p.name = s.value(key("name")).toString();
    p.endpoint = EndpointKind(std::clamp(s.value(key("endpoint"), 0).toInt(), 0, 2));
    p.region = s.value(key("region"), p.region).toString();
    p.customUrl = QUrl(s.value(key("customUrl")).toString());
    p.projectId = s.value(key("projectId")).toString();
    p.service = s.value(key("service"), p.service).toString();
    p.auth = AuthMethod(std::clamp(s.value(key("auth"), 0).toInt(), 0, 2));
    p.accessKey = s.value(key("accessKey")).toString();
    p.iamUser = s.value(key("iamUser")).toString();
    p.iamDomain = s.value(key("iamDomain")).toString();
    p.proxyMode = api::ProxyMode(std::clamp(s.value(key("proxyMode"), 0).toInt(), 0, 3));
    p.proxyHost = s.value(key("proxyHost")).toString();
    p.proxyPort = quint16(std::clamp(s.value(key("proxyPort"), 0).toInt(), 0, 65535));
    p.proxyUser = s.value(key("proxyUser")).toString();
    p.caFile = s.value(key("caFile")).toString();
    p.transferTimeoutSec = std::clamp(s.value(key("transferTimeoutSec"), 60).toInt(), 1, 3600);
    p.concurrency = std::clamp(s.value(key("concurrency"), 6).toInt(), 1, 32);
    p.taskCap = std::max<qint64>(1, s.value(key("taskCap"), 200000).toLongLong());
    return p;
}

Connection connectionFor(const Profile &profile, const Secrets &secrets)
{
    Connection c;
    c.name = profile.name;
    c.region = profile.region;
    c.config.baseUrl = profile.baseUrl();
    c.config.projectId = profile.projectId;
    c.config.service = profile.service.isEmpty() ? knownServices().constFirst() : profile.service;
    c.config.transferTimeoutMs = profile.transferTimeoutSec * 1000;
    c.config.caFile = profile.caFile;
    c.config.proxy.mode = profile.proxyMode;
    if (profile.proxyMode == api::ProxyMode::Explicit) {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, profile.proxyHost, profile.proxyPort);
        if (!profile.proxyUser.isEmpty()) {
            proxy.setUser(profile.proxyUser);
            proxy.setPassword(QString::fromUtf8(secrets.proxyPassword));
        }
        c.config.proxy.explicitProxy = proxy;
    }
    c.fetch.concurrency = profile.concurrency;
    c.fetch.maxTasks = profile.taskCap;

    switch (profile.auth) {
    case AuthMethod::AkSk: {
        api::AkSkCredentials credentials;
        credentials.accessKey = profile.accessKey.toUtf8();
        credentials.secretKey = secrets.secretKey;
        credentials.securityToken = secrets.securityToken;
        credentials.projectId = profile.projectId;
        credentials.source =
            QCoreApplication::translate("vias::ui::Profile", "profile %1").arg(profile.name);
        c.makeAuth = [credentials]() -> api::AuthProvider * {
            return new api::AkSkAuthProvider(credentials);
        };
        break;
    }
    case AuthMethod::IamPassword: {
        api::IamPasswordLogin login;
        login.iamUrl = profile.iamUrl();
        login.userName = profile.iamUser;
        login.password = secrets.password;
        login.domainName = profile.iamDomain;
        login.projectId = profile.projectId;
        if (profile.projectId.isEmpty())
            login.projectName = profile.region;
        c.makeAuth = [login]() -> api::AuthProvider * { return new api::IamTokenProvider(login); };
        break;
    }
    case AuthMethod::Token: {
        const QByteArray token = secrets.token;
        const QString projectId = profile.projectId;
        c.makeAuth = [token, projectId]() -> api::AuthProvider * {
            return new api::TokenAuthProvider(token, projectId);
        };
        break;
    }
    }
    return c;
}

} // namespace vias::ui
