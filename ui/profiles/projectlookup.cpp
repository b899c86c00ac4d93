// ProjectLookup: IAM sign-in (domain scope) then the project list by name.
#include "ui/profiles/projectlookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace vias::ui {

namespace {

constexpr int kTimeoutMs = 30000;

QUrl withPath(QUrl url, const QString &path)
{
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString serverMessage(QNetworkReply *reply, const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QString message = root.value(QLatin1String("error_msg")).toString();
    if (message.isEmpty())
        message = root.value(QLatin1String("error"))
                      .toObject()
                      .value(QLatin1String("message"))
                      .toString();
    if (message.isEmpty())
        message = reply->errorString();
    return message;
}

} // namespace

ProjectLookup::ProjectLookup(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ProjectLookup::~ProjectLookup()
{
    cancel();
}

void ProjectLookup::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ProjectLookup::start(const QUrl &iamUrl, const QString &user, const QByteArray &password,
                          const QString &domain, const QString &region)
{
    cancel();
    m_iamUrl = iamUrl;
    m_region = region;
    const QJsonObject passwordUser{
        {QStringLiteral("name"), user},
        {QStringLiteral("password"), QString::fromUtf8(password)},
        {QStringLiteral("domain"),
         QJsonObject{{QStringLiteral("name"), domain.isEmpty() ? user : domain}}}};
    const QJsonObject body{
        {QStringLiteral("auth"),
         QJsonObject{
             {QStringLiteral("identity"),
              QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                          {QStringLiteral("password"),
                           QJsonObject{{QStringLiteral("user"), passwordUser}}}}},
             {QStringLiteral("scope"),
              QJsonObject{
                  {QStringLiteral("domain"),
                   QJsonObject{{QStringLiteral("name"), domain.isEmpty() ? user : domain}}}}}}}};
    QNetworkRequest request(withPath(iamUrl, QStringLiteral("/v3/auth/tokens")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/json;charset=utf8"));
    request.setTransferTimeout(kTimeoutMs);
    m_reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, &ProjectLookup::onSignedIn);
}

void ProjectLookup::onSignedIn()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray token = reply->rawHeader("X-Subject-Token");
    if (status != 201 && status != 200) {
        fail(status == 401 ? tr("IAM refused the sign-in: %1. Check the user name, password and "
                                "account name.")
                                 .arg(serverMessage(reply, body))
                           : tr("IAM sign-in failed: %1. Check the IAM endpoint and the network.")
                                 .arg(serverMessage(reply, body)));
        return;
    }
    if (token.isEmpty()) {
        fail(tr("IAM answered without a token (no X-Subject-Token header). Check the IAM "
                "endpoint."));
        return;
    }
    QUrl url = withPath(m_iamUrl, QStringLiteral("/v3/projects"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), m_region);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", token);
    request.setTransferTimeout(kTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ProjectLookup::onProjects);
}

void ProjectLookup::onProjects()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(tr("Listing the projects failed: %1. The IAM user may lack permission to list "
                "projects; copy the project id from the console's My Credentials page instead.")
                 .arg(serverMessage(reply, body)));
        return;
    }
    const QJsonArray projects =
        QJsonDocument::fromJson(body).object().value(QLatin1String("projects")).toArray();
    for (const QJsonValue &v : projects) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("name")).toString() == m_region) {
            Q_EMIT finished(p.value(QLatin1String("id")).toString(), QString());
            return;
        }
    }
    fail(tr("No project named %1 was found for this account. Check the region, or copy the "
            "project id from the console's My Credentials page.")
             .arg(m_region));
}

void ProjectLookup::fail(const QString &error)
{
    Q_EMIT finished(QString(), error);
}

} // namespace vias::ui
