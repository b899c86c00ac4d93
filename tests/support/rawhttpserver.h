// A tiny scripted HTTP/1.1 server on 127.0.0.1 for API client tests that
// need answers the simulator does not give (arbitrary status/body, odd
// paging semantics) or TLS with a test certificate. Every answer closes the
// connection.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace vias::test {

struct RawRequest
{
    QByteArray method;
    QUrl url; // path and query as received, with scheme/host of the server
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

struct RawResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class RawHttpServer final : public QObject
{
public: // no Q_OBJECT: no signals, and the support library is not moc'ed
    using Handler = std::function<RawResponse(const RawRequest &)>;

    explicit RawHttpServer(Handler handler, QObject *parent = nullptr);
    ~RawHttpServer() override;

    // Plain HTTP, or TLS with `tls` (local certificate and key set).
    quint16 listen();
    quint16 listenTls(const QSslConfiguration &tls);
    QUrl baseUrl() const; // http(s)://127.0.0.1:port
    int requestCount() const { return m_requests; }
    int tlsFailures() const { return m_tlsFailures; }

    static QByteArray jsonError(const QByteArray &code, const QByteArray &message);
    // A list response {"count": count, "tasks": [...]} holding the synthetic
    // tasks first..end-1 of a list: ids "task00042", names "t42", RUNNING.
    static QByteArray taskListPage(int first, int end, qint64 count);

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_requests = 0;
    int m_tlsFailures = 0;
};

// Generates a self-signed certificate for 127.0.0.1 with openssl into `dir`;
// returns false (with a reason in *error) when openssl is unavailable.
bool makeSelfSignedCert(const QString &dir, QString *certPath, QString *keyPath, QString *error);

} // namespace vias::test
