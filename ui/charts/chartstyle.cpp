#include "ui/charts/chartstyle.h"

#include "ui/statestyle.h"

#include <QFont>
#include <QLocale>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLegend>

namespace vias::ui::charts {

void styleChart(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(gridColor(palette)));
    chart->setBackgroundRoundness(4);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(6, 2, 6, 2));
    chart->legend()->setLabelColor(text);
    chart->legend()->setBorderColor(Qt::transparent);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(gridColor(palette).darker(isDarkPalette(palette) ? 70 : 130));
        axis->setGridLineColor(gridColor(palette));
        axis->setShadesVisible(false);
    }
}

QColor gridColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(50);
    return c;
}

QColor warningColor()
{
    return stateColor(TaskState::Abnormal);
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString formatPercent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLocale().percent();
}

} // namespace vias::ui::charts
