// One logical HTTP exchange of the client: authorisation, the reply with its
// transfer timeout and size cap, retries with backoff, and the single
// re-login after a 401. Internal to api/; results arrive via done().
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace vias::api {

class ApiClient;

struct HttpResponse
{
    ApiError error; // None: 2xx with `body`
    int status = 0;
    QByteArray body;
    QByteArray requestId;
    int retries = 0;
    qint64 elapsedMs = 0;
};

class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)
public:
    // `url` is built after the auth provider is ready (the project id may
    // come from an IAM token). An empty URL with `urlError` set fails the call.
    using UrlFactory = std::function<QUrl(ApiError *urlError)>;

    HttpCall(ApiClient *client, QByteArray method, UrlFactory url, QObject *parent);
    ~HttpCall() override;

    void start();
    // Aborts; done() is not emitted afterwards.
    void abort();
    bool isActive() const { return !m_finished && !m_aborted; }

Q_SIGNALS:
    void done(const vias::api::HttpResponse &response);

private:
    void attempt();
    void send();
    void onFinished();
    void checkSize(qint64 bytes);
    void finish(HttpResponse response);

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    UrlFactory m_urlFactory;
    QUrl m_url;
    QNetworkRequest m_request; // the last one sent (its auth headers, for a 401)
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_retries = 0;
    qint64 m_waitedMs = 0;
    qint64 m_sizeSeen = 0;
    bool m_reauthDone = false;
    bool m_sizeCapHit = false;
    bool m_selfAborted = false;
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace vias::api

Q_DECLARE_METATYPE(vias::api::HttpResponse)
