// IAM password sign-in: POST {iam}/v3/auth/tokens with a project scope (by
// name or id); the X-Subject-Token is cached until shortly before its
// expires_at and sent as X-Auth-Token. After a 401 the token is dropped and
// the client signs in once more.
#pragma once

#include "api/auth/authprovider.h"

#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace vias::api {

struct IamPasswordLogin
{
    QUrl iamUrl; // iamEndpoint(region) or a custom one (the simulator's base URL)
    QString userName;
    QByteArray password; // secret
    QString domainName;  // account name; empty: same as userName
    QString projectName; // scope by name (usually the region, "cn-north-4") ...
    QString projectId;   // ... or by id (wins when both are set)
};

class IamTokenProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IamTokenProvider)
public:
    explicit IamTokenProvider(IamPasswordLogin login, QObject *parent = nullptr);
    ~IamTokenProvider() override;

    void prepare(QObject *context, ReadyCallback done) override;
    ApiError decorate(QNetworkRequest &request, const QByteArray &method,
                      const QByteArray &body) override;
    bool invalidate(const QNetworkRequest &refused) override;
    QString projectId() const override;
    QString description() const override;
    void attach(QNetworkAccessManager *network, const ClientConfig &config) override;

    // A token is renewed this long before its expires_at (default 5 min).
    void setRefreshMargin(int seconds);
    bool hasValidToken() const;
    QDateTime tokenExpiry() const;
    int signInCount() const { return m_signIns; } // for tests and diagnostics

    // The sign-in request body (password is inside: never log it).
    static QByteArray requestBody(const IamPasswordLogin &login);

Q_SIGNALS:
    void signedIn(const QDateTime &expiresAt);

private:
    void startSignIn();
    void finishSignIn(QNetworkReply *reply);
    void completeWaiters(const ApiError &error);

    struct Waiter
    {
        QPointer<QObject> context;
        ReadyCallback done;
    };

    IamPasswordLogin m_login;
    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutMs = 60000;
    qint64 m_maxBytes = 0;
    QSslConfiguration m_tls;
    ApiError m_tlsError;
    QByteArray m_token;
    QDateTime m_expiresAt;
    QString m_tokenProjectId;
    int m_refreshMarginSec = 300;
    int m_signIns = 0;
    QPointer<QNetworkReply> m_pending;
    QList<Waiter> m_waiters;
};

} // namespace vias::api
