// The simulator's IAM project list (GET /v3/projects?name=<region>), used by
// the profile dialog's "Look up project id": a token is required, the name
// filter selects the simulator's one project.
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>

using namespace vias;

class TestSimulatorProjects : public QObject
{
    Q_OBJECT

private:
    QByteArray signIn(test::SimFixture &sim, QNetworkAccessManager &network)
    {
        QNetworkRequest request(sim.tokensUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const test::HttpResult r =
            test::httpSend(network, request, "POST",
                           test::passwordLoginBody(QString::fromLatin1(sim::kDemoUser),
                                                   QString::fromLatin1(sim::kDemoPassword),
                                                   QString::fromLatin1(sim::kDemoDomain),
                                                   QString::fromLatin1(sim::kDemoProjectName)));
        if (r.status != 201)
            qWarning("sign-in answered %d", r.status);
        return r.header("X-Subject-Token");
    }

    QUrl projectsUrl(test::SimFixture &sim, const QString &name)
    {
        QUrl url = sim.baseUrl();
        url.setPath(QStringLiteral("/v3/projects"));
        if (!name.isNull())
            url.setQuery(QStringLiteral("name=") + name);
        return url;
    }

private slots:
    void listsTheProjectByRegionName()
    {
        test::SimFixture sim;
        QVERIFY(sim.isRunning());
        QNetworkAccessManager network;
        const QByteArray token = signIn(sim, network);
        QVERIFY(!token.isEmpty());
        QNetworkRequest request(projectsUrl(sim, QStringLiteral("cn-north-4")));
        request.setRawHeader("X-Auth-Token", token);
        const test::HttpResult r = test::httpSend(network, request);
        QCOMPARE(r.status, 200);
        const QJsonArray projects =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.at(0).toObject().value(QLatin1String("id")).toString(), sim.projectId());
        QCOMPARE(projects.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("cn-north-4"));
    }

    void otherNameGivesAnEmptyList()
    {
        test::SimFixture sim;
        QNetworkAccessManager network;
        const QByteArray token = signIn(sim, network);
        QNetworkRequest request(projectsUrl(sim, QStringLiteral("ap-southeast-1")));
        request.setRawHeader("X-Auth-Token", token);
        const test::HttpResult r = test::httpSend(network, request);
        QCOMPARE(r.status, 200);
        QVERIFY(QJsonDocument::fromJson(r.body)
                    .object()
                    .value(QLatin1String("projects"))
                    .toArray()
                    .isEmpty());
    }

    void noNameListsAll()
    {
        test::SimFixture sim;
        QNetworkAccessManager network;
        const QByteArray token = signIn(sim, network);
        QNetworkRequest request(projectsUrl(sim, QString()));
        request.setRawHeader("X-Auth-Token", token);
        const test::HttpResult r = test::httpSend(network, request);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                     .object()
                     .value(QLatin1String("projects"))
                     .toArray()
                     .size(),
                 1);
    }

    void tokenIsRequired()
    {
        test::SimFixture sim;
        QNetworkAccessManager network;
        const test::HttpResult missing = test::httpGet(network, projectsUrl(sim, QString()));
        QCOMPARE(missing.status, 401);
        QNetworkRequest request(projectsUrl(sim, QString()));
        request.setRawHeader("X-Auth-Token", "not-a-token");
        QCOMPARE(test::httpSend(network, request).status, 401);
    }

    void onlyGet()
    {
        test::SimFixture sim;
        QNetworkAccessManager network;
        QNetworkRequest request(projectsUrl(sim, QString()));
        QCOMPARE(test::httpSend(network, request, "POST", "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorProjects)
#include "tst_simulator_projects.moc"
