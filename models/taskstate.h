// The lifecycle states of a VIAS task (spec section 4), with their codes,
// translated names and meanings. Unknown codes survive as TaskState::Unknown
// plus the server's text, so they display as themselves.
#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace vias {

enum class TaskState : quint8 {
    Unknown = 0,
    Pending,
    Recovering,
    Starting,
    Upgrading,
    CreateFailed,
    StartFailed,
    Running,
    Stopping,
    Stopped,
    Abnormal,
    Succeeded,
    Failed,
    Deleting,
    Freezing,
    Frozen,
    Scheduling,
    LackOfResources,
    Count_ // sentinel
};

inline constexpr int TaskStateCount = static_cast<int>(TaskState::Count_);

// Every known state, in the spec's order (Unknown excluded).
const std::array<TaskState, TaskStateCount - 1> &knownTaskStates();

// "RUNNING" for TaskState::Running; empty for Unknown.
QString taskStateCode(TaskState state);
// The state for a code such as "RUNNING" (exact, upper case); Unknown otherwise.
TaskState taskStateFromCode(QStringView code);
// Translated short name ("Running" / "运行中").
QString taskStateName(TaskState state);
// Translated one-line meaning from the spec.
QString taskStateMeaning(TaskState state);
// States an operator must look at: ABNORMAL, FAILED, START_FAILED,
// CREATE_FAILED, FROZEN, LACK_OF_RESOURCES.
bool isUnhealthyState(TaskState state);

} // namespace vias
