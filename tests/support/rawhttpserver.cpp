// RawHttpServer: scripted answers over plain TCP or TLS.
#include "tests/support/rawhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace vias::test {

QByteArray RawRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

RawHttpServer::RawHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

RawHttpServer::~RawHttpServer() = default;

quint16 RawHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            serve(s);
    });
    return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
}

quint16 RawHttpServer::listenTls(const QSslConfiguration &tls)
{
    m_tls = true;
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    connect(server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_tlsFailures; });
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            serve(s);
    });
    return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
}

QUrl RawHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server ? m_server->serverPort() : 0));
}

QByteArray RawHttpServer::jsonError(const QByteArray &code, const QByteArray &message)
{
    return "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}";
}

QByteArray RawHttpServer::taskListPage(int first, int end, qint64 count)
{
    QJsonArray tasks;
    for (int i = first; i < end; ++i)
        tasks.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("task%1").arg(i, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("t%1").arg(i)},
            {QStringLiteral("state"), QStringLiteral("RUNNING")}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("tasks"), tasks}})
        .toJson(QJsonDocument::Compact);
}

void RawHttpServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->clear();
        RawRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.url = baseUrl().resolved(QUrl::fromEncoded(first.value(1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        ++m_requests;
        const RawResponse r = m_handler(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Connection: close\r\n";
        for (const auto &[n, v] : r.headers)
            out += n + ": " + v + "\r\n";
        out += "\r\n" + r.body;
        socket->write(out);
        socket->disconnectFromHost();
    });
}

bool makeSelfSignedCert(const QString &dir, QString *certPath, QString *keyPath, QString *error)
{
    *certPath = dir + QStringLiteral("/cert.pem");
    *keyPath = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   *keyPath, QStringLiteral("-out"), *certPath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAllStandardError());
        if (error->isEmpty())
            *error = openssl.errorString();
        return false;
    }
    return QFile::exists(*certPath) && QFile::exists(*keyPath);
}

} // namespace vias::test
