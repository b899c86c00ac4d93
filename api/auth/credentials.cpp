// Credentials from the HUAWEICLOUD_SDK_* environment and the INI file the
// Huawei Cloud SDKs and CLI read.
#include "api/auth/credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vias::api {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vias::api::Credentials)
};

QByteArray unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

QString AkSkCredentials::maskedAccessKey() const
{
    if (accessKey.isEmpty())
        return {};
    return QString::fromLatin1(accessKey.left(qMin<qsizetype>(4, accessKey.size() / 2))) +
           QStringLiteral("…");
}

QString defaultCredentialsFilePath()
{
    return QDir::homePath() + QStringLiteral("/.huaweicloud/credentials");
}

std::optional<AkSkCredentials> credentialsFromEnvironment(const QProcessEnvironment &env)
{
    AkSkCredentials c;
    c.accessKey = env.value(QStringLiteral("HUAWEICLOUD_SDK_AK")).trimmed().toUtf8();
    c.secretKey = env.value(QStringLiteral("HUAWEICLOUD_SDK_SK")).trimmed().toUtf8();
    c.projectId = env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID")).trimmed();
    c.securityToken =
        env.value(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN")).trimmed().toUtf8();
    if (!c.isComplete())
        return std::nullopt;
    c.source = Tr::tr("environment variables");
    return c;
}

CredentialsResult parseCredentialsFile(const QByteArray &text, const QString &path)
{
    CredentialsResult result;
    AkSkCredentials c;
    QByteArray section;
    bool sawBasic = false;
    int lineNo = 0;
    for (QByteArray line : text.split('\n')) {
        ++lineNo;
        line = line.trimmed(); // also drops a CR
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3).trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[')) {
            const qsizetype close = line.indexOf(']');
            section = (close > 0 ? line.mid(1, close - 1) : line.mid(1)).trimmed().toLower();
            sawBasic = sawBasic || section == "basic";
            continue;
        }
        if (section != "basic")
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) {
            result.error = Tr::tr("Line %1 of the credentials file %2 is not \"name = value\".")
                               .arg(lineNo)
                               .arg(path);
            return result;
        }
        const QByteArray key = line.left(eq).trimmed().toLower();
        const QByteArray value = unquote(line.mid(eq + 1));
        if (key == "ak")
            c.accessKey = value;
        else if (key == "sk")
            c.secretKey = value;
        else if (key == "project_id" || key == "projectid")
            c.projectId = QString::fromUtf8(value);
        else if (key == "security_token" || key == "securitytoken")
            c.securityToken = value;
    }
    if (!sawBasic) {
        result.error = Tr::tr("The credentials file %1 has no [basic] section. It should "
                              "contain [basic] followed by ak = ..., sk = ... and "
                              "project_id = ... lines.")
                           .arg(path);
        return result;
    }
    if (!c.isComplete()) {
        result.error = Tr::tr("The [basic] section of the credentials file %1 lacks ak or sk. "
                              "Add both keys, as created under My Credentials > Access Keys.")
                           .arg(path);
        return result;
    }
    c.source = Tr::tr("credentials file %1").arg(path);
    result.credentials = c;
    return result;
}

CredentialsResult credentialsFromFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        CredentialsResult r;
        r.error = Tr::tr("No credentials file at %1.").arg(path);
        return r;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        CredentialsResult r;
        r.error = Tr::tr("The credentials file %1 cannot be read: %2. Check its permissions.")
                      .arg(path, file.errorString());
        return r;
    }
    // A credentials file is a few hundred bytes; refuse something absurd.
    return parseCredentialsFile(file.read(1024 * 1024), path);
}

CredentialsResult resolveCredentials(const QProcessEnvironment &env, const QString &filePath)
{
    CredentialsResult result;
    if (auto fromEnv = credentialsFromEnvironment(env)) {
        result.credentials = fromEnv;
        return result;
    }
    const QString path = filePath.isEmpty() ? defaultCredentialsFilePath() : filePath;
    result = credentialsFromFile(path);
    if (result.credentials) {
        const QString envProject =
            env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID")).trimmed();
        if (result.credentials->projectId.isEmpty())
            result.credentials->projectId = envProject;
        return result;
    }
    result.error = Tr::tr("No AK/SK credentials found: HUAWEICLOUD_SDK_AK and "
                          "HUAWEICLOUD_SDK_SK are not both set, and %1")
                       .arg(result.error);
    return result;
}

} // namespace vias::api
