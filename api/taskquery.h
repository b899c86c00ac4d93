// TaskQuery: the filters, sort and page of one task list request, and their
// mapping to the documented query parameters (spec section 2). Values the
// server would reject are caught here, before sending, with a translated
// message.
#pragma once

#include "api/apierror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace vias::api {

enum class SortDirection : quint8
{
    Ascending,
    Descending
};

// Limits from the spec.
inline constexpr int kMinLimit = 1;
inline constexpr int kMaxLimit = 100;
inline constexpr int kMinOffset = 1;
inline constexpr int kMaxOffset = 100000;

struct TaskQuery
{
    // State codes ("RUNNING", ...). Empty: all states. The API takes one
    // state per request, so several states mean one request per state, merged
    // by the client (see docs/API-CLIENT.md).
    QStringList states;
    QString nameLike;
    QString idLike;
    std::optional<qint64> createdSinceMs; // epoch ms, inclusive
    std::optional<qint64> createdUntilMs; // epoch ms, inclusive
    QString serviceVersion;               // "3.0"; must match ^\d{1,3}\.\d{1,3}$
    QString orderField; // "" (server default created_at:DESC), "name", "created_at", "updated_at"
    SortDirection orderDirection = SortDirection::Descending;

    // Server paging: 1-based record position and page size.
    int offset = 1;
    int limit = 100;

    friend bool operator==(const TaskQuery &, const TaskQuery &) = default;
};

// Validation: ApiError::Kind::None when the query is acceptable. `paged`
// also checks offset/limit (fetch-all chooses its own offsets).
ApiError validateQuery(const TaskQuery &query, bool paged = true);

// Order fields the API accepts.
QStringList orderFields();

// The query parameters for one request: the filters of `query`, the single
// `state` (may be empty), and offset/limit when given. Values are encoded the
// way the signer canonicalises them (space as %20, '+' as %2B).
QUrlQuery buildUrlQuery(const TaskQuery &query, const QString &state, std::optional<int> offset,
                        std::optional<int> limit);

// The same parameters as an encoded query string ("limit=100&offset=1&...").
QByteArray encodeQuery(const QUrlQuery &query);

// The order parameter value ("created_at:DESC") or empty when the server default applies.
QString orderParameter(const TaskQuery &query);

} // namespace vias::api

Q_DECLARE_METATYPE(vias::api::TaskQuery)
