// SimServer: request intake, routing, auth, error and churn injection. The
// bytes on the wire are written in simresponse.cpp.
#include "simulator/simserver.h"

#include "simulator/simresponse.h"
#include "simulator/taskgenerator.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

namespace vias::sim {
namespace {

constexpr int kRecentLimit = 200;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray header(const auth::RawHeaders &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value.trimmed();
    }
    return {};
}

bool hasHeader(const auth::RawHeaders &headers, const QByteArray &lowerName)
{
    for (const auto &entry : headers) {
        if (entry.first.toLower() == lowerName)
            return true;
    }
    return false;
}

} // namespace

SimServer::SimServer(SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_rng(m_options.faultSeed)
{
    if (m_options.services.isEmpty())
        m_options.services = defaultServices();
    if (!m_options.referenceTime.isValid())
        m_options.referenceTime = QDateTime::currentDateTimeUtc();
    m_faults = m_options.faults;

    const QString primary = m_options.services.constFirst();
    std::optional<Dataset> fromFile;
    if (!m_options.listResponse.isEmpty()) {
        QString error;
        fromFile = Dataset::fromListResponse(m_options.listResponse, &error);
        if (!fromFile)
            qWarning("vias-sim: the list response to serve is unusable (%s); serving no tasks",
                     qPrintable(error));
        m_datasets.insert(primary, fromFile.value_or(Dataset()));
    }
    for (int i = 0; i < m_options.services.size(); ++i) {
        const QString &service = m_options.services.at(i);
        if (m_datasets.contains(service))
            continue;
        GeneratorOptions generator;
        generator.seed = m_options.seed + quint32(i) * 7919u;
        generator.count = i == 0 ? m_options.taskCount : m_options.otherServiceTaskCount;
        generator.referenceTime = m_options.referenceTime;
        generator.projectId = m_options.projectId;
        generator.service = service;
        m_datasets.insert(service, Dataset::generate(generator));
    }
}

SimServer::~SimServer() = default;

quint16 SimServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    for (QTcpServer *server : servers())
        connect(server, &QTcpServer::newConnection, this, [this]() { m_connectionCount.ref(); });
    return m_port;
}

QUrl SimServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SimServer::setFaults(const Faults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
}

Faults SimServer::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

void SimServer::failNext(int count, int status)
{
    QMutexLocker lock(&m_mutex);
    m_faults.errorBurst = count;
    m_faults.errorStatus = status;
}

QList<RecordedRequest> SimServer::recentRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_recent;
}

void SimServer::clearRecentRequests()
{
    QMutexLocker lock(&m_mutex);
    m_recent.clear();
}

Dataset &SimServer::dataset(const QString &service)
{
    return m_datasets[service.isEmpty() ? m_options.services.constFirst() : service];
}

void SimServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime SimServer::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void SimServer::record(const SimIncoming &in, int status)
{
    QMutexLocker lock(&m_mutex);
    m_recent.append({in.method, in.path, in.encodedQuery, in.headers, status});
    if (m_recent.size() > kRecentLimit)
        m_recent.removeFirst();
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_requestCount.ref();
    SimIncoming in;
    in.method = methodName(request.method());
    in.url = request.url();
    in.path = in.url.path(QUrl::FullyDecoded);
    in.encodedQuery = in.url.query(QUrl::FullyEncoded);
    in.query = QUrlQuery(in.url);
    in.headers = request.headers();
    in.body = request.body();
    const bool closeAfter = header(in.headers, "connection").toLower().contains("close");

    SimResponse response = route(in);
    response.requestMethod = in.method;
    response.requestPath = in.path;
    // Request ids come from the global generator: unique across runs, and
    // they leave the seeded fault decisions untouched.
    response.headers.prepend(
        {QByteArray("X-request-id"), randomHex(*QRandomGenerator::global(), 32)});
    record(in, response.delivery == Delivery::Normal ? response.status : 0);

    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        delay = std::max(0, m_faults.latencyMs);
        if (m_faults.jitterMs > 0)
            delay += int(m_rng.bounded(quint32(m_faults.jitterMs) + 1));
    }
    const QPointer<QTcpSocket> guarded(socket);
    if (delay == 0) {
        deliver(guarded, std::move(response), closeAfter);
    } else {
        QTimer::singleShot(delay, this, [this, guarded, response, closeAfter]() {
            deliver(guarded, response, closeAfter);
        });
    }
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimResponse response = errorResponse(404, QStringLiteral("APIGW.0101"),
                                         QStringLiteral("The API does not exist or has not been "
                                                        "published in the environment."));
    response.requestPath = request.url().path();
    deliver(QPointer<QTcpSocket>(socket), response, false);
}

