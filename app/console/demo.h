// The built-in demo: an in-process VIAS simulator on 127.0.0.1 with
// realistic tasks, and the connection that reaches it with the demo AK/SK,
// so the console works with no cloud account.
#pragma once

#include "ui/connection.h"

#include <memory>

namespace vias::sim {
class SimServer;
}

namespace vias::app {

struct DemoOptions
{
    int taskCount = 5000;
    quint32 seed = 2024;
    int latencyMs = 15;        // a little, so loading looks like a network
    double churnPerMinute = 6; // tasks change state now and then between refreshes
    // Which demo project: empty means the first one (the simulator's default
    // project, region "demo"). secondProject() gives the other one.
    QString projectId;
    QString region;
    bool second = false; // named "Demo, second project"

    // The second demo project for the aggregated view: another simulator with
    // its own project id, region and tasks.
    static DemoOptions secondProject(const DemoOptions &first);
};

class Demo final
{
public:
    explicit Demo(const DemoOptions &options = {});
    ~Demo();
    Demo(const Demo &) = delete;
    Demo &operator=(const Demo &) = delete;

    bool isRunning() const;
    QString errorString() const { return m_error; }
    // A connection to the running simulator (AK/SK with the demo keys).
    ui::Connection connection() const;

private:
    std::unique_ptr<sim::SimServer> m_server;
    DemoOptions m_options;
    QString m_error;
};

} // namespace vias::app
