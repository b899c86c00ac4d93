// ApiClient: configuration, URLs, single-page listing (with the multi-state
// merge), single task, and the reply handles.
#include "api/apiclient.h"

#include "api/auth/authprovider.h"
#include "api/auth/signer.h"
#include "api/httpcall.h"
#include "api/networksetup.h"
#include "models/taskparser.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace vias::api {

Q_LOGGING_CATEGORY(lcNet, "vias.net", QtWarningMsg) // traffic: QT_LOGGING_RULES="vias.net.debug=true"

namespace {

// The order the server applies, to merge per-state pages the same way.
bool lessByOrder(const TaskQuery &query, const Task &a, const Task &b)
{
    const QString field =
        query.orderField.isEmpty() ? QStringLiteral("created_at") : query.orderField;
    const bool asc =
        !query.orderField.isEmpty() && query.orderDirection == SortDirection::Ascending;
    int c = 0;
    if (field == QLatin1StringView("name"))
        c = QString::compare(a.name, b.name);
    else if (field == QLatin1StringView("updated_at"))
        c = a.updatedAtMs < b.updatedAtMs ? -1 : (a.updatedAtMs > b.updatedAtMs ? 1 : 0);
    else
        c = a.createdAtMs < b.createdAtMs ? -1 : (a.createdAtMs > b.createdAtMs ? 1 : 0);
    if (c == 0)
        c = QString::compare(a.id, b.id);
    return asc ? c < 0 : c > 0;
}

void registerTypes()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<PageResult>();
    qRegisterMetaType<TaskResult>();
    qRegisterMetaType<FetchSummary>();
    qRegisterMetaType<TaskQuery>();
    qRegisterMetaType<HttpResponse>();
    qRegisterMetaType<QList<Task>>();
}

} // namespace

// ---- handles ----------------------------------------------------------------

PageReply::PageReply(QObject *parent)
    : QObject(parent)
{}

PageReply::~PageReply() = default;

void PageReply::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (const QPointer<QObject> &part : std::as_const(m_parts)) {
        if (auto *call = qobject_cast<HttpCall *>(part.data()))
            call->abort();
        else if (auto *pager = qobject_cast<TaskPager *>(part.data()))
            pager->cancel();
        else if (part)
            part->disconnect(this);
    }
    m_parts.clear();
    deleteLater();
}

void PageReply::deliver(const PageResult &result)
{
    if (m_cancelled || m_done)
        return;
    m_done = true;
    for (const QPointer<QObject> &part : std::as_const(m_parts)) {
        if (auto *pager = qobject_cast<TaskPager *>(part.data()))
            pager->cancel();
    }
    m_parts.clear();
    Q_EMIT finished(result);
    deleteLater();
}

TaskReply::TaskReply(QObject *parent)
    : QObject(parent)
{}

TaskReply::~TaskReply() = default;

void TaskReply::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (auto *call = qobject_cast<HttpCall *>(m_call.data()))
        call->abort();
    deleteLater();
}

void TaskReply::deliver(const TaskResult &result)
{
    if (m_cancelled || m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

// ---- client -----------------------------------------------------------------

ApiClient::ApiClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    registerTypes();
    applyNetworkSettings();
}

ApiClient::~ApiClient() = default;

void ApiClient::setConfig(const ClientConfig &config)
{
    m_config = config;
    applyNetworkSettings();
}

void ApiClient::applyNetworkSettings()
{
    const TlsSetup tls = buildTlsConfiguration(m_config.caFile);
    m_tls = tls.configuration;
    m_tlsError = tls.error;
    applyProxy(m_network, m_config.proxy);
    // Cached connections would keep the previous TLS trust and proxy.
    m_network->clearConnectionCache();
    // HTTP/2 would multiplex all pages over one connection; HTTP/1.1 with the
    // manager's six connections per host is what the API gateway expects.
    m_network->setAutoDeleteReplies(false);
    if (m_auth)
        m_auth->attach(m_network, m_config);
}

void ApiClient::setAuthProvider(AuthProvider *provider)
{
    if (m_auth == provider)
        return;
    if (m_auth && m_auth->parent() == this)
        m_auth->deleteLater();
    m_auth = provider;
    if (m_auth) {
        m_auth->setParent(this);
        m_auth->attach(m_network, m_config);
    }
}

QString ApiClient::effectiveProjectId() const
{
    if (!m_config.projectId.isEmpty())
        return m_config.projectId;
    return m_auth ? m_auth->projectId() : QString();
}

void ApiClient::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

double ApiClient::random01() const
{
    return m_random ? m_random() : QRandomGenerator::global()->generateDouble();
}

QUrl ApiClient::tasksUrl(const TaskQuery &query, const QString &state, std::optional<int> offset,
                         std::optional<int> limit) const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/v2/") +
            QString::fromLatin1(auth::uriEncode(effectiveProjectId().toUtf8())) +
            QStringLiteral("/services/") +
            QString::fromLatin1(auth::uriEncode(m_config.service.toUtf8())) +
            QStringLiteral("/tasks");
    url.setPath(path, QUrl::TolerantMode);
    const QByteArray q = encodeQuery(buildUrlQuery(query, state, offset, limit));
    if (!q.isEmpty())
        url.setQuery(QString::fromLatin1(q), QUrl::TolerantMode);
    return url;
}

