// The viasctl commands: `tasks list` (fetch all or one page, then write a
// table or an export) and `tasks get` (one task as JSON or a field table).
// Each runs an event loop until the API client is done and returns the exit
// status; data goes to stdout or --file, everything else to stderr.
#pragma once

#include "app/viasctl/options.h"

#include <QProcessEnvironment>

namespace vias::cli {

int runTasksList(const ListOptions &options, const QProcessEnvironment &env);
int runTasksGet(const GetOptions &options, const QProcessEnvironment &env);

} // namespace vias::cli
