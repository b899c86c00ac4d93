#include "ui/charts/chartspane.h"

#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "ui/charts/chartcard.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/histogramchart.h"
#include "ui/charts/poolchart.h"
#include "ui/charts/statechart.h"
#include "ui/charts/timelinechart.h"
#include "ui/statestyle.h"

#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vias::ui {

using namespace charts;

ChartsPane::ChartsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartsPane"));
    m_options.firstDayOfWeek = QLocale().firstDayOfWeek();
    m_options.histogramMaxBins = 10; // short axis labels that fit half the pane's width
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChartsPane::recompute);
    buildLayout();
    retranslate();
    render();
}

ChartsPane::~ChartsPane() = default;

void ChartsPane::buildLayout()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->setSpacing(8);

    auto *summary = new QFrame(content);
    summary->setObjectName(QStringLiteral("chartsSummary"));
    summary->setFrameShape(QFrame::StyledPanel);
    auto *summaryLayout = new QHBoxLayout(summary);
    const auto makeTile = [summary, summaryLayout](SummaryTile &tile, const char *name) {
        auto *box = new QWidget(summary);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 2, 4, 2);
        boxLayout->setSpacing(0);
        tile.value = new QLabel(box);
        tile.value->setObjectName(QString::fromLatin1(name));
        tile.value->setAlignment(Qt::AlignCenter);
        QFont font = tile.value->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        tile.value->setFont(font);
        tile.caption = new QLabel(box);
        tile.caption->setAlignment(Qt::AlignCenter);
        boxLayout->addWidget(tile.value);
        boxLayout->addWidget(tile.caption);
        summaryLayout->addWidget(box, 1);
    };
    makeTile(m_total, "summaryTotal");
    makeTile(m_running, "summaryRunning");
    makeTile(m_unhealthy, "summaryUnhealthy");
    makeTile(m_pools, "summaryEdgePools");
    makeTile(m_cameras, "summaryCameras");
    contentLayout->addWidget(summary);

    m_stateChart = new StateChart(content);
    m_timeline = new TimelineChart(content);
    m_poolChart = new PoolChart(content);
    auto *cameras = new HistogramChart(HistogramChart::Kind::CamerasPerTask, content);
    auto *minSize = new HistogramChart(HistogramChart::Kind::DetectionMinSize, content);
    auto *maxSize = new HistogramChart(HistogramChart::Kind::DetectionMaxSize, content);
    auto *compression = new HistogramChart(HistogramChart::Kind::CompressionRatio, content);
    m_cards = {m_stateChart, m_poolChart, m_timeline, cameras, compression, minSize, maxSize};

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    grid->addWidget(m_stateChart, 0, 0);
    grid->addWidget(m_poolChart, 0, 1);
    grid->addWidget(m_timeline, 1, 0, 1, 2); // the timeline gets the full width
    grid->addWidget(cameras, 2, 0);
    grid->addWidget(compression, 2, 1);
    grid->addWidget(minSize, 3, 0);
    grid->addWidget(maxSize, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    contentLayout->addLayout(grid);
    contentLayout->addStretch();

    for (ChartCard *card : std::as_const(m_cards)) {
        card->setFileNameProvider([this](const QString &suggested, const QString &filter) {
            return nextFileName(suggested, filter);
        });
    }
    connect(m_stateChart, &StateChart::stateClicked, this, &ChartsPane::stateClicked);
    connect(m_poolChart, &PoolChart::edgePoolClicked, this, &ChartsPane::edgePoolClicked);
    connect(m_timeline, &TimelineChart::createdRangeClicked, this,
            &ChartsPane::createdRangeClicked);
    connect(m_timeline, &TimelineChart::granularityRequested, this, [this](TimeGranularity g) {
        m_options.granularity = g;
        refreshNow();
    });

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ChartsPane::retranslate()
{
    m_total.caption->setText(tr("Tasks"));
    m_running.caption->setText(tr("Running"));
    m_unhealthy.caption->setText(tr("Unhealthy"));
    m_unhealthy.caption->setToolTip(
        tr("Abnormal, failed, start or create failed, frozen, or lacking resources"));
    m_pools.caption->setText(tr("Edge pools"));
    m_cameras.caption->setText(tr("Cameras"));
    m_cameras.caption->setToolTip(tr("Distinct cameras read by the tasks shown"));
}

void ChartsPane::setSource(const TaskFilterProxy *proxy)
{
    if (m_proxyConnection)
        disconnect(m_proxyConnection);
    m_proxy = proxy;
    if (proxy) {
        m_proxyConnection =
            connect(proxy, &TaskFilterProxy::summaryChanged, this, &ChartsPane::onSourceChanged);
    }
    m_dirty = true;
    if (isVisible())
        recompute();
}

void ChartsPane::onSourceChanged()
{
    m_dirty = true;
    if (isVisible())
        m_debounce.start();
}

void ChartsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_debounce.start(0); // catch up with the changes made while hidden
}

void ChartsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Children get the new palette or language after this widget: render
    // once they have it.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QMetaObject::invokeMethod(this, &ChartsPane::render, Qt::QueuedConnection);
    } else if (event->type() == QEvent::PaletteChange) {
        QMetaObject::invokeMethod(this, &ChartsPane::render, Qt::QueuedConnection);
    }
}

void ChartsPane::refreshNow()
{
    m_debounce.stop();
    m_debounce.setInterval(kDebounceMs);
    m_dirty = false;
    ++m_generation; // a worker still running is now stale
    const TaskTableModel *model = m_proxy ? m_proxy->taskModel() : nullptr;
    if (model)
        m_stats = computeTaskStats(model->store(), m_proxy->matchingSourceRows(), m_options);
    else
        m_stats = computeTaskStats(TaskStore(), {}, m_options);
    render();
    emit statsUpdated();
}

void ChartsPane::recompute()
{
    const TaskTableModel *model = m_proxy ? m_proxy->taskModel() : nullptr;
    if (!model) {
        refreshNow();
        return;
    }
    m_debounce.stop();
    m_debounce.setInterval(kDebounceMs);
    m_dirty = false;
    const quint64 generation = ++m_generation;
    // Copies share the data; the model's next change detaches its own copy.
    TaskStore snapshot = model->store();
    const QList<int> rows = m_proxy->matchingSourceRows();
    StatsOptions options = m_options;
    options.timeZone = QTimeZone(m_options.timeZone.id()); // not shared with this thread
    auto *watcher = new QFutureWatcher<TaskStats>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a newer filter or refresh
        m_stats = watcher->result();
        render();
        emit statsUpdated();
    });
    watcher->setFuture(QtConcurrent::run([snapshot = std::move(snapshot), rows, options] {
        return computeTaskStats(snapshot, rows, options);
    }));
}

void ChartsPane::render()
{
    m_total.value->setText(formatCount(m_stats.total));
    m_running.value->setText(formatCount(m_stats.running));
    m_unhealthy.value->setText(formatCount(m_stats.unhealthy));
    QPalette warn = m_unhealthy.value->palette();
    warn.setColor(QPalette::WindowText, m_stats.unhealthy > 0
                                            ? stateColor(TaskState::Failed)
                                            : palette().color(QPalette::WindowText));
    m_unhealthy.value->setPalette(warn);
    m_pools.value->setText(formatCount(m_stats.edgePools));
    m_cameras.value->setText(formatCount(m_stats.distinctCameras));
    m_cameras.value->setToolTip(
        tr("%1 camera inputs across the tasks").arg(formatCount(m_stats.cameras)));
    for (ChartCard *card : std::as_const(m_cards))
        card->setStats(m_stats);
}

QString ChartsPane::nextFileName(const QString &suggested, const QString &filter)
{
    if (!m_nextSaveFileName.isEmpty())
        return std::exchange(m_nextSaveFileName, QString());
    return QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, filter);
}

} // namespace vias::ui
