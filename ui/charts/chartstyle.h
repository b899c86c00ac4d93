// Palette-driven styling and number formatting shared by the chart cards, so
// every chart reads in light and dark palettes and the exported images look
// like the screen.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QtCharts/QChart>

namespace vias::ui::charts {

// Background, title, legend and axis colours from the palette (no QChart
// theme: a theme would also repaint the series and lose the state colours).
void styleChart(QChart *chart, const QPalette &palette);
// A faint line colour for grids and borders.
QColor gridColor(const QPalette &palette);
// Colour for values outside the documented limits.
QColor warningColor();
// "1,234" in the current locale.
QString formatCount(qint64 n);
// "12.3%" (share in 0..1) in the current locale.
QString formatPercent(double share);

} // namespace vias::ui::charts
