// HttpCall: send, time out, cap, retry, re-login, report.
#include "api/httpcall.h"

#include "api/apiclient.h"
#include "api/auth/authprovider.h"
#include "api/networksetup.h"
#include "api/redaction.h"
#include "api/retrypolicy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace vias::api {
namespace {

ApiError::Kind kindOf(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // QNetworkRequest transfer timeout
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    default:
        return ApiError::Kind::Network;
    }
}

// Content-Length when the body arrives as sent (not decompressed by Qt), else -1.
qint64 announcedLength(QNetworkReply *reply)
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return -1;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? length.toLongLong() : -1;
}

} // namespace

HttpCall::HttpCall(ApiClient *client, QByteArray method, UrlFactory url, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_urlFactory(std::move(url))
{}

HttpCall::~HttpCall()
{
    abort();
}

void HttpCall::start()
{
    m_elapsed.start();
    attempt();
}

void HttpCall::abort()
{
    if (m_aborted)
        return;
    m_aborted = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpCall::attempt()
{
    if (m_aborted || !m_client)
        return;
    AuthProvider *auth = m_client->authProvider();
    if (!auth) {
        send();
        return;
    }
    auth->prepare(this, [this](const ApiError &error) {
        if (m_aborted)
            return;
        if (error.isError()) {
            HttpResponse r;
            r.error = error;
            finish(r);
            return;
        }
        send();
    });
}

void HttpCall::send()
{
    if (m_aborted || !m_client)
        return;
    ApiError urlError;
    m_url = m_urlFactory(&urlError);
    if (urlError.isError() || !m_url.isValid()) {
        HttpResponse r;
        r.error =
            urlError.isError() ? urlError : ApiError::config(tr("The request URL is not valid."));
        finish(r);
        return;
    }
    if (m_client->tlsError().isError()) {
        HttpResponse r;
        r.error = m_client->tlsError();
        finish(r);
        return;
    }
    QNetworkRequest request(m_url);
    prepareRequest(request, m_client->config().transferTimeoutMs, m_client->tlsConfiguration());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Host", hostHeaderValue(m_url));
    if (AuthProvider *auth = m_client->authProvider()) {
        const ApiError authError = auth->decorate(request, m_method, {});
        if (authError.isError()) {
            HttpResponse r;
            r.error = authError;
            finish(r);
            return;
        }
    }
    if (lcNet().isDebugEnabled()) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        qCDebug(lcNet).noquote() << m_method << redactUrl(m_url) << "attempt" << m_retries + 1
                                 << "\n"
                                 << redactHeaders(headers);
    }
    m_sizeCapHit = false;
    m_selfAborted = false;
    m_sizeSeen = 0;
    m_request = request;
    QNetworkReply *reply = m_client->networkAccessManager()->sendCustomRequest(request, m_method);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkSize(received); });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::checkSize(qint64 bytes)
{
    const qint64 cap = m_client ? m_client->config().maxResponseBytes : 0;
    if (cap <= 0 || bytes <= cap || m_sizeCapHit || !m_reply)
        return;
    m_sizeCapHit = true;
    m_sizeSeen = bytes;
    m_selfAborted = true;
    m_reply->abort(); // finished() follows, handled in onFinished
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_aborted)
        return;
    reply->deleteLater();
    HttpResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.requestId = reply->rawHeader("X-request-id");
    std::optional<qint64> retryAfter;
    if (reply->hasRawHeader("Retry-After"))
        retryAfter =
            parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (m_sizeCapHit) {
        r.error = ApiError::sizeCap(m_client->config().maxResponseBytes, m_sizeSeen);
    } else if (r.status == 0 || (reply->error() != QNetworkReply::NoError &&
                                 reply->error() < QNetworkReply::ProxyConnectionRefusedError)) {
        // No answer, or the connection broke / timed out in the middle of one.
        r.error.kind = kindOf(reply->error());
        r.error.detail = reply->errorString();
    } else {
        const qint64 cap = m_client->config().maxResponseBytes;
        // read(n) allocates n bytes up front: ask for what arrived (at most
        // cap + 1, to detect an oversized body), not for the cap (256 MiB by
        // default, which cost an mmap, page faults and an munmap per page).
        const qint64 available = reply->bytesAvailable();
        const QByteArray body =
            cap > 0 ? reply->read(qBound<qint64>(0, available, cap + 1)) : reply->readAll();
        if (cap > 0 && body.size() > cap) {
            r.error = ApiError::sizeCap(cap, body.size());
        } else if (const qint64 announced = announcedLength(reply);
                   announced >= 0 && body.size() < announced) {
            // Qt sometimes reports a reset mid-body as success with a short
            // body; half a page must never pass as a whole one.
            r.error.kind = ApiError::Kind::Network;
            r.error.detail =
                tr("the connection closed after %1 of %2 bytes").arg(body.size()).arg(announced);
        } else if (r.status >= 200 && r.status < 300) {
            r.body = body;
        } else {
            r.error = ApiError::fromHttp(r.status, body, r.requestId);
        }
    }
    qCDebug(lcNet).noquote() << m_method << redactUrl(m_url) << "->" << r.status
                             << errorKindName(r.error.kind) << reply->error() << r.body.size()
                             << "bytes\n"
                             << redactHeaders(reply->rawHeaderPairs());

    if (r.error.isError() && r.error.kind == ApiError::Kind::Http && r.status == 401 &&
        !m_reauthDone && m_client->authProvider() &&
        m_client->authProvider()->invalidate(m_request)) {
        // A refused (probably expired) token: sign in once more and resend.
        m_reauthDone = true;
        Q_EMIT m_client->reauthenticated();
        attempt();
        return;
    }
    if (r.error.isError()) {
        const auto delay = nextRetryDelayMs(m_client->config().retry, m_method, r.error, m_retries,
                                            m_waitedMs, m_client->random01(), retryAfter);
        if (delay) {
            ++m_retries;
            m_waitedMs += *delay;
            qCDebug(lcNet).noquote()
                << "retry" << m_retries << "of" << redactUrl(m_url) << "in" << *delay << "ms";
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                connect(m_retryTimer, &QTimer::timeout, this, &HttpCall::attempt);
            }
            m_retryTimer->start(int(qMin<qint64>(*delay, std::numeric_limits<int>::max())));
            return;
        }
    }
    finish(r);
}

void HttpCall::finish(HttpResponse response)
{
    if (m_aborted || m_finished)
        return;
    m_finished = true;
    response.retries = m_retries;
    response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (response.error.isError()) {
        response.error.retries = m_retries;
        response.error.reauthenticated = m_reauthDone;
        if (response.error.url.isEmpty() && m_url.isValid())
            response.error.url = redactUrl(m_url);
    }
    if (m_client)
        Q_EMIT m_client->requestFinished(QUrl(redactUrl(m_url)), response.status, m_retries,
                                         response.elapsedMs);
    Q_EMIT done(response);
}

} // namespace vias::api
