// The console's main window: filter bar, task table with paging, detail tabs,
// banners for errors and warnings, and a status bar that always says which
// paging mode is on and what is counted. It wires widgets to the loader,
// model and proxy; each piece does its own job.
#pragma once

#include "ui/connection.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QMenu;
class QStackedWidget;
class QToolBar;
class QTabWidget;
class QToolButton;

namespace vias {
class TaskTableModel;
class TaskFilterProxy;
struct Task;
struct TaskFilter;
} // namespace vias

namespace vias::api {
class ApiClient;
struct ApiError;
} // namespace vias::api

namespace vias::ui {

class ChartsPane;
class FilterBar;
class MessageBanner;
class PagerBar;
class TaskDetailPane;
class ExportRunner;
class MultiLoader;
class SourceBanners;
class TaskLoader;
class TaskView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to this project and loads its tasks.
    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }
    // The aggregated view: the tasks of several projects in one table, with
    // Project and Region columns, loaded all (server paging cannot merge
    // projects). Each project loads, fails and retries on its own.
    void setConnections(const QList<Connection> &connections);
    bool isAggregated() const { return m_aggregated; }
    MultiLoader *multiLoader() const { return m_multi; }
    SourceBanners *sourceBanners() const { return m_sourceBanners; }
    // Back to "not connected" (the welcome page), e.g. after the open profile
    // was deleted.
    void closeConnection();

    TaskTableModel *model() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    TaskLoader *loader() const { return m_loader; }
    TaskView *view() const { return m_view; }
    TaskDetailPane *detailPane() const { return m_detail; }
    ChartsPane *chartsPane() const { return m_charts; }
    // Shows the task table (0) or the charts (1).
    void showView(int index);
    api::ApiClient *client() const { return m_client; }

    void setServerPaging(bool server);
    bool isServerPaging() const;
    void setPageSize(int rows);
    // Shown instead of the table while no project is connected (first start).
    void setWelcomePage(QWidget *page);
    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // File > Export: asks what and where, then writes without blocking.
    void exportTasks();
    ExportRunner *exportRunner() const { return m_export; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;

    void onFilterChanged(const TaskFilter &filter);
    void onLoadingChanged(bool loading, const QString &what);
    void onProgress(int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal);
    void onLoaded(const QStringList &notes);
    void onFailed(const api::ApiError &error);
    void onPageRequested(int page);
    void onPageSizeChanged(int size);
    void updateSummary();
    void updateContentPage();
    void applyFilterChange(const std::function<void(TaskFilter &)> &change);
    void rememberSelection();
    void restoreSelection();
    // Proxy, filter bar and mode combo for the current paging mode.
    void configureForPagingMode();
    void leaveAggregated();
    void refreshAll();
    void cancelAll();
    void onSourceLoaded(int source, const QStringList &notes);
    void onSourceFailed(int source, const api::ApiError &error);
    void onAggregatedFinished();
    QString aggregatedTitle() const;

    Connection m_connection;
    TaskTableModel *m_model;
    TaskFilterProxy *m_proxy;
    TaskLoader *m_loader;
    MultiLoader *m_multi;
    api::ApiClient *m_client = nullptr; // owned (child)
    bool m_aggregated = false;

    FilterBar *m_filterBar = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_notesBanner = nullptr;
    SourceBanners *m_sourceBanners = nullptr;
    TaskView *m_view = nullptr;
    PagerBar *m_pager = nullptr;
    TaskDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_views = nullptr; // Tasks | Charts, both over the same filter
    ChartsPane *m_charts = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QToolButton *m_emptyClear = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingBar = nullptr;

    QComboBox *m_modeCombo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QWidget *m_welcome = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    ExportRunner *m_export = nullptr;

    QLabel *m_modeLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;

    QStringList m_rememberedIds;
    QString m_rememberedCurrent;
    int m_rememberedScroll = 0;
    bool m_loading = false;
    bool m_hasError = false;
};

} // namespace vias::ui
