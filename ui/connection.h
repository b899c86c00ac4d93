// What the main window needs to talk to one VIAS project: a display name,
// the client settings, and how to make the auth provider (credentials stay
// inside the factory, never in settings).
#pragma once

#include "api/auth/authprovider.h"
#include "api/clientconfig.h"
#include "api/taskpager.h"

#include <QString>

#include <functional>

namespace vias::ui {

struct Connection
{
    QString name;   // "Demo (local simulator)", a profile name
    QString region; // "cn-north-4"; used in export file names
    api::ClientConfig config;
    api::FetchOptions fetch;
    std::function<api::AuthProvider *()> makeAuth; // may be empty: no authentication
};

} // namespace vias::ui
