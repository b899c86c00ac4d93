// Server-side authentication of the simulator: IAM password login and token
// checks (spec section 6), and SDK-HMAC-SHA256 (AK/SK) signature
// verification. Every refusal carries a message a developer can act on.
#pragma once

#include "api/auth/signer.h"
#include "simulator/simoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace vias::sim {

struct AuthCheck
{
    bool ok = true;
    QString message; // why it was refused (empty when ok)

    static AuthCheck pass() { return {}; }
    static AuthCheck refuse(const QString &why) { return {false, why}; }
};

// Verifies an AK/SK-signed request: parses Authorization, requires host and
// x-sdk-date among the signed headers, checks X-Sdk-Date against `now`
// (maxSkewSeconds), recomputes the canonical request from the request's own
// headers, compares signatures in constant time, and, when X-Project-Id is
// sent and expectedProjectId is not empty, checks it.
AuthCheck verifyAkSk(const auth::SignableRequest &request, const QByteArray &accessKey,
                     const QByteArray &secretKey, const QDateTime &now,
                     const QString &expectedProjectId = {}, int maxSkewSeconds = 15 * 60);

// Equal-length-independent comparison whose time does not depend on where
// the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Tokens issued by POST /v3/auth/tokens, kept in memory.
class TokenStore final
{
public:
    struct Token
    {
        QByteArray value;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QString projectId;
        QString userName;
    };

    Token issue(const QString &projectId, const QString &userName, const QDateTime &now,
                int lifetimeSeconds);
    // ok when the token exists, has not expired at `now` and is scoped to projectId.
    AuthCheck check(const QByteArray &token, const QString &projectId, const QDateTime &now) const;
    void clear() { m_tokens.clear(); }
    int size() const { return int(m_tokens.size()); }

private:
    QHash<QByteArray, Token> m_tokens;
};

// The answer to POST /v3/auth/tokens.
struct LoginResult
{
    int status = 201;
    QByteArray body;
    QByteArray subjectToken; // the X-Subject-Token header when status is 201
};

LoginResult handleLogin(const QByteArray &requestBody, const SimOptions &options,
                        TokenStore &tokens, const QDateTime &now);

} // namespace vias::sim
