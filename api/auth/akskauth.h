// AK/SK authentication: every request is signed with SDK-HMAC-SHA256 like
// Huawei's SDKs (Host, X-Sdk-Date, X-Project-Id, Content-Type and, for
// temporary credentials, X-Security-Token are signed).
#pragma once

#include "api/auth/authprovider.h"
#include "api/auth/credentials.h"

namespace vias::api {

class AkSkAuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AkSkAuthProvider)
public:
    explicit AkSkAuthProvider(AkSkCredentials credentials, QObject *parent = nullptr);
    ~AkSkAuthProvider() override;

    void prepare(QObject *context, ReadyCallback done) override;
    ApiError decorate(QNetworkRequest &request, const QByteArray &method,
                      const QByteArray &body) override;
    QString projectId() const override;
    QString description() const override;
    void attach(QNetworkAccessManager *network, const ClientConfig &config) override;

private:
    AkSkCredentials m_credentials;
    QString m_projectOverride; // ClientConfig::projectId wins over the credentials' one
};

} // namespace vias::api
