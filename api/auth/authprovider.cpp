// AuthProvider defaults: ready at once, the system clock.
#include "api/auth/authprovider.h"

#include <QTimeZone>

namespace vias::api {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

AuthProvider::AuthProvider(QObject *parent)
    : QObject(parent)
    , m_clock(systemClock())
{}

AuthProvider::~AuthProvider() = default;

void AuthProvider::prepare(QObject *context, ReadyCallback done)
{
    if (context && done)
        done(ApiError());
}

bool AuthProvider::invalidate(const QNetworkRequest &refused)
{
    Q_UNUSED(refused);
    return false;
}

void AuthProvider::attach(QNetworkAccessManager *network, const ClientConfig &config)
{
    Q_UNUSED(network);
    Q_UNUSED(config);
}

void AuthProvider::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : systemClock();
}

QDateTime AuthProvider::now() const
{
    return m_clock();
}

} // namespace vias::api
