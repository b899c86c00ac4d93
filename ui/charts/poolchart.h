// Tasks per edge pool: horizontal bars for the 15 largest pools plus one
// grey "others" bar. Clicking a pool's bar asks for an edge-pool filter.
#pragma once

#include "ui/charts/chartcard.h"

namespace vias::ui::charts {

class PoolChart final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolChart)

public:
    explicit PoolChart(QWidget *parent = nullptr);
    void setStats(const TaskStats &stats) override;

signals:
    void edgePoolClicked(const QString &poolId);

protected:
    QString exportStem() const override { return QStringLiteral("tasks-per-edge-pool"); }

private:
    QStringList m_poolIds; // per bar index; empty for "others"
    QList<int> m_counts;
};

// A pool id short enough for an axis label, unique among `taken`.
QString shortPoolLabel(const QString &poolId, const QSet<QString> &taken);

} // namespace vias::ui::charts
