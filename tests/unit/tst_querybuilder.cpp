// TaskQuery validation and its mapping to query parameters, including the
// encoding the signer expects and the client's URL building.
#include "api/apiclient.h"
#include "api/taskquery.h"

#include <QTest>

using namespace vias::api;

class TestQueryBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid() { QVERIFY(!validateQuery(TaskQuery{}).isError()); }

    void rejectsBeforeSending_data()
    {
        QTest::addColumn<TaskQuery>("query");
        QTest::addColumn<QString>("mentions");
        TaskQuery q;
        q.limit = 101;
        QTest::newRow("limit>100") << q << QStringLiteral("101");
        q = {};
        q.limit = 0;
        QTest::newRow("limit<1") << q << QStringLiteral("page size");
        q = {};
        q.offset = 0;
        QTest::newRow("offset<1") << q << QStringLiteral("start position");
        q = {};
        q.offset = 100001;
        QTest::newRow("offset>100000") << q << QStringLiteral("100001");
        q = {};
        q.orderField = QStringLiteral("state");
        QTest::newRow("bad order") << q << QStringLiteral("\"state\"");
        q = {};
        q.serviceVersion = QStringLiteral("3");
        QTest::newRow("version no dot") << q << QStringLiteral("major.minor");
        q.serviceVersion = QStringLiteral("1234.0");
        QTest::newRow("version 4 digits") << q << QStringLiteral("1234.0");
        q.serviceVersion = QStringLiteral("3.0 ");
        QTest::newRow("version trailing space") << q << QStringLiteral("3.0");
        q = {};
        q.createdSinceMs = 2000;
        q.createdUntilMs = 1000;
        QTest::newRow("since>until") << q << QStringLiteral("Swap");
        q = {};
        q.states = {QStringLiteral("running")};
        QTest::newRow("lower-case state") << q << QStringLiteral("running");
    }
    void rejectsBeforeSending()
    {
        QFETCH(TaskQuery, query);
        QFETCH(QString, mentions);
        const ApiError e = validateQuery(query);
        QCOMPARE(e.kind, ApiError::Kind::Validation);
        QVERIFY2(e.userMessage().contains(mentions), qPrintable(e.userMessage()));
    }

    void acceptsBoundaries()
    {
        TaskQuery q;
        q.limit = 100;
        q.offset = 100000;
        q.serviceVersion = QStringLiteral("123.456");
        q.orderField = QStringLiteral("updated_at");
        q.createdSinceMs = 5;
        q.createdUntilMs = 5;
        q.states = {QStringLiteral("RUNNING"), QStringLiteral("LACK_OF_RESOURCES"),
                    QStringLiteral("SOME_FUTURE_STATE")};
        QVERIFY(!validateQuery(q).isError());
        q.limit = 1;
        q.offset = 1;
        QVERIFY(!validateQuery(q).isError());
    }

    void pagingIgnoredForFetchAll()
    {
        TaskQuery q;
        q.limit = 5000;
        QVERIFY(validateQuery(q, true).isError());
        QVERIFY(!validateQuery(q, false).isError());
    }

    void mapsToDocumentedParameters()
    {
        TaskQuery q;
        q.nameLike = QStringLiteral("gate a+b");
        q.idLike = QStringLiteral("ab12");
        q.createdSinceMs = 1700000000000;
        q.createdUntilMs = 1700000999000;
        q.serviceVersion = QStringLiteral("3.0");
        q.orderField = QStringLiteral("name");
        q.orderDirection = SortDirection::Ascending;
        const QUrlQuery uq = buildUrlQuery(q, QStringLiteral("RUNNING"), 101, 100);
        QCOMPARE(uq.queryItemValue(QStringLiteral("order")), QStringLiteral("name:ASC"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("state")), QStringLiteral("RUNNING"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("service_version")), QStringLiteral("3.0"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("offset")), QStringLiteral("101"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("created_since")),
                 QStringLiteral("1700000000000"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("created_until")),
                 QStringLiteral("1700000999000"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("name_like"), QUrl::FullyDecoded),
                 QStringLiteral("gate a+b"));
        QCOMPARE(uq.queryItemValue(QStringLiteral("id_like")), QStringLiteral("ab12"));
        // Space and '+' both percent-encoded: the server cannot read '+' as a space.
        QCOMPARE(encodeQuery(uq),
                 QByteArray("order=name%3AASC&state=RUNNING&service_version=3.0&offset=101&"
                            "limit=100&created_since=1700000000000&created_until=1700000999000&"
                            "name_like=gate%20a%2Bb&id_like=ab12"));
    }

    void omitsWhatIsUnset()
    {
        const QUrlQuery uq = buildUrlQuery(TaskQuery{}, {}, std::nullopt, std::nullopt);
        QVERIFY(uq.isEmpty());
        // offset and limit only together
        QVERIFY(buildUrlQuery(TaskQuery{}, {}, 1, std::nullopt).isEmpty());
        QCOMPARE(orderParameter(TaskQuery{}), QString());
        TaskQuery q;
        q.orderField = QStringLiteral("created_at");
        QCOMPARE(orderParameter(q), QStringLiteral("created_at:DESC"));
    }

    void chineseNameLikeIsUtf8Encoded()
    {
        TaskQuery q;
        q.nameLike = QStringLiteral("人脸");
        QCOMPARE(encodeQuery(buildUrlQuery(q, {}, std::nullopt, std::nullopt)),
                 QByteArray("name_like=%E4%BA%BA%E8%84%B8"));
    }

    void clientUrl()
    {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/prefix/"));
        config.projectId = QStringLiteral("p1");
        ApiClient client(config);
        QVERIFY(client.isInsecure());
        TaskQuery q;
        q.nameLike = QStringLiteral("a b");
        const QUrl url = client.tasksUrl(q, QStringLiteral("STOPPED"), 1, 50);
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:8080/prefix/v2/p1/services/c-face-edge/tasks?"
                                "state=STOPPED&offset=1&limit=50&name_like=a%20b"));
    }

    void endpoints()
    {
        QCOMPARE(viasEndpoint(QStringLiteral("cn-north-4")).toString(),
                 QStringLiteral("https://vias.cn-north-4.myhuaweicloud.com"));
        QCOMPARE(ivaEndpoint(QStringLiteral("cn-east-3")).toString(),
                 QStringLiteral("https://iva.cn-east-3.myhuaweicloud.com"));
        QCOMPARE(iamEndpoint(QStringLiteral("cn-south-1")).toString(),
                 QStringLiteral("https://iam.cn-south-1.myhuaweicloud.com"));
        QCOMPARE(iamEndpoint({}).toString(), QStringLiteral("https://iam.myhuaweicloud.com"));
        ClientConfig c;
        c.baseUrl = viasEndpoint(QStringLiteral("cn-north-4"));
        QVERIFY(!c.isInsecure());
    }
};

QTEST_GUILESS_MAIN(TestQueryBuilder)
#include "tst_querybuilder.moc"
