// Retry decisions and backoff arithmetic (pure, unit-tested).
#include "api/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vias::api {

bool isRetryable(const QByteArray &method, const ApiError &error)
{
    // Only reads are repeated: a POST (e.g. IAM sign-in) may have had effects.
    const QByteArray m = method.toUpper();
    if (m != "GET" && m != "HEAD")
        return false;
    return error.isTransient();
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid()) {
        QString text = QString::fromLatin1(v);
        text.remove(QLatin1StringView(" GMT"));
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

qint64 backoffDelayMs(const RetryPolicy &policy, int retry, double random01,
                      std::optional<qint64> retryAfterMs)
{
    if (retryAfterMs)
        return std::max<qint64>(0, *retryAfterMs);
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = std::min<double>(double(policy.baseDelayMs) * std::pow(2.0, exponent),
                                        double(policy.maxDelayMs));
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return std::max<qint64>(0, qint64(std::llround(raw * factor)));
}

std::optional<qint64> nextRetryDelayMs(const RetryPolicy &policy, const QByteArray &method,
                                       const ApiError &error, int retriesDone, qint64 waitedMs,
                                       double random01, std::optional<qint64> retryAfterMs)
{
    if (!isRetryable(method, error) || retriesDone >= policy.maxRetries)
        return std::nullopt;
    const qint64 budget = qint64(policy.maxTotalWaitMs) - waitedMs;
    if (budget <= 0)
        return std::nullopt;
    const qint64 delay = backoffDelayMs(policy, retriesDone + 1, random01, retryAfterMs);
    if (delay <= budget)
        return delay;
    // The server asked for more than the budget allows: waiting less would
    // only be refused again, so give up now and say so.
    if (retryAfterMs)
        return std::nullopt;
    return budget;
}

} // namespace vias::api
