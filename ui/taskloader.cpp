#include "ui/taskloader.h"

#include "models/tasktablemodel.h"

namespace vias::ui {
namespace {

// Batches that arrived together (several pages parsed while the GUI thread
// was busy or waiting for a core) are merged a few at a time, so input,
// painting and timers get their turn between them.
constexpr qint64 kMergeBudgetMs = 3;

} // namespace

TaskLoader::TaskLoader(TaskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_mergeTimer.setSingleShot(true);
    m_mergeTimer.setInterval(0);
    connect(&m_mergeTimer, &QTimer::timeout, this, &TaskLoader::mergePending);
}

TaskLoader::~TaskLoader()
{
    cancel();
}

void TaskLoader::setClient(api::ApiClient *client)
{
    cancel();
    m_client = client;
    m_serverCount = -1;
    m_sourceHasRows = false;
}

void TaskLoader::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    cancel();
    m_mode = mode;
    m_page = 0;
}

void TaskLoader::setServerFilter(const TaskFilter &filter)
{
    if (filter == m_serverFilter)
        return;
    m_serverFilter = filter;
    m_page = 0;
    if (m_mode == Mode::ServerPaging)
        refresh();
}

void TaskLoader::setServerOrder(const QString &field, Qt::SortOrder order)
{
    m_orderField = field;
    m_order = order;
    if (m_mode == Mode::ServerPaging)
        refresh();
}

void TaskLoader::setServerPage(int page, int pageSize)
{
    m_page = std::max(0, page);
    m_pageSize = std::clamp(pageSize, api::kMinLimit, api::kMaxLimit);
    if (m_mode == Mode::ServerPaging)
        refresh();
}

api::TaskQuery TaskLoader::serverQuery() const
{
    api::TaskQuery q;
    if (m_mode == Mode::ServerPaging) {
        q.states = m_serverFilter.stateCodes;
        const QString text = m_serverFilter.text.trimmed();
        if (text.startsWith(QLatin1StringView("id:"), Qt::CaseInsensitive))
            q.idLike = text.mid(3).trimmed();
        else
            q.nameLike = text;
        if (m_serverFilter.createdFromMs != kNoTime)
            q.createdSinceMs = m_serverFilter.createdFromMs;
        if (m_serverFilter.createdToMs != kNoTime)
            q.createdUntilMs = m_serverFilter.createdToMs;
        q.serviceVersion = m_serverFilter.serviceVersion;
        q.orderField = m_orderField;
        q.orderDirection = m_order == Qt::AscendingOrder ? api::SortDirection::Ascending
                                                         : api::SortDirection::Descending;
        q.limit = m_pageSize;
        q.offset = std::min(api::kMaxOffset, 1 + m_page * m_pageSize);
    }
    return q;
}

void TaskLoader::refresh()
{
    cancel();
    if (!m_client)
        return;
    if (m_mode == Mode::ServerPaging)
        loadServerPage();
    else
        loadAll();
}

void TaskLoader::cancel()
{
    const bool wasLoading = isLoading();
    if (m_pageReply)
        m_pageReply->cancel();
    if (m_pager)
        m_pager->cancel();
    m_pageReply.clear();
    m_pager.clear();
    m_buffer.clear();
    m_pending.clear();
    m_mergeTimer.stop();
    m_finishing = false;
    if (wasLoading)
        emit loadingChanged(false, {});
}

bool TaskLoader::isLoading() const
{
    return m_pageReply || m_pager || m_finishing;
}

void TaskLoader::loadServerPage()
{
    const api::TaskQuery query = serverQuery();
    emit loadingChanged(true, tr("Loading page %1…").arg(m_page + 1));
    m_pageReply = m_client->listPage(query);
    connect(m_pageReply, &api::PageReply::finished, this, [this](const api::PageResult &result) {
        m_pageReply.clear();
        if (result.error.isError()) {
            emit loadingChanged(false, {});
            emit failed(result.error);
            return;
        }
        m_serverCount = result.count;
        m_model->setTasks(result.tasks);
        finish(result.warnings);
    });
}

void TaskLoader::loadAll()
{
    // The first load shows rows as they arrive; a refresh swaps in one go.
    m_incremental = m_source < 0 ? m_model->rowCount() == 0 : !m_sourceHasRows;
    m_buffer.clear();
    emit loadingChanged(true, tr("Loading all tasks…"));
    m_pager = m_client->fetchAll({}, m_fetchOptions);
    connect(m_pager, &api::TaskPager::batchReady, this, [this](const QList<Task> &tasks) {
        if (m_incremental) {
            m_pending.append(tasks);
            if (!m_mergeTimer.isActive())
                m_mergeTimer.start();
        } else {
            m_buffer += tasks;
        }
    });
    connect(m_pager, &api::TaskPager::progress, this,
            [this, reserved = false](int pagesDone, int pagesTotal, qint64 tasksDone,
                                     qint64 tasksTotal) mutable {
                // Room for the whole list once its size is known: the row
                // indexes then never rehash or move mid-load (a GUI stall at
                // tens of thousands of rows).
                if (!reserved && tasksTotal > tasksDone) {
                    reserved = true;
                    const qint64 more = qMin(tasksTotal, m_fetchOptions.maxTasks) - tasksDone;
                    if (m_incremental)
                        m_model->reserve(m_model->rowCount() + qMax<qint64>(0, more));
                    else
                        m_buffer.reserve(m_buffer.size() + qMax<qint64>(0, more));
                }
                emit progress(pagesDone, pagesTotal, tasksDone, tasksTotal);
            });
    connect(m_pager, &api::TaskPager::finished, this, [this](const api::FetchSummary &summary) {
        m_pager.clear();
        m_summary = summary;
        // The load ends once the rows received are in the model (those
        // received before a failure stay too), still a few batches a turn.
        m_finishing = true;
        mergePending();
    });
}

void TaskLoader::completeLoad()
{
    m_finishing = false;
    if (m_summary.error.isError()) {
        m_buffer.clear();
        emit loadingChanged(false, {});
        emit failed(m_summary.error);
        return;
    }
    if (!m_incremental && m_source >= 0)
        m_model->replaceSourceTasks(m_source, std::exchange(m_buffer, {}));
    else if (!m_incremental)
        m_model->setTasks(std::exchange(m_buffer, {}));
    m_sourceHasRows = true;
    m_serverCount = m_summary.lastCount;
    finish(m_summary.notes);
}

void TaskLoader::mergePending()
{
    QElapsedTimer spent;
    spent.start();
    while (!m_pending.isEmpty()) {
        QList<Task> batch = m_pending.takeFirst();
        m_sourceHasRows = m_sourceHasRows || !batch.isEmpty();
        m_model->upsertTasks(std::move(batch), std::max(0, m_source));
        if (spent.elapsed() >= kMergeBudgetMs)
            break;
    }
    if (!m_pending.isEmpty()) {
        if (!m_mergeTimer.isActive())
            m_mergeTimer.start();
        return;
    }
    m_mergeTimer.stop();
    if (m_finishing)
        completeLoad();
}

void TaskLoader::finish(const QStringList &notes)
{
    m_lastLoadedAt = QDateTime::currentDateTime();
    emit loadingChanged(false, {});
    emit loaded(notes);
}

} // namespace vias::ui
