// viasctl's exit statuses (documented in docs/VIASCTL.md, EXIT STATUS), and
// the mapping from an API error to one of them, so scripts can tell "fix the
// command" from "fix the credentials" from "try again later".
#pragma once

#include "api/apierror.h"

namespace vias::cli {

enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 2,   // bad flag, bad value, missing credentials or settings
    ExitAuth = 3,    // 401/403: authentication or permission refused
    ExitApi = 4,     // any other API error, a body that is not the documented JSON
    ExitNetwork = 5, // connection, timeout or TLS failure
    ExitOutput = 6,  // the output could not be written
};

int exitCodeFor(const api::ApiError &error);

} // namespace vias::cli
