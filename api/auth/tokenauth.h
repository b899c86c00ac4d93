// A token the user already has (from the web console or `hcloud`), sent as
// X-Auth-Token. It cannot be renewed: a 401 is final.
#pragma once

#include "api/auth/authprovider.h"

namespace vias::api {

class TokenAuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenAuthProvider)
public:
    explicit TokenAuthProvider(QByteArray token, QString projectId = {}, QObject *parent = nullptr);
    ~TokenAuthProvider() override;

    ApiError decorate(QNetworkRequest &request, const QByteArray &method,
                      const QByteArray &body) override;
    QString projectId() const override { return m_projectId; }
    QString description() const override;

private:
    QByteArray m_token;
    QString m_projectId;
};

} // namespace vias::api
