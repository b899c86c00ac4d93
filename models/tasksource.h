// Where a row of the aggregated (several projects) view came from: the
// profile's display name, its project id and region. The task store keeps a
// source index per row; this is what the index points at.
#pragma once

#include <QString>

namespace vias {

struct TaskSource
{
    QString name;      // the profile name ("Production", "Demo (local simulator)")
    QString projectId; // the project the tasks were listed from
    QString region;    // "cn-north-4"; may be empty for a custom endpoint

    friend bool operator==(const TaskSource &, const TaskSource &) = default;
};

} // namespace vias
