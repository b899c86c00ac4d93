// AK/SK request signing as Huawei's SDKs do it.
#include "api/auth/akskauth.h"

#include "api/auth/signer.h"
#include "api/clientconfig.h"
#include "api/networksetup.h"

#include <QNetworkRequest>

namespace vias::api {
namespace {
using Header = auth::RawHeaders::value_type;
} // namespace

AkSkAuthProvider::AkSkAuthProvider(AkSkCredentials credentials, QObject *parent)
    : AuthProvider(parent)
    , m_credentials(std::move(credentials))
{}

AkSkAuthProvider::~AkSkAuthProvider() = default;

void AkSkAuthProvider::prepare(QObject *context, ReadyCallback done)
{
    if (!context || !done)
        return;
    if (!m_credentials.isComplete()) {
        done(ApiError::config(tr("The access key (AK) or secret key (SK) is missing. Set "
                                 "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, fill in "
                                 "~/.huaweicloud/credentials, or enter them in the profile.")));
        return;
    }
    done(ApiError());
}

ApiError AkSkAuthProvider::decorate(QNetworkRequest &request, const QByteArray &method,
                                    const QByteArray &body)
{
    if (!m_credentials.isComplete())
        return ApiError::config(tr("The access key (AK) or secret key (SK) is missing."));
    auth::SignableRequest signable;
    signable.method = method.toUpper();
    signable.url = request.url();
    signable.body = body;
    // The Host value must be byte for byte what QNetworkAccessManager sends,
    // so it is set explicitly (with the port when it is not the default).
    signable.headers.append(
        Header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    signable.headers.append(Header(QByteArrayLiteral("Host"), hostHeaderValue(request.url())));
    const QString project =
        m_projectOverride.isEmpty() ? m_credentials.projectId : m_projectOverride;
    if (!project.isEmpty())
        signable.headers.append(Header(QByteArrayLiteral("X-Project-Id"), project.toUtf8()));
    if (!m_credentials.securityToken.isEmpty())
        signable.headers.append(
            Header(QByteArrayLiteral("X-Security-Token"), m_credentials.securityToken));
    auth::signRequest(signable, m_credentials.accessKey, m_credentials.secretKey, now());
    for (const auto &[name, value] : std::as_const(signable.headers))
        request.setRawHeader(name, value);
    return {};
}

QString AkSkAuthProvider::projectId() const
{
    return m_credentials.projectId;
}

QString AkSkAuthProvider::description() const
{
    return tr("AK/SK (AK %1)").arg(m_credentials.maskedAccessKey());
}

void AkSkAuthProvider::attach(QNetworkAccessManager *network, const ClientConfig &config)
{
    Q_UNUSED(network);
    m_projectOverride = config.projectId;
}

} // namespace vias::api
