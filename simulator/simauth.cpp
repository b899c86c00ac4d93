// AK/SK verification, the token store and the IAM login handler.
#include "simulator/simauth.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace vias::sim {
namespace {

QByteArray headerValue(const auth::RawHeaders &headers, const QByteArray &lowerName,
                       bool *present = nullptr)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName) {
            if (present)
                *present = true;
            return value.trimmed();
        }
    }
    if (present)
        *present = false;
    return {};
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

QByteArray iamError(int httpCode, const char *iamCode, const QString &message)
{
    // Both shapes seen from IAM: Keystone's {"error":{...}} and Huawei's
    // error_code/error_msg, so any client parser finds a message.
    QJsonObject error{{QStringLiteral("code"), httpCode},
                      {QStringLiteral("title"), httpCode == 401 ? QStringLiteral("Unauthorized")
                                                                : QStringLiteral("Bad Request")},
                      {QStringLiteral("message"), message}};
    QJsonObject body{{QStringLiteral("error"), error},
                     {QStringLiteral("error_code"), QString::fromLatin1(iamCode)},
                     {QStringLiteral("error_msg"), message}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = i < a.size() ? static_cast<unsigned char>(a.at(i)) : 0u;
        const auto y = i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0u;
        diff |= x ^ y;
    }
    return diff == 0;
}

AuthCheck verifyAkSk(const auth::SignableRequest &request, const QByteArray &accessKey,
                     const QByteArray &secretKey, const QDateTime &now,
                     const QString &expectedProjectId, int maxSkewSeconds)
{
    bool present = false;
    const QByteArray authorization = headerValue(request.headers, "authorization", &present);
    if (!present)
        return AuthCheck::refuse(QStringLiteral(
            "Authorization header is missing: sign the request with SDK-HMAC-SHA256 (AK/SK)"));
    const auto parsed = auth::parseAuthorization(authorization);
    if (!parsed)
        return AuthCheck::refuse(
            QStringLiteral("Authorization header is not of the form 'SDK-HMAC-SHA256 Access=<AK>, "
                           "SignedHeaders=<a;b>, Signature=<hex>'"));
    if (!constantTimeEquals(parsed->access, accessKey))
        return AuthCheck::refuse(QStringLiteral("unknown access key %1: check the AK")
                                     .arg(QString::fromLatin1(parsed->access)));
    if (!parsed->signedHeaders.contains("host"))
        return AuthCheck::refuse(QStringLiteral("signed headers must include host"));
    if (!parsed->signedHeaders.contains("x-sdk-date"))
        return AuthCheck::refuse(QStringLiteral("signed headers must include x-sdk-date"));
    for (const QByteArray &name : parsed->signedHeaders) {
        bool sent = false;
        headerValue(request.headers, name, &sent);
        if (!sent)
            return AuthCheck::refuse(
                QStringLiteral("signed header [%1] is not in the request: sign only headers "
                               "that are sent")
                    .arg(QString::fromLatin1(name)));
    }

    const QByteArray dateText = headerValue(request.headers, "x-sdk-date");
    const auto date = auth::parseSdkDate(dateText);
    if (!date)
        return AuthCheck::refuse(
            QStringLiteral("X-Sdk-Date [%1] is not a UTC time of the form YYYYMMDDTHHMMSSZ")
                .arg(QString::fromLatin1(dateText)));
    const qint64 skew = date->secsTo(now);
    if (std::llabs(skew) > maxSkewSeconds) {
        const qint64 minutes = std::llabs(skew) / 60;
        return AuthCheck::refuse(
            QStringLiteral("X-Sdk-Date is %1 minutes %2 the server clock (at most %3 allowed): "
                           "sync the client's clock")
                .arg(minutes)
                .arg(skew > 0 ? QStringLiteral("behind") : QStringLiteral("ahead of"))
                .arg(maxSkewSeconds / 60));
    }

    const QByteArray canonical = auth::canonicalRequest(request, parsed->signedHeaders);
    const QByteArray expected = auth::signature(auth::stringToSign(canonical, dateText), secretKey);
    if (!constantTimeEquals(expected, parsed->signature.toLower()))
        return AuthCheck::refuse(
            QStringLiteral("signature mismatch: check the SK, and that the signed method, path, "
                           "query and header values are exactly what was sent (server's "
                           "canonical request SHA-256: %1)")
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex())));

    bool projectSent = false;
    const QByteArray project = headerValue(request.headers, "x-project-id", &projectSent);
    if (projectSent && !expectedProjectId.isEmpty() &&
        QString::fromLatin1(project) != expectedProjectId)
        return AuthCheck::refuse(
            QStringLiteral("X-Project-Id %1 does not match the project id %2 in the URL")
                .arg(QString::fromLatin1(project), expectedProjectId));
    return AuthCheck::pass();
}

