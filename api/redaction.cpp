// Secret redaction for everything the vias.net category prints.
#include "api/redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace vias::api {
namespace {

bool isSecretName(const QString &lowerName)
{
    static const char *const names[] = {
        "password",     "passwd",    "pwd",           "sk",           "secret",
        "secret_key",   "secretkey", "token",         "access_token", "security_token",
        "x-auth-token", "signature", "authorization", "ak",           "access",
        "credential"};
    for (const char *name : names) {
        if (lowerName == QLatin1StringView(name))
            return true;
    }
    return lowerName.contains(QLatin1StringView("password")) ||
           lowerName.contains(QLatin1StringView("secret")) ||
           lowerName.contains(QLatin1StringView("token"));
}

} // namespace

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.trimmed().toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "x-auth-token" ||
           n == "x-subject-token" || n == "x-security-token" || n == "cookie" || n == "set-cookie";
}

QByteArray redactHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    if (name.trimmed().toLower() == "authorization" && value.startsWith("SDK-HMAC-SHA256")) {
        // Keep the shape (useful when a signature is refused), hide the key and signature.
        QByteArray out = value;
        static const QRegularExpression access(QStringLiteral("Access=([^,\\s]+)"));
        static const QRegularExpression sig(QStringLiteral("Signature=([0-9a-fA-F]+)"));
        QString text = QString::fromLatin1(out);
        text.replace(access, QStringLiteral("Access=***"));
        text.replace(sig, QStringLiteral("Signature=***"));
        return text.toLatin1();
    }
    return QByteArray(kRedacted);
}

QByteArray redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    for (const auto &[name, value] : headers) {
        out += name + ": " + redactHeader(name, value) + '\n';
    }
    return out;
}

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[name, value] : items) {
            if (isSecretName(name.toLower()))
                value = QString::fromLatin1(kRedacted);
        }
        QUrlQuery cleaned;
        cleaned.setQueryItems(items);
        copy.setQuery(cleaned);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QByteArray redactBody(const QByteArray &body, int maxBytes)
{
    QString text = QString::fromUtf8(body.left(qMax(maxBytes, 0) * 8));
    // "key": "value" pairs in JSON whose key looks secret.
    static const QRegularExpression jsonPair(
        QStringLiteral("(\"([A-Za-z_\\-]*)\"\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\""));
    QString out;
    qsizetype last = 0;
    auto it = jsonPair.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!isSecretName(m.captured(2).toLower()))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(3) - last);
        out += QLatin1StringView(kRedacted);
        last = m.capturedEnd(3);
    }
    out += QStringView(text).mid(last);
    // A secret value cut off by the snippet limit (no closing quote).
    static const QRegularExpression cutPair(
        QStringLiteral("(\"([A-Za-z_\\-]*)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)$"));
    if (const auto m = cutPair.match(out); m.hasMatch() && isSecretName(m.captured(2).toLower()))
        out = out.left(m.capturedStart(3)) + QLatin1StringView(kRedacted);
    // key=value pairs in form or query text.
    static const QRegularExpression formPair(
        QStringLiteral("(^|[&?\\s])((?:password|passwd|sk|secret[A-Za-z_]*|[A-Za-z_]*token)=)"
                       "([^&\\s]*)"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(formPair, QStringLiteral("\\1\\2***"));
    QByteArray bytes = out.toUtf8();
    if (bytes.size() > maxBytes)
        bytes.truncate(maxBytes);
    return bytes;
}

} // namespace vias::api
