// Keeps secrets out of logs: header values, URL query values and JSON body
// fields that carry credentials are replaced by "***" before anything is
// printed under the vias.net logging category.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vias::api {

inline constexpr char kRedacted[] = "***";

// True for Authorization, X-Auth-Token, X-Subject-Token, X-Security-Token,
// Cookie, Set-Cookie, Proxy-Authorization (any case).
bool isSecretHeader(const QByteArray &name);
// The value, or "***" for a secret header. For Authorization with an AK/SK
// signature the AK is masked too ("SDK-HMAC-SHA256 Access=QTWA***, ...").
QByteArray redactHeader(const QByteArray &name, const QByteArray &value);
// "name: value" lines with secrets redacted.
QByteArray redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
// The URL without user info and with secret-looking query values redacted
// (token, password, sk, secret, signature, ...).
QString redactUrl(const QUrl &url);
// A body snippet with "password", "sk", "secret_key", "token", ... values
// redacted (JSON or form text), cut to `maxBytes`.
QByteArray redactBody(const QByteArray &body, int maxBytes = 512);

} // namespace vias::api
