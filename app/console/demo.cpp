#include "app/console/demo.h"

#include "api/auth/akskauth.h"
#include "simulator/simserver.h"

#include <QCoreApplication>

namespace vias::app {

DemoOptions DemoOptions::secondProject(const DemoOptions &first)
{
    DemoOptions o = first;
    o.taskCount = std::max(1, first.taskCount / 2);
    o.seed = first.seed + 1;
    o.projectId = QStringLiteral("0605f8aa21b24fd6a8e5d91f3e70a002");
    o.region = QStringLiteral("demo-east");
    o.second = true;
    return o;
}

Demo::Demo(const DemoOptions &options)
    : m_options(options)
{
    sim::SimOptions sim;
    if (!options.projectId.isEmpty())
        sim.projectId = options.projectId;
    sim.taskCount = options.taskCount;
    sim.seed = options.seed;
    sim.auth = sim::AuthMode::AkSk;
    sim.faults.latencyMs = options.latencyMs;
    sim.faults.jitterMs = options.latencyMs;
    sim.faults.churnPerMinute = options.churnPerMinute;
    m_server = std::make_unique<sim::SimServer>(sim);
    if (m_server->start(0) == 0)
        m_error = QCoreApplication::translate(
            "Demo", "The demo simulator could not listen on 127.0.0.1; another program may "
                    "block local ports.");
}

Demo::~Demo() = default;

bool Demo::isRunning() const
{
    return m_server && m_server->port() != 0;
}

ui::Connection Demo::connection() const
{
    ui::Connection c;
    c.name = m_options.second
                 ? QCoreApplication::translate("Demo", "Demo, second project (local simulator)")
                 : QCoreApplication::translate("Demo", "Demo (local simulator)");
    c.region = m_options.region.isEmpty() ? QStringLiteral("demo") : m_options.region;
    c.config.baseUrl = m_server->baseUrl();
    c.config.projectId = m_server->options().projectId;
    c.config.service = m_server->options().services.value(0, QStringLiteral("c-face-edge"));
    api::AkSkCredentials credentials;
    credentials.accessKey = m_server->options().accessKey;
    credentials.secretKey = m_server->options().secretKey;
    credentials.projectId = c.config.projectId;
    credentials.source = QCoreApplication::translate("Demo", "demo keys");
    c.makeAuth = [credentials] { return new api::AkSkAuthProvider(credentials); };
    return c;
}

} // namespace vias::app
