// The query parameters of GET /v2/{project_id}/services/{service}/tasks
// (spec section 2), parsed and validated the way the VIAS service does, so
// the simulator answers 400 IVA.0004 naming the offending parameter.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace vias::sim {

enum class OrderKey : quint8
{
    Name,
    CreatedAt,
    UpdatedAt
};

struct TaskQuery
{
    OrderKey orderKey = OrderKey::CreatedAt; // default order: created_at:DESC
    bool ascending = false;
    std::optional<QString> state;
    std::optional<QString> serviceVersion;
    std::optional<qint64> createdSinceMs; // inclusive
    std::optional<qint64> createdUntilMs; // inclusive
    std::optional<QString> nameLike;      // case-insensitive substring
    std::optional<QString> idLike;        // case-insensitive substring
    std::optional<int> offset;            // 1-based record position, with limit
    std::optional<int> limit;             // 1..100, with offset
};

struct QueryParseResult
{
    TaskQuery query;
    QString errorParameter; // empty when the query is valid
    QString errorMessage;   // the error_msg the server sends
    bool ok() const { return errorParameter.isEmpty(); }
};

// Every state the simulator accepts in `state=` (spec section 4, including
// the newer SCHEDULING and LACK_OF_RESOURCES), in the spec's order.
const QStringList &acceptedStates();

// Validates and parses the URL query. Unknown parameters are ignored, as the
// service does; the first occurrence of a repeated parameter wins.
QueryParseResult parseTaskQuery(const QUrlQuery &query);

} // namespace vias::sim
