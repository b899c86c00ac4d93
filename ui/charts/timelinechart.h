// Tasks created over time: stacked bars per day, week or month (chosen from
// the span, or by the user through a combo), stacked by state in the badge
// colours. Clicking a bar asks for a created-date filter on its period.
#pragma once

#include "ui/charts/chartcard.h"

class QComboBox;

namespace vias::ui::charts {

class TimelineChart final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(QWidget *parent = nullptr);
    void setStats(const TaskStats &stats) override;
    TimeGranularity requestedGranularity() const;

signals:
    void granularityRequested(vias::TimeGranularity granularity);
    // toMs is inclusive (the filter's "created until").
    void createdRangeClicked(qint64 fromMs, qint64 toMs);

protected:
    QString exportStem() const override { return QStringLiteral("tasks-created"); }
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_granularity;
    TimeGranularity m_resolved = TimeGranularity::Day;
    QList<TimeBucket> m_buckets;
};

// Short, localised label of a bucket start ("3 Mar", "Mar 2026"...).
QString bucketLabel(qint64 startMs, TimeGranularity granularity);

} // namespace vias::ui::charts
