// Distributions: cameras per task, and the c-face-edge detection_min_size,
// detection_max_size and image_compression_ratio over the tasks that set
// them, with values outside the documented limits in a warning colour and the
// limit named in the chart's title.
#pragma once

#include "ui/charts/chartcard.h"

namespace vias::ui::charts {

class HistogramChart final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistogramChart)

public:
    enum class Kind
    {
        CamerasPerTask,
        DetectionMinSize,
        DetectionMaxSize,
        CompressionRatio
    };

    HistogramChart(Kind kind, QWidget *parent = nullptr);
    void setStats(const TaskStats &stats) override;
    Kind kind() const { return m_kind; }

protected:
    QString exportStem() const override;

private:
    struct Bin
    {
        QString label;
        QString range; // for the tooltip
        int within = 0;
        int atDefault = 0;
        int outside = 0;
    };
    QList<Bin> bins(const TaskStats &stats) const;
    QString title(const TaskStats &stats) const;
    QString outsideName() const;

    Kind m_kind;
    QList<Bin> m_bins;
};

} // namespace vias::ui::charts
