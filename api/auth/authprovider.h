// The authentication seam of ApiClient: a provider makes itself ready
// (asynchronously, e.g. an IAM sign-in), then decorates each request just
// before it is sent, and may drop a refused token once after a 401.
#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkRequest;
QT_END_NAMESPACE

namespace vias::api {

struct ClientConfig;

// Current UTC time; tests replace it to move time without sleeping.
using Clock = std::function<QDateTime()>;
Clock systemClock();

class AuthProvider : public QObject
{
    Q_OBJECT
public:
    using ReadyCallback = std::function<void(const vias::api::ApiError &error)>;

    explicit AuthProvider(QObject *parent = nullptr);
    ~AuthProvider() override;

    // Makes the provider able to decorate requests, then calls `done` on this
    // thread with ApiError::Kind::None or the reason it cannot (e.g. the IAM
    // sign-in failed). May call `done` before returning when already ready.
    // `done` is never called once `context` is destroyed.
    virtual void prepare(QObject *context, ReadyCallback done);

    // Adds the authentication headers to a request about to be sent (the
    // URL, including the query, must be final). Only after a successful prepare().
    virtual ApiError decorate(QNetworkRequest &request, const QByteArray &method,
                              const QByteArray &body) = 0;

    // The server answered 401 to `refused`, a request this provider
    // decorated. Returns true when a fresh prepare() may succeed (the token
    // it carried was dropped, or was already replaced by a newer one), so the
    // client signs in again if needed and retries once; false otherwise.
    virtual bool invalidate(const QNetworkRequest &refused);

    // The project id the credentials carry (credentials file, IAM token's
    // project), or empty. ClientConfig::projectId wins when set.
    virtual QString projectId() const { return {}; }

    // Translated, secret-free description: "AK/SK (AK QTWA…)", "IAM user ops@acme".
    virtual QString description() const = 0;

    // The client hands over its network access manager and settings (used by
    // providers that make requests themselves, e.g. IAM sign-in).
    virtual void attach(QNetworkAccessManager *network, const ClientConfig &config);

    void setClock(Clock clock);

protected:
    QDateTime now() const;

private:
    Clock m_clock;
};

} // namespace vias::api
