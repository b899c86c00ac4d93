#include "ui/charts/histogramchart.h"

#include "ui/charts/chartstyle.h"
#include "ui/statestyle.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace vias::ui::charts {
namespace {

const char *objectNameFor(HistogramChart::Kind kind)
{
    switch (kind) {
    case HistogramChart::Kind::CamerasPerTask:
        return "camerasChart";
    case HistogramChart::Kind::DetectionMinSize:
        return "minSizeChart";
    case HistogramChart::Kind::DetectionMaxSize:
        return "maxSizeChart";
    case HistogramChart::Kind::CompressionRatio:
        break;
    }
    return "compressionChart";
}

QString rangeText(qint64 first, qint64 last)
{
    const QLocale locale;
    return first == last
               ? locale.toString(first)
               : HistogramChart::tr("%1–%2").arg(locale.toString(first), locale.toString(last));
}

// "<title> · 3 tasks without the key" (the suffix only when some lack it).
QString withAbsent(const QString &title, int absent)
{
    if (absent <= 0)
        return title;
    return HistogramChart::tr("%1 · %n task(s) without it", nullptr, absent).arg(title);
}

} // namespace

HistogramChart::HistogramChart(Kind kind, QWidget *parent)
    : ChartCard(QString::fromLatin1(objectNameFor(kind)), parent)
    , m_kind(kind)
{}

QString HistogramChart::exportStem() const
{
    switch (m_kind) {
    case Kind::CamerasPerTask:
        return QStringLiteral("cameras-per-task");
    case Kind::DetectionMinSize:
        return QStringLiteral("detection-min-size");
    case Kind::DetectionMaxSize:
        return QStringLiteral("detection-max-size");
    case Kind::CompressionRatio:
        break;
    }
    return QStringLiteral("image-compression-ratio");
}

QString HistogramChart::outsideName() const
{
    switch (m_kind) {
    case Kind::DetectionMinSize:
        return tr("Below the %1 px minimum").arg(facelimits::kMinDetectionSize);
    case Kind::DetectionMaxSize:
        return tr("Below the task's own minimum size");
    case Kind::CompressionRatio:
        return tr("Outside %1–%2")
            .arg(facelimits::kCompressionMin)
            .arg(facelimits::kCompressionMax);
    case Kind::CamerasPerTask:
        break;
    }
    return {};
}

QList<HistogramChart::Bin> HistogramChart::bins(const TaskStats &stats) const
{
    QList<Bin> out;
    if (m_kind == Kind::CamerasPerTask) {
        for (int n = 0; n < stats.camerasPerTask.size(); ++n) {
            const int count = stats.camerasPerTask.at(n);
            if (n == 0 && count == 0)
                continue; // tasks without cameras are rare: show the bar only when they exist
            const bool last = stats.camerasCapped && n == stats.camerasPerTask.size() - 1;
            Bin bin;
            bin.label = last ? tr("%1+").arg(n) : QString::number(n);
            bin.range =
                last ? tr("%n or more camera(s)", nullptr, n) : tr("%n camera(s)", nullptr, n);
            bin.within = count;
            out << bin;
        }
        return out;
    }
    const Histogram &h = m_kind == Kind::DetectionMinSize   ? stats.detectionMinSize
                         : m_kind == Kind::DetectionMaxSize ? stats.detectionMaxSize
                                                            : stats.imageCompressionRatio;
    for (int i = 0; i < h.counts.size(); ++i) {
        // Label the values the bin can hold, clipped to what occurs.
        const qint64 first = std::max<qint64>(h.binStart(i), i == 0 ? h.minValue : h.binStart(i));
        const qint64 last =
            i == h.counts.size() - 1 ? std::min<qint64>(h.binLast(i), h.maxValue) : h.binLast(i);
        Bin bin;
        // The axis shows the first value of each bin; the tooltip the whole range.
        const QString range = rangeText(std::min(first, last), last);
        QLocale plain;
        plain.setNumberOptions(QLocale::OmitGroupSeparator); // "1920" fits under a bar, "1,920" not
        bin.label = plain.toString(std::min(first, last));
        bin.range =
            m_kind == Kind::CompressionRatio ? tr("%1 %").arg(range) : tr("%1 px").arg(range);
        bin.outside = h.outOfLimits.at(i);
        int rest = h.counts.at(i) - bin.outside;
        if (m_kind == Kind::CompressionRatio && h.binStart(i) <= facelimits::kCompressionDefault &&
            facelimits::kCompressionDefault <= h.binLast(i)) {
            bin.atDefault = std::min(rest, stats.compressionAtDefault);
            rest -= bin.atDefault;
        }
        bin.within = rest;
        out << bin;
    }
    return out;
}

