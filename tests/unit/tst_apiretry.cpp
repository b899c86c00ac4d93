// The retry policy: which failures are retried, the backoff and jitter
// arithmetic, Retry-After, and the caps on attempts and total waiting.
#include "api/retrypolicy.h"

#include <QTest>

using namespace vias::api;

namespace {
ApiError http(int status)
{
    return ApiError::fromHttp(status, {});
}
ApiError kind(ApiError::Kind k)
{
    ApiError e;
    e.kind = k;
    return e;
}
} // namespace

class TestApiRetry final : public QObject
{
    Q_OBJECT

private slots:
    void whatIsRetried()
    {
        for (int status : {429, 500, 502, 503, 504})
            QVERIFY2(isRetryable("GET", http(status)), qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 409, 501})
            QVERIFY2(!isRetryable("GET", http(status)), qPrintable(QString::number(status)));
        QVERIFY(isRetryable("GET", kind(ApiError::Kind::Network)));
        QVERIFY(isRetryable("GET", kind(ApiError::Kind::Timeout)));
        QVERIFY(!isRetryable("GET", kind(ApiError::Kind::Tls)));
        QVERIFY(!isRetryable("GET", kind(ApiError::Kind::Parse)));
        QVERIFY(!isRetryable("GET", kind(ApiError::Kind::SizeCap)));
        QVERIFY(!isRetryable("GET", kind(ApiError::Kind::Cancelled)));
        QVERIFY(!isRetryable("GET", kind(ApiError::Kind::Validation)));
        // Not idempotent: never repeated.
        QVERIFY(!isRetryable("POST", http(503)));
    }

    void exponentialWithJitter()
    {
        RetryPolicy p;
        p.baseDelayMs = 500;
        p.maxDelayMs = 8000;
        p.jitter = 0.2;
        // random 0.5 is the middle: no jitter
        QCOMPARE(backoffDelayMs(p, 1, 0.5), 500);
        QCOMPARE(backoffDelayMs(p, 2, 0.5), 1000);
        QCOMPARE(backoffDelayMs(p, 3, 0.5), 2000);
        QCOMPARE(backoffDelayMs(p, 10, 0.5), 8000);  // capped
        QCOMPARE(backoffDelayMs(p, 1, 0.0), 400);    // -20 %
        QCOMPARE(backoffDelayMs(p, 1, 1.0), 600);    // +20 %
        QCOMPARE(backoffDelayMs(p, 100, 0.5), 8000); // no overflow
    }

    void retryAfterWins()
    {
        RetryPolicy p;
        QCOMPARE(backoffDelayMs(p, 1, 0.5, 7000), 7000);
    }

    void parseRetryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfterMs("3", now), std::optional<qint64>(3000));
        QCOMPARE(parseRetryAfterMs(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<qint64>(60000));
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now),
                 std::optional<qint64>(0)); // in the past
        QCOMPARE(parseRetryAfterMs("-5", now), std::nullopt);
        QCOMPARE(parseRetryAfterMs("soon", now), std::nullopt);
        QCOMPARE(parseRetryAfterMs("", now), std::nullopt);
    }

    void attemptsAreCapped()
    {
        RetryPolicy p; // 3 retries
        const ApiError e = http(503);
        QVERIFY(nextRetryDelayMs(p, "GET", e, 0, 0, 0.5).has_value());
        QVERIFY(nextRetryDelayMs(p, "GET", e, 2, 0, 0.5).has_value());
        QVERIFY(!nextRetryDelayMs(p, "GET", e, 3, 0, 0.5).has_value());
        p.maxRetries = 0;
        QVERIFY(!nextRetryDelayMs(p, "GET", e, 0, 0, 0.5).has_value());
        QVERIFY(!nextRetryDelayMs(RetryPolicy{}, "GET", http(404), 0, 0, 0.5).has_value());
    }

    void totalWaitIsCapped()
    {
        RetryPolicy p;
        p.maxTotalWaitMs = 30000;
        const ApiError e = http(503);
        // Computed backoff is trimmed to what is left of the budget.
        QCOMPARE(nextRetryDelayMs(p, "GET", e, 1, 29800, 0.5), std::optional<qint64>(200));
        QVERIFY(!nextRetryDelayMs(p, "GET", e, 1, 30000, 0.5).has_value());
        // A Retry-After beyond the budget: give up rather than retry too early.
        QVERIFY(!nextRetryDelayMs(p, "GET", http(429), 0, 0, 0.5, 60000).has_value());
        QCOMPARE(nextRetryDelayMs(p, "GET", http(429), 0, 0, 0.5, 2000),
                 std::optional<qint64>(2000));
    }
};

QTEST_GUILESS_MAIN(TestApiRetry)
#include "tst_apiretry.moc"
