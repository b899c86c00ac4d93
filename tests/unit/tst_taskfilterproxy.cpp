// TaskFilterProxy's incremental append (rows added to the source are sorted,
// filtered and merged in alone, and the view gets row insertions/removals)
// against a full rebuild: a second proxy over the same model that is told to
// re-sort everything after each batch. Random batches, with and without
// filters, sorted by several columns in both orders, unsorted, paged and not.
// Both proxies and the model are watched by QAbstractItemModelTester.
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace vias;

namespace {

const QStringList kNames{QStringLiteral("face-lobby"), QStringLiteral("Face gate"),
                         QStringLiteral("人脸东门"),   QStringLiteral("cam-7"),
                         QStringLiteral("cam-10"),     QStringLiteral("Zeta"),
                         QStringLiteral("alpha"),      QStringLiteral("Alpha")};
const QStringList kStates{QStringLiteral("RUNNING"), QStringLiteral("STOPPED"),
                          QStringLiteral("FAILED"), QStringLiteral("HIBERNATING")};

// Only fields the table reads; input and roi are left empty on purpose.
Task randomTask(QRandomGenerator &rng, int serial)
{
    Task t;
    t.id = QStringLiteral("id-%1").arg(serial);
    t.name = kNames.at(rng.bounded(int(kNames.size()))) +
             (rng.bounded(2) ? QString::number(rng.bounded(30)) : QString());
    t.description = rng.bounded(3) == 0 ? QStringLiteral("lobby entrance") : QString();
    t.creator = rng.bounded(2) ? QStringLiteral("ops") : QStringLiteral("admin");
    t.stateCode = kStates.at(rng.bounded(int(kStates.size())));
    t.state = taskStateFromCode(t.stateCode);
    // Few distinct times, so equal keys (ties broken by arrival) are common.
    t.createdAtMs = 1'600'000'000'000 + qint64(rng.bounded(50)) * 60'000;
    t.updatedAtMs = t.createdAtMs + qint64(rng.bounded(5)) * 1000;
    return t;
}

QList<Task> randomBatch(QRandomGenerator &rng, int &serial, int size)
{
    QList<Task> batch;
    for (int i = 0; i < size; ++i)
        batch.append(randomTask(rng, serial++));
    return batch;
}

// A full rebuild of `proxy`'s current settings: the order re-sorted from
// scratch (another sort column and back) and every row filtered again
// (another filter and back). The page is reset to 0 by the filter change.
void fullRebuild(TaskFilterProxy &proxy)
{
    const int column = proxy.sortColumn();
    const Qt::SortOrder order = proxy.sortOrder();
    proxy.sort(column == 0 ? 1 : 0);
    proxy.sort(column, order);
    const TaskFilter filter = proxy.filter();
    TaskFilter other = filter;
    other.text += QStringLiteral(" zzz");
    proxy.setFilter(other);
    proxy.setFilter(filter);
}

QList<int> shownRows(const TaskFilterProxy &proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}

} // namespace

class TestTaskFilterProxy final : public QObject
{
    Q_OBJECT

private slots:
    void appendEqualsRebuild_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("page");

