// ApiClient: the one entry point to the VIAS task API over one
// QNetworkAccessManager. Lists one page, fetches all pages (TaskPager), gets
// one task. Everything is asynchronous: each call returns a handle whose
// signal carries the result on the client's thread; bodies are parsed on
// the thread pool.
#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "api/taskpager.h"
#include "api/taskquery.h"
#include "models/task.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace vias::api {

Q_DECLARE_LOGGING_CATEGORY(lcNet) // "vias.net": traffic, secrets redacted

class AuthProvider;
class HttpCall;

// One page of the list (server paging).
struct PageResult
{
    ApiError error;    // None on success
    qint64 count = -1; // total matching (summed over states for a multi-state query)
    QList<Task> tasks; // this page
    int offset = 1;
    int limit = 100;
    QStringList warnings;      // translated page-level parser warnings
    bool mergedStates = false; // several states: built locally from per-state requests
};

struct TaskResult
{
    ApiError error;
    Task task;
};

// Handle of an in-flight page request. Emits finished exactly once (unless
// cancelled), then deletes itself later.
class PageReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageReply)
public:
    ~PageReply() override;
    // No signal after this returns.
    void cancel();
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    void finished(const vias::api::PageResult &result);

private:
    friend class ApiClient;
    explicit PageReply(QObject *parent);
    void deliver(const PageResult &result);
    QList<QPointer<QObject>> m_parts; // HTTP calls / sub-fetches to abort on cancel
    bool m_done = false;
    bool m_cancelled = false;
};

// Handle of an in-flight single-task request.
class TaskReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskReply)
public:
    ~TaskReply() override;
    void cancel();
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    void finished(const vias::api::TaskResult &result);

private:
    friend class ApiClient;
    explicit TaskReply(QObject *parent);
    void deliver(const TaskResult &result);
    QPointer<QObject> m_call;
    bool m_done = false;
    bool m_cancelled = false;
};

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    explicit ApiClient(ClientConfig config = {}, QObject *parent = nullptr);
    ~ApiClient() override;

    const ClientConfig &config() const { return m_config; }
    // Applies to requests started afterwards (network settings are rebuilt).
    void setConfig(const ClientConfig &config);
    bool isInsecure() const { return m_config.isInsecure(); }

    // Takes ownership. nullptr: unauthenticated requests (simulator auth mode none).
    void setAuthProvider(AuthProvider *provider);
    AuthProvider *authProvider() const { return m_auth; }

    // The project id used in URLs: config().projectId, else the provider's.
    QString effectiveProjectId() const;

    // Server paging: one page at query.offset/query.limit. Validation errors
    // arrive through the handle's signal too (never synchronously).
    PageReply *listPage(const TaskQuery &query);
    // Load all: every page, bounded concurrency. The pager starts on the next
    // event-loop turn, so connect to it right after this call.
    TaskPager *fetchAll(const TaskQuery &query, const FetchOptions &options = {});
    // One task by id.
    TaskReply *getTask(const QString &taskId);

    // The list URL for one state and page (for diagnostics and tests).
    QUrl tasksUrl(const TaskQuery &query, const QString &state, std::optional<int> offset,
                  std::optional<int> limit) const;

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // Test seam: the random source for backoff jitter (returns [0,1)).
    void setRandomSource(std::function<double()> random);

Q_SIGNALS:
    // Every finished HTTP exchange (after retries): for a status bar / log.
    void requestFinished(const QUrl &redactedUrl, int httpStatus, int retries, qint64 elapsedMs);
    // A provider signed in again after a 401.
    void reauthenticated();

private:
    friend class TaskPager;
    friend class HttpCall;
    // A GET of `pathAfterService` ("tasks", "tasks/<id>") with an encoded query.
    HttpCall *startGet(const QString &pathAfterService, const QByteArray &encodedQuery,
                       QObject *owner);
    void applyNetworkSettings();
    double random01() const;
    const QSslConfiguration &tlsConfiguration() const { return m_tls; }
    const ApiError &tlsError() const { return m_tlsError; }

    ClientConfig m_config;
    QSslConfiguration m_tls;
    ApiError m_tlsError;
    QNetworkAccessManager *m_network = nullptr;
    AuthProvider *m_auth = nullptr;
    std::function<double()> m_random;
};

} // namespace vias::api

Q_DECLARE_METATYPE(vias::api::PageResult)
Q_DECLARE_METATYPE(vias::api::TaskResult)
