// Tasks by state: a donut in the table's badge colours, unhealthy states
// pulled out, legend and labels with counts and shares. Clicking a slice asks
// for a state filter.
#pragma once

#include "ui/charts/chartcard.h"

namespace vias::ui::charts {

class StateChart final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateChart)

public:
    explicit StateChart(QWidget *parent = nullptr);
    void setStats(const TaskStats &stats) override;

signals:
    void stateClicked(const QString &code);

protected:
    QString exportStem() const override { return QStringLiteral("tasks-by-state"); }
};

} // namespace vias::ui::charts
