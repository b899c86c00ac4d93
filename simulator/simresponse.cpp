// Error bodies and the bytes on the wire, including the delivery faults.
#include "simulator/simresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace vias::sim {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

SimResponse errorResponse(int status, const QString &code, const QString &message)
{
    SimResponse response;
    response.status = status;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("error_code"), code},
                                              {QStringLiteral("error_msg"), message}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

SimResponse injectedErrorResponse(int status, int retryAfterSeconds)
{
    SimResponse response;
    switch (status) {
    case 429:
        response = errorResponse(429, QStringLiteral("APIGW.0308"),
                                 QStringLiteral("The throttling threshold has been reached: "
                                                "policy user over ratelimit, limit:20, time:1 "
                                                "minute"));
        response.headers.append({QByteArray("X-ratelimit"), QByteArray("20")});
        response.headers.append({QByteArray("X-ratelimit-used"), QByteArray("20")});
        response.headers.append({QByteArray("X-ratelimit-window"), QByteArray("60")});
        break;
    case 500:
        response = errorResponse(500, QStringLiteral("IVA.0006"),
                                 QStringLiteral("Internal error (injected by the simulator). "
                                                "Retry later."));
        break;
    case 503:
        response = errorResponse(503, QStringLiteral("IVA.0010"),
                                 QStringLiteral("A dependent service is unavailable (injected by "
                                                "the simulator). Retry later."));
        break;
    case 502:
    case 504:
        response.status = status;
        response.contentType = "text/html";
        response.body = "<html><head><title>" + QByteArray::number(status) + ' ' +
                        reasonPhrase(status) + "</title></head><body><center><h1>" +
                        QByteArray::number(status) + ' ' + reasonPhrase(status) +
                        "</h1></center><hr><center>api-gateway</center></body></html>\r\n";
        break;
    default:
        response = errorResponse(status, QStringLiteral("IVA.0006"),
                                 QStringLiteral("HTTP %1 injected by the simulator.").arg(status));
        break;
    }
    if ((status == 429 || status == 503) && retryAfterSeconds >= 0)
        response.headers.append({QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return response;
}

void SimServer::deliver(QPointer<QTcpSocket> socket, SimResponse response, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    qint64 contentLength = response.body.size();
    if (response.delivery == Delivery::Oversized)
        contentLength = response.oversizedClaim;

    QByteArray out;
    out.reserve(response.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    // Broken deliveries still promise keep-alive, as a server that dies
    // mid-body would; with "Connection: close" QNetworkAccessManager may take
    // the early close for the end of the body and report success.
    out += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";

    switch (response.delivery) {
    case Delivery::Normal:
        out += response.body;
        socket->write(out);
        if (closeAfter)
            socket->disconnectFromHost();
        break;
    case Delivery::Truncate:
        // The peer sees a clean FIN before Content-Length bytes arrived.
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        break;
    case Delivery::Drop: {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->flush();
#ifdef Q_OS_UNIX
        // SO_LINGER 0 turns the close into a reset, as a crashed peer or a
        // middlebox would.
        const struct linger noLinger
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                     sizeof noLinger);
#endif
        socket->abort();
        break;
    }
    case Delivery::Oversized:
        out += "{\"count\":1,\"tasks\":[";
        socket->write(out);
        streamOversized(socket, std::max<qint64>(0, response.oversizedMax - 20));
        break;
    }
    emit requestServed(response.requestMethod, response.requestPath, response.status);
}

void SimServer::streamOversized(QPointer<QTcpSocket> socket, qint64 remaining)
{
    // Whitespace keeps the body a valid JSON prefix: only a size cap stops a
    // client from buffering it. Refilled as the kernel drains, bounded by
    // `remaining` so the server stops by itself.
    static const QByteArray filler(64 * 1024, ' ');
    auto left = std::make_shared<qint64>(remaining);
    const auto topUp = [socket, left]() {
        if (!socket)
            return;
        while (*left > 0 && socket->bytesToWrite() < 4 * filler.size()) {
            const qint64 n = std::min<qint64>(*left, filler.size());
            socket->write(filler.constData(), n);
            *left -= n;
        }
        if (*left <= 0 && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    };
    connect(socket.data(), &QTcpSocket::bytesWritten, socket.data(), topUp);
    topUp();
}

} // namespace vias::sim