std::optional<SimResponse> SimServer::injectedError(bool iam)
{
    QMutexLocker lock(&m_mutex);
    if (iam && !m_faults.affectIam)
        return std::nullopt;
    bool fail = false;
    if (m_faults.errorBurst > 0) {
        --m_faults.errorBurst;
        fail = true;
    } else if (m_faults.errorRate > 0 && m_rng.generateDouble() < m_faults.errorRate) {
        fail = true;
    }
    if (!fail)
        return std::nullopt;
    return injectedErrorResponse(m_faults.errorStatus, m_faults.retryAfterSeconds);
}

void SimServer::applyChurn(bool listRequest)
{
    int events = 0;
    const QDateTime current = now();
    {
        QMutexLocker lock(&m_mutex);
        if (m_faults.churnPerMinute > 0 && m_lastChurn.isValid()) {
            m_churnCarry += m_lastChurn.msecsTo(current) / 60000.0 * m_faults.churnPerMinute;
            const double whole = std::floor(m_churnCarry);
            events += int(std::min(whole, 100000.0));
            m_churnCarry -= whole;
        }
        if (listRequest)
            events += std::max(0, m_faults.churnPerRequest);
    }
    m_lastChurn = current;
    if (events > 0)
        dataset().churn(events, m_options.seed ^ (0x9e3779b9u * ++m_churnSerial), current);
}

