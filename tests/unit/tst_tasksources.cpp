// The aggregated view's model side: a source index per row in TaskStore,
// (source, id) as the row identity, TaskTableModel's Project/Region columns
// and per-source replace, the proxy's project filter and sorting by project,
// and the exporters' Project/Region cells. Models watched by
// QAbstractItemModelTester.
#include "models/export/exportlayout.h"
#include "models/export/taskexporter.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace vias;

namespace {

Task makeTask(const QString &id, const QString &name, const QString &project = {})
{
    Task t;
    t.id = id;
    t.name = name;
    t.state = TaskState::Running;
    t.stateCode = taskStateCode(TaskState::Running);
    t.projectId = project;
    t.createdAtMs = 1'600'000'000'000;
    return t;
}

// Tasks "t0".."t<n-1>": two projects use the same ids on purpose.
QList<Task> makeTasks(int n, const QString &prefix, const QString &project)
{
    QList<Task> tasks;
    for (int i = 0; i < n; ++i)
        tasks << makeTask(QStringLiteral("t%1").arg(i), QStringLiteral("%1-%2").arg(prefix).arg(i),
                          project);
    return tasks;
}

const QList<TaskSource> kSources{
    {QStringLiteral("Production"), QStringLiteral("p-111"), QStringLiteral("cn-north-4")},
    {QStringLiteral("Staging"), QStringLiteral("p-222"), QStringLiteral("ap-southeast-1")},
};

} // namespace

