// Fault injection knobs of the simulator: latency, injected error statuses,
// broken bodies and connections, and data churn. Settable at start
// (SimOptions::faults) and at runtime (SimServer::setFaults).
#pragma once

#include <QtGlobal>

namespace vias::sim {

struct Faults
{
    // Every response waits latencyMs plus a uniform 0..jitterMs.
    int latencyMs = 0;
    int jitterMs = 0;

    // Share of requests (0..1) answered with errorStatus instead; 429 and 503
    // carry Retry-After: retryAfterSeconds. 500 -> IVA.0006, 503 -> IVA.0010,
    // 429 -> APIGW.0308 (JSON); 502 -> an HTML gateway page; others JSON.
    double errorRate = 0.0;
    int errorStatus = 503;
    int retryAfterSeconds = 1;
    // The next N requests fail with errorStatus (counts down; faults() shows
    // what is left).
    int errorBurst = 0;

    // Share of 200 responses whose Content-Length says more than is sent,
    // after which the server closes the connection (graceful FIN).
    double truncateRate = 0.0;
    // Share of 200 responses whose body is cut-off JSON with a correct
    // Content-Length, so only a JSON parser notices.
    double malformedRate = 0.0;
    // Share of 200 responses where headers and half the body are sent and the
    // connection is then reset (abort).
    double dropRate = 0.0;
    // Share of responses that claim oversizedClaimBytes and stream filler
    // until the client hangs up or oversizedMaxBytes were sent (then close).
    double oversizedRate = 0.0;
    qint64 oversizedClaimBytes = Q_INT64_C(3) * 1024 * 1024 * 1024;
    qint64 oversizedMaxBytes = Q_INT64_C(64) * 1024 * 1024;

    // Data churn: random creations (about 1/2), deletions (1/4) and state
    // changes (1/4) of the primary service's tasks, applied lazily before
    // each task request: churnPerMinute by the server clock, plus
    // churnPerRequest on every list request.
    double churnPerMinute = 0.0;
    int churnPerRequest = 0;

    // Whether faults also hit POST /v3/auth/tokens (off: logins always work).
    bool affectIam = false;
};

} // namespace vias::sim
