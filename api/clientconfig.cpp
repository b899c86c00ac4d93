// Endpoint helpers and ClientConfig queries.
#include "api/clientconfig.h"

namespace vias::api {

QUrl viasEndpoint(const QString &region)
{
    return QUrl(QStringLiteral("https://vias.%1.myhuaweicloud.com").arg(region.trimmed()));
}

QUrl ivaEndpoint(const QString &region)
{
    return QUrl(QStringLiteral("https://iva.%1.myhuaweicloud.com").arg(region.trimmed()));
}

QUrl iamEndpoint(const QString &region)
{
    if (region.trimmed().isEmpty())
        return QUrl(QStringLiteral("https://iam.myhuaweicloud.com"));
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(region.trimmed()));
}

bool ClientConfig::isInsecure() const
{
    return baseUrl.scheme().compare(QLatin1StringView("http"), Qt::CaseInsensitive) == 0;
}

} // namespace vias::api
