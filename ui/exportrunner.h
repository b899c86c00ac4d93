// Runs an export for the console: gathers the tasks (or fetches every task
// from the server first), writes the file on a worker thread through
// QSaveFile, shows progress with Cancel, and reports how it ended. The GUI
// thread never blocks on the file.
#pragma once

#include "api/taskpager.h"
#include "models/export/exportoptions.h"
#include "models/task.h"
#include "ui/dialogs/exportdialog.h"

#include <QAtomicInteger>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QProgressDialog;

namespace vias::api {
class ApiClient;
}

namespace vias::ui {

class ExportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)

public:
    explicit ExportRunner(QWidget *window);
    ~ExportRunner() override;

    // Writes these tasks, in this order.
    void run(QList<Task> tasks, const ExportRequest &request);
    // Fetches every task (all pages) with `client`, then writes them.
    void runFromServer(api::ApiClient *client, const api::FetchOptions &fetch,
                       const ExportRequest &request);
    bool isRunning() const;
    void cancel();

signals:
    // How the export ended (Ok, Cancelled or Failed with a message).
    void finished(const vias::ExportResult &result, const QString &path);

private:
    void startWriting(QList<Task> tasks);
    void showProgress(const QString &label, int maximum);
    void finish(const ExportResult &result);

    QWidget *m_window;
    ExportRequest m_request;
    QPointer<QProgressDialog> m_progress;
    QPointer<api::TaskPager> m_pager;
    QList<Task> m_fetched;
    std::shared_ptr<QAtomicInteger<qint64>> m_done;
    std::shared_ptr<QAtomicInteger<bool>> m_cancel;
    QFutureWatcher<ExportResult> m_watcher;
    QTimer m_poll;
    qint64 m_total = 0;
};

} // namespace vias::ui
