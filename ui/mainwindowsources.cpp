// MainWindow, the aggregated view: several projects in one table (one
// MultiLoader source per project), per-project error banners with Retry, and
// the way back to one project or to "not connected".
#include "api/apiclient.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/multiloader.h"
#include "ui/sourcebanners.h"
#include "ui/taskloader.h"
#include "ui/taskview.h"

#include <QLabel>

namespace vias::ui {

void MainWindow::setConnections(const QList<Connection> &connections)
{
    m_loader->cancel();
    m_loader->setClient(nullptr);
    delete m_client;
    m_client = nullptr;
    m_multi->cancel();
    m_aggregated = true;
    // The first project's settings stand for the set where one is needed
    // (the service name in export file names).
    m_connection = connections.value(0);
    m_hasError = false;
    m_banner->clear();
    m_notesBanner->clear();
    m_sourceBanners->clearAll();
    m_multi->setConnections(connections); // clears the rows, sets the model's sources
    configureForPagingMode();
    QStringList names;
    QStringList endpoints;
    int nameWidth = 0;
    for (const Connection &c : connections) {
        names << c.name;
        nameWidth = std::max(nameWidth, m_view->fontMetrics().horizontalAdvance(c.name));
        const QString host = c.config.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
        endpoints << (c.config.isInsecure() ? tr("%1: project %2, %3 (unencrypted)")
                                            : tr("%1: project %2, %3"))
                         .arg(c.name, c.config.projectId, host);
    }
    m_filterBar->setProjects(names);
    m_view->setSourceColumnsShown(true);
    m_view->setColumnWidth(int(TaskColumn::Project), std::clamp(nameWidth + 24, 80, 360));
    m_endpointLabel->setToolTip(endpoints.join(QLatin1Char('\n')));
    retranslate();
    m_multi->refresh();
}

void MainWindow::leaveAggregated()
{
    if (!m_aggregated)
        return;
    m_multi->clear();
    m_aggregated = false;
    m_sourceBanners->clearAll();
    m_model->clear();
    m_model->setSources({});
    m_filterBar->setProjects({});
    m_view->setSourceColumnsShown(false);
    configureForPagingMode();
}

void MainWindow::closeConnection()
{
    m_loader->cancel();
    leaveAggregated();
    m_loader->setClient(nullptr);
    delete m_client;
    m_client = nullptr;
    m_connection = {};
    m_model->clear();
    m_banner->clear();
    m_notesBanner->clear();
    m_hasError = false;
    m_endpointLabel->clear();
    m_endpointLabel->setToolTip(QString());
    m_updatedLabel->clear();
    retranslate();
}

QString MainWindow::aggregatedTitle() const
{
    return tr("%n project(s) — VIAS Console", nullptr, m_multi->count());
}

void MainWindow::refreshAll()
{
    if (m_aggregated)
        m_multi->refresh();
    else
        m_loader->refresh();
}

void MainWindow::cancelAll()
{
    m_loader->cancel();
    m_multi->cancel();
}

void MainWindow::onSourceLoaded(int source, const QStringList &notes)
{
    Q_UNUSED(notes) // shown together once every source has finished
    m_sourceBanners->clearSource(source);
    updateSummary();
}

void MainWindow::onSourceFailed(int source, const api::ApiError &error)
{
    bool partial = false;
    const TaskStore &store = m_model->store();
    for (qsizetype row = 0; row < store.size() && !partial; ++row)
        partial = store.sourceOf(row) == source;
    m_sourceBanners->showError(source, m_multi->connection(source).name, error, partial);
    updateSummary();
}

void MainWindow::onAggregatedFinished()
{
    if (!m_aggregated)
        return;
    onLoaded(m_multi->notes()); // pools, notes, summary, selection
    m_hasError = m_multi->count() > 0 && m_multi->failedCount() == m_multi->count();
    updateContentPage();
}

} // namespace vias::ui
