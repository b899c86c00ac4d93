#include "api/auth/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

namespace vias::auth {
namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

QByteArray canonicalUri(const QUrl &url)
{
    // Each segment is decoded once (the URL may arrive encoded) and encoded
    // again the canonical way; the result always ends with '/'.
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    QByteArray out;
    const QList<QByteArray> segments = path.split('/');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty())
            continue;
        out += '/';
        out += uriEncode(QByteArray::fromPercentEncoding(segment));
    }
    out += '/';
    return out;
}

QByteArray canonicalQuery(const QUrl &url)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (query.isEmpty())
        return {};
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        QByteArray name = eq < 0 ? item : item.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        // '+' in a query means a space to most servers; sign it as %20.
        name.replace('+', ' ');
        value.replace('+', ' ');
        pairs.append({uriEncode(QByteArray::fromPercentEncoding(name)),
                      uriEncode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray headerValue(const RawHeaders &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value.trimmed();
    }
    return {};
}

} // namespace

QByteArray formatSdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> parseSdkDate(const QByteArray &text)
{
    if (text.size() != 16 || text.at(8) != 'T' || text.at(15) != 'Z')
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(text.left(15)),
                                         QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QByteArray uriEncode(const QByteArray &text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() * 3);
    for (const char c : text) {
        if (isUnreserved(c)) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0F];
        }
    }
    return out;
}

QByteArray canonicalRequest(const SignableRequest &request, const QList<QByteArray> &signedHeaders)
{
    QByteArray headersBlock;
    for (const QByteArray &name : signedHeaders)
        headersBlock += name + ':' + headerValue(request.headers, name) + '\n';

    QByteArray out;
    out += request.method.toUpper() + '\n';
    out += canonicalUri(request.url) + '\n';
    out += canonicalQuery(request.url) + '\n';
    out += headersBlock + '\n';
    out += signedHeaders.join(';') + '\n';
    out += QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    return out;
}

QByteArray stringToSign(const QByteArray &canonical, const QByteArray &sdkDate)
{
    return QByteArray(kAlgorithm) + '\n' + sdkDate + '\n' +
           QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

QByteArray signature(const QByteArray &toSign, const QByteArray &secretKey)
{
    return QMessageAuthenticationCode::hash(toSign, secretKey, QCryptographicHash::Sha256).toHex();
}

QByteArray authorizationHeader(const QByteArray &accessKey, const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex)
{
    return QByteArray(kAlgorithm) + " Access=" + accessKey +
           ", SignedHeaders=" + signedHeaders.join(';') + ", Signature=" + signatureHex;
}

std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &header)
{
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!header.startsWith(prefix))
        return std::nullopt;
    ParsedAuthorization parsed;
    bool haveAccess = false;
    bool haveHeaders = false;
    bool haveSignature = false;
    for (const QByteArray &rawPart : header.mid(prefix.size()).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Access") {
            parsed.access = value;
            haveAccess = true;
        } else if (key == "SignedHeaders") {
            parsed.signedHeaders = value.split(';');
            haveHeaders = true;
        } else if (key == "Signature") {
            parsed.signature = value;
            haveSignature = true;
        }
    }
    if (!haveAccess || !haveHeaders || !haveSignature || parsed.access.isEmpty())
        return std::nullopt;
    return parsed;
}

void signRequest(SignableRequest &request, const QByteArray &accessKey,
                 const QByteArray &secretKey, const QDateTime &now)
{
    const QByteArray date = formatSdkDate(now);
    request.headers.removeIf(
        [](const auto &header) { return header.first.toLower() == "x-sdk-date"; });
    request.headers.append({"X-Sdk-Date", date});

    QList<QByteArray> names;
    for (const auto &header : std::as_const(request.headers)) {
        const QByteArray lower = header.first.toLower();
        if (lower != "authorization" && !names.contains(lower))
            names.append(lower);
    }
    std::sort(names.begin(), names.end());

    const QByteArray toSign = stringToSign(canonicalRequest(request, names), date);
    request.headers.append(
        {"Authorization", authorizationHeader(accessKey, names, signature(toSign, secretKey))});
}

} // namespace vias::auth
