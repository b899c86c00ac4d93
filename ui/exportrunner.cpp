#include "ui/exportrunner.h"

#include "api/apiclient.h"
#include "models/export/savefileexport.h"

#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace vias::ui {

ExportRunner::ExportRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress && m_done)
            m_progress->setValue(int(std::min<qint64>(m_done->loadRelaxed(), m_total)));
    });
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this,
            [this] { finish(m_watcher.result()); });
}

ExportRunner::~ExportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ExportRunner::isRunning() const
{
    return m_pager || m_watcher.isRunning();
}

void ExportRunner::cancel()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager.clear();
        ExportResult result;
        result.status = ExportResult::Status::Cancelled;
        finish(result);
    }
    if (m_cancel)
        m_cancel->storeRelaxed(true);
}

void ExportRunner::showProgress(const QString &label, int maximum)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(QStringLiteral("exportProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    }
    m_progress->setLabelText(label);
    m_progress->setRange(0, std::max(1, maximum));
    m_progress->setValue(0);
}

void ExportRunner::run(QList<Task> tasks, const ExportRequest &request)
{
    m_request = request;
    startWriting(std::move(tasks));
}

void ExportRunner::runFromServer(api::ApiClient *client, const api::FetchOptions &fetch,
                                 const ExportRequest &request)
{
    m_request = request;
    m_fetched.clear();
    showProgress(tr("Loading every task from the server…"), 1);
    m_pager = client->fetchAll({}, fetch);
    connect(m_pager, &api::TaskPager::batchReady, this,
            [this](const QList<Task> &tasks) { m_fetched += tasks; });
    connect(m_pager, &api::TaskPager::progress, this,
            [this](int pagesDone, int pagesTotal, qint64 tasksDone, qint64 tasksTotal) {
                if (!m_progress)
                    return;
                m_progress->setRange(0, std::max(1, pagesTotal));
                m_progress->setValue(pagesDone);
                m_progress->setLabelText(tr("Loading every task from the server: %1 of %2…")
                                             .arg(QLocale().toString(tasksDone),
                                                  QLocale().toString(tasksTotal)));
            });
    connect(m_pager, &api::TaskPager::finished, this, [this](const api::FetchSummary &summary) {
        m_pager.clear();
        if (summary.error.isError()) {
            ExportResult result;
            result.status = ExportResult::Status::Failed;
            result.message = tr("Nothing was written: loading the tasks failed. %1")
                                 .arg(summary.error.userMessage());
            finish(result);
            return;
        }
        startWriting(std::exchange(m_fetched, {}));
    });
}

void ExportRunner::startWriting(QList<Task> tasks)
{
    m_total = tasks.size();
    m_done = std::make_shared<QAtomicInteger<qint64>>(0);
    m_cancel = std::make_shared<QAtomicInteger<bool>>(false);
    showProgress(tr("Writing %1 tasks to %2…")
                     .arg(QLocale().toString(m_total), m_request.path),
                 int(std::min<qint64>(m_total, std::numeric_limits<int>::max())));
    m_poll.start();
    const ExportRequest request = m_request;
    auto done = m_done;
    auto cancelled = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([tasks = std::move(tasks), request, done, cancelled] {
        QList<const Task *> pointers;
        pointers.reserve(tasks.size());
        for (const Task &task : tasks)
            pointers.append(&task);
        return exportTasksToFile(request.path, pointers, request.options, [&](qint64 n) {
            done->storeRelaxed(n);
            return !cancelled->loadRelaxed();
        });
    }));
}

void ExportRunner::finish(const ExportResult &result)
{
    m_poll.stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit finished(result, m_request.path);
}

} // namespace vias::ui
