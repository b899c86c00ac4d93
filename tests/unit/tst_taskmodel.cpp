// TaskStore, TaskTableModel, the filter predicate and TaskFilterProxy, each
// model watched by QAbstractItemModelTester.
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace vias;

namespace {

Task makeTask(int i, TaskState state = TaskState::Running)
{
    Task t;
    t.id = QStringLiteral("id%1").arg(i, 4, 10, QLatin1Char('0'));
    t.name = QStringLiteral("task-%1").arg(i);
    t.state = state;
    t.stateCode = taskStateCode(state);
    t.creator = i % 2 ? QStringLiteral("alice") : QStringLiteral("bob");
    t.edgePoolId = QStringLiteral("pool-%1").arg(i % 3);
    t.createdAtMs = 1'600'000'000'000 + qint64(i) * 60'000;
    t.updatedAtMs = t.createdAtMs + 1000;
    t.input.typeCode = QStringLiteral("edgecamera");
    t.input.type = InputType::EdgeCamera;
    InputSource camera;
    camera.id = QStringLiteral("cam-%1").arg(i * 7);
    t.input.sources << camera;
    return t;
}

QList<Task> makeTasks(int from, int to)
{
    QList<Task> tasks;
    for (int i = from; i < to; ++i)
        tasks << makeTask(i, i % 5 == 0 ? TaskState::Stopped : TaskState::Running);
    return tasks;
}

QStringList visibleIds(const TaskFilterProxy &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(TaskTableModel::TaskIdRole).toString();
    return ids;
}

} // namespace

class TestTaskModel final : public QObject
{
    Q_OBJECT

private slots:
    void storeIndexesByIdAndReplaces()
    {
        TaskStore store;
        auto r = store.upsert(makeTasks(0, 10));
        QCOMPARE(r.newCount, 10);
        QCOMPARE(store.rowOf(QStringLiteral("id0004")), 4);
        Task changed = makeTask(4, TaskState::Abnormal);
        QList<Task> batch{changed, makeTask(10), makeTask(10)};
        r = store.upsert(batch);
        QCOMPARE(r.newCount, 1); // the duplicate inside the batch is one task
        QCOMPARE(r.replacedRows, (QList<qsizetype>{4, 10}));
        QCOMPARE(store.size(), 11);
        QCOMPARE(store.at(4).state, TaskState::Abnormal);
        QVERIFY(store.searchKey(4).contains("cam-28"));
        QVERIFY(store.searchKey(4).contains("task-4"));
    }

