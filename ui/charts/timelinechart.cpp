#include "ui/charts/timelinechart.h"

#include "ui/charts/chartstyle.h"
#include "ui/statestyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace vias::ui::charts {
namespace {

// At most this many date labels on the axis; the others are skipped.
constexpr int kMaxAxisLabels = 16;

QString periodText(const TimeBucket &bucket, TimeGranularity granularity)
{
    const QLocale locale;
    const QDate start = QDateTime::fromMSecsSinceEpoch(bucket.startMs).date();
    switch (granularity) {
    case TimeGranularity::Month:
        return locale.toString(start, QStringLiteral("MMMM yyyy"));
    case TimeGranularity::Week:
        return TimelineChart::tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    case TimeGranularity::Day:
    case TimeGranularity::Auto:
        break;
    }
    return locale.toString(start, QLocale::LongFormat);
}

QString granularityName(TimeGranularity granularity)
{
    switch (granularity) {
    case TimeGranularity::Day:
        return TimelineChart::tr("day");
    case TimeGranularity::Week:
        return TimelineChart::tr("week");
    case TimeGranularity::Month:
    case TimeGranularity::Auto:
        break;
    }
    return TimelineChart::tr("month");
}

} // namespace

QString bucketLabel(qint64 startMs, TimeGranularity granularity)
{
    const QLocale locale;
    const QDate date = QDateTime::fromMSecsSinceEpoch(startMs).date();
    if (granularity == TimeGranularity::Month)
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    return locale.toString(date, QStringLiteral("MMM d"));
}

TimelineChart::TimelineChart(QWidget *parent)
    : ChartCard(QStringLiteral("timelineChart"), parent)
    , m_granularity(new QComboBox(this))
{
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItem(QString(), int(TimeGranularity::Auto));
    m_granularity->addItem(QString(), int(TimeGranularity::Day));
    m_granularity->addItem(QString(), int(TimeGranularity::Week));
    m_granularity->addItem(QString(), int(TimeGranularity::Month));
    m_granularity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addControl(m_granularity);
    view()->setMinimumHeight(440); // room for the legend of 18 states
    connect(m_granularity, &QComboBox::currentIndexChanged, this,
            [this] { emit granularityRequested(requestedGranularity()); });
    retranslate();
}

TimeGranularity TimelineChart::requestedGranularity() const
{
    return static_cast<TimeGranularity>(m_granularity->currentData().toInt());
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartCard::changeEvent(event);
}

void TimelineChart::retranslate()
{
    m_granularity->setItemText(0, tr("Auto (%1)").arg(granularityName(m_resolved)));
    m_granularity->setItemText(1, tr("By day"));
    m_granularity->setItemText(2, tr("By week"));
    m_granularity->setItemText(3, tr("By month"));
    m_granularity->setToolTip(tr("Period of each bar. Auto picks days for up to 62 days, weeks "
                                 "for up to a year, months beyond."));
    m_granularity->adjustSize();
    placeControls();
}

void TimelineChart::setStats(const TaskStats &stats)
{
    m_resolved = stats.created.granularity;
    m_buckets = stats.created.buckets;
    retranslate();
    QChart *c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    QString title = tr("Tasks created per %1").arg(granularityName(m_resolved));
    if (stats.created.withoutTime > 0)
        title += QStringLiteral(" · ") +
                 tr("%n without a creation time", nullptr, stats.created.withoutTime);
    c->setTitle(title);

    // One bar set per state that occurs, in the spec's order, unknown states last.
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    PerStateCounts totals{};
    for (const TimeBucket &b : std::as_const(m_buckets))
        for (int s = 0; s < TaskStateCount; ++s)
            totals[size_t(s)] += b.byState[size_t(s)];
    QList<TaskState> order(knownTaskStates().cbegin(), knownTaskStates().cend());
    order.append(TaskState::Unknown);
    for (const TaskState state : order) {
        if (totals[size_t(state)] == 0)
            continue;
        auto *set =
            new QBarSet(state == TaskState::Unknown ? tr("Other states") : taskStateName(state));
        set->setProperty("stateCode", taskStateCode(state));
        set->setColor(stateColor(state));
        set->setBorderColor(stateColor(state));
        for (const TimeBucket &b : std::as_const(m_buckets))
            set->append(b.byState[size_t(state)]);
        series->append(set);
    }
    c->addSeries(series);

    // A category axis with labels on chosen bars, so long timelines stay readable.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(m_buckets.size());
    x->setRange(-0.5, std::max(0.5, n - 0.5));
    x->setStartValue(-0.5);
    const int step = std::max(1, (n + kMaxAxisLabels - 1) / kMaxAxisLabels);
    for (int i = 0; i < n; i += step)
        x->append(bucketLabel(m_buckets.at(i).startMs, m_resolved), i);
    x->setGridLineVisible(false);
    if (step > 1 || n > 10)
        x->setLabelsAngle(-45);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    int maxTotal = 0;
    for (const TimeBucket &b : std::as_const(m_buckets))
        maxTotal = std::max(maxTotal, b.total());
    y->setMax(std::max(1, maxTotal));
    y->applyNiceNumbers();
    y->setTitleText(tr("Tasks"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // 18 states do not fit in one row under the bars: list them on the right.
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    c->legend()->setFont(legendFont);
    styleChart(c, palette());

    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_buckets.size())
            emit createdRangeClicked(m_buckets.at(index).startMs, m_buckets.at(index).endMs - 1);
    });
    connect(series, &QStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                if (!status || index < 0 || index >= m_buckets.size()) {
                    showToolTip({});
                    return;
                }
                const TimeBucket &b = m_buckets.at(index);
                showToolTip(
                    tr("%1\n%2: %3 of %4 tasks created\nClick to show only the tasks created then.")
                        .arg(periodText(b, m_resolved), set->label(),
                             formatCount(qint64(set->at(index))), formatCount(b.total())));
            });
}

} // namespace vias::ui::charts
