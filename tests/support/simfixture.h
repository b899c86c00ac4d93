// Test fixture: an in-process SimServer on 127.0.0.1 for suites that need
// the VIAS API (API client, pager, GUI, simulator tests), plus a blocking
// HTTP helper that spins the caller's event loop, so client and server can
// share one thread.
#pragma once

#include "simulator/simserver.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace vias::test {

// A fixed reference time so generated data is the same in every run.
QDateTime simReferenceTime(); // 2026-01-01T00:00:00Z

class SimFixture final
{
public:
    // Small, deterministic defaults: 300 tasks, seed 42, simReferenceTime().
    static sim::SimOptions defaultOptions(int taskCount = 300);

    explicit SimFixture(sim::SimOptions options = defaultOptions());
    ~SimFixture();
    SimFixture(const SimFixture &) = delete;
    SimFixture &operator=(const SimFixture &) = delete;

    bool isRunning() const { return m_server->port() != 0; }
    sim::SimServer &server() { return *m_server; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    QString projectId() const { return m_server->options().projectId; }
    // baseUrl + /v2/{project}/services/{service}/tasks[?query]
    QUrl tasksUrl(const QUrlQuery &query = {}, const QString &service = {}) const;
    QUrl taskUrl(const QString &taskId, const QString &service = {}) const;
    QUrl tokensUrl() const; // baseUrl + /v3/auth/tokens

private:
    std::unique_ptr<sim::SimServer> m_server;
};

struct HttpResult
{
    int status = 0; // 0 when no HTTP status arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// Sends a request and waits (event loop) up to timeoutMs for the reply.
HttpResult httpSend(QNetworkAccessManager &manager, const QNetworkRequest &request,
                    const QByteArray &verb = "GET", const QByteArray &body = {},
                    int timeoutMs = 15000);
HttpResult httpGet(QNetworkAccessManager &manager, const QUrl &url, int timeoutMs = 15000);

// The JSON body of POST /v3/auth/tokens for a password login.
QByteArray passwordLoginBody(const QString &user, const QString &password, const QString &domain,
                             const QString &projectName);

} // namespace vias::test