TokenStore::Token TokenStore::issue(const QString &projectId, const QString &userName,
                                    const QDateTime &now, int lifetimeSeconds)
{
    // Real IAM tokens are long PKI blobs starting "MII"; header-size realism
    // matters to clients that log or store them.
    QByteArray raw(900, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::global();
    for (char &c : raw)
        c = char(rng->bounded(256u));
    Token token;
    token.value =
        "MIIZ" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    token.issuedAt = now.toUTC();
    token.expiresAt = now.toUTC().addSecs(lifetimeSeconds);
    token.projectId = projectId;
    token.userName = userName;
    m_tokens.insert(token.value, token);
    return token;
}

AuthCheck TokenStore::check(const QByteArray &token, const QString &projectId,
                            const QDateTime &now) const
{
    if (token.isEmpty())
        return AuthCheck::refuse(QStringLiteral(
            "X-Auth-Token is missing: sign in with POST /v3/auth/tokens and send the "
            "X-Subject-Token value as X-Auth-Token"));
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return AuthCheck::refuse(QStringLiteral(
            "the token is not valid here (not issued by this server, or the server restarted): "
            "sign in again"));
    if (now >= it->expiresAt)
        return AuthCheck::refuse(
            QStringLiteral("the token expired at %1: sign in again").arg(iso(it->expiresAt)));
    if (it->projectId != projectId)
        return AuthCheck::refuse(
            QStringLiteral("the token is scoped to project %1, not %2: sign in with a scope "
                           "for this project")
                .arg(it->projectId, projectId));
    return AuthCheck::pass();
}

LoginResult handleLogin(const QByteArray &requestBody, const SimOptions &options,
                        TokenStore &tokens, const QDateTime &now)
{
    LoginResult result;
    const auto fail = [&result](int status, const char *code, const QString &message) {
        result.status = status;
        result.body = iamError(status, code, message);
        return result;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(400, "IAM.0007",
                    QStringLiteral("The request body is not valid JSON: send "
                                   "{\"auth\":{\"identity\":...,\"scope\":...}}"));
    const QJsonObject authObject = doc.object().value(QLatin1String("auth")).toObject();
    const QJsonObject identity = authObject.value(QLatin1String("identity")).toObject();
    if (!identity.value(QLatin1String("methods")).toArray().contains(QStringLiteral("password")))
        return fail(400, "IAM.0007",
                    QStringLiteral("auth.identity.methods must contain \"password\""));
    const QJsonObject user = identity.value(QLatin1String("password"))
                                 .toObject()
                                 .value(QLatin1String("user"))
                                 .toObject();
    const QString name = user.value(QLatin1String("name")).toString();
    const QString password = user.value(QLatin1String("password")).toString();
    const QString domain =
        user.value(QLatin1String("domain")).toObject().value(QLatin1String("name")).toString();
    if (name.isEmpty() || password.isEmpty() || domain.isEmpty())
        return fail(400, "IAM.0007",
                    QStringLiteral("auth.identity.password.user needs name, password and "
                                   "domain.name"));
    if (name != options.userName || password != options.password || domain != options.domainName)
        return fail(401, "IAM.0101",
                    QStringLiteral("The username or password is wrong, or the account (domain) "
                                   "name does not match."));

    // No scope: the simulator's project, as if the user had named it.
    const QJsonObject project = authObject.value(QLatin1String("scope"))
                                    .toObject()
                                    .value(QLatin1String("project"))
                                    .toObject();
    const QString scopeName = project.value(QLatin1String("name")).toString();
    const QString scopeId = project.value(QLatin1String("id")).toString();
    if ((!scopeName.isEmpty() && scopeName != options.projectName) ||
        (!scopeId.isEmpty() && scopeId != options.projectId))
        return fail(400, "IAM.0008",
                    QStringLiteral("The project scope %1 does not exist for this user: use the "
                                   "project name %2 or the id %3")
                        .arg(scopeName.isEmpty() ? scopeId : scopeName, options.projectName,
                             options.projectId));

    const TokenStore::Token token =
        tokens.issue(options.projectId, name, now, options.tokenLifetimeSeconds);
    const QJsonObject domainObject{
        {QStringLiteral("id"), QStringLiteral("d0d0a1b2c3d4e5f6a7b8c9d0e1f2a3b4")},
        {QStringLiteral("name"), options.domainName}};
    const QJsonObject tokenObject{
        {QStringLiteral("expires_at"), iso(token.expiresAt)},
        {QStringLiteral("issued_at"), iso(token.issuedAt)},
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), options.projectId},
                                                {QStringLiteral("name"), options.projectName},
                                                {QStringLiteral("domain"), domainObject}}},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6")},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("domain"), domainObject}}},
        {QStringLiteral("roles"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                {QStringLiteral("name"), QStringLiteral("op_gated_vias")}}}},
        {QStringLiteral("catalog"), QJsonArray{}}};
    result.status = 201;
    result.subjectToken = token.value;
    result.body = QJsonDocument(QJsonObject{{QStringLiteral("token"), tokenObject}})
                      .toJson(QJsonDocument::Compact);
    return result;
}

} // namespace vias::sim
