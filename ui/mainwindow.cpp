#include "ui/mainwindow.h"

#include "api/apiclient.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "ui/charts/chartspane.h"
#include "ui/detail/taskdetailpane.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/exportrunner.h"
#include "ui/filterbar.h"
#include "ui/messagebanner.h"
#include "ui/multiloader.h"
#include "ui/pagerbar.h"
#include "ui/sourcebanners.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

enum ContentPage
{
    TablePage,
    EmptyPage,
    LoadingPage,
    WelcomePage
};

// The parts of a filter the server applies in server paging mode.
TaskFilter serverPart(const TaskFilter &f)
{
    TaskFilter s;
    s.text = f.text;
    s.stateCodes = f.stateCodes;
    s.createdFromMs = f.createdFromMs;
    s.createdToMs = f.createdToMs;
    s.serviceVersion = f.serviceVersion;
    return s;
}

// The parts that only narrow the loaded page.
TaskFilter localPart(const TaskFilter &f)
{
    TaskFilter l;
    l.edgePoolId = f.edgePoolId;
    l.inputTypeCode = f.inputTypeCode;
    l.onlyWithWarnings = f.onlyWithWarnings;
    return l;
}

QString serverOrderField(int column)
{
    switch (static_cast<TaskColumn>(column)) {
    case TaskColumn::Name:
        return QStringLiteral("name");
    case TaskColumn::CreatedAt:
        return QStringLiteral("created_at");
    case TaskColumn::UpdatedAt:
        return QStringLiteral("updated_at");
    default:
        return {};
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxy(this))
    , m_loader(new TaskLoader(m_model, this))
    , m_multi(new MultiLoader(m_model, this))
    , m_export(new ExportRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    retranslate();
    restoreSettings();

    connect(m_loader, &TaskLoader::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_loader, &TaskLoader::progress, this, &MainWindow::onProgress);
    connect(m_loader, &TaskLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &TaskLoader::failed, this, &MainWindow::onFailed);
    connect(m_multi, &MultiLoader::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_multi, &MultiLoader::progress, this, &MainWindow::onProgress);
    connect(m_multi, &MultiLoader::sourceLoaded, this, &MainWindow::onSourceLoaded);
    connect(m_multi, &MultiLoader::sourceFailed, this, &MainWindow::onSourceFailed);
    connect(m_multi, &MultiLoader::finished, this, &MainWindow::onAggregatedFinished);
    connect(m_sourceBanners, &SourceBanners::retryRequested, m_multi,
            qOverload<int>(&MultiLoader::refresh));
    connect(m_proxy, &TaskFilterProxy::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            &MainWindow::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_proxy, &TaskFilterProxy::serverSortRequested, this,
            [this](int column, Qt::SortOrder order) {
                m_loader->setServerOrder(serverOrderField(column), order);
            });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_pager, &PagerBar::pageRequested, this, &MainWindow::onPageRequested);
    connect(m_pager, &PagerBar::pageSizeChanged, this, &MainWindow::onPageSizeChanged);
    connect(m_view, &TaskView::currentTaskChanged, m_detail, &TaskDetailPane::setTask);
    connect(m_banner, &MessageBanner::actionTriggered, m_loader, &TaskLoader::refresh);
    connect(m_notesBanner, &MessageBanner::actionTriggered, this, [this] {
        TaskFilter f = m_filterBar->filter();
        f.onlyWithWarnings = true;
        m_filterBar->setFilter(f);
    });
    connect(m_emptyClear, &QToolButton::clicked, m_filterBar, &FilterBar::clear);
    // A click on a chart narrows the table to what was clicked.
    connect(m_charts, &ChartsPane::stateClicked, this, [this](const QString &code) {
        applyFilterChange([&](TaskFilter &f) { f.stateCodes = {code}; });
    });
    connect(m_charts, &ChartsPane::edgePoolClicked, this, [this](const QString &pool) {
        applyFilterChange([&](TaskFilter &f) { f.edgePoolId = pool; });
    });
    connect(m_charts, &ChartsPane::createdRangeClicked, this, [this](qint64 from, qint64 to) {
        applyFilterChange([&](TaskFilter &f) {
            f.createdFromMs = from;
            f.createdToMs = to;
        });
    });
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelAll);
    connect(
        m_export, &ExportRunner::finished, this,
        [this](const ExportResult &result, const QString &path) {
            if (result.ok())
                m_notesBanner->showMessage(
                    MessageBanner::Level::Info,
                    tr("Exported %n task(s) to %1.", nullptr, int(result.rowsWritten)).arg(path));
            else if (!result.cancelled())
                m_notesBanner->showMessage(MessageBanner::Level::Error, result.message);
            else
                m_notesBanner->showMessage(MessageBanner::Level::Info,
                                           tr("Export cancelled; no file was written."));
        });
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
            [this] { setServerPaging(m_modeCombo->currentData().toBool()); });
    updateSummary();
    updateContentPage();
}

