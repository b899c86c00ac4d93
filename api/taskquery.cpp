// TaskQuery validation and its mapping to the documented query parameters.
#include "api/taskquery.h"

#include "api/auth/signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace vias::api {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vias::api::TaskQuery)
};

QString formatMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QStringList orderFields()
{
    return {QStringLiteral("name"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
}

ApiError validateQuery(const TaskQuery &query, bool paged)
{
    if (paged) {
        if (query.limit < kMinLimit || query.limit > kMaxLimit)
            return ApiError::validation(
                Tr::tr("The page size %1 is outside the range the API accepts (%2 to %3). "
                       "Choose a page size from %2 to %3.")
                    .arg(query.limit)
                    .arg(kMinLimit)
                    .arg(kMaxLimit));
        if (query.offset < kMinOffset || query.offset > kMaxOffset)
            return ApiError::validation(
                Tr::tr("The start position %1 is outside the range the API accepts (%2 to %3). "
                       "To reach tasks further down, narrow the filters (for example by "
                       "creation time) or reverse the sort order.")
                    .arg(query.offset)
                    .arg(kMinOffset)
                    .arg(kMaxOffset));
    }
    if (!query.orderField.isEmpty() && !orderFields().contains(query.orderField))
        return ApiError::validation(
            Tr::tr("The sort field \"%1\" is not one the API accepts (%2). Pick one of those.")
                .arg(query.orderField, orderFields().join(QLatin1StringView(", "))));
    static const QRegularExpression version(QStringLiteral("^\\d{1,3}\\.\\d{1,3}$"));
    if (!query.serviceVersion.isEmpty() && !version.match(query.serviceVersion).hasMatch())
        return ApiError::validation(
            Tr::tr("The service version \"%1\" is not in the form the API accepts: major.minor "
                   "with up to three digits each, for example 3.0.")
                .arg(query.serviceVersion));
    static const QRegularExpression stateCode(QStringLiteral("^[A-Z][A-Z_]{0,63}$"));
    for (const QString &state : query.states) {
        if (!stateCode.match(state).hasMatch())
            return ApiError::validation(
                Tr::tr("\"%1\" is not a task state code. State codes are upper-case words such "
                       "as RUNNING or START_FAILED.")
                    .arg(state));
    }
    if (query.createdSinceMs && *query.createdSinceMs < 0)
        return ApiError::validation(
            Tr::tr("The \"created since\" time is before 1970. Pick a later date."));
    if (query.createdUntilMs && *query.createdUntilMs < 0)
        return ApiError::validation(
            Tr::tr("The \"created until\" time is before 1970. Pick a later date."));
    if (query.createdSinceMs && query.createdUntilMs &&
        *query.createdSinceMs > *query.createdUntilMs)
        return ApiError::validation(
            Tr::tr("The creation time range is empty: \"created since\" (%1) is after \"created "
                   "until\" (%2). Swap or correct the dates.")
                .arg(formatMs(*query.createdSinceMs), formatMs(*query.createdUntilMs)));
    return {};
}

QString orderParameter(const TaskQuery &query)
{
    if (query.orderField.isEmpty())
        return {};
    return query.orderField + QLatin1Char(':') +
           (query.orderDirection == SortDirection::Ascending ? QLatin1StringView("ASC")
                                                             : QLatin1StringView("DESC"));
}

QUrlQuery buildUrlQuery(const TaskQuery &query, const QString &state, std::optional<int> offset,
                        std::optional<int> limit)
{
    QUrlQuery q;
    // Fixed order: readable logs and stable test expectations.
    if (const QString order = orderParameter(query); !order.isEmpty())
        q.addQueryItem(QStringLiteral("order"), order);
    if (!state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), state);
    if (!query.serviceVersion.isEmpty())
        q.addQueryItem(QStringLiteral("service_version"), query.serviceVersion);
    // The API takes offset and limit only together.
    if (offset && limit) {
        q.addQueryItem(QStringLiteral("offset"), QString::number(*offset));
        q.addQueryItem(QStringLiteral("limit"), QString::number(*limit));
    }
    if (query.createdSinceMs)
        q.addQueryItem(QStringLiteral("created_since"), QString::number(*query.createdSinceMs));
    if (query.createdUntilMs)
        q.addQueryItem(QStringLiteral("created_until"), QString::number(*query.createdUntilMs));
    if (!query.nameLike.isEmpty())
        q.addQueryItem(QStringLiteral("name_like"), query.nameLike);
    if (!query.idLike.isEmpty())
        q.addQueryItem(QStringLiteral("id_like"), query.idLike);
    return q;
}

QByteArray encodeQuery(const QUrlQuery &query)
{
    // Every reserved character percent-encoded (space %20, '+' %2B), exactly
    // as the signer canonicalises, so what is signed is what is sent.
    QByteArray out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += auth::uriEncode(name.toUtf8()) + '=' + auth::uriEncode(value.toUtf8());
    }
    return out;
}

} // namespace vias::api
