// MultiLoader: per-source clients and loaders, and the sums the window shows.
#include "ui/multiloader.h"

#include "api/apiclient.h"
#include "models/tasktablemodel.h"
#include "ui/taskloader.h"

namespace vias::ui {

MultiLoader::MultiLoader(TaskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

MultiLoader::~MultiLoader()
{
    clear();
}

TaskSource MultiLoader::sourceFor(const Connection &connection)
{
    return {connection.name, connection.config.projectId, connection.region};
}

void MultiLoader::clear()
{
    cancel();
    for (Source &s : m_sources) {
        delete s.loader;
        delete s.client;
    }
    m_sources.clear();
}

void MultiLoader::setConnections(const QList<Connection> &connections)
{
    clear();
    m_model->clear();
    QList<TaskSource> sources;
    for (const Connection &connection : connections) {
        const int index = int(m_sources.size());
        Source s;
        s.connection = connection;
        s.client = new api::ApiClient(connection.config, this);
        if (connection.makeAuth)
            s.client->setAuthProvider(connection.makeAuth());
        s.loader = new TaskLoader(m_model, this);
        s.loader->setMode(TaskLoader::Mode::LoadAll); // server paging cannot merge projects
        s.loader->setSourceIndex(index);
        s.loader->setClient(s.client);
        s.loader->setFetchOptions(connection.fetch);
        connect(s.loader, &TaskLoader::loadingChanged, this, &MultiLoader::onSourceLoadingChanged);
        connect(s.loader, &TaskLoader::progress, this,
                [this, index](int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal) {
                    Source &src = m_sources[index];
                    src.pagesDone = pagesDone;
                    src.pagesTotal = pagesTotal;
                    src.tasksDone = tasksDone;
                    src.tasksTotal = tasksTotal;
                    emitProgress();
                });
        connect(s.loader, &TaskLoader::loaded, this, [this, index](const QStringList &notes) {
            m_sources[index].error = {};
            m_sources[index].notes = notes;
            m_lastLoadedAt = QDateTime::currentDateTime();
            emit sourceLoaded(index, notes);
        });
        connect(s.loader, &TaskLoader::failed, this, [this, index](const api::ApiError &error) {
            if (error.kind == api::ApiError::Kind::Cancelled)
                return;
            m_sources[index].error = error;
            emit sourceFailed(index, error);
        });
        m_sources.append(s);
        sources.append(sourceFor(connection));
    }
    m_model->setSources(sources);
}

void MultiLoader::refresh()
{
    for (int i = 0; i < count(); ++i)
        refresh(i);
}

void MultiLoader::refresh(int source)
{
    if (source < 0 || source >= count())
        return;
    Source &s = m_sources[source];
    s.pagesDone = s.pagesTotal = 0;
    s.tasksDone = s.tasksTotal = 0;
    s.loader->refresh();
}

void MultiLoader::cancel()
{
    for (const Source &s : std::as_const(m_sources))
        s.loader->cancel();
}

bool MultiLoader::isLoading() const
{
    for (const Source &s : m_sources) {
        if (s.loader->isLoading())
            return true;
    }
    return false;
}

bool MultiLoader::isLoading(int source) const
{
    return source >= 0 && source < count() && m_sources.at(source).loader->isLoading();
}

int MultiLoader::failedCount() const
{
    int failed = 0;
    for (const Source &s : m_sources)
        failed += s.error.isError() ? 1 : 0;
    return failed;
}

QStringList MultiLoader::notes() const
{
    QStringList all;
    for (const Source &s : m_sources) {
        for (const QString &note : s.notes)
            all << tr("%1: %2").arg(s.connection.name, note);
    }
    return all;
}

void MultiLoader::onSourceLoadingChanged()
{
    const bool any = isLoading();
    if (any == m_loading)
        return;
    m_loading = any;
    emit loadingChanged(any, any ? tr("Loading the tasks of %n project(s)…", nullptr, count())
                                 : QString());
    // A loader says "not loading" just before it reports its result: tell
    // the window once the last result is in.
    if (!any)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!isLoading())
                    emit finished();
            },
            Qt::QueuedConnection);
}

void MultiLoader::emitProgress()
{
    int pagesDone = 0;
    int pagesTotal = 0;
    qint64 tasksDone = 0;
    qint64 tasksTotal = 0;
    for (const Source &s : std::as_const(m_sources)) {
        pagesDone += s.pagesDone;
        pagesTotal += s.pagesTotal;
        tasksDone += s.tasksDone;
        tasksTotal += s.tasksTotal;
    }
    emit progress(pagesDone, pagesTotal, tasksDone, tasksTotal);
}

} // namespace vias::ui
