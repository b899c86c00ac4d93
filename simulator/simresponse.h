// Internal to the simulator: a response as the router decides it, before the
// delivery faults (truncate, drop, malformed, oversized) shape the bytes on
// the wire, and the builders for the error bodies the service sends.
#pragma once

#include "simulator/simserver.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace vias::sim {

enum class Delivery : quint8
{
    Normal,
    Truncate,
    Drop,
    Oversized
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    qint64 oversizedClaim = 0;
    qint64 oversizedMax = 0;
    QByteArray requestMethod; // for requestServed
    QString requestPath;
};

struct SimIncoming
{
    QByteArray method;
    QUrl url;
    QString path;
    QString encodedQuery;
    QUrlQuery query;
    auth::RawHeaders headers;
    QByteArray body;
};

QByteArray reasonPhrase(int status);
// {"error_code":code,"error_msg":message}
SimResponse errorResponse(int status, const QString &code, const QString &message);
// An error as a fault injects it: JSON for 429/500/503 (with Retry-After on
// 429/503), an HTML gateway page for 502/504.
SimResponse injectedErrorResponse(int status, int retryAfterSeconds);

} // namespace vias::sim
