// SimFixture and the blocking HTTP helper for tests.
#include "tests/support/simfixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace vias::test {

QDateTime simReferenceTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

sim::SimOptions SimFixture::defaultOptions(int taskCount)
{
    sim::SimOptions options;
    options.taskCount = taskCount;
    options.seed = 42;
    options.referenceTime = simReferenceTime();
    options.otherServiceTaskCount = 5;
    return options;
}

SimFixture::SimFixture(sim::SimOptions options)
    : m_server(std::make_unique<sim::SimServer>(std::move(options)))
{
    if (m_server->start(0) == 0)
        qWarning("SimFixture: cannot listen on 127.0.0.1");
}

SimFixture::~SimFixture() = default;

QUrl SimFixture::tasksUrl(const QUrlQuery &query, const QString &service) const
{
    QUrl url = baseUrl();
    const QString name = service.isEmpty() ? m_server->options().services.constFirst() : service;
    url.setPath(QStringLiteral("/v2/%1/services/%2/tasks").arg(projectId(), name));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl SimFixture::taskUrl(const QString &taskId, const QString &service) const
{
    QUrl url = tasksUrl({}, service);
    url.setPath(url.path() + QLatin1Char('/') + taskId);
    return url;
}

QUrl SimFixture::tokensUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/v3/auth/tokens"));
    return url;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key.toLower() == lower)
            return value;
    }
    return {};
}

HttpResult httpSend(QNetworkAccessManager &manager, const QNetworkRequest &request,
                    const QByteArray &verb, const QByteArray &body, int timeoutMs)
{
    HttpResult result;
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&result, &loop]() {
        result.timedOut = true;
        loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (result.timedOut)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult httpGet(QNetworkAccessManager &manager, const QUrl &url, int timeoutMs)
{
    return httpSend(manager, QNetworkRequest(url), "GET", {}, timeoutMs);
}

QByteArray passwordLoginBody(const QString &user, const QString &password, const QString &domain,
                             const QString &projectName)
{
    const QJsonObject userObject{
        {QStringLiteral("name"), user},
        {QStringLiteral("password"), password},
        {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}}};
    const QJsonObject identity{
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), userObject}}}};
    const QJsonObject auth{{QStringLiteral("identity"), identity},
                           {QStringLiteral("scope"),
                            QJsonObject{{QStringLiteral("project"),
                                         QJsonObject{{QStringLiteral("name"), projectName}}}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}})
        .toJson(QJsonDocument::Compact);
}

} // namespace vias::test
