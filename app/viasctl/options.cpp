// Command-line options of viasctl (see options.h).
#include "app/viasctl/options.h"

#include "models/taskcolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace vias::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("viasctl", text);
}

QCommandLineOption valueOption(const QString &name, const char *description, const char *valueName)
{
    return QCommandLineOption(name, tr(description), tr(valueName));
}

QString columnKeys()
{
    QStringList keys;
    for (TaskColumn c : allTaskColumns())
        keys << taskColumnKey(c);
    keys << QStringLiteral("all");
    return keys.join(QStringLiteral(", "));
}

bool readOutput(const QString &text, bool listCommand, OutputKind *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1StringView("table"))
        *out = OutputKind::Table;
    else if (t == QLatin1StringView("json"))
        *out = OutputKind::Json;
    else if (listCommand && t == QLatin1StringView("csv"))
        *out = OutputKind::Csv;
    else if (listCommand && t == QLatin1StringView("jsonl"))
        *out = OutputKind::JsonLines;
    else if (listCommand && t == QLatin1StringView("xlsx"))
        *out = OutputKind::Xlsx;
    else
        return false;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out,
             QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QCoreApplication::translate("viasctl",
                                             "--%1 takes a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

QList<TaskColumn> defaultTableColumns()
{
    QList<TaskColumn> columns;
    for (TaskColumn c : allTaskColumns()) {
        if (c != TaskColumn::Creator && c != TaskColumn::ServiceVersion &&
            c != TaskColumn::Description)
            columns << c;
    }
    return columns;
}

std::optional<qint64> parseTimeArgument(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^-?\\d+$"));
    if (digits.match(t).hasMatch()) {
        bool ok = false;
        const qint64 ms = t.toLongLong(&ok);
        return ok ? std::optional<qint64>(ms) : std::nullopt;
    }
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    // A date-time: "T" or a space between date and time; a zone (Z, +08:00)
    // is honoured, no zone means UTC (not the local time of the machine).
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    const bool hasZone = zone.match(iso).hasMatch();
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (!hasZone)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        valueOption(QStringLiteral("endpoint"),
                    "API base URL, e.g. https://vias.cn-north-4.myhuaweicloud.com or the "
                    "simulator's http://127.0.0.1:PORT.",
                    "url"),
        valueOption(QStringLiteral("region"),
                    "Region, e.g. cn-north-4: endpoint vias.<region> and IAM iam.<region>.",
                    "region"),
        valueOption(QStringLiteral("iam-endpoint"),
                    "IAM base URL for --user sign-in (default: iam.<region>, or the --endpoint "
                    "base URL when no --region is given).",
                    "url"),
        valueOption(QStringLiteral("project-id"),
                    "Project id (default: HUAWEICLOUD_SDK_PROJECT_ID or the credentials file).",
                    "id"),
        valueOption(QStringLiteral("service"), "Service name (default c-face-edge).", "name"),
        valueOption(QStringLiteral("ak"), "Access key (AK) for AK/SK signing.", "ak"),
        valueOption(QStringLiteral("sk"),
                    "Secret key (SK). Prefer HUAWEICLOUD_SDK_SK: a command line ends up in shell "
                    "history and ps.",
                    "sk"),
        valueOption(QStringLiteral("token"),
                    "IAM token sent as X-Auth-Token. Prefer VIAS_AUTH_TOKEN.", "token"),
        valueOption(QStringLiteral("user"),
                    "IAM user for password sign-in (password from VIAS_PASSWORD or a prompt).",
                    "user"),
        valueOption(QStringLiteral("domain"), "IAM account (domain) name (default: the user).",
                    "domain"),
        valueOption(QStringLiteral("timeout"),
                    "Seconds without data before a request is aborted (default 60).", "seconds"),
        valueOption(QStringLiteral("ca-file"), "Extra PEM CA certificate(s) to trust.", "file"),
        QCommandLineOption(
            QStringLiteral("show-secrets"),
            QCoreApplication::translate(
                "viasctl", "Write webhook header values and VCN credentials instead of ***.")),
        QCommandLineOption({QStringLiteral("q"), QStringLiteral("quiet")},
                           QCoreApplication::translate(
                               "viasctl",
                               "No progress and no plain-http notice on stderr (errors and data "
                               "warnings still appear).")),
    });
}

void addListOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    parser.addOptions({
        valueOption(QStringLiteral("state"),
                    "Only tasks in this state (RUNNING, STOPPED, FAILED, ...); repeat or separate "
                    "with commas for several.",
                    "state"),
        valueOption(QStringLiteral("name-like"), "Task name contains this text.", "text"),
        valueOption(QStringLiteral("id-like"), "Task id contains this text.", "text"),
        valueOption(QStringLiteral("created-since"),
                    "Created at or after: ISO 8601 date or date-time (no zone = UTC) or epoch ms.",
                    "time"),
        valueOption(QStringLiteral("created-until"), "Created at or before (same forms).", "time"),
        valueOption(QStringLiteral("service-version"), "Service version, e.g. 3.0.", "version"),
        valueOption(QStringLiteral("order"),
                    "Sort: name, created_at or updated_at, with :ASC or :DESC "
                    "(default created_at:DESC).",
                    "field:dir"),
        QCommandLineOption(
            QStringLiteral("all"),
            QCoreApplication::translate("viasctl", "Fetch every page (the default).")),
        valueOption(QStringLiteral("offset"),
                    "One page only, from this 1-based record (1..100000).", "n"),
        valueOption(QStringLiteral("limit"), "One page only, of this many tasks (1..100).", "m"),
        valueOption(QStringLiteral("output"), "table (default), csv, json, jsonl or xlsx.",
                    "format"),
        valueOption(QStringLiteral("file"),
                    "Write to this file (atomically) instead of stdout; required for xlsx.",
                    "path"),
        valueOption(QStringLiteral("csv-preset"),
                    "excel (UTF-8 with BOM, default) or plain (no BOM).", "preset"),
        valueOption(QStringLiteral("columns"),
                    "Comma-separated columns for table/csv/xlsx, or \"all\" for every field.",
                    "keys"),
    });
}

void addGetOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    parser.addOption(valueOption(QStringLiteral("output"), "json (default) or table.", "format"));
    parser.addPositionalArgument(
        QStringLiteral("task_id"),
        QCoreApplication::translate("viasctl", "The id of the task to show."));
}

bool readConnectionOptions(const QCommandLineParser &parser, ConnectionOptions *out, QString *error)
{
    out->endpoint = parser.value(QStringLiteral("endpoint")).trimmed();
    out->region = parser.value(QStringLiteral("region")).trimmed();
    out->iamEndpoint = parser.value(QStringLiteral("iam-endpoint")).trimmed();
    out->projectId = parser.value(QStringLiteral("project-id")).trimmed();
    out->service = parser.value(QStringLiteral("service")).trimmed();
    out->accessKey = parser.value(QStringLiteral("ak")).trimmed();
    out->secretKey = parser.value(QStringLiteral("sk"));
    out->token = parser.value(QStringLiteral("token")).trimmed();
    out->user = parser.value(QStringLiteral("user")).trimmed();
    out->domain = parser.value(QStringLiteral("domain")).trimmed();
    out->caFile = parser.value(QStringLiteral("ca-file"));
    out->quiet = parser.isSet(QStringLiteral("quiet"));
    out->showSecrets = parser.isSet(QStringLiteral("show-secrets"));
    if (parser.isSet(QStringLiteral("timeout")) &&
        !readInt(parser, QStringLiteral("timeout"), 1, 3600, &out->timeoutSeconds, error))
        return false;
    if (out->endpoint.isEmpty() && out->region.isEmpty()) {
        *error = QCoreApplication::translate(
            "viasctl", "No endpoint: give --region (e.g. cn-north-4) or --endpoint URL.");
        return false;
    }
    for (const QString &name : {QStringLiteral("endpoint"), QStringLiteral("iam-endpoint")}) {
        const QString value = parser.value(name).trimmed();
        if (value.isEmpty())
            continue;
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1StringView("https") &&
             url.scheme() != QLatin1StringView("http"))) {
            *error =
                QCoreApplication::translate(
                    "viasctl", "--%1 \"%2\" is not an http(s) URL such as https://host[:port].")
                    .arg(name, value);
            return false;
        }
    }
    const int methods = int(!out->accessKey.isEmpty() || !out->secretKey.isEmpty()) +
                        int(!out->token.isEmpty()) + int(!out->user.isEmpty());
    if (methods > 1) {
        *error = QCoreApplication::translate(
            "viasctl", "Choose one way to authenticate: --ak/--sk, --token or --user.");
        return false;
    }
    if (!out->secretKey.isEmpty() && out->accessKey.isEmpty()) {
        *error = QCoreApplication::translate("viasctl", "--sk needs --ak.");
        return false;
    }
    if (!out->domain.isEmpty() && out->user.isEmpty()) {
        *error = QCoreApplication::translate("viasctl", "--domain needs --user.");
        return false;
    }
    return true;
}