class TestTaskSources final : public QObject
{
    Q_OBJECT

private slots:
    void storeKeysRowsBySourceAndId()
    {
        TaskStore store;
        store.upsert(makeTasks(3, QStringLiteral("a"), QStringLiteral("p-111")), 0);
        store.upsert(makeTasks(3, QStringLiteral("b"), QStringLiteral("p-222")), 1);
        QCOMPARE(store.size(), 6); // same ids, different sources: six rows
        QCOMPARE(store.rowOf(0, QStringLiteral("t1")), 1);
        QCOMPARE(store.rowOf(1, QStringLiteral("t1")), 4);
        QCOMPARE(store.rowOf(QStringLiteral("t1")), 1); // the one-project lookup is source 0
        QCOMPARE(store.sourceOf(4), 1);

        // An update of source 1 replaces its row only.
        const auto r = store.upsert({makeTask(QStringLiteral("t1"), QStringLiteral("b-new"))}, 1);
        QCOMPARE(r.newCount, 0);
        QCOMPARE(r.replacedRows, (QList<qsizetype>{4}));
        QCOMPARE(store.at(1).name, QStringLiteral("a-1"));
        QCOMPARE(store.at(4).name, QStringLiteral("b-new"));

        store.removeSource(0);
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.sourceOf(0), 1);
        QCOMPARE(store.rowOf(1, QStringLiteral("t2")), 2);
        QCOMPARE(store.rowOf(0, QStringLiteral("t2")), -1);
        QVERIFY(store.searchKey(1).contains("b-new"));
    }

    void modelShowsProjectAndRegionAndReplacesOneSource()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), TaskColumnCount);
        model.upsertTasks(makeTasks(4, QStringLiteral("a"), QStringLiteral("p-111")), 0);
        // Without sources, Project is the task's own project_id.
        QCOMPARE(model.index(0, int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("p-111"));
        model.setSources(kSources);
        model.upsertTasks(makeTasks(2, QStringLiteral("b"), QStringLiteral("p-222")), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("Production"));
        QCOMPARE(model.index(5, int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("Staging"));
        QCOMPARE(model.index(5, int(TaskColumn::Region)).data().toString(),
                 QStringLiteral("ap-southeast-1"));
        QVERIFY(model.index(5, int(TaskColumn::Project))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("p-222")));
        QCOMPARE(model.index(5, 0).data(TaskTableModel::SourceRole).toInt(), 1);
        // Same id, two rows, two keys.
        const QString key0 = model.index(1, 0).data(TaskTableModel::RowKeyRole).toString();
        const QString key1 = model.index(5, 0).data(TaskTableModel::RowKeyRole).toString();
        QCOMPARE(model.index(1, 0).data(TaskTableModel::TaskIdRole).toString(),
                 QStringLiteral("t1"));
        QCOMPARE(model.index(5, 0).data(TaskTableModel::TaskIdRole).toString(),
                 QStringLiteral("t1"));
        QVERIFY(key0 != key1);
        QCOMPARE(model.rowOf(1, QStringLiteral("t1")), 5);

        // A refresh of source 0 (fewer tasks now) leaves source 1 alone.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.replaceSourceTasks(0, makeTasks(2, QStringLiteral("a2"), QStringLiteral("p-111")));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b-0"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("a2-0"));
        QCOMPARE(model.index(2, int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("Production"));
    }

    void proxyFiltersByProjectAndSortsByIt()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(kSources);
        model.upsertTasks(makeTasks(3, QStringLiteral("z"), QStringLiteral("p-222")), 1);
        model.upsertTasks(makeTasks(5, QStringLiteral("a"), QStringLiteral("p-111")), 0);
        proxy.flush();
        QCOMPARE(proxy.rowCount(), 8);

        TaskFilter f;
        f.source = 1;
        QVERIFY(!f.isEmpty());
        proxy.setFilter(f);
        QCOMPARE(proxy.matchingCount(), 3);
        QCOMPARE(proxy.stateCounts().value(QStringLiteral("RUNNING")), 3);
        f.text = QStringLiteral("z-2");
        proxy.setFilter(f);
        QCOMPARE(proxy.matchingCount(), 1);
        f.source = 0;
        proxy.setFilter(f);
        QCOMPARE(proxy.matchingCount(), 0);
        proxy.setFilter({});

        // Sorting by Project orders by the profile name, not the project id.
        proxy.sort(int(TaskColumn::Project), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("Production"));
        QCOMPARE(proxy.index(7, int(TaskColumn::Project)).data().toString(),
                 QStringLiteral("Staging"));
        proxy.sort(int(TaskColumn::Region), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, int(TaskColumn::Region)).data().toString(),
                 QStringLiteral("ap-southeast-1"));
    }

    void columnsKeysAndTexts()
    {
        QVERIFY(!allTaskColumns().contains(TaskColumn::Project)); // viasctl's defaults unchanged
        QCOMPARE(sourceTaskColumns(), (QList<TaskColumn>{TaskColumn::Project, TaskColumn::Region}));
        QCOMPARE(taskColumnFromKey(u"project"), std::optional<TaskColumn>(TaskColumn::Project));
        QCOMPARE(taskColumnKey(TaskColumn::Region), QStringLiteral("region"));
        const Task t = makeTask(QStringLiteral("x"), QStringLiteral("n"), QStringLiteral("p-9"));
        QCOMPARE(taskColumnText(t, TaskColumn::Project), QStringLiteral("p-9"));
        QCOMPARE(taskColumnText(t, TaskColumn::Region), QString());
        QCOMPARE(taskColumnText(t, TaskColumn::Region, &kSources.at(1)),
                 QStringLiteral("ap-southeast-1"));
    }

    void exportWritesProjectAndRegionPerRow()
    {
        const QList<Task> tasks{makeTask(QStringLiteral("t0"), QStringLiteral("a")),
                                makeTask(QStringLiteral("t0"), QStringLiteral("b"))};
        ExportOptions options;
        options.csvPreset = CsvPreset::Plain;
        options.columns = {TaskColumn::Project, TaskColumn::Region, TaskColumn::Id,
                           TaskColumn::Name};
        options.taskSources = {kSources.at(0), kSources.at(1)};
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(exportTasks(tasks, options, &out).ok());
        const QStringList lines = QString::fromUtf8(out.data()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0), QStringLiteral("Project,Region,ID,Name"));
        QCOMPARE(lines.value(1), QStringLiteral("Production,cn-north-4,t0,a"));
        QCOMPARE(lines.value(2), QStringLiteral("Staging,ap-southeast-1,t0,b"));

        // Every field: "profile" and "region" lead.
        options.columnSet = ColumnSet::AllFields;
        QList<const Task *> pointers{&tasks.at(0), &tasks.at(1)};
        const ExportLayout layout(pointers, options);
        QCOMPARE(layout.headers().mid(0, 3),
                 (QStringList{QStringLiteral("profile"), QStringLiteral("region"),
                              QStringLiteral("id")}));
        QList<ExportCell> row;
        layout.fillRow(tasks.at(1), &row, 1);
        QCOMPARE(row.at(0).toText(), QStringLiteral("Staging"));
        QCOMPARE(row.at(1).toText(), QStringLiteral("ap-southeast-1"));
        options.taskSources.clear();
        QCOMPARE(ExportLayout(pointers, options).headers().value(0), QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestTaskSources)
#include "tst_tasksources.moc"
