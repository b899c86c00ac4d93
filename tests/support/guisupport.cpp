#include "tests/support/guisupport.h"

#include "api/auth/akskauth.h"

namespace vias::test {

ui::Connection connectionTo(SimFixture &sim)
{
    ui::Connection c;
    c.name = QStringLiteral("test");
    c.config.baseUrl = sim.baseUrl();
    c.config.projectId = sim.projectId();
    c.config.retry.baseDelayMs = 20;
    c.config.retry.maxDelayMs = 50;
    c.config.retry.maxRetries = 1;
    api::AkSkCredentials credentials;
    credentials.accessKey = sim.server().options().accessKey;
    credentials.secretKey = sim.server().options().secretKey;
    c.makeAuth = [credentials] { return new api::AkSkAuthProvider(credentials); };
    return c;
}

} // namespace vias::test
