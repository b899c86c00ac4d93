// vias-sim: the local VIAS API simulator as a program, for the demo, manual
// testing with curl and other clients. All behaviour lives in simulator/;
// this file maps the command line onto SimOptions and Faults.
#include "simulator/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace vias::sim;

namespace {

struct Option
{
    const char *name;
    const char *help;
    const char *valueName;
};

constexpr Option kOptions[] = {
    {"port",
     QT_TRANSLATE_NOOP("vias-sim", "TCP port on 127.0.0.1; 0 picks a free one (default 0)."), "N"},
    {"tasks",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Number of generated tasks of the primary service (default 1000)."),
     "N"},
    {"seed", QT_TRANSLATE_NOOP("vias-sim", "Seed of the deterministic data generator (default 1)."),
     "S"},
    {"reference-time",
     QT_TRANSLATE_NOOP("vias-sim",
                       "The 'now' of the generated data, ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z "
                       "(default: current time)."),
     "TIME"},
    {"other-tasks",
     QT_TRANSLATE_NOOP("vias-sim", "Generated tasks of every other service (default 20)."), "N"},
    {"data",
     QT_TRANSLATE_NOOP(
         "vias-sim",
         "Serve this list response file ({\"count\":..,\"tasks\":[...]}) for the primary "
         "service instead of generated tasks."),
     "FILE"},
    {"project-id",
     QT_TRANSLATE_NOOP("vias-sim",
                       "The project id in the URL (default 0605f8aa21b24fd6a8e5d91f3e70a001)."),
     "ID"},
    {"project-name",
     QT_TRANSLATE_NOOP("vias-sim",
                       "The project (region) name for IAM scopes (default cn-north-4)."),
     "NAME"},
    {"service",
     QT_TRANSLATE_NOOP("vias-sim",
                       "A service to serve; repeatable; the first is the primary one (default "
                       "c-face-edge, c-vehicle-detection-cloud, c-fire-exit-occupation-cloud, "
                       "c-safetysuitedetection-edge)."),
     "NAME"},
    {"auth",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Auth on the task endpoints: none, token, aksk or any (default none)."),
     "MODE"},
    {"ak",
     QT_TRANSLATE_NOOP("vias-sim", "Access key accepted for AK/SK (default DEMOAKVIASCONSOLE000)."),
     "AK"},
    {"sk",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Secret key for AK/SK (default demo-secret-key-for-the-local-simulator)."),
     "SK"},
    {"user", QT_TRANSLATE_NOOP("vias-sim", "IAM user name (default demo)."), "NAME"},
    {"password", QT_TRANSLATE_NOOP("vias-sim", "IAM password (default demo-password)."),
     "PASSWORD"},
    {"domain", QT_TRANSLATE_NOOP("vias-sim", "IAM account (domain) name (default demo)."), "NAME"},
    {"token-lifetime",
     QT_TRANSLATE_NOOP("vias-sim", "Lifetime of issued tokens in seconds (default 86400)."),
     "SECONDS"},
    {"max-skew",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Largest X-Sdk-Date difference to the server clock, seconds (default 900)."),
     "SECONDS"},
    {"latency-ms",
     QT_TRANSLATE_NOOP("vias-sim", "Delay every response by this many milliseconds (default 0)."),
     "MS"},
    {"jitter-ms",
     QT_TRANSLATE_NOOP("vias-sim", "Add a uniform random 0..MS to the delay (default 0)."), "MS"},
    {"error-rate",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Share of task requests (0..1) answered with --error-status (default 0)."),
     "RATE"},
    {"error-status",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Status for injected errors: 500, 502, 503, 429, ... (default 503)."),
     "STATUS"},
    {"retry-after",
     QT_TRANSLATE_NOOP("vias-sim", "Retry-After seconds on injected 429/503 (default 1)."),
     "SECONDS"},
    {"error-burst",
     QT_TRANSLATE_NOOP("vias-sim",
                       "The first N task requests fail with --error-status (default 0)."),
     "N"},
    {"truncate-rate",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Share of 200 responses cut short (Content-Length larger than sent, then "
                       "close)."),
     "RATE"},
    {"malformed-rate",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Share of 200 responses with broken JSON (correct Content-Length)."),
     "RATE"},
    {"drop-rate",
     QT_TRANSLATE_NOOP("vias-sim", "Share of 200 responses whose connection is reset mid-body."),
     "RATE"},
    {"oversized-rate",
     QT_TRANSLATE_NOOP("vias-sim", "Share of responses that claim 3 GB and stream filler (at most "
                                   "--oversized-max-mb) until the client hangs up."),
     "RATE"},
    {"oversized-max-mb",
     QT_TRANSLATE_NOOP("vias-sim", "Bound of the oversized stream in MiB (default 64)."), "MB"},
    {"churn-per-minute",
     QT_TRANSLATE_NOOP("vias-sim",
                       "Tasks created, deleted or changing state per minute (default 0)."),
     "N"},
    {"churn-per-request",
     QT_TRANSLATE_NOOP("vias-sim", "Churn events before every list request (default 0)."), "N"},
};

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "vias-sim: " << message << '\n';
    std::exit(2);
}

qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback,
                     qint64 min, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        fail(QCoreApplication::translate("vias-sim",
                                         "--%1 wants an integer from %2 to %3, got '%4'.")
                 .arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(parser.value(name)));
    return value;
}

double rateOption(const QCommandLineParser &parser, const QString &name, double max = 1.0)
{
    if (!parser.isSet(name))
        return 0.0;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0.0 || value > max)
        fail(QCoreApplication::translate("vias-sim", "--%1 wants a number from 0 to %2, got '%3'.")
                 .arg(name)
                 .arg(max)
                 .arg(parser.value(name)));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vias-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vias-sim",
        "A local simulator of the Huawei Cloud VIAS task list API on 127.0.0.1: task list and "
        "detail, IAM password login, token or AK/SK auth, and fault injection. See "
        "docs/SIMULATOR.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Option &option : kOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            QCoreApplication::translate("vias-sim", option.help),
                                            QString::fromLatin1(option.valueName)));
    parser.addOption(QCommandLineOption(
        QStringLiteral("fault-iam"),
        QCoreApplication::translate("vias-sim", "Let faults hit POST /v3/auth/tokens too.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("vias-sim",
                                    "Log every request (method, path, status) to stderr; "
                                    "never credentials.")));
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QCoreApplication::translate("vias-sim", "unexpected argument '%1'; see --help.")
                 .arg(parser.positionalArguments().constFirst()));

    SimOptions options;
    options.taskCount = int(integerOption(parser, QStringLiteral("tasks"), 1000, 0, 2000000));
    options.seed = quint32(integerOption(parser, QStringLiteral("seed"), 1, 0, 0xFFFFFFFFll));
    options.otherServiceTaskCount =
        int(integerOption(parser, QStringLiteral("other-tasks"), 20, 0, 1000000));
    if (parser.isSet(QStringLiteral("reference-time"))) {
        options.referenceTime =
            QDateTime::fromString(parser.value(QStringLiteral("reference-time")), Qt::ISODate);
        if (!options.referenceTime.isValid())
            fail(QCoreApplication::translate("vias-sim",
                                             "--reference-time wants an ISO 8601 time such as "
                                             "2026-01-01T00:00:00Z."));
    }
    if (parser.isSet(QStringLiteral("data"))) {
        QFile file(parser.value(QStringLiteral("data")));
        if (!file.open(QIODevice::ReadOnly))
            fail(QCoreApplication::translate("vias-sim", "cannot read %1: %2.")
                     .arg(file.fileName(), file.errorString()));
        options.listResponse = file.readAll();
        QString error;
        if (!Dataset::fromListResponse(options.listResponse, &error))
            fail(QCoreApplication::translate("vias-sim", "%1 is not a task list response: %2.")
                     .arg(file.fileName(), error));
    }
    if (parser.isSet(QStringLiteral("project-id")))
        options.projectId = parser.value(QStringLiteral("project-id"));
    if (parser.isSet(QStringLiteral("project-name")))
        options.projectName = parser.value(QStringLiteral("project-name"));
    if (parser.isSet(QStringLiteral("service")))
        options.services = parser.values(QStringLiteral("service"));
    if (parser.isSet(QStringLiteral("auth")) &&
        !parseAuthMode(parser.value(QStringLiteral("auth")), &options.auth))
        fail(QCoreApplication::translate("vias-sim", "--auth wants none, token, aksk or any."));
    if (parser.isSet(QStringLiteral("ak")))
        options.accessKey = parser.value(QStringLiteral("ak")).toUtf8();
    if (parser.isSet(QStringLiteral("sk")))
        options.secretKey = parser.value(QStringLiteral("sk")).toUtf8();
    if (parser.isSet(QStringLiteral("user")))
        options.userName = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("password")))
        options.password = parser.value(QStringLiteral("password"));
    if (parser.isSet(QStringLiteral("domain")))
        options.domainName = parser.value(QStringLiteral("domain"));
    options.tokenLifetimeSeconds =
        int(integerOption(parser, QStringLiteral("token-lifetime"), 86400, 1, 365 * 86400));
    options.maxClockSkewSeconds =
        int(integerOption(parser, QStringLiteral("max-skew"), 900, 0, 86400));

    Faults &f = options.faults;
    f.latencyMs = int(integerOption(parser, QStringLiteral("latency-ms"), 0, 0, 600000));
    f.jitterMs = int(integerOption(parser, QStringLiteral("jitter-ms"), 0, 0, 600000));
    f.errorRate = rateOption(parser, QStringLiteral("error-rate"));
    f.errorStatus = int(integerOption(parser, QStringLiteral("error-status"), 503, 400, 599));
    f.retryAfterSeconds = int(integerOption(parser, QStringLiteral("retry-after"), 1, 0, 86400));
    f.errorBurst = int(integerOption(parser, QStringLiteral("error-burst"), 0, 0, 1000000));
    f.truncateRate = rateOption(parser, QStringLiteral("truncate-rate"));
    f.malformedRate = rateOption(parser, QStringLiteral("malformed-rate"));
    f.dropRate = rateOption(parser, QStringLiteral("drop-rate"));
    f.oversizedRate = rateOption(parser, QStringLiteral("oversized-rate"));
    f.oversizedMaxBytes =
        integerOption(parser, QStringLiteral("oversized-max-mb"), 64, 1, 1024 * 1024) * 1024 * 1024;
    f.churnPerMinute = rateOption(parser, QStringLiteral("churn-per-minute"), 1e6);
    f.churnPerRequest =
        int(integerOption(parser, QStringLiteral("churn-per-request"), 0, 0, 100000));
    f.affectIam = parser.isSet(QStringLiteral("fault-iam"));

    const auto port = quint16(integerOption(parser, QStringLiteral("port"), 0, 0, 65535));
    SimServer server(options);
    if (parser.isSet(QStringLiteral("verbose"))) {
        QObject::connect(&server, &SimServer::requestServed, &server,
                         [](const QByteArray &method, const QString &path, int status) {
                             QTextStream(stderr)
                                 << method << ' ' << path << " -> " << status << '\n';
                         });
    }
    if (server.start(port) == 0)
        fail(QCoreApplication::translate("vias-sim",
                                         "cannot listen on 127.0.0.1:%1 (in use? try --port 0).")
                 .arg(port));

    std::fprintf(stdout, "listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    QTextStream(stderr) << "vias-sim: project " << options.projectId << ", services "
                        << options.services.join(QStringLiteral(", ")) << ", "
                        << server.dataset().size() << " tasks, auth " << authModeName(options.auth)
                        << '\n';
    return app.exec();
}