    void modelRolesAndBatches()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return 1'600'000'000'000 + 3 * 3600'000; });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsertTasks(makeTasks(0, 50));
        model.upsertTasks(makeTasks(50, 100));
        QCOMPARE(inserted.size(), 2); // one beginInsertRows per batch
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.columnCount(), TaskColumnCount);

        const QModelIndex state = model.index(5, int(TaskColumn::State));
        QCOMPARE(state.data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(state.data(TaskTableModel::StateCodeRole).toString(), QStringLiteral("STOPPED"));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QLatin1StringView("STOPPED")));
        const QModelIndex created = model.index(0, int(TaskColumn::CreatedAt));
        QCOMPARE(created.data(TaskTableModel::SortRole).toLongLong(), 1'600'000'000'000);
        QVERIFY(created.data(Qt::ToolTipRole).toString().contains(QLatin1StringView("3 h ago")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertTasks({makeTask(3, TaskState::Failed), makeTask(4, TaskState::Failed)});
        QCOMPARE(changed.size(), 1); // consecutive rows: one signal
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.index(3, 0).data(TaskTableModel::UnhealthyRole).toBool());
    }

    void relativeTimes()
    {
        const qint64 now = 1'000'000'000'000;
        QCOMPARE(TaskTableModel::relativeTime(now - 10'000, now), QStringLiteral("just now"));
        QCOMPARE(TaskTableModel::relativeTime(now - 5 * 60'000, now), QStringLiteral("5 min ago"));
        QCOMPARE(TaskTableModel::relativeTime(now + 2 * 3600'000, now), QStringLiteral("in 2 h"));
        QCOMPARE(TaskTableModel::relativeTime(now - 3 * 86400'000LL, now), QStringLiteral("3 day(s) ago"));
    }

    void filterPredicate()
    {
        Task t = makeTask(12);
        t.description = QStringLiteral("东门 Entrance camera");
        const QByteArray key = TaskStore::makeSearchKey(t);
        auto matches = [&](const TaskFilter &f) { return TaskFilterMatcher(f).matches(t, key); };

        QVERIFY(matches({}));
        QVERIFY(matches({.text = QStringLiteral("TASK-12")}));     // case-insensitive
        QVERIFY(matches({.text = QStringLiteral("entrance 东门")})); // all words, any order
        QVERIFY(!matches({.text = QStringLiteral("entrance west")}));
        QVERIFY(matches({.text = QStringLiteral("cam-84")}));      // camera ids
        QVERIFY(matches({.text = QStringLiteral("pool-0")}));      // edge pool
        QVERIFY(!matches({.text = QStringLiteral("12id0012")}));   // never across fields
        QVERIFY(matches({.stateCodes = {QStringLiteral("RUNNING"), QStringLiteral("FAILED")}}));
        QVERIFY(!matches({.stateCodes = {QStringLiteral("STOPPED")}}));
        QVERIFY(matches({.createdFromMs = t.createdAtMs, .createdToMs = t.createdAtMs}));
        QVERIFY(!matches({.createdFromMs = t.createdAtMs + 1}));
        QVERIFY(matches({.edgePoolId = QStringLiteral("pool-0")}));
        QVERIFY(!matches({.edgePoolId = QStringLiteral("pool-1")}));
        QVERIFY(matches({.inputTypeCode = QStringLiteral("edgecamera")}));
        QVERIFY(!matches({.inputTypeCode = QStringLiteral("vis")}));
        QVERIFY(!matches({.onlyWithWarnings = true}));
        t.warnings.append({TaskWarning::Kind::MissingField, TaskWarning::Rule::None, QStringLiteral("x"), {}});
        QVERIFY(matches({.onlyWithWarnings = true}));

        Task unknown = makeTask(1);
        unknown.state = TaskState::Unknown;
        unknown.stateCode = QStringLiteral("HIBERNATING");
        QVERIFY(TaskFilterMatcher({.stateCodes = {QStringLiteral("HIBERNATING")}})
                    .matches(unknown, TaskStore::makeSearchKey(unknown)));
    }

    void proxyFiltersSortsAndPages()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setTasks(makeTasks(0, 100));
        QCOMPARE(proxy.rowCount(), 100);
        QCOMPARE(proxy.stateCounts().value(QStringLiteral("STOPPED")), 20);

        proxy.setFilter({.stateCodes = {QStringLiteral("STOPPED")}});
        QCOMPARE(proxy.matchingCount(), 20);
        QCOMPARE(proxy.stateCounts().value(QStringLiteral("RUNNING")), 80); // counts ignore the state filter
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id0000"));

        proxy.sort(int(TaskColumn::CreatedAt), Qt::DescendingOrder);
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id0095"));

        proxy.setPageSize(6);
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(proxy.pageCount(), 4);
        proxy.setPage(3);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(visibleIds(proxy), (QStringList{QStringLiteral("id0005"), QStringLiteral("id0000")}));
        QCOMPARE(proxy.headerData(0, Qt::Vertical).toInt(), 19); // position in the filtered list
        proxy.setPage(99);
        QCOMPARE(proxy.page(), 3);

        // A new filter goes back to the first page.
        proxy.setFilter({.text = QStringLiteral("task-1")});
        QCOMPARE(proxy.page(), 0);
        QCOMPARE(proxy.matchingCount(), 11); // task-1, task-10..19
        const QModelIndex first = proxy.index(0, 0);
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(first)), first);
    }

    void proxyMergesAppendedBatchesInSortOrder()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);

        QList<Task> all = makeTasks(0, 300);
        std::shuffle(all.begin(), all.end(), *QRandomGenerator::global());
        for (int i = 0; i < 300; i += 37)
            model.upsertTasks(all.mid(i, 37));
        proxy.flush();
        QCOMPARE(proxy.rowCount(), 300);
        // Numeric-aware collation: task-2 before task-10.
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.index(r, int(TaskColumn::Name)).data().toString();
        QCOMPARE(names.mid(0, 4), (QStringList{QStringLiteral("task-0"), QStringLiteral("task-1"),
                                               QStringLiteral("task-2"), QStringLiteral("task-3")}));
        QCOMPARE(names.last(), QStringLiteral("task-299"));

        // An in-place update that changes the sort position is applied.
        Task renamed = makeTask(0);
        renamed.name = QStringLiteral("zzz");
        model.upsertTasks({renamed});
        proxy.flush();
        QCOMPARE(proxy.index(299, int(TaskColumn::Name)).data().toString(), QStringLiteral("zzz"));
    }

    void proxyServerSortColumnsKeepServerOrder()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setServerSortColumns({int(TaskColumn::Name), int(TaskColumn::CreatedAt)});
        QList<Task> page = makeTasks(0, 5);
        std::reverse(page.begin(), page.end());
        model.setTasks(page);
        QSignalSpy requested(&proxy, &TaskFilterProxy::serverSortRequested);
        proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id0004")); // server order kept
        proxy.sort(int(TaskColumn::Id), Qt::AscendingOrder);           // not a server column
        QCOMPARE(requested.size(), 1);
        QCOMPARE(visibleIds(proxy).first(), QStringLiteral("id0000"));
    }

    void chineseNamesSortByCollation()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Task> tasks;
        const QStringList names{QStringLiteral("人脸-东门"), QStringLiteral("alpha"),
                                QStringLiteral("Beta"), QStringLiteral("人脸-北门")};
        for (int i = 0; i < names.size(); ++i) {
            Task t = makeTask(i);
            t.name = names.at(i);
            tasks << t;
        }
        model.setTasks(tasks);
        proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);
        QStringList sorted;
        for (int r = 0; r < proxy.rowCount(); ++r)
            sorted << proxy.index(r, int(TaskColumn::Name)).data().toString();
        // Case-insensitive for Latin; the two Chinese names stay together.
        QCOMPARE(sorted.mid(0, 2), (QStringList{QStringLiteral("alpha"), QStringLiteral("Beta")}));
        QCOMPARE(sorted.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTaskModel)
#include "tst_taskmodel.moc"
