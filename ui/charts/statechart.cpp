#include "ui/charts/statechart.h"

#include "ui/charts/chartstyle.h"
#include "ui/statestyle.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QPieLegendMarker>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

namespace vias::ui::charts {
namespace {

// Slices below this share get no label on the chart (the legend has them all).
constexpr double kMinLabelledShare = 0.04;

QString stateName(const StateCount &sc)
{
    if (sc.state != TaskState::Unknown)
        return taskStateName(sc.state);
    return sc.code.isEmpty() ? StateChart::tr("(no state)") : sc.code;
}

} // namespace

StateChart::StateChart(QWidget *parent)
    : ChartCard(QStringLiteral("stateChart"), parent)
{
    view()->setMinimumHeight(460); // room for a legend of up to 18 states and a few unknown ones
}

void StateChart::setStats(const TaskStats &stats)
{
    QChart *c = chart();
    c->removeAllSeries();
    c->setTitle(tr("Tasks by state (%1)").arg(formatCount(stats.total)));
    const QPalette pal = palette();
    auto *series = new QPieSeries;
    series->setHoleSize(0.42);
    series->setPieSize(0.6);
    for (const StateCount &sc : stats.byState) {
        if (sc.count == 0)
            continue;
        const double share = stats.total > 0 ? double(sc.count) / stats.total : 0.0;
        auto *slice =
            series->append(tr("%1 %2").arg(stateName(sc), formatPercent(share)), sc.count);
        // Tests and the click handler read the code from the slice.
        slice->setProperty("stateCode", sc.code);
        slice->setColor(stateColor(sc.state));
        slice->setBorderColor(pal.color(QPalette::Base));
        slice->setLabelColor(pal.color(QPalette::Text));
        slice->setLabelArmLengthFactor(0.12);
        slice->setLabelVisible(share >= kMinLabelledShare);
        if (isUnhealthyState(sc.state)) {
            slice->setExploded(true);
            slice->setExplodeDistanceFactor(0.08);
        }
    }
    c->addSeries(series);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    c->legend()->setFont(legendFont);
    // The legend lists every state with its count; slice labels stay short.
    const auto markers = c->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        auto *pie = qobject_cast<QPieLegendMarker *>(marker);
        if (!pie)
            continue;
        const QString code = pie->slice()->property("stateCode").toString();
        const TaskState state = taskStateFromCode(code);
        const StateCount sc{state, code, int(pie->slice()->value())};
        marker->setLabel(tr("%1: %2 (%3)")
                             .arg(stateName(sc), formatCount(sc.count),
                                  formatPercent(pie->slice()->percentage())));
    }
    styleChart(c, pal);

    connect(series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        emit stateClicked(slice->property("stateCode").toString());
    });
    const int total = stats.total;
    connect(series, &QPieSeries::hovered, this, [this, total](QPieSlice *slice, bool state) {
        if (!state) {
            showToolTip({});
            return;
        }
        const QString code = slice->property("stateCode").toString();
        const StateCount sc{taskStateFromCode(code), code, int(slice->value())};
        QString text =
            tr("%1 (%2): %3 of %4 tasks, %5")
                .arg(stateName(sc), code.isEmpty() ? tr("none") : code, formatCount(sc.count),
                     formatCount(total), formatPercent(slice->percentage()));
        if (sc.state != TaskState::Unknown)
            text += QLatin1Char('\n') + taskStateMeaning(sc.state);
        text += QLatin1Char('\n') + tr("Click to show only these tasks.");
        showToolTip(text);
    });
}

} // namespace vias::ui::charts
