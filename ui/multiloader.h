// The aggregated view's loading: one ApiClient and one load-all TaskLoader
// per project, all filling the same task model under their source index.
// Each source loads, fails and retries on its own; the window hears about
// each source and about the whole (any source loading, summed progress).
#pragma once

#include "api/apierror.h"
#include "models/tasksource.h"
#include "ui/connection.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace vias {
class TaskTableModel;
}

namespace vias::api {
class ApiClient;
}

namespace vias::ui {

class TaskLoader;

class MultiLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiLoader)

public:
    explicit MultiLoader(TaskTableModel *model, QObject *parent = nullptr);
    ~MultiLoader() override;

    // Replaces the sources (cancels what is loading, clears the model, sets
    // the model's sources). Does not load: call refresh().
    void setConnections(const QList<Connection> &connections);
    void clear();
    int count() const { return int(m_sources.size()); }
    const Connection &connection(int source) const { return m_sources.at(source).connection; }
    TaskLoader *loader(int source) const { return m_sources.at(source).loader; }
    api::ApiClient *client(int source) const { return m_sources.at(source).client; }
    static TaskSource sourceFor(const Connection &connection);

    // Loads every source again (each keeps its rows until its new ones are in).
    void refresh();
    // Loads one source again (its Retry).
    void refresh(int source);
    void cancel();
    bool isLoading() const;
    bool isLoading(int source) const;
    // The last error of a source (Kind::None after a success).
    api::ApiError error(int source) const { return m_sources.at(source).error; }
    int failedCount() const;
    QDateTime lastLoadedAt() const { return m_lastLoadedAt; }
    // Sources whose lists were incomplete or inexact, with their notes.
    QStringList notes() const;

signals:
    // Any source loading (true when the first starts, false when the last ends).
    void loadingChanged(bool loading, const QString &what);
    // Summed over the sources loading now.
    void progress(int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal);
    void sourceLoaded(int source, const QStringList &notes);
    void sourceFailed(int source, const vias::api::ApiError &error);
    // Every source has finished (loaded or failed) and none is loading.
    void finished();

private:
    struct Source
    {
        Connection connection;
        api::ApiClient *client = nullptr;
        TaskLoader *loader = nullptr;
        api::ApiError error;
        QStringList notes;
        int pagesDone = 0;
        int pagesTotal = 0;
        qint64 tasksDone = 0;
        qint64 tasksTotal = 0;
    };

    void onSourceLoadingChanged();
    void emitProgress();

    TaskTableModel *m_model;
    QList<Source> m_sources;
    bool m_loading = false;
    QDateTime m_lastLoadedAt;
};

} // namespace vias::ui
