// A fixed token sent as X-Auth-Token.
#include "api/auth/tokenauth.h"

#include <QNetworkRequest>

namespace vias::api {

TokenAuthProvider::TokenAuthProvider(QByteArray token, QString projectId, QObject *parent)
    : AuthProvider(parent)
    , m_token(token.trimmed())
    , m_projectId(std::move(projectId))
{}

TokenAuthProvider::~TokenAuthProvider() = default;

ApiError TokenAuthProvider::decorate(QNetworkRequest &request, const QByteArray &method,
                                     const QByteArray &body)
{
    Q_UNUSED(method);
    Q_UNUSED(body);
    if (m_token.isEmpty())
        return ApiError::config(
            tr("No token is set. Paste a token, or choose AK/SK or IAM password sign-in."));
    request.setRawHeader("X-Auth-Token", m_token);
    return {};
}

QString TokenAuthProvider::description() const
{
    return tr("Token");
}

} // namespace vias::api
