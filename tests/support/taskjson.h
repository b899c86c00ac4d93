// Task JSON fixtures shared by the parser and ROI suites: the documented
// example task, patched one field at a time, and checks on parsed warnings.
#pragma once

#include "models/task.h"

#include <QJsonObject>
#include <QJsonValue>

namespace vias::test {

// The first task of tests/data/c-face-edge-list.json: every documented field.
QJsonObject exampleTask();
// `task` with service_config.common.target_roi set to `roi`, or removed when
// `roi` is undefined.
QJsonObject withTargetRoi(QJsonObject task, const QJsonValue &roi);
// parseTask() of the object's compact JSON.
Task parseObject(const QJsonObject &task);
bool hasWarning(const Task &task, TaskWarning::Kind kind, const QString &field);
// Every warning's text, one a line: for failure messages.
QString warningsText(const Task &task);

} // namespace vias::test
