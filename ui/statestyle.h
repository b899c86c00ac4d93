// Colours for task states, shared by the table's badges and the charts so
// one state always has one colour. Unhealthy states use warm, saturated hues.
#pragma once

#include "models/taskstate.h"

#include <QColor>
#include <QPalette>

namespace vias::ui {

// The badge / slice colour of a state (Unknown: a neutral grey).
QColor stateColor(TaskState state);
// Text colour that reads on stateColor(state).
QColor stateTextColor(TaskState state);
// A colour for the n-th item of a qualitative series (edge pools, regions).
QColor seriesColor(int n);
// True when the palette is dark (window background darker than its text).
bool isDarkPalette(const QPalette &palette);

} // namespace vias::ui