namespace {

// GET /v3/projects[?name=<region>] (IAM "query project list"): any valid
// token issued by this server may list; the one project is the simulator's.
SimResponse projectsResponse(const SimIncoming &in, const SimOptions &options,
                             const TokenStore &tokens, const QDateTime &now)
{
    QByteArray token;
    for (const auto &[name, value] : in.headers)
        if (name.compare("x-auth-token", Qt::CaseInsensitive) == 0)
            token = value;
    const AuthCheck check = tokens.check(token, options.projectId, now);
    if (!check.ok)
        return errorResponse(401, QStringLiteral("IAM.0001"), check.message);
    QJsonArray projects;
    const QString wanted = in.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    if (wanted.isEmpty() || wanted == options.projectName)
        projects.append(QJsonObject{{QStringLiteral("id"), options.projectId},
                                    {QStringLiteral("name"), options.projectName},
                                    {QStringLiteral("domain_id"), options.domainName},
                                    {QStringLiteral("enabled"), true},
                                    {QStringLiteral("description"), QString()}});
    SimResponse response;
    response.body =
        QJsonDocument(QJsonObject{{QStringLiteral("projects"), projects},
                                  {QStringLiteral("links"),
                                   QJsonObject{{QStringLiteral("self"), in.url.toString()}}}})
            .toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

SimResponse SimServer::route(const SimIncoming &in)
{
    const QStringList segments = in.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments ==
        QStringList{QStringLiteral("v3"), QStringLiteral("auth"), QStringLiteral("tokens")}) {
        if (in.method != "POST")
            return errorResponse(405, QStringLiteral("APIGW.0101"),
                                 QStringLiteral("Use POST for /v3/auth/tokens."));
        if (auto injected = injectedError(true))
            return *injected;
        const LoginResult login = handleLogin(in.body, m_options, m_tokens, now());
        SimResponse response;
        response.status = login.status;
        response.body = login.body;
        if (!login.subjectToken.isEmpty())
            response.headers.append({QByteArray("X-Subject-Token"), login.subjectToken});
        return response;
    }
    if (segments == QStringList{QStringLiteral("v3"), QStringLiteral("projects")}) {
        if (in.method != "GET")
            return errorResponse(405, QStringLiteral("APIGW.0101"),
                                 QStringLiteral("Use GET for /v3/projects."));
        if (auto injected = injectedError(true))
            return *injected;
        return projectsResponse(in, m_options, m_tokens, now());
    }
    if ((segments.size() == 5 || segments.size() == 6) && segments.at(0) == QLatin1String("v2") &&
        segments.at(2) == QLatin1String("services") && segments.at(4) == QLatin1String("tasks")) {
        if (in.method != "GET")
            return errorResponse(
                405, QStringLiteral("APIGW.0101"),
                QStringLiteral("The simulator serves only GET on %1.").arg(in.path));
        return tasksEndpoint(in, segments);
    }
    return errorResponse(404, QStringLiteral("APIGW.0101"),
                         QStringLiteral("The API does not exist or has not been published in the "
                                        "environment: %1 %2")
                             .arg(QString::fromLatin1(in.method), in.path));
}

SimResponse SimServer::checkAuth(const SimIncoming &in, const QString &projectId)
{
    const auto refused = [](const QString &why) {
        return errorResponse(401, QStringLiteral("IVA.0001"), why);
    };
    const auto byToken = [&]() -> std::optional<SimResponse> {
        const AuthCheck check =
            m_tokens.check(header(in.headers, "x-auth-token"), projectId, now());
        if (!check.ok)
            return refused(check.message);
        return std::nullopt;
    };
    const auto byAkSk = [&]() -> std::optional<SimResponse> {
        auth::SignableRequest signable{in.method, in.url, in.headers, in.body};
        const AuthCheck check = verifyAkSk(signable, m_options.accessKey, m_options.secretKey,
                                           now(), projectId, m_options.maxClockSkewSeconds);
        if (!check.ok)
            return refused(check.message);
        return std::nullopt;
    };
    std::optional<SimResponse> failure;
    switch (m_options.auth) {
    case AuthMode::None:
        break;
    case AuthMode::Token:
        failure = byToken();
        break;
    case AuthMode::AkSk:
        failure = byAkSk();
        break;
    case AuthMode::Any:
        if (hasHeader(in.headers, "x-auth-token"))
            failure = byToken();
        else if (hasHeader(in.headers, "authorization"))
            failure = byAkSk();
        else
            failure = refused(QStringLiteral(
                "no credentials: send X-Auth-Token (from POST /v3/auth/tokens) or sign the "
                "request with SDK-HMAC-SHA256 (AK/SK)"));
        break;
    }
    SimResponse ok;
    ok.status = 0;
    return failure.value_or(ok);
}

SimResponse SimServer::tasksEndpoint(const SimIncoming &in, const QStringList &segments)
{
    if (auto injected = injectedError(false))
        return *injected;
    const QString projectId = segments.at(1);
    const QString service = segments.at(3);
    SimResponse authFailure = checkAuth(in, projectId);
    if (authFailure.status != 0)
        return authFailure;
    if (projectId != m_options.projectId)
        return errorResponse(400, QStringLiteral("IVA.0002"),
                             QStringLiteral("The project id [%1] is invalid: use the project id "
                                            "of the region (this server serves %2).")
                                 .arg(projectId, m_options.projectId));
    if (!m_datasets.contains(service))
        return errorResponse(404, QStringLiteral("IVA.0005"),
                             QStringLiteral("The service [%1] is not found. Services here: %2.")
                                 .arg(service, m_options.services.join(QStringLiteral(", "))));

    const bool list = segments.size() == 5;
    if (service == m_options.services.constFirst())
        applyChurn(list);

    SimResponse response;
    if (list) {
        const QueryParseResult parsed = parseTaskQuery(in.query);
        if (!parsed.ok())
            return errorResponse(400, QStringLiteral("IVA.0004"), parsed.errorMessage);
        response.body = m_datasets[service].toListResponse(parsed.query);
    } else {
        const TaskRecord *task = m_datasets[service].find(segments.at(5));
        if (!task)
            return errorResponse(404, QStringLiteral("IVA.0005"),
                                 QStringLiteral("The task [%1] is not found in service [%2].")
                                     .arg(segments.at(5), service));
        response.body = task->json;
    }

    QMutexLocker lock(&m_mutex);
    const auto roll = [this](double rate) { return rate > 0 && m_rng.generateDouble() < rate; };
    if (roll(m_faults.oversizedRate)) {
        response.delivery = Delivery::Oversized;
        response.oversizedClaim = m_faults.oversizedClaimBytes;
        response.oversizedMax = std::min(m_faults.oversizedMaxBytes, m_faults.oversizedClaimBytes);
    } else if (roll(m_faults.dropRate)) {
        response.delivery = Delivery::Drop;
    } else if (roll(m_faults.truncateRate)) {
        response.delivery = Delivery::Truncate;
    } else if (roll(m_faults.malformedRate)) {
        // Cut inside the JSON, with a correct Content-Length.
        response.body = response.body.left(std::max<qsizetype>(1, response.body.size() * 2 / 3)) +
                        "<!-- upstream reset -->";
    }
    return response;
}

} // namespace vias::sim
