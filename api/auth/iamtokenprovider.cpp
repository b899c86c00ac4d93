// IAM password sign-in with a cached token and one re-login after a 401.
#include "api/auth/iamtokenprovider.h"

#include "api/apiclient.h"
#include "api/clientconfig.h"
#include "api/networksetup.h"
#include "api/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vias::api {

IamTokenProvider::IamTokenProvider(IamPasswordLogin login, QObject *parent)
    : AuthProvider(parent)
    , m_login(std::move(login))
    , m_tls(buildTlsConfiguration({}).configuration)
{}

IamTokenProvider::~IamTokenProvider()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

QByteArray IamTokenProvider::requestBody(const IamPasswordLogin &login)
{
    QJsonObject domain{
        {QStringLiteral("name"), login.domainName.isEmpty() ? login.userName : login.domainName}};
    QJsonObject user{{QStringLiteral("name"), login.userName},
                     {QStringLiteral("password"), QString::fromUtf8(login.password)},
                     {QStringLiteral("domain"), domain}};
    QJsonObject identity{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                         {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    QJsonObject project;
    if (!login.projectId.isEmpty())
        project.insert(QStringLiteral("id"), login.projectId);
    else
        project.insert(QStringLiteral("name"), login.projectName);
    QJsonObject auth{{QStringLiteral("identity"), identity},
                     {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}})
        .toJson(QJsonDocument::Compact);
}

void IamTokenProvider::attach(QNetworkAccessManager *network, const ClientConfig &config)
{
    m_network = network;
    m_timeoutMs = config.transferTimeoutMs;
    m_maxBytes = config.maxResponseBytes;
    const TlsSetup tls = buildTlsConfiguration(config.caFile);
    m_tls = tls.configuration;
    m_tlsError = tls.error;
}

void IamTokenProvider::setRefreshMargin(int seconds)
{
    m_refreshMarginSec = qMax(0, seconds);
}

bool IamTokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_expiresAt.isValid() &&
           now().addSecs(m_refreshMarginSec) < m_expiresAt;
}

QDateTime IamTokenProvider::tokenExpiry() const
{
    return m_expiresAt;
}

void IamTokenProvider::prepare(QObject *context, ReadyCallback done)
{
    if (!context || !done)
        return;
    if (hasValidToken()) {
        done(ApiError());
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_pending)
        startSignIn();
}

void IamTokenProvider::startSignIn()
{
    if (!m_network) {
        // Used without a client: own a manager (parented, so it is freed with us).
        m_network = new QNetworkAccessManager(this);
    }
    if (m_tlsError.isError()) {
        completeWaiters(m_tlsError);
        return;
    }
    if (m_login.userName.isEmpty() || m_login.password.isEmpty()) {
        completeWaiters(ApiError::config(
            tr("The IAM user name or password is missing. Enter them in the profile.")));
        return;
    }
    QUrl url = m_login.iamUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/v3/auth/tokens"));
    QNetworkRequest request(url);
    prepareRequest(request, m_timeoutMs, m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json;charset=utf8"));
    m_token.clear();
    m_expiresAt = {};
    ++m_signIns;
    qCDebug(lcNet).noquote() << "POST" << redactUrl(url) << "(IAM sign-in, body redacted)";
    m_pending = m_network->post(request, requestBody(m_login));
    QNetworkReply *reply = m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishSignIn(reply); });
}

void IamTokenProvider::finishSignIn(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // read(n) allocates n bytes up front: ask only for what arrived.
    const qint64 cap = m_maxBytes > 0 ? m_maxBytes : 16 * 1024 * 1024;
    const QByteArray body = reply->read(qBound<qint64>(0, reply->bytesAvailable(), cap));
    const QString url = redactUrl(reply->url());
    qCDebug(lcNet).noquote() << "IAM sign-in answered" << status
                             << redactHeaders(reply->rawHeaderPairs());
    if (status == 0) {
        ApiError e;
        const auto code = reply->error();
        e.kind =
            code == QNetworkReply::SslHandshakeFailedError ? ApiError::Kind::Tls
            : (code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError)
                ? ApiError::Kind::Timeout
                : ApiError::Kind::Network;
        e.detail = reply->errorString();
        e.url = url;
        completeWaiters(e);
        return;
    }
    if (status < 200 || status >= 300) {
        ApiError e = ApiError::fromHttp(status, body, reply->rawHeader("X-request-id"));
        e.url = url;
        completeWaiters(e);
        return;
    }
    const QByteArray token = reply->rawHeader("X-Subject-Token");
    if (token.isEmpty()) {
        ApiError e = ApiError::parse(
            tr("The IAM answer has no X-Subject-Token header, so no token was issued. Check "
               "that the IAM endpoint is right."),
            body);
        e.url = url;
        completeWaiters(e);
        return;
    }
    const QJsonObject tokenObject =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("token")).toObject();
    QDateTime expires = QDateTime::fromString(
        tokenObject.value(QLatin1StringView("expires_at")).toString(), Qt::ISODateWithMs);
    if (!expires.isValid()) {
        // The documented lifetime is 24 h; assume less when the body is silent.
        expires = now().addSecs(23 * 3600);
    }
    m_token = token;
    m_expiresAt = expires.toUTC();
    const QString project = tokenObject.value(QLatin1StringView("project"))
                                .toObject()
                                .value(QLatin1StringView("id"))
                                .toString();
    if (!project.isEmpty())
        m_tokenProjectId = project;
    Q_EMIT signedIn(m_expiresAt);
    completeWaiters(ApiError());
}

void IamTokenProvider::completeWaiters(const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(error);
    }
}

ApiError IamTokenProvider::decorate(QNetworkRequest &request, const QByteArray &method,
                                    const QByteArray &body)
{
    Q_UNUSED(method);
    Q_UNUSED(body);
    if (m_token.isEmpty())
        return ApiError::config(tr("Not signed in to IAM yet."));
    request.setRawHeader("X-Auth-Token", m_token);
    return {};
}

bool IamTokenProvider::invalidate(const QNetworkRequest &refused)
{
    // Parallel pages refused with the same old token must not throw away
    // the fresh token the first of them already obtained.
    const QByteArray sent = refused.rawHeader("X-Auth-Token");
    if (m_token.isEmpty() || sent.isEmpty() || sent == m_token) {
        m_token.clear();
        m_expiresAt = {};
    }
    return true;
}

QString IamTokenProvider::projectId() const
{
    return m_login.projectId.isEmpty() ? m_tokenProjectId : m_login.projectId;
}

QString IamTokenProvider::description() const
{
    return tr("IAM user %1").arg(m_login.userName);
}

} // namespace vias::api