HttpCall *ApiClient::startGet(const QString &pathAfterService, const QByteArray &encodedQuery,
                              QObject *owner)
{
    auto urlFactory = [this, pathAfterService, encodedQuery](ApiError *error) -> QUrl {
        if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty()) {
            *error =
                ApiError::config(tr("No valid endpoint is set. Enter the API address, for example "
                                    "https://vias.cn-north-4.myhuaweicloud.com."));
            return {};
        }
        const QString project = effectiveProjectId();
        if (project.isEmpty()) {
            *error = ApiError::config(
                tr("No project id is set. Enter the project id of the region (My Credentials > "
                   "API Credentials in the console), set HUAWEICLOUD_SDK_PROJECT_ID, or sign in "
                   "with IAM so the token names it."));
            return {};
        }
        QUrl url = m_config.baseUrl;
        QString path = url.path(QUrl::FullyEncoded);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        path += QStringLiteral("/v2/") + QString::fromLatin1(auth::uriEncode(project.toUtf8())) +
                QStringLiteral("/services/") +
                QString::fromLatin1(auth::uriEncode(m_config.service.toUtf8())) + QLatin1Char('/') +
                pathAfterService;
        url.setPath(path, QUrl::TolerantMode);
        url.setQuery(encodedQuery.isEmpty() ? QString() : QString::fromLatin1(encodedQuery),
                     QUrl::TolerantMode);
        return url;
    };
    return new HttpCall(this, QByteArrayLiteral("GET"), urlFactory, owner);
}