MainWindow::~MainWindow()
{
    m_loader->cancel();
    m_multi->cancel();
}

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusText(); });

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportTasks);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_findAction);
}

void MainWindow::buildLayout()
{
    auto *toolbar = m_toolBar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_modeCombo = new QComboBox(toolbar);
    m_modeCombo->setObjectName(QStringLiteral("pagingModeCombo"));
    m_modeCombo->addItem(QString(), false);
    m_modeCombo->addItem(QString(), true);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_modeCombo);

    auto *fileMenu = m_fileMenu = menuBar()->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    auto *viewMenu = menuBar()->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_findAction);

    m_filterBar = new FilterBar(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_notesBanner = new MessageBanner(this);
    m_notesBanner->setObjectName(QStringLiteral("notesBanner"));
    m_sourceBanners = new SourceBanners(this);
    m_view = new TaskView(this);
    m_view->setTaskModel(m_proxy);
    m_pager = new PagerBar(this);

    auto *emptyPage = new QWidget(this);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyClear = new QToolButton(emptyPage);
    m_emptyClear->setObjectName(QStringLiteral("emptyClearFilters"));
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    auto *loadingPage = new QWidget(this);
    m_loadingLabel = new QLabel(loadingPage);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingBar = new QProgressBar(loadingPage);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setMaximumWidth(360);
    auto *loadingLayout = new QVBoxLayout(loadingPage);
    loadingLayout->addStretch();
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("contentStack"));
    m_stack->insertWidget(TablePage, m_view);
    m_stack->insertWidget(EmptyPage, emptyPage);
    m_stack->insertWidget(LoadingPage, loadingPage);

    auto *tasksPage = new QWidget(this);
    auto *tasksLayout = new QVBoxLayout(tasksPage);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    tasksLayout->addWidget(m_stack, 1);
    tasksLayout->addWidget(m_pager);
    m_charts = new ChartsPane(this);
    m_charts->setSource(m_proxy);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_views->addTab(tasksPage, QString());
    m_views->addTab(m_charts, QString());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 6, 0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_sourceBanners);
    leftLayout->addWidget(m_notesBanner);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_views, 1);

    m_detail = new TaskDetailPane(this);
    // Details below the table: both get the full width (12 columns above,
    // wide config and JSON views below).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({460, 440});
    setCentralWidget(m_splitter);

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->hide();
    statusBar()->addWidget(m_modeLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    statusBar()->addPermanentWidget(m_endpointLabel);
    resize(1400, 860);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_aggregated                  ? aggregatedTitle()
                   : m_connection.name.isEmpty() ? tr("VIAS Console")
                                                 : tr("%1 — VIAS Console").arg(m_connection.name));
    menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"))->setTitle(tr("&File"));
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->setTitle(tr("&View"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Load the tasks again (F5)"));
    m_findAction->setText(tr("Filter tasks"));
    m_quitAction->setText(tr("Quit"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Export tasks to CSV, XLSX or JSON (Ctrl+E)"));
    m_modeCombo->setItemText(0, tr("Load all"));
    m_modeCombo->setItemText(1, tr("Server paging"));
    m_modeCombo->setToolTip(
        m_aggregated
            ? tr("Several projects are shown: every task of each project is loaded, then "
                 "filtered, sorted and paged here. Server paging cannot merge the pages of "
                 "several projects.")
            : tr("Load all: fetch every task, then filter, sort and page locally.\n"
                 "Server paging: fetch one page at a time; the server filters and sorts."));
    m_emptyClear->setText(tr("Clear filters"));
    m_views->setTabText(0, tr("Tasks"));
    m_views->setTabText(1, tr("Charts"));
    m_views->setTabToolTip(
        1, tr("The filtered tasks at a glance; click a slice or bar to filter by it"));
    m_loadingBar->setToolTip(tr("Loading"));
    m_cancel->setToolTip(tr("Cancel loading"));
    if (m_aggregated)
        m_endpointLabel->setText(tr("%n project(s)", nullptr, m_multi->count()));
    updateSummary();
    updateContentPage();
}

void MainWindow::setConnection(const Connection &connection)
{
    m_loader->cancel();
    leaveAggregated();
    m_connection = connection;
    delete m_client;
    m_client = new api::ApiClient(connection.config, this);
    if (connection.makeAuth)
        m_client->setAuthProvider(connection.makeAuth());
    m_loader->setClient(m_client);
    m_loader->setFetchOptions(connection.fetch);
    m_model->clear();
    m_banner->clear();
    m_notesBanner->clear();
    const QString host = connection.config.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    m_endpointLabel->setText(connection.config.isInsecure() ? tr("⚠ %1 (unencrypted)").arg(host)
                                                            : host);
    m_endpointLabel->setToolTip(
        connection.config.isInsecure()
            ? tr("This endpoint uses plain http: credentials and task data "
                 "travel unencrypted. Use it only on a trusted network.")
            : tr("Project %1, service %2")
                  .arg(connection.config.projectId, connection.config.service));
    retranslate();
    if (isServerPaging())
        m_loader->setServerPage(0, m_pager->pageSize()); // loads page 1
    else
        m_loader->refresh();
}

bool MainWindow::isServerPaging() const
{
    return !m_aggregated && m_loader->mode() == TaskLoader::Mode::ServerPaging;
}

void MainWindow::setServerPaging(bool server)
{
    if (m_aggregated) {
        m_modeCombo->setCurrentIndex(0); // several projects: load all only
        return;
    }
    if (server == isServerPaging())
        return;
    m_loader->setMode(server ? TaskLoader::Mode::ServerPaging : TaskLoader::Mode::LoadAll);
    m_model->clear();
    configureForPagingMode();
    if (server) {
        m_loader->setServerFilter(serverPart(m_filterBar->filter()));
        m_loader->setServerPage(0, m_pager->pageSize()); // loads page 1
    } else {
        m_loader->refresh();
    }
}

void MainWindow::configureForPagingMode()
{
    const bool server = isServerPaging();
    {
        const QSignalBlocker blocker(m_modeCombo);
        m_modeCombo->setCurrentIndex(server ? 1 : 0);
    }
    m_modeCombo->setEnabled(!m_aggregated);
    m_filterBar->setServerMode(server);
    if (server) {
        m_proxy->setServerSortColumns(
            {int(TaskColumn::Name), int(TaskColumn::CreatedAt), int(TaskColumn::UpdatedAt)});
        m_proxy->setPageSize(0);
        m_proxy->setFilter(localPart(m_filterBar->filter()));
    } else {
        m_proxy->setServerSortColumns({});
        m_proxy->setPageSize(m_pager->pageSize());
        m_proxy->setFilter(m_filterBar->filter());
    }
}

void MainWindow::onFilterChanged(const TaskFilter &filter)
{
    if (!isServerPaging()) {
        m_proxy->setFilter(filter);
        if (m_aggregated) // kept for a later return to one project in server paging
            m_loader->setServerFilter(serverPart(filter));
        return;
    }
    m_proxy->setFilter(localPart(filter));
    m_loader->setServerFilter(serverPart(filter)); // loads again only when it changed
}

void MainWindow::exportTasks()
{
    if (m_export->isRunning())
        return;
    QList<TaskColumn> columns;
    for (int c : m_view->visibleColumnsInOrder())
        columns << static_cast<TaskColumn>(c);
    const QList<int> selected = m_view->selectedSourceRows();
    ExportDialog dialog(
        int(selected.size()), m_proxy->matchingCount(), columns, m_connection.config.service,
        m_aggregated ? QStringLiteral("several-projects") : m_connection.region, this);
    if (m_aggregated)
        dialog.setServerScopeAvailable(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    if (request.scope == ExportScope::Server) {
        if (!m_client)
            return;
        m_export->runFromServer(m_client, m_connection.fetch, request);
        return;
    }
    const QList<int> &rows =
        request.scope == ExportScope::Selected ? selected : m_proxy->matchingSourceRows();
    QList<Task> tasks;
    tasks.reserve(rows.size());
    for (int row : rows) {
        tasks.append(m_model->store().at(row));
        if (m_aggregated) // where each row came from: the Project and Region columns
            request.options.taskSources.append(*m_model->sourceAt(row));
    }
    m_export->run(std::move(tasks), request);
}

void MainWindow::applyFilterChange(const std::function<void(TaskFilter &)> &change)
{
    TaskFilter filter = m_filterBar->filter();
    change(filter);
    m_filterBar->setFilter(filter);
}

void MainWindow::showView(int index)
{
    m_views->setCurrentIndex(index);
}

void MainWindow::onPageRequested(int page)
{
    if (isServerPaging())
        m_loader->setServerPage(page, m_pager->pageSize());
    else
        m_proxy->setPage(page);
}

void MainWindow::onPageSizeChanged(int size)
{
    if (isServerPaging()) {
        // Keep the first task of the current page on the new page.
        const int firstRow = m_loader->serverPage() * m_loader->serverPageSize();
        m_loader->setServerPage(firstRow / size, size);
    } else {
        m_proxy->setPageSize(size);
    }
}

void MainWindow::onLoadingChanged(bool loading, const QString &what)
{
    m_loading = loading;
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    m_refreshAction->setEnabled(true);
    if (loading) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what);
        m_loadingLabel->setText(what);
        m_banner->clear();
    }
    updateContentPage();
}

void MainWindow::onProgress(int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal)
{
    const QLocale locale;
    m_progress->setRange(0, std::max(1, pagesTotal));
    m_progress->setValue(pagesDone);
    const QString text = tr("Loading: page %1 of %2 · %3 of %4 tasks")
                             .arg(locale.toString(pagesDone), locale.toString(pagesTotal),
                                  locale.toString(tasksDone), locale.toString(tasksTotal));
    m_progress->setFormat(QStringLiteral("%v / %m"));
    m_progress->setToolTip(text);
    m_loadingLabel->setText(text);
    m_modeLabel->setText(text);
}

void MainWindow::onLoaded(const QStringList &notes)
{
    m_hasError = false;
    m_banner->clear();
    const QDateTime loadedAt = m_aggregated ? m_multi->lastLoadedAt() : m_loader->lastLoadedAt();
    m_updatedLabel->setText(
        tr("Updated %1").arg(QLocale().toString(loadedAt.time(), QLocale::ShortFormat)));
    // Distinct edge pools of what is loaded, for the filter bar.
    QSet<QString> pools;
    int withDataWarnings = 0;
    for (const Task &task : m_model->store().tasks()) {
        if (!task.edgePoolId.isEmpty())
            pools.insert(task.edgePoolId);
        withDataWarnings += task.hasDataWarnings() ? 1 : 0;
    }
    QStringList sortedPools(pools.cbegin(), pools.cend());
    sortedPools.sort();
    m_filterBar->setEdgePools(sortedPools);

    if (!notes.isEmpty()) {
        m_notesBanner->showMessage(
            MessageBanner::Level::Warning,
            tr("The list may be incomplete or inexact: %1").arg(notes.first()),
            notes.join(QLatin1Char('\n')));
    } else if (withDataWarnings > 0) {
        m_notesBanner->showMessage(
            MessageBanner::Level::Info,
            tr("%n task(s) arrived with malformed fields; they are shown with a warning.", nullptr,
               withDataWarnings),
            QString(), tr("Show them"));
    } else {
        m_notesBanner->clear();
    }
    m_proxy->flush();
    updateSummary();
    updateContentPage();
}

void MainWindow::onFailed(const api::ApiError &error)
{
    if (error.kind == api::ApiError::Kind::Cancelled)
        return;
    m_hasError = true;
    const bool partial = m_model->rowCount() > 0;
    const QString text = partial
                             ? tr("%1 The tasks shown may be incomplete.").arg(error.userMessage())
                             : error.userMessage();
    m_banner->showMessage(MessageBanner::Level::Error, text, SourceBanners::errorDetails(error),
                          tr("Retry"));
    updateSummary();
    updateContentPage();
}

void MainWindow::updateSummary()
{
    const QLocale locale;
    const int matching = m_proxy->matchingCount();
    const int loaded = m_model->rowCount();
    if (isServerPaging()) {
        const qint64 count = std::max<qint64>(m_loader->serverCount(), 0);
        const int size = m_loader->serverPageSize();
        const int pages = int(std::max<qint64>(1, (count + size - 1) / size));
        const qint64 first = count == 0 ? 0 : qint64(m_loader->serverPage()) * size + 1;
        const qint64 last = count == 0 ? 0 : first + loaded - 1;
        const QString suffix = m_proxy->filter().isEmpty()
                                   ? QString()
                                   : tr("(%n shown after the page filters)", nullptr, matching);
        m_pager->setState(m_loader->serverPage(), pages, first, last, count, suffix);
        m_filterBar->setStateCounts({});
        if (!m_loading)
            m_modeLabel->setText(
                tr("Server paging · %1 tasks on the server match").arg(locale.toString(count)));
    } else {
        const int first = matching == 0 ? 0 : m_proxy->pageFirstMatch() + 1;
        const int last = m_proxy->pageFirstMatch() + m_proxy->rowCount();
        const QString suffix = m_proxy->filter().isEmpty()
                                   ? QString()
                                   : tr("matching (%1 loaded)").arg(locale.toString(loaded));
        m_pager->setState(m_proxy->page(), m_proxy->pageCount(), first, last, matching, suffix);
        m_filterBar->setStateCounts(m_proxy->stateCounts());
        if (!m_loading && m_aggregated) {
            QString text = tr("Several projects · Load all · %1 tasks loaded from %n project(s)",
                              nullptr, m_multi->count())
                               .arg(locale.toString(loaded));
            if (const int failed = m_multi->failedCount(); failed > 0)
                text += QStringLiteral(" · ⚠ ") +
                        tr("%n project(s) failed, see above", nullptr, failed);
            m_modeLabel->setText(text);
        } else if (!m_loading) {
            QString text = tr("Load all · %1 tasks loaded").arg(locale.toString(loaded));
            if (!m_loader->lastSummary().isConsistent() && loaded > 0)
                text += QStringLiteral(" · ⚠ ") + tr("see the warning above");
            m_modeLabel->setText(text);
        }
    }
    updateContentPage();
}

void MainWindow::setWelcomePage(QWidget *page)
{
    m_welcome = page;
    m_stack->insertWidget(WelcomePage, page);
    updateContentPage();
}

void MainWindow::setPageSize(int rows)
{
    m_pager->setPageSize(rows); // the pager's signal applies it to the rows
}

void MainWindow::updateContentPage()
{
    if (!m_stack)
        return;
    if (!m_client && !m_aggregated && m_welcome) {
        m_stack->setCurrentIndex(WelcomePage);
        return;
    }
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentIndex(TablePage);
        return;
    }
    if (m_loading && m_model->rowCount() == 0) {
        m_stack->setCurrentIndex(LoadingPage);
        return;
    }
    const bool filtered = !m_filterBar->filter().isEmpty();
    if (m_model->rowCount() == 0 && !filtered) {
        m_emptyLabel->setText(
            m_hasError     ? tr("No tasks could be loaded. See the message above.")
            : m_aggregated ? tr("None of these projects has tasks.")
            : m_client     ? tr("This project has no %1 tasks.").arg(m_connection.config.service)
                           : tr("Not connected. Choose a profile or start the demo."));
        m_emptyClear->hide();
    } else {
        m_emptyLabel->setText(tr("No task matches the filters."));
        m_emptyClear->setVisible(filtered);
    }
    m_stack->setCurrentIndex(EmptyPage);
}

void MainWindow::rememberSelection()
{
    // Row keys, not ids: two projects may use the same task id.
    const QStringList ids = m_view->selectedRowKeys();
    const QString current = m_view->currentRowKey();
    if (ids.isEmpty() && current.isEmpty())
        return; // a reset in the middle of another: keep what was remembered
    m_rememberedIds = ids.isEmpty() ? QStringList{current} : ids;
    m_rememberedCurrent = current;
    m_rememberedScroll = m_view->verticalScrollBar()->value();
}

void MainWindow::restoreSelection()
{
    if (m_rememberedIds.isEmpty() || m_proxy->rowCount() == 0)
        return;
    if (m_view->selectRowKeys(m_rememberedIds, m_rememberedCurrent) > 0) {
        m_view->verticalScrollBar()->setValue(m_rememberedScroll);
        m_view->scrollTo(m_view->currentIndex());
    } else {
        m_detail->setTask(nullptr);
    }
    m_rememberedIds.clear();
    m_rememberedCurrent.clear();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("table/header")).toByteArray()))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_view->setSourceColumnsShown(false); // saved while several projects were shown
    m_pager->setPageSize(settings.value(QStringLiteral("table/pageSize"), 20).toInt());
    m_proxy->setPageSize(m_pager->pageSize());
    if (settings.value(QStringLiteral("table/serverPaging"), false).toBool()) {
        m_modeCombo->setCurrentIndex(1); // applied through the combo's signal once connected
        m_loader->setMode(TaskLoader::Mode::ServerPaging);
        m_filterBar->setServerMode(true);
        m_proxy->setServerSortColumns(
            {int(TaskColumn::Name), int(TaskColumn::CreatedAt), int(TaskColumn::UpdatedAt)});
        m_proxy->setPageSize(0);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("table/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("table/pageSize"), m_pager->pageSize());
    settings.setValue(QStringLiteral("table/serverPaging"), isServerPaging());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelAll();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace vias::ui
