// Drives the API client for the main window and fills the task model, in
// either paging mode:
//   ServerPaging: one page at a time; filters and sort go to the server.
//   LoadAll:      every page (fetch-all), then everything is local.
// A refresh keeps the rows on screen until the new ones are complete, so the
// view never empties and selection survives. In the aggregated view one
// loader per project fills the same model under its source index (load-all
// only), so one project's refresh replaces only its own rows. No widgets here.
#pragma once

#include "api/apiclient.h"
#include "models/taskfilter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace vias {
class TaskTableModel;
}

namespace vias::ui {

class TaskLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLoader)

public:
    enum class Mode
    {
        ServerPaging,
        LoadAll
    };
    Q_ENUM(Mode)

    explicit TaskLoader(TaskTableModel *model, QObject *parent = nullptr);
    ~TaskLoader() override;

    // Not owned. nullptr: nothing to load from.
    void setClient(api::ApiClient *client);
    api::ApiClient *client() const { return m_client; }
    void setFetchOptions(const api::FetchOptions &options) { m_fetchOptions = options; }

    // Aggregated view: the rows this loader fills belong to `source` (-1, the
    // default: the model holds this loader's rows only).
    void setSourceIndex(int source) { m_source = source; }
    int sourceIndex() const { return m_source; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // Server paging: the parts of the filter the server understands, the
    // order, and the page. Each change (a filter only when it differs) loads again.
    void setServerFilter(const TaskFilter &filter);
    void setServerOrder(const QString &field, Qt::SortOrder order);
    void setServerPage(int page, int pageSize);
    int serverPage() const { return m_page; }
    int serverPageSize() const { return m_pageSize; }
    // The server's count for the current filter (server paging), or -1.
    qint64 serverCount() const { return m_serverCount; }

    // Loads again what is shown (F5). Cancels a load in progress first.
    void refresh();
    void cancel();
    bool isLoading() const;
    QDateTime lastLoadedAt() const { return m_lastLoadedAt; }
    const api::FetchSummary &lastSummary() const { return m_summary; }
    // The query a server-paging request would send now.
    api::TaskQuery serverQuery() const;

signals:
    void loadingChanged(bool loading, const QString &what);
    void progress(int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal);
    // A load ended with data (notes: translated page or consistency warnings).
    void loaded(const QStringList &notes);
    void failed(const vias::api::ApiError &error);

private:
    void loadServerPage();
    void loadAll();
    void finish(const QStringList &notes);
    // Merges received batches into the model for about kMergeBudgetMs, then
    // lets the event loop run; completes the load once all are in.
    void mergePending();
    void completeLoad();

    TaskTableModel *m_model;
    QPointer<api::ApiClient> m_client;
    api::FetchOptions m_fetchOptions;
    Mode m_mode = Mode::LoadAll;
    TaskFilter m_serverFilter;
    QString m_orderField;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_page = 0;
    int m_pageSize = 20;
    qint64 m_serverCount = -1;
    QPointer<api::PageReply> m_pageReply;
    QPointer<api::TaskPager> m_pager;
    QList<Task> m_buffer;         // a refresh collects here, then swaps in one reset
    QList<QList<Task>> m_pending; // first load: batches received, not yet in the model
    QTimer m_mergeTimer;
    bool m_finishing = false; // the pager finished; m_pending still being merged
    bool m_incremental = false;
    int m_source = -1;
    bool m_sourceHasRows = false; // aggregated: this source put rows in the model
    api::FetchSummary m_summary;
    QDateTime m_lastLoadedAt;
};

} // namespace vias::ui