bool readListOptions(const QCommandLineParser &parser, ListOptions *out, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("viasctl", "Unexpected argument \"%1\".")
                     .arg(parser.positionalArguments().first());
        return false;
    }
    if (!readConnectionOptions(parser, &out->connection, error))
        return false;
    api::TaskQuery &q = out->query;
    for (const QString &value : parser.values(QStringLiteral("state"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString state = part.trimmed().toUpper();
            if (!state.isEmpty() && !q.states.contains(state))
                q.states << state;
        }
    }
    q.nameLike = parser.value(QStringLiteral("name-like"));
    q.idLike = parser.value(QStringLiteral("id-like"));
    q.serviceVersion = parser.value(QStringLiteral("service-version")).trimmed();
    for (const QString &name : {QStringLiteral("created-since"), QStringLiteral("created-until")}) {
        if (!parser.isSet(name))
            continue;
        const std::optional<qint64> ms = parseTimeArgument(parser.value(name));
        if (!ms) {
            *error = QCoreApplication::translate(
                         "viasctl",
                         "--%1 \"%2\" is not a time: use ISO 8601 (2026-01-31, "
                         "2026-01-31T08:00:00, 2026-01-31T08:00:00+08:00; no zone means UTC) or "
                         "epoch milliseconds.")
                         .arg(name, parser.value(name));
            return false;
        }
        (name == QLatin1StringView("created-since") ? q.createdSinceMs : q.createdUntilMs) = ms;
    }
    if (parser.isSet(QStringLiteral("order"))) {
        const QString order = parser.value(QStringLiteral("order")).trimmed();
        const qsizetype colon = order.indexOf(QLatin1Char(':'));
        const QString field = (colon < 0 ? order : order.left(colon)).toLower();
        const QString dir = colon < 0 ? QStringLiteral("DESC") : order.mid(colon + 1).toUpper();
        if (!api::orderFields().contains(field) ||
            (dir != QLatin1StringView("ASC") && dir != QLatin1StringView("DESC"))) {
            *error =
                QCoreApplication::translate(
                    "viasctl", "--order \"%1\" is not valid: use name, created_at or updated_at, "
                               "optionally with :ASC or :DESC.")
                    .arg(order);
            return false;
        }
        q.orderField = field;
        q.orderDirection = dir == QLatin1StringView("ASC") ? api::SortDirection::Ascending
                                                           : api::SortDirection::Descending;
    }
    const bool hasOffset = parser.isSet(QStringLiteral("offset"));
    const bool hasLimit = parser.isSet(QStringLiteral("limit"));
    if ((hasOffset || hasLimit) && parser.isSet(QStringLiteral("all"))) {
        *error = QCoreApplication::translate(
            "viasctl", "--all fetches every page; it cannot be combined with --offset/--limit.");
        return false;
    }
    out->paged = hasOffset || hasLimit;
    if (hasOffset && !readInt(parser, QStringLiteral("offset"), api::kMinOffset, api::kMaxOffset,
                              &q.offset, error))
        return false;
    if (hasLimit &&
        !readInt(parser, QStringLiteral("limit"), api::kMinLimit, api::kMaxLimit, &q.limit, error))
        return false;
    const api::ApiError invalid = api::validateQuery(q, out->paged);
    if (invalid.isError()) {
        *error = invalid.userMessage();
        return false;
    }

    if (parser.isSet(QStringLiteral("output")) &&
        !readOutput(parser.value(QStringLiteral("output")), true, &out->output)) {
        *error = QCoreApplication::translate(
                     "viasctl", "--output \"%1\" is not one of table, csv, json, jsonl, xlsx.")
                     .arg(parser.value(QStringLiteral("output")));
        return false;
    }
    out->file = parser.value(QStringLiteral("file"));
    if (out->output == OutputKind::Xlsx && out->file.isEmpty()) {
        *error = QCoreApplication::translate(
            "viasctl", "--output xlsx needs --file PATH: a workbook is not written to a terminal "
                       "or pipe.");
        return false;
    }
    ExportOptions &e = out->exportOptions;
    e.includeSecrets = out->connection.showSecrets;
    switch (out->output) {
    case OutputKind::Csv:
        e.format = ExportFormat::Csv;
        break;
    case OutputKind::Xlsx:
        e.format = ExportFormat::Xlsx;
        break;
    case OutputKind::Json:
        e.format = ExportFormat::Json;
        break;
    case OutputKind::JsonLines:
        e.format = ExportFormat::JsonLines;
        break;
    case OutputKind::Table:
        e.format = ExportFormat::Csv;
        break; // layout only
    }
    if (parser.isSet(QStringLiteral("csv-preset"))) {
        const QString preset = parser.value(QStringLiteral("csv-preset")).trimmed().toLower();
        if (preset == QLatin1StringView("excel"))
            e.csvPreset = CsvPreset::Excel;
        else if (preset == QLatin1StringView("plain"))
            e.csvPreset = CsvPreset::Plain;
        else {
            *error =
                QCoreApplication::translate("viasctl", "--csv-preset \"%1\" is not excel or plain.")
                    .arg(preset);
            return false;
        }
    }
    e.columns = defaultTableColumns();
    if (out->output != OutputKind::Table)
        e.columns = allTaskColumns();
    if (parser.isSet(QStringLiteral("columns"))) {
        QList<TaskColumn> columns;
        bool all = false;
        for (const QString &part :
             parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.trimmed().toLower();
            if (key == QLatin1StringView("all")) {
                all = true;
                continue;
            }
            const std::optional<TaskColumn> c = taskColumnFromKey(key);
            if (!c) {
                *error = QCoreApplication::translate("viasctl",
                                                     "Unknown column \"%1\". Valid columns: %2.")
                             .arg(key, columnKeys());
                return false;
            }
            if (!columns.contains(*c))
                columns << *c;
        }
        if (all) {
            e.columnSet = ColumnSet::AllFields;
        } else if (columns.isEmpty()) {
            *error =
                QCoreApplication::translate("viasctl", "--columns is empty. Valid columns: %1.")
                    .arg(columnKeys());
            return false;
        } else {
            e.columns = columns;
        }
    }
    out->tableColumns = e.columns;
    return true;
}

bool readGetOptions(const QCommandLineParser &parser, GetOptions *out, QString *error)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        *error = args.isEmpty()
                     ? QCoreApplication::translate("viasctl",
                                                   "Give the task id: viasctl tasks get TASK_ID.")
                     : QCoreApplication::translate("viasctl", "Give exactly one task id.");
        return false;
    }
    out->taskId = args.first().trimmed();
    if (!readConnectionOptions(parser, &out->connection, error))
        return false;
    if (parser.isSet(QStringLiteral("output")) &&
        !readOutput(parser.value(QStringLiteral("output")), false, &out->output)) {
        *error = QCoreApplication::translate("viasctl", "--output \"%1\" is not json or table.")
                     .arg(parser.value(QStringLiteral("output")));
        return false;
    }
    return true;
}

} // namespace vias::cli
