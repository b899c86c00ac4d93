// The local VIAS API server: task list and task detail endpoints, IAM
// password login, selectable auth, and fault injection, over raw HTTP/1.1
// on 127.0.0.1 (keep-alive). Used by vias-sim, `vias-console --demo` and the
// integration tests.
#pragma once

#include "simulator/dataset.h"
#include "simulator/simauth.h"
#include "simulator/simoptions.h"

#include <QAbstractHttpServer>
#include <QAtomicInt>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;

namespace vias::sim {

struct SimResponse; // internal, simresponse.h
struct SimIncoming;

// One request as the server saw it (for tests that check what a client sent).
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QString query; // as sent, percent-encoded
    auth::RawHeaders headers;
    int status = 0; // what the server answered (0 for a dropped/streamed fault)
};

class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(SimOptions options = {}, QObject *parent = nullptr);
    ~SimServer() override;

    // Binds 127.0.0.1:port (0 = any free port). Returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // "http://127.0.0.1:PORT"
    const SimOptions &options() const { return m_options; }

    // Thread-safe: may be called from any thread while the server runs.
    void setFaults(const Faults &faults);
    Faults faults() const;
    // The next `count` task requests fail with `status` (Retry-After per faults).
    void failNext(int count, int status);
    int requestCount() const { return m_requestCount.loadRelaxed(); }
    // TCP connections accepted so far (keep-alive reuse shows as few connections).
    int connectionCount() const { return m_connectionCount.loadRelaxed(); }
    QList<RecordedRequest> recentRequests() const; // the last 200, oldest first
    void clearRecentRequests();

    // The data served for a service (default: the primary one). Touch only
    // from the server's thread, between requests.
    Dataset &dataset(const QString &service = {});
    QStringList services() const { return m_options.services; }

    // The server's notion of "now" (token expiry, X-Sdk-Date skew, churn).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    TokenStore &tokens() { return m_tokens; }
    void setAuthMode(AuthMode mode) { m_options.auth = mode; }

signals:
    // Emitted when a response has been handed to the socket (or a fault applied).
    void requestServed(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SimResponse route(const SimIncoming &in);
    SimResponse tasksEndpoint(const SimIncoming &in, const QStringList &segments);
    SimResponse checkAuth(const SimIncoming &in, const QString &projectId);
    std::optional<SimResponse> injectedError(bool iam);
    void applyChurn(bool listRequest);
    void deliver(QPointer<QTcpSocket> socket, SimResponse response, bool closeAfter);
    void streamOversized(QPointer<QTcpSocket> socket, qint64 remaining);
    void record(const SimIncoming &in, int status);

    SimOptions m_options;
    QMap<QString, Dataset> m_datasets;
    TokenStore m_tokens;
    std::function<QDateTime()> m_clock;
    quint16 m_port = 0;

    mutable QMutex m_mutex; // guards m_faults, m_rng, m_recent
    Faults m_faults;
    QRandomGenerator m_rng;
    QList<RecordedRequest> m_recent;
    QAtomicInt m_requestCount;
    QAtomicInt m_connectionCount;
    QDateTime m_lastChurn;
    double m_churnCarry = 0.0;
    quint32 m_churnSerial = 0;
};

} // namespace vias::sim
