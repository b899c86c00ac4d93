// The one error value every api/ call reports: what failed (network, TLS,
// HTTP status, parse, validation, ...), the server's error_code/error_msg and
// request id, how often it was retried, and a translated explanation of what
// it means and what to do.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace vias::api {

struct ApiError
{
    enum class Kind : quint8
    {
        None = 0,   // no error
        Network,    // connection refused, DNS, reset, proxy, ...
        Timeout,    // no data within the transfer timeout
        Tls,        // certificate or handshake refused
        Http,       // the server answered with a 4xx/5xx status
        Parse,      // a 2xx body that is not the documented JSON
        Validation, // caught before sending: the server would reject the query
        Cancelled,  // the caller cancelled
        SizeCap,    // the response exceeded the maximum response size
        Config,     // missing or unusable settings (no credentials, bad URL, bad CA file)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;           // 0 when no HTTP status was received
    QString errorCode;            // "IVA.0001", "APIGW.0301", ... (empty when absent)
    QString errorMessage;         // error_msg / error_message as sent
    QString requestId;            // X-request-id response header
    int retries = 0;              // how many times the request was retried before this result
    bool reauthenticated = false; // a 401 led to one fresh sign-in and retry
    QByteArray bodySnippet;       // first bytes of the body (at most 512), secrets never included
    QString detail; // technical detail: QNetworkReply::errorString(), parser or validation text
    QString url;    // the request URL with secrets removed

    bool isError() const { return kind != Kind::None; }
    bool wasRetried() const { return retries > 0; }
    // True when a later attempt may succeed (network, timeout, 429, 5xx).
    bool isTransient() const;

    // Translated: what happened, the likely cause and what to do, e.g.
    // "401 IVA.0001: the token was refused, it may have expired. Sign in again."
    QString userMessage() const;
    // Short translated one-liner for status bars: "HTTP 503 IVA.0010".
    QString summary() const;

    // Builders.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &requestId = {});
    static ApiError validation(const QString &message);
    static ApiError config(const QString &message);
    static ApiError cancelled();
    static ApiError parse(const QString &message, const QByteArray &body = {});
    static ApiError sizeCap(qint64 limitBytes, qint64 seenBytes);
};

// Translated name of a kind ("network", "timeout", ...).
QString errorKindName(ApiError::Kind kind);

// Translated explanation of a documented error code (IVA.xxxx, APIGW./APIG.
// prefixes) or an empty string when the code is unknown.
QString explainErrorCode(const QString &code, int httpStatus);

} // namespace vias::api

Q_DECLARE_METATYPE(vias::api::ApiError)
