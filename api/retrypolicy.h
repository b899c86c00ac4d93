// When a failed request is retried, and after how long: exponential backoff
// with jitter, Retry-After honoured, capped in attempts and in total waiting.
// Pure functions so tests check them without a network.
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace vias::api {

struct RetryPolicy
{
    int maxRetries = 3;    // retries after the first attempt
    int baseDelayMs = 500; // first backoff
    int maxDelayMs = 8000; // one backoff never exceeds this (Retry-After is capped by the total)
    int maxTotalWaitMs = 30000; // sum of all waits for one request
    double jitter = 0.2;        // +-20 % around the exponential delay

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

// Whether this error on this method deserves another attempt: only GET (and
// other idempotent reads) on network errors, timeouts, 429, 500, 502, 503,
// 504. Never 400/401/403/404 (the single 401 re-login is separate).
bool isRetryable(const QByteArray &method, const ApiError &error);

// Seconds or an HTTP date; nullopt when absent or unreadable. Never negative.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

// The wait before retry number `retry` (1-based). `random01` in [0,1) picks
// the jitter. A Retry-After, when given, wins over the computed backoff.
qint64 backoffDelayMs(const RetryPolicy &policy, int retry, double random01,
                      std::optional<qint64> retryAfterMs = std::nullopt);

// Decides the next step: the delay to wait, or nullopt when no retry is due
// (not retryable, retries exhausted, or the total wait budget would be exceeded).
std::optional<qint64> nextRetryDelayMs(const RetryPolicy &policy, const QByteArray &method,
                                       const ApiError &error, int retriesDone, qint64 waitedMs,
                                       double random01,
                                       std::optional<qint64> retryAfterMs = std::nullopt);

} // namespace vias::api
