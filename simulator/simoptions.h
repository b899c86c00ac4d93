// Start-up configuration of the local VIAS simulator (in-process SimServer
// and the vias-sim executable), with the demo defaults.
#pragma once

#include "simulator/faults.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vias::sim {

enum class AuthMode : quint8
{
    None,  // task endpoints need no credentials
    Token, // X-Auth-Token from POST /v3/auth/tokens
    AkSk,  // SDK-HMAC-SHA256 signature
    Any,   // token or AK/SK
};

// "none" | "token" | "aksk" | "any"; returns false on anything else.
bool parseAuthMode(const QString &text, AuthMode *mode);
QString authModeName(AuthMode mode);

inline constexpr char kDemoProjectId[] = "0605f8aa21b24fd6a8e5d91f3e70a001";
inline constexpr char kDemoProjectName[] = "cn-north-4";
inline constexpr char kDemoAccessKey[] = "DEMOAKVIASCONSOLE000";
inline constexpr char kDemoSecretKey[] = "demo-secret-key-for-the-local-simulator";
inline constexpr char kDemoUser[] = "demo";
inline constexpr char kDemoPassword[] = "demo-password";
inline constexpr char kDemoDomain[] = "demo";

// c-face-edge first (the primary service), then the other known services.
QStringList defaultServices();

struct SimOptions
{
    QString projectId = QString::fromLatin1(kDemoProjectId);
    QString projectName = QString::fromLatin1(kDemoProjectName); // IAM scope by name
    QStringList services = defaultServices(); // services.first() is the primary one

    // Generated data of the primary service.
    int taskCount = 1000;
    quint32 seed = 1;
    QDateTime referenceTime;        // invalid = the current time at construction
    int otherServiceTaskCount = 20; // tasks of every other service
    // When not empty: a list response served for the primary service instead
    // of generated data (tasks taken as-is).
    QByteArray listResponse;

    AuthMode auth = AuthMode::None;
    QByteArray accessKey = kDemoAccessKey;
    QByteArray secretKey = kDemoSecretKey;
    QString userName = QString::fromLatin1(kDemoUser);
    QString password = QString::fromLatin1(kDemoPassword);
    QString domainName = QString::fromLatin1(kDemoDomain);
    int tokenLifetimeSeconds = 24 * 3600;
    int maxClockSkewSeconds = 15 * 60; // X-Sdk-Date tolerance

    Faults faults;
    quint32 faultSeed = 7; // fault decisions are reproducible per run
};

} // namespace vias::sim
