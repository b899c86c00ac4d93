// Command-line options of `viasctl tasks list` and `viasctl tasks get`:
// registration on a QCommandLineParser and validation into plain values.
// Usage errors come back as a translated message (exit status 2).
#pragma once

#include "api/taskquery.h"
#include "models/export/exportoptions.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace vias::cli {

// Where and how to connect (shared by every command).
struct ConnectionOptions
{
    QString endpoint;    // --endpoint
    QString region;      // --region
    QString iamEndpoint; // --iam-endpoint
    QString projectId;   // --project-id
    QString service;     // --service
    QString accessKey;   // --ak
    QString secretKey;   // --sk (secret)
    QString token;       // --token (secret)
    QString user;        // --user
    QString domain;      // --domain
    QString caFile;      // --ca-file
    int timeoutSeconds = 60;
    bool quiet = false;
    bool showSecrets = false;
};

enum class OutputKind : quint8
{
    Table,
    Csv,
    Json,
    JsonLines,
    Xlsx
};

struct ListOptions
{
    ConnectionOptions connection;
    api::TaskQuery query;
    bool paged = false; // --offset/--limit: one page of server paging instead of all
    OutputKind output = OutputKind::Table;
    QString file; // --file, empty: stdout
    ExportOptions exportOptions;
    QList<TaskColumn> tableColumns; // --columns for the table (AllFields handled by exportOptions)
};

struct GetOptions
{
    ConnectionOptions connection;
    QString taskId;
    OutputKind output = OutputKind::Json;
};

void addConnectionOptions(QCommandLineParser &parser);
void addListOptions(QCommandLineParser &parser);
void addGetOptions(QCommandLineParser &parser);

// Reads the parsed values; on a usage error returns false and sets *error.
bool readConnectionOptions(const QCommandLineParser &parser, ConnectionOptions *out,
                           QString *error);
bool readListOptions(const QCommandLineParser &parser, ListOptions *out, QString *error);
bool readGetOptions(const QCommandLineParser &parser, GetOptions *out, QString *error);

// ISO 8601 date or date-time (no zone = UTC) or epoch milliseconds.
std::optional<qint64> parseTimeArgument(const QString &text);

// The visible table columns when --columns is not given (as the console's
// default: all but creator, service_version and description).
QList<TaskColumn> defaultTableColumns();

} // namespace vias::cli
