// Names of the auth modes and the default service list.
#include "simulator/simoptions.h"

namespace vias::sim {

bool parseAuthMode(const QString &text, AuthMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none"))
        *mode = AuthMode::None;
    else if (t == QLatin1String("token"))
        *mode = AuthMode::Token;
    else if (t == QLatin1String("aksk"))
        *mode = AuthMode::AkSk;
    else if (t == QLatin1String("any"))
        *mode = AuthMode::Any;
    else
        return false;
    return true;
}

QString authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None:
        return QStringLiteral("none");
    case AuthMode::Token:
        return QStringLiteral("token");
    case AuthMode::AkSk:
        return QStringLiteral("aksk");
    case AuthMode::Any:
        return QStringLiteral("any");
    }
    return {};
}

QStringList defaultServices()
{
    return {QStringLiteral("c-face-edge"), QStringLiteral("c-vehicle-detection-cloud"),
            QStringLiteral("c-fire-exit-occupation-cloud"),
            QStringLiteral("c-safetysuitedetection-edge")};
}

} // namespace vias::sim
