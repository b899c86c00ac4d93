// The viasctl commands (see commands.h).
#include "app/viasctl/commands.h"

#include "api/apiclient.h"
#include "app/viasctl/cliio.h"
#include "app/viasctl/connection.h"
#include "app/viasctl/exitcodes.h"
#include "app/viasctl/output.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <algorithm>

namespace vias::cli {

namespace {

// Fetch-all delivers pages as they arrive, not in page order; this restores
// the server's order (the --order field, ties by id ascending as the API
// documents for stable paging).
void sortAsServer(const api::TaskQuery &query, QList<Task> *tasks)
{
    const QString field =
        query.orderField.isEmpty() ? QStringLiteral("created_at") : query.orderField;
    const bool asc =
        !query.orderField.isEmpty() && query.orderDirection == api::SortDirection::Ascending;
    std::stable_sort(tasks->begin(), tasks->end(), [&](const Task &a, const Task &b) {
        int c = 0;
        if (field == QLatin1StringView("name"))
            c = QString::compare(a.name, b.name);
        else if (field == QLatin1StringView("updated_at"))
            c = a.updatedAtMs < b.updatedAtMs ? -1 : (a.updatedAtMs > b.updatedAtMs ? 1 : 0);
        else
            c = a.createdAtMs < b.createdAtMs ? -1 : (a.createdAtMs > b.createdAtMs ? 1 : 0);
        if (c != 0)
            return asc ? c < 0 : c > 0;
        return QString::compare(a.id, b.id) < 0;
    });
}

int reportError(const api::ApiError &error)
{
    printError(error.userMessage());
    // userMessage() speaks of the console's settings; name the flag instead.
    if (error.kind == api::ApiError::Kind::Timeout)
        writeStderr(QCoreApplication::translate("viasctl",
                                                "Hint: allow more time with --timeout SECONDS.\n"));
    else if (error.kind == api::ApiError::Kind::Tls)
        writeStderr(QCoreApplication::translate(
            "viasctl", "Hint: trust your CA certificate with --ca-file FILE.\n"));
    return exitCodeFor(error);
}

// Sets up the client from the options; returns nullptr after printing why.
std::unique_ptr<api::ApiClient> makeClient(const ConnectionOptions &options,
                                           const QProcessEnvironment &env, int *exitCode)
{
    Connection connection = makeConnection(options, env);
    if (connection.exitCode != ExitOk) {
        printError(connection.error);
        *exitCode = connection.exitCode;
        return nullptr;
    }
    for (const QString &warning : std::as_const(connection.warnings))
        printWarning(warning);
    auto client = std::make_unique<api::ApiClient>(connection.config);
    client->setAuthProvider(connection.auth.release());
    return client;
}

} // namespace

int runTasksList(const ListOptions &options, const QProcessEnvironment &env)
{
    int exitCode = ExitOk;
    std::unique_ptr<api::ApiClient> client = makeClient(options.connection, env, &exitCode);
    if (!client)
        return exitCode;

    QEventLoop loop;
    QList<Task> tasks;
    api::ApiError error;
    if (options.paged) {
        api::PageReply *reply = client->listPage(options.query);
        QObject::connect(reply, &api::PageReply::finished, &loop,
                         [&](const api::PageResult &result) {
                             error = result.error;
                             tasks = result.tasks;
                             if (!options.connection.quiet) {
                                 for (const QString &w : result.warnings)
                                     printWarning(w);
                             }
                             loop.quit();
                         });
        loop.exec();
    } else {
        const bool showProgress = !options.connection.quiet && stderrIsTerminal();
        api::FetchSummary summary;
        api::TaskPager *pager = client->fetchAll(options.query);
        QObject::connect(pager, &api::TaskPager::batchReady, &loop,
                         [&](const QList<Task> &batch) { tasks += batch; });
        if (showProgress) {
            QObject::connect(pager, &api::TaskPager::progress, &loop,
                             [](int pagesDone, int pagesTotal, qint64 done, qint64 total) {
                                 // The terminal controls (back to column 0, clear to the
                                 // end of line) stay out of the translated text.
                                 writeStderr(
                                     QStringLiteral("\r") +
                                     QCoreApplication::translate(
                                         "viasctl", "Loading tasks: %1 of %2 (page %3 of %4)")
                                         .arg(done)
                                         .arg(total)
                                         .arg(pagesDone)
                                         .arg(pagesTotal) +
                                     QStringLiteral("\x1b[K"));
                             });
        }
        QObject::connect(pager, &api::TaskPager::finished, &loop, [&](const api::FetchSummary &s) {
            summary = s;
            loop.quit();
        });
        loop.exec();
        if (showProgress)
            writeStderr(QStringLiteral("\r\x1b[K"));
        error = summary.error;
        if (!error.isError()) {
            sortAsServer(options.query, &tasks);
            if (!summary.isConsistent())
                printWarning(summary.report());
        }
    }
    if (error.isError())
        return reportError(error);
    return writeTaskList(options, tasks);
}

int runTasksGet(const GetOptions &options, const QProcessEnvironment &env)
{
    int exitCode = ExitOk;
    std::unique_ptr<api::ApiClient> client = makeClient(options.connection, env, &exitCode);
    if (!client)
        return exitCode;
    QEventLoop loop;
    api::TaskResult result;
    api::TaskReply *reply = client->getTask(options.taskId);
    QObject::connect(reply, &api::TaskReply::finished, &loop, [&](const api::TaskResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.error.isError())
        return reportError(result.error);
    return writeSingleTask(options, result.task);
}

} // namespace vias::cli
