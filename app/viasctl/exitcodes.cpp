// Exit statuses of viasctl (see exitcodes.h).
#include "app/viasctl/exitcodes.h"

namespace vias::cli {

int exitCodeFor(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::None:
        return ExitOk;
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Tls:
        return ExitNetwork;
    case api::ApiError::Kind::Http:
        return error.httpStatus == 401 || error.httpStatus == 403 ? ExitAuth : ExitApi;
    case api::ApiError::Kind::Validation:
    case api::ApiError::Kind::Config:
        return ExitUsage;
    case api::ApiError::Kind::Parse:
    case api::ApiError::Kind::SizeCap:
    case api::ApiError::Kind::Cancelled:
        return ExitApi;
    }
    return ExitApi;
}

} // namespace vias::cli