PageReply *ApiClient::listPage(const TaskQuery &query)
{
    auto *reply = new PageReply(this);
    const ApiError invalid = validateQuery(query, true);
    if (invalid.isError()) {
        PageResult result;
        result.error = invalid;
        result.offset = query.offset;
        result.limit = query.limit;
        QTimer::singleShot(0, reply, [reply, result] { reply->deliver(result); });
        return reply;
    }
    QStringList states;
    for (const QString &s : query.states) {
        if (!states.contains(s))
            states.append(s);
    }

    if (states.size() <= 1) {
        const QByteArray encoded =
            encodeQuery(buildUrlQuery(query, states.value(0), query.offset, query.limit));
        HttpCall *call = startGet(QStringLiteral("tasks"), encoded, reply);
        reply->m_parts.append(call);
        connect(call, &HttpCall::done, reply, [reply, call, query](const HttpResponse &response) {
            call->deleteLater();
            PageResult base;
            base.offset = query.offset;
            base.limit = query.limit;
            if (response.error.isError()) {
                base.error = response.error;
                reply->deliver(base);
                return;
            }
            auto *watcher = new QFutureWatcher<ParseResult<TaskListPage>>(reply);
            connect(watcher, &QFutureWatcher<ParseResult<TaskListPage>>::finished, reply,
                    [reply, watcher, base, body = response.body] {
                        watcher->deleteLater();
                        PageResult result = base;
                        const ParseResult<TaskListPage> parsed = watcher->result();
                        if (!parsed.ok()) {
                            result.error = ApiError::parse(parsed.error.message, body);
                        } else {
                            result.count = parsed.value->count;
                            result.tasks = parsed.value->tasks;
                            result.warnings = parsed.value->warnings;
                        }
                        reply->deliver(result);
                    });
            const QByteArray body = response.body;
            watcher->setFuture(QtConcurrent::run([body] { return parseTaskList(body); }));
        });
        QTimer::singleShot(0, call, &HttpCall::start);
        return reply;
    }

    // Several states: the API filters one state per request. The merged page
    // at [offset, offset+limit) needs the first offset+limit-1 rows of every
    // state in the server's order; fetch those, merge, sort, slice.
    struct Merge
    {
        int pending = 0;
        qint64 count = 0;
        QList<Task> tasks;
        QSet<QString> ids;
        QStringList notes;
    };
    auto merge = std::make_shared<Merge>();
    merge->pending = int(states.size());
    const qint64 prefix = qint64(query.offset) + query.limit - 1;
    for (const QString &state : std::as_const(states)) {
        TaskQuery single = query;
        single.states = {state};
        FetchOptions options;
        options.pageSize = kMaxLimit;
        auto *pager = new TaskPager(this, single, options);
        pager->setPrefixRecords(prefix);
        reply->m_parts.append(pager);
        connect(pager, &TaskPager::batchReady, reply, [merge](const QList<Task> &tasks) {
            for (const Task &t : tasks) {
                if (t.id.isEmpty() || !merge->ids.contains(t.id)) {
                    merge->ids.insert(t.id);
                    merge->tasks.append(t);
                }
            }
        });
        connect(pager, &TaskPager::finished, reply,
                [reply, merge, query](const FetchSummary &summary) {
                    if (summary.error.isError()) {
                        PageResult failed;
                        failed.error = summary.error;
                        failed.offset = query.offset;
                        failed.limit = query.limit;
                        failed.mergedStates = true;
                        reply->deliver(failed);
                        return;
                    }
                    merge->count += qMax<qint64>(0, summary.lastCount);
                    merge->notes += summary.notes;
                    if (--merge->pending > 0)
                        return;
                    std::sort(merge->tasks.begin(), merge->tasks.end(),
                              [&query](const Task &a, const Task &b) {
                                  return lessByOrder(query, a, b);
                              });
                    PageResult result;
                    result.mergedStates = true;
                    result.offset = query.offset;
                    result.limit = query.limit;
                    result.count = merge->count;
                    result.tasks = merge->tasks.mid(query.offset - 1, query.limit);
                    result.warnings = merge->notes;
                    reply->deliver(result);
                });
        QTimer::singleShot(0, pager, &TaskPager::start);
    }
    return reply;
}

TaskPager *ApiClient::fetchAll(const TaskQuery &query, const FetchOptions &options)
{
    auto *pager = new TaskPager(this, query, options);
    QTimer::singleShot(0, pager, &TaskPager::start);
    return pager;
}

TaskReply *ApiClient::getTask(const QString &taskId)
{
    auto *reply = new TaskReply(this);
    if (taskId.trimmed().isEmpty()) {
        TaskResult result;
        result.error = ApiError::validation(tr("No task id was given."));
        QTimer::singleShot(0, reply, [reply, result] { reply->deliver(result); });
        return reply;
    }
    HttpCall *call = startGet(QStringLiteral("tasks/") +
                                  QString::fromLatin1(auth::uriEncode(taskId.trimmed().toUtf8())),
                              {}, reply);
    reply->m_call = call;
    connect(call, &HttpCall::done, reply, [reply, call](const HttpResponse &response) {
        call->deleteLater();
        if (response.error.isError()) {
            TaskResult result;
            result.error = response.error;
            reply->deliver(result);
            return;
        }
        auto *watcher = new QFutureWatcher<ParseResult<Task>>(reply);
        connect(watcher, &QFutureWatcher<ParseResult<Task>>::finished, reply,
                [reply, watcher, body = response.body] {
                    watcher->deleteLater();
                    TaskResult result;
                    const ParseResult<Task> parsed = watcher->result();
                    if (parsed.ok())
                        result.task = *parsed.value;
                    else
                        result.error = ApiError::parse(parsed.error.message, body);
                    reply->deliver(result);
                });
        const QByteArray body = response.body;
        watcher->setFuture(QtConcurrent::run([body] { return parseTaskBody(body); }));
    });
    QTimer::singleShot(0, call, &HttpCall::start);
    return reply;
}

} // namespace vias::api