        const QList<int> columns{-1, int(TaskColumn::CreatedAt), int(TaskColumn::Name),
                                 int(TaskColumn::State), int(TaskColumn::UpdatedAt)};
        for (const int column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                if (column < 0 && order == Qt::DescendingOrder)
                    continue;
                const QString c = QStringLiteral("col %1 %2")
                                      .arg(column)
                                      .arg(order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                       : QStringLiteral("desc"));
                QTest::newRow(qPrintable(c + QStringLiteral(", all, unpaged")))
                    << column << order << QString() << QStringList() << 0 << 0;
                QTest::newRow(qPrintable(c + QStringLiteral(", all, page 1 of 20")))
                    << column << order << QString() << QStringList() << 20 << 0;
                QTest::newRow(qPrintable(c + QStringLiteral(", all, page 3 of 7")))
                    << column << order << QString() << QStringList() << 7 << 2;
                QTest::newRow(qPrintable(c + QStringLiteral(", text, page 2 of 10")))
                    << column << order << QStringLiteral("face") << QStringList() << 10 << 1;
                QTest::newRow(qPrintable(c + QStringLiteral(", text and state, unpaged")))
                    << column << order << QStringLiteral("a")
                    << QStringList{QStringLiteral("RUNNING"), QStringLiteral("FAILED")} << 0 << 0;
                QTest::newRow(qPrintable(c + QStringLiteral(", state, page 1 of 5")))
                    << column << order << QString() << QStringList{QStringLiteral("STOPPED")} << 5
                    << 0;
            }
        }
    }

    void appendEqualsRebuild()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, text);
        QFETCH(QStringList, states);
        QFETCH(int, pageSize);
        QFETCH(int, page);

        QRandomGenerator rng(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))));
        TaskTableModel model;
        QAbstractItemModelTester modelTester(&model);
        TaskFilterProxy incremental;
        TaskFilterProxy reference;
        incremental.setSourceModel(&model);
        reference.setSourceModel(&model);
        QAbstractItemModelTester incrementalTester(&incremental);
        QAbstractItemModelTester referenceTester(&reference);
        TaskFilter filter;
        filter.text = text;
        filter.stateCodes = states;
        for (TaskFilterProxy *proxy : {&incremental, &reference}) {
            proxy->setFilter(filter);
            proxy->sort(column, order);
            proxy->setPageSize(pageSize);
        }

        int serial = 0;
        for (int round = 0; round < 15; ++round) {
            // Several batches coalesce into one update, as in a fetch-all.
            const int batches = 1 + int(rng.bounded(3));
            for (int b = 0; b < batches; ++b)
                model.upsertTasks(randomBatch(rng, serial, 1 + int(rng.bounded(40))));
            if (round == 2) {
                incremental.setPage(page);
                reference.setPage(page);
            }
            incremental.flush();
            reference.flush();
            fullRebuild(reference);
            reference.setPage(incremental.page());

            QCOMPARE(incremental.matchingSourceRows(), reference.matchingSourceRows());
            QCOMPARE(incremental.stateCounts(), reference.stateCounts());
            QCOMPARE(incremental.matchingCount(), reference.matchingCount());
            QCOMPARE(incremental.pageCount(), reference.pageCount());
            QCOMPARE(incremental.rowCount(), reference.rowCount());
            QCOMPARE(shownRows(incremental), shownRows(reference));
        }
        QCOMPARE(model.rowCount(), serial);
    }

    void appendKeepsTheViewWithoutReset()
    {
        // Sorted newest first, batches of older tasks: the first page does not
        // change, so the view hears nothing but the summary.
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        proxy.sort(int(TaskColumn::CreatedAt), Qt::DescendingOrder);
        proxy.setPageSize(20);
        QRandomGenerator rng(7);
        int serial = 0;
        QList<Task> first = randomBatch(rng, serial, 100);
        for (int i = 0; i < first.size(); ++i)
            first[i].createdAtMs = 2'000'000'000'000 - i;
        model.upsertTasks(first);
        proxy.flush();
        const QList<int> before = shownRows(proxy);

        QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserts(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy summaries(&proxy, &TaskFilterProxy::summaryChanged);
        QList<Task> older = randomBatch(rng, serial, 100);
        model.upsertTasks(older); // all created before the first batch
        proxy.flush();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(shownRows(proxy), before);
        QCOMPARE(proxy.matchingCount(), 200);

        // A newer task enters the page at the top: one insertion, one removal
        // (the last row leaves the page), still no reset.
        QSignalSpy removes(&proxy, &QAbstractItemModel::rowsRemoved);
        QList<Task> newer = randomBatch(rng, serial, 1);
        newer[0].createdAtMs = 2'100'000'000'000;
        model.upsertTasks(newer);
        proxy.flush();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(removes.size(), 1);
        QCOMPARE(shownRows(proxy).first(), 200);
        QCOMPARE(shownRows(proxy).mid(1), before.first(19));
    }

    void appendToAnUnsortedPageFillsIt()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        proxy.setPageSize(30);
        QRandomGenerator rng(11);
        int serial = 0;
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
        for (int i = 0; i < 5; ++i) {
            model.upsertTasks(randomBatch(rng, serial, 10));
            proxy.flush();
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxy.rowCount(), 30);
        QCOMPARE(shownRows(proxy).last(), 29);
        QCOMPARE(proxy.pageCount(), 2);
    }

    void changedRowsStillRebuild()
    {
        // A replaced task may sort elsewhere: that path re-sorts everything.
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy);
        proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);
        QRandomGenerator rng(3);
        int serial = 0;
        model.upsertTasks(randomBatch(rng, serial, 50));
        proxy.flush();
        Task changed = *model.taskAt(10);
        changed.name = QStringLiteral("000 first");
        model.upsertTasks({changed, randomTask(rng, serial++)});
        proxy.flush();
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 10);
        QCOMPARE(proxy.matchingCount(), 51);
    }
};

QTEST_GUILESS_MAIN(TestTaskFilterProxy)
#include "tst_taskfilterproxy.moc"
