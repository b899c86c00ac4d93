// Validation of the task list query parameters; the messages follow the
// service's "The request param is invalid. The param [x] ..." wording.
#include "simulator/taskquery.h"

#include <QRegularExpression>

namespace vias::sim {
namespace {

QString invalid(const QString &param, const QString &rule)
{
    return QStringLiteral("The request param is invalid. The param [%1] %2").arg(param, rule);
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || text.trimmed() != text || text.startsWith(QLatin1Char('+')) || value < min ||
        value > max)
        return std::nullopt;
    return value;
}

} // namespace

const QStringList &acceptedStates()
{
    static const QStringList states{
        QStringLiteral("PENDING"),          QStringLiteral("RECOVERING"),
        QStringLiteral("STARTING"),         QStringLiteral("UPGRADING"),
        QStringLiteral("CREATE_FAILED"),    QStringLiteral("START_FAILED"),
        QStringLiteral("RUNNING"),          QStringLiteral("STOPPING"),
        QStringLiteral("STOPPED"),          QStringLiteral("ABNORMAL"),
        QStringLiteral("SUCCEEDED"),        QStringLiteral("FAILED"),
        QStringLiteral("DELETING"),         QStringLiteral("FREEZING"),
        QStringLiteral("FROZEN"),           QStringLiteral("SCHEDULING"),
        QStringLiteral("LACK_OF_RESOURCES")};
    return states;
}

QueryParseResult parseTaskQuery(const QUrlQuery &urlQuery)
{
    QueryParseResult result;
    TaskQuery &q = result.query;
    const auto fail = [&result](const QString &param, const QString &rule) {
        result.errorParameter = param;
        result.errorMessage = invalid(param, rule);
        return result;
    };
    const auto value = [&urlQuery](const QString &name) -> std::optional<QString> {
        if (!urlQuery.hasQueryItem(name))
            return std::nullopt;
        return urlQuery.queryItemValue(name, QUrl::FullyDecoded);
    };

    if (const auto order = value(QStringLiteral("order"))) {
        const QStringList parts = order->split(QLatin1Char(':'));
        const QString attr = parts.value(0);
        const QString dir = parts.value(1);
        if (parts.size() != 2 || (dir != QLatin1String("ASC") && dir != QLatin1String("DESC")))
            return fail(QStringLiteral("order"),
                        QStringLiteral("should be <attribute>:<ASC|DESC>, attribute one of "
                                       "[name, created_at, updated_at]"));
        if (attr == QLatin1String("name"))
            q.orderKey = OrderKey::Name;
        else if (attr == QLatin1String("created_at"))
            q.orderKey = OrderKey::CreatedAt;
        else if (attr == QLatin1String("updated_at"))
            q.orderKey = OrderKey::UpdatedAt;
        else
            return fail(QStringLiteral("order"),
                        QStringLiteral("should be <attribute>:<ASC|DESC>, attribute one of "
                                       "[name, created_at, updated_at]"));
        q.ascending = dir == QLatin1String("ASC");
    }

    if (const auto state = value(QStringLiteral("state"))) {
        if (!acceptedStates().contains(*state))
            return fail(QStringLiteral("state"),
                        QStringLiteral("should be one of [%1]")
                            .arg(acceptedStates().join(QStringLiteral(", "))));
        q.state = *state;
    }

    if (const auto version = value(QStringLiteral("service_version"))) {
        static const QRegularExpression rx(QStringLiteral("^\\d{1,3}\\.\\d{1,3}$"));
        if (!rx.match(*version).hasMatch())
            return fail(QStringLiteral("service_version"),
                        QStringLiteral("should match ^\\d{1,3}\\.\\d{1,3}$, e.g. 3.0"));
        q.serviceVersion = *version;
    }

    const auto offset = value(QStringLiteral("offset"));
    const auto limit = value(QStringLiteral("limit"));
    if (offset) {
        const auto parsed = parseInteger(*offset, 1, 100000);
        if (!parsed)
            return fail(QStringLiteral("offset"),
                        QStringLiteral("should be an integer from 1 to 100000"));
        q.offset = static_cast<int>(*parsed);
    }
    if (limit) {
        const auto parsed = parseInteger(*limit, 1, 100);
        if (!parsed)
            return fail(QStringLiteral("limit"),
                        QStringLiteral("should be an integer from 1 to 100"));
        q.limit = static_cast<int>(*parsed);
    }
    if (offset && !limit)
        return fail(
            QStringLiteral("limit"),
            QStringLiteral("is required when [offset] is given (offset and limit go together)"));
    if (limit && !offset)
        return fail(
            QStringLiteral("offset"),
            QStringLiteral("is required when [limit] is given (offset and limit go together)"));

    const auto epoch = [&](const QString &name, std::optional<qint64> &target) {
        if (const auto text = value(name)) {
            const auto parsed = parseInteger(*text, 0, Q_INT64_C(253402300799999));
            if (!parsed)
                return false;
            target = *parsed;
        }
        return true;
    };
    if (!epoch(QStringLiteral("created_since"), q.createdSinceMs))
        return fail(QStringLiteral("created_since"),
                    QStringLiteral("should be a time in epoch milliseconds, e.g. 1600000000000"));
    if (!epoch(QStringLiteral("created_until"), q.createdUntilMs))
        return fail(QStringLiteral("created_until"),
                    QStringLiteral("should be a time in epoch milliseconds, e.g. 1600000000000"));

    if (const auto name = value(QStringLiteral("name_like"))) {
        if (name->size() > 100)
            return fail(QStringLiteral("name_like"),
                        QStringLiteral("should be at most 100 characters"));
        q.nameLike = *name;
    }
    if (const auto id = value(QStringLiteral("id_like"))) {
        if (id->size() > 64)
            return fail(QStringLiteral("id_like"),
                        QStringLiteral("should be at most 64 characters"));
        q.idLike = *id;
    }
    return result;
}

} // namespace vias::sim
