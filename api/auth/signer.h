// The SDK-HMAC-SHA256 request signature that Huawei Cloud's SDKs and CLI use
// (spec section 6). Pure functions over QtCore, shared by the API client
// (to sign) and the simulator (to verify).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace vias::auth {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

struct SignableRequest
{
    QByteArray method; // "GET"
    QUrl url;          // path and query as sent; host taken from headers
    RawHeaders headers; // name/value as sent (any case); must include Host and X-Sdk-Date
    QByteArray body;
};

struct ParsedAuthorization
{
    QByteArray access;
    QList<QByteArray> signedHeaders; // lowercase, as listed
    QByteArray signature;            // lowercase hex
};

inline constexpr char kAlgorithm[] = "SDK-HMAC-SHA256";

// "20191115T033655Z"
QByteArray formatSdkDate(const QDateTime &utc);
std::optional<QDateTime> parseSdkDate(const QByteArray &text);

// Percent-encoding with only A-Za-z0-9-_.~ kept, upper-case hex.
QByteArray uriEncode(const QByteArray &text);

// The canonical request for the given signed header names (lowercase).
QByteArray canonicalRequest(const SignableRequest &request, const QList<QByteArray> &signedHeaders);
// "SDK-HMAC-SHA256\n<date>\n<hex sha256 of canonical request>"
QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
// Lowercase hex HMAC-SHA256 of stringToSign with key = secret key.
QByteArray signature(const QByteArray &stringToSign, const QByteArray &secretKey);
// "SDK-HMAC-SHA256 Access=<ak>, SignedHeaders=<a;b>, Signature=<hex>"
QByteArray authorizationHeader(const QByteArray &accessKey, const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex);
std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &header);

// Signs `request` in place as the SDKs do: sets X-Sdk-Date (from `now`),
// signs every header present, and appends the Authorization header.
void signRequest(SignableRequest &request, const QByteArray &accessKey,
                 const QByteArray &secretKey, const QDateTime &now);

} // namespace vias::auth
