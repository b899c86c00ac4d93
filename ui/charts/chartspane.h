// The charts pane: the shape of the filtered task population at a glance.
// A summary row (total, running, unhealthy, edge pools, cameras) above a
// scrollable two-column grid of charts: tasks by state, created over time,
// per edge pool, cameras per task and the face-extraction config histograms.
//
// It follows a TaskFilterProxy: when the proxy's summaryChanged fires, the
// statistics of proxy->matchingSourceRows() are recomputed after a short
// debounce, and only while the pane is visible (a hidden pane catches up when
// shown). The statistics are computed on the thread pool over a snapshot of
// the store (implicitly shared, so a later change to the model detaches and
// never races the worker); a result that a newer request superseded is
// dropped. Clicks on slices and bars are turned into filter requests for the
// filter bar.
#pragma once

#include "models/taskstats.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace vias {
class TaskFilterProxy;
}

namespace vias::ui {

namespace charts {
class ChartCard;
class HistogramChart;
class PoolChart;
class StateChart;
class TimelineChart;
} // namespace charts

class ChartsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPane)

public:
    explicit ChartsPane(QWidget *parent = nullptr);
    ~ChartsPane() override;

    // The proxy whose matching rows are charted (not owned; may be null).
    void setSource(const TaskFilterProxy *proxy);
    const TaskStats &stats() const { return m_stats; }

    // Test seam: the next export writes here instead of asking with a dialog.
    void setNextSaveFileName(const QString &path) { m_nextSaveFileName = path; }
    // Recomputes now, on this thread (skips the debounce and the worker),
    // visible or not; a computation still running is dropped.
    void refreshNow();

    static constexpr int kDebounceMs = 100;

signals:
    void stateClicked(const QString &code);
    void edgePoolClicked(const QString &poolId);
    // toMs is inclusive, like TaskFilter::createdToMs.
    void createdRangeClicked(qint64 fromMs, qint64 toMs);
    // After each recompute (tests wait for it).
    void statsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void onSourceChanged();
    void recompute();
    void render();
    QString nextFileName(const QString &suggested, const QString &filter);

    QPointer<const TaskFilterProxy> m_proxy;
    QMetaObject::Connection m_proxyConnection;
    quint64 m_generation = 0; // results of older requests are dropped
    StatsOptions m_options;
    TaskStats m_stats;
    QTimer m_debounce;
    bool m_dirty = false;
    QString m_nextSaveFileName;

    struct SummaryTile
    {
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    SummaryTile m_total, m_running, m_unhealthy, m_pools, m_cameras;
    charts::StateChart *m_stateChart = nullptr;
    charts::TimelineChart *m_timeline = nullptr;
    charts::PoolChart *m_poolChart = nullptr;
    QList<charts::ChartCard *> m_cards;
};

} // namespace vias::ui
