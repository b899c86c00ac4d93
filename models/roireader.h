// Internal to models/: reading target_roi from a task already parsed by
// simdjson, without converting it to QJsonValue first.
#pragma once

#include "models/jsondom.h"
#include "models/roi.h"

namespace vias {

// The same result and warnings as parseRoi() for the equivalent QJsonValue.
Roi parseRoiElement(
    jsondom::Element value, TaskWarnings *warnings,
    const QString &fieldPrefix = QStringLiteral("service_config.common.target_roi"));

// The same warnings as parseRoiElement(), without keeping the shapes: what a
// loaded task holds of its ROI.
RoiSummary
checkRoiElement(jsondom::Element value, TaskWarnings *warnings,
                const QString &fieldPrefix = QStringLiteral("service_config.common.target_roi"));

} // namespace vias