QString HistogramChart::title(const TaskStats &stats) const
{
    const QLocale locale;
    switch (m_kind) {
    case Kind::CamerasPerTask:
        return tr("Cameras per task (%1 inputs, %2 distinct cameras)")
            .arg(formatCount(stats.cameras), formatCount(stats.distinctCameras));
    case Kind::DetectionMinSize:
        return withAbsent(
            tr("Smallest face, detection_min_size (min %1 px)").arg(facelimits::kMinDetectionSize),
            stats.detectionMinSize.absent);
    case Kind::DetectionMaxSize:
        return withAbsent(tr("Largest face, detection_max_size (px)"),
                          stats.detectionMaxSize.absent);
    case Kind::CompressionRatio:
        break;
    }
    return withAbsent(tr("JPEG quality, image_compression_ratio (%1–%2 %, default %3)")
                          .arg(facelimits::kCompressionMin)
                          .arg(facelimits::kCompressionMax)
                          .arg(facelimits::kCompressionDefault),
                      stats.imageCompressionRatio.absent);
}

void HistogramChart::setStats(const TaskStats &stats)
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(title(stats));
    m_bins = bins(stats);

    auto *within =
        new QBarSet(m_kind == Kind::CamerasPerTask ? tr("Tasks") : tr("Within documented limits"));
    within->setColor(seriesColor(0));
    auto *atDefault = new QBarSet(tr("Default (%1)").arg(facelimits::kCompressionDefault));
    atDefault->setColor(seriesColor(3));
    auto *outside = new QBarSet(outsideName());
    outside->setColor(warningColor());
    QStringList labels;
    int maxTotal = 0;
    int defaults = 0, outsides = 0;
    for (const Bin &bin : std::as_const(m_bins)) {
        labels << bin.label;
        within->append(bin.within);
        atDefault->append(bin.atDefault);
        outside->append(bin.outside);
        defaults += bin.atDefault;
        outsides += bin.outside;
        maxTotal = std::max(maxTotal, bin.within + bin.atDefault + bin.outside);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    for (QBarSet *set : {within, atDefault, outside}) {
        set->setBorderColor(set->color());
        // Sets with no value stay out of the legend.
        const bool used =
            set == within || (set == atDefault && defaults > 0) || (set == outside && outsides > 0);
        if (used)
            series->append(set);
        else
            delete set;
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 16)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    y->setMax(std::max(1, maxTotal));
    y->applyNiceNumbers();
    y->setTitleText(tr("Tasks"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->legend()->setVisible(m_kind != Kind::CamerasPerTask);
    c->legend()->setAlignment(Qt::AlignBottom);
    styleChart(c, palette());

    const int total = stats.total;
    connect(series, &QStackedBarSeries::hovered, this,
            [this, total](bool status, int index, QBarSet *set) {
                if (!status || index < 0 || index >= m_bins.size()) {
                    showToolTip({});
                    return;
                }
                const Bin &bin = m_bins.at(index);
                const int binTotal = bin.within + bin.atDefault + bin.outside;
                QString text = tr("%1: %2 tasks (%3 of all)")
                                   .arg(bin.range, formatCount(binTotal),
                                        formatPercent(total > 0 ? double(binTotal) / total : 0));
                if (m_kind != Kind::CamerasPerTask)
                    text += QLatin1Char('\n') +
                            tr("%1: %2").arg(set->label(), formatCount(qint64(set->at(index))));
                showToolTip(text);
            });
}

} // namespace vias::ui::charts
