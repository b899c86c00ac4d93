#include "models/taskstate.h"

#include <QCoreApplication>

namespace vias {
namespace {

struct StateInfo
{
    TaskState state;
    const char *code;
    const char *name;
    const char *meaning;
};

// Names and meanings go through tr() at the point of use (QT_TRANSLATE_NOOP).
constexpr StateInfo kStates[] = {
    {TaskState::Pending, "PENDING", QT_TRANSLATE_NOOP("TaskState", "Pending"),
     QT_TRANSLATE_NOOP("TaskState", "Queued, no resources assigned yet.")},
    {TaskState::Recovering, "RECOVERING", QT_TRANSLATE_NOOP("TaskState", "Recovering"),
     QT_TRANSLATE_NOOP("TaskState", "Being restored.")},
    {TaskState::Starting, "STARTING", QT_TRANSLATE_NOOP("TaskState", "Starting"),
     QT_TRANSLATE_NOOP("TaskState", "Starting up.")},
    {TaskState::Upgrading, "UPGRADING", QT_TRANSLATE_NOOP("TaskState", "Upgrading"),
     QT_TRANSLATE_NOOP("TaskState", "Being upgraded.")},
    {TaskState::CreateFailed, "CREATE_FAILED", QT_TRANSLATE_NOOP("TaskState", "Create failed"),
     QT_TRANSLATE_NOOP("TaskState", "Creation failed; check the task's error detail.")},
    {TaskState::StartFailed, "START_FAILED", QT_TRANSLATE_NOOP("TaskState", "Start failed"),
     QT_TRANSLATE_NOOP("TaskState", "Start failed; check the edge node and the cameras.")},
    {TaskState::Running, "RUNNING", QT_TRANSLATE_NOOP("TaskState", "Running"),
     QT_TRANSLATE_NOOP("TaskState", "Running normally.")},
    {TaskState::Stopping, "STOPPING", QT_TRANSLATE_NOOP("TaskState", "Stopping"),
     QT_TRANSLATE_NOOP("TaskState", "Stopping.")},
    {TaskState::Stopped, "STOPPED", QT_TRANSLATE_NOOP("TaskState", "Stopped"),
     QT_TRANSLATE_NOOP("TaskState", "Stopped.")},
    {TaskState::Abnormal, "ABNORMAL", QT_TRANSLATE_NOOP("TaskState", "Abnormal"),
     QT_TRANSLATE_NOOP("TaskState", "Running abnormally; it may recover by itself.")},
    {TaskState::Succeeded, "SUCCEEDED", QT_TRANSLATE_NOOP("TaskState", "Succeeded"),
     QT_TRANSLATE_NOOP("TaskState", "Finished successfully.")},
    {TaskState::Failed, "FAILED", QT_TRANSLATE_NOOP("TaskState", "Failed"),
     QT_TRANSLATE_NOOP("TaskState", "The run failed.")},
    {TaskState::Deleting, "DELETING", QT_TRANSLATE_NOOP("TaskState", "Deleting"),
     QT_TRANSLATE_NOOP("TaskState", "Being deleted.")},
    {TaskState::Freezing, "FREEZING", QT_TRANSLATE_NOOP("TaskState", "Freezing"),
     QT_TRANSLATE_NOOP("TaskState", "Being frozen because the account is in arrears.")},
    {TaskState::Frozen, "FROZEN", QT_TRANSLATE_NOOP("TaskState", "Frozen"),
     QT_TRANSLATE_NOOP("TaskState", "Frozen; it can be restarted after the account is topped up.")},
    {TaskState::Scheduling, "SCHEDULING", QT_TRANSLATE_NOOP("TaskState", "Scheduling"),
     QT_TRANSLATE_NOOP("TaskState", "Waiting to be scheduled onto resources.")},
    {TaskState::LackOfResources, "LACK_OF_RESOURCES",
     QT_TRANSLATE_NOOP("TaskState", "Lack of resources"),
     QT_TRANSLATE_NOOP("TaskState", "Not enough resources to run; free or add capacity.")},
};
static_assert(std::size(kStates) == TaskStateCount - 1);

const StateInfo *infoFor(TaskState state)
{
    const int i = static_cast<int>(state) - 1;
    if (i < 0 || i >= static_cast<int>(std::size(kStates)))
        return nullptr;
    return &kStates[i];
}

} // namespace

const std::array<TaskState, TaskStateCount - 1> &knownTaskStates()
{
    static const auto states = [] {
        std::array<TaskState, TaskStateCount - 1> all{};
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = kStates[i].state;
        return all;
    }();
    return states;
}

QString taskStateCode(TaskState state)
{
    const StateInfo *info = infoFor(state);
    return info ? QString::fromLatin1(info->code) : QString();
}

TaskState taskStateFromCode(QStringView code)
{
    for (const StateInfo &info : kStates) {
        if (code == QLatin1StringView(info.code))
            return info.state;
    }
    return TaskState::Unknown;
}

QString taskStateName(TaskState state)
{
    const StateInfo *info = infoFor(state);
    return info ? QCoreApplication::translate("TaskState", info->name)
                : QCoreApplication::translate("TaskState", "Unknown");
}

QString taskStateMeaning(TaskState state)
{
    const StateInfo *info = infoFor(state);
    return info ? QCoreApplication::translate("TaskState", info->meaning)
                : QCoreApplication::translate(
                      "TaskState", "A state this console does not know; shown as the server sent it.");
}

bool isUnhealthyState(TaskState state)
{
    switch (state) {
    case TaskState::Abnormal:
    case TaskState::Failed:
    case TaskState::StartFailed:
    case TaskState::CreateFailed:
    case TaskState::Frozen:
    case TaskState::LackOfResources:
        return true;
    default:
        return false;
    }
}

} // namespace vias
