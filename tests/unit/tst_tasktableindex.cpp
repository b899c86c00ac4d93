// The compact per-row structures behind the task table: TaskSearchIndex (one
// case-folded buffer) against the original per-task key and predicate,
// TaskSortKeys (distinct texts ranked by QCollator) against a plain
// QCollator sort, and TaskStore's chunked storage. Random data with Chinese,
// accented and mixed-case text; every proxy watched by QAbstractItemModelTester.
#include "models/taskfilterproxy.h"
#include "models/tasksearchindex.h"
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace vias;

namespace {

// The search key as TaskStore built it before the index existed.
QByteArray referenceKey(const Task &task)
{
    QString key;
    const QChar sep(0x1f);
    key += task.name + sep + task.id + sep + task.description + sep + task.creator + sep +
           task.edgePoolId;
    for (const InputSource &source : task.input.sources)
        key += sep + source.displayId();
    return key.toCaseFolded().toUtf8();
}

// The free-text predicate as it was: every case-folded word found by indexOf.
bool referenceTextMatch(const Task &task, const QString &text)
{
    const QByteArray key = referenceKey(task);
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&key](const QString &w) { return key.indexOf(w.toUtf8()) >= 0; });
}

const QStringList kPieces{
    QStringLiteral("face"),     QStringLiteral("Lobby"),  QStringLiteral("FACE-lobby"),
    QStringLiteral("人脸"),     QStringLiteral("东门"),   QStringLiteral("抓拍，推送"),
    QStringLiteral("Straße"),   QStringLiteral("ÄÖÜ"),    QStringLiteral("ΣΊΣΥΦΟΣ"),
    QStringLiteral("Москва"),   QStringLiteral("ＡＢＣ"), QStringLiteral("１２３"),
    QStringLiteral("cam-07"),   QStringLiteral("cam-7"),  QStringLiteral("Cam_10"),
    QStringLiteral("-"),        QStringLiteral("_"),      QStringLiteral("x"),
    QStringLiteral("İstanbul"), QStringLiteral("ǅ"),      QStringLiteral("\U0001F600"),
    QStringLiteral("한국"),     QStringLiteral("ﬁle"),    QStringLiteral("9"),
    QStringLiteral("10"),       QStringLiteral("2"),      QStringLiteral("Zeta"),
    QStringLiteral("alpha"),    QStringLiteral("Alpha"),  QStringLiteral("b")};

QString randomText(QRandomGenerator &rng, int maxPieces)
{
    QString text;
    const int n = int(rng.bounded(maxPieces + 1));
    for (int i = 0; i < n; ++i) {
        if (i > 0 && rng.bounded(3) == 0)
            text += QLatin1Char(' ');
        text += kPieces.at(rng.bounded(int(kPieces.size())));
    }
    return text;
}

Task randomTask(QRandomGenerator &rng, int i)
{
    static const QStringList states{QStringLiteral("RUNNING"), QStringLiteral("STOPPED"),
                                    QStringLiteral("FAILED"), QStringLiteral("HIBERNATING")};
    Task t;
    t.id = QStringLiteral("id-%1").arg(i);
    t.name = randomText(rng, 4);
    t.description = randomText(rng, 3);
    t.creator = randomText(rng, 1);
    t.edgePoolId = rng.bounded(2) ? QStringLiteral("Pool-%1").arg(rng.bounded(3)) : QString();
    t.stateCode = states.at(rng.bounded(int(states.size())));
    t.state = taskStateFromCode(t.stateCode);
    t.createdAtMs = 1'600'000'000'000 + qint64(rng.bounded(1000)) * 1000;
    const int cameras = int(rng.bounded(3));
    for (int c = 0; c < cameras; ++c) {
        InputSource source;
        source.id = randomText(rng, 2);
        t.input.sources << source;
    }
    return t;
}

QList<Task> randomTasks(QRandomGenerator &rng, int from, int to)
{
    QList<Task> tasks;
    for (int i = from; i < to; ++i)
        tasks << randomTask(rng, i);
    return tasks;
}

// Source rows the proxy shows across all pages.
QList<int> proxyRows(const TaskFilterProxy &proxy)
{
    return proxy.matchingSourceRows();
}

// Rows matching `text`, in the order `sortedRows`.
QList<int> expectedRows(const TaskStore &store, const QList<int> &sortedRows, const QString &text)
{
    QList<int> rows;
    for (int row : sortedRows) {
        // A blank text is no filter at all (TaskFilter::isEmpty).
        if (text.trimmed().isEmpty() || referenceTextMatch(store.at(row), text))
            rows << row;
    }
    return rows;
}

// The order the proxy had before: QCollatorSortKey per row, ties in row
// order. (Sort keys, not QCollator::compare: with mixed fullwidth digits the
// ICU string compare is not transitive under zh_CN, its sort keys are.)
QList<int> collatorOrder(const TaskStore &store, Qt::SortOrder order)
{
    const QCollator collator = TaskSortKeys::makeCollator();
    std::vector<QCollatorSortKey> keys;
    for (const Task &t : store.tasks())
        keys.push_back(collator.sortKey(t.name));
    QList<int> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = keys[size_t(a)].compare(keys[size_t(b)]);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

} // namespace

class TestTaskTableIndex final : public QObject
{
    Q_OBJECT

private slots:
    void inlineFoldingAgreesWithQt()
    {
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            const auto unit = char16_t(c);
            if (!TaskSearchIndex::isFoldedInline(unit))
                continue;
            QVERIFY2(!QChar::isSurrogate(c), qPrintable(QString::number(c, 16)));
            const QString one = QString(QChar(unit));
            const QString expected = c >= 'A' && c <= 'Z' ? QString(QChar(unit + 32)) : one;
            QVERIFY2(one.toCaseFolded() == expected, qPrintable(QString::number(c, 16)));
        }
    }

    void keysEqualTheReference()
    {
        QRandomGenerator rng(1);
        for (int i = 0; i < 3000; ++i) {
            const Task t = randomTask(rng, i);
            QCOMPARE(TaskSearchIndex::makeKey(t), referenceKey(t));
        }
        // ASCII of every length around the 8-character blocks, with the
        // neighbours of the letters ('@', '[', '`', '{'), then the same
        // with a non-ASCII character at each position.
        const QString ascii = QStringLiteral("AZaz09@[`{-_~ QzMmq!\x7f/Id-7E4C");
        for (qsizetype length = 0; length <= ascii.size(); ++length) {
            Task t;
            t.id = ascii.left(length);
            t.name = ascii.right(length);
            QCOMPARE(TaskSearchIndex::makeKey(t), referenceKey(t));
            for (qsizetype at = 0; at < length; ++at) {
                for (const char16_t other : {u'\u00c9', u'\u533a', u'\uff21'}) {
                    Task mixed = t;
                    mixed.id[at] = QChar(other);
                    QCOMPARE(TaskSearchIndex::makeKey(mixed), referenceKey(mixed));
                }
            }
        }
    }

    void indexKeepsKeysThroughReplacements()
    {
        QRandomGenerator rng(2);
        QList<Task> tasks = randomTasks(rng, 0, 300);
        TaskSearchIndex index;
        for (const Task &t : std::as_const(tasks))
            index.append(t);
        for (int round = 0; round < 3000; ++round) { // enough to compact several times
            const int row = int(rng.bounded(300));
            tasks[row] = randomTask(rng, row);
            index.replace(row, tasks.at(row));
        }
        QCOMPARE(index.size(), 300);
        for (int row = 0; row < 300; ++row)
            QCOMPARE(index.key(row).toByteArray(), referenceKey(tasks.at(row)));
    }

    void containsIsSubstringSearch()
    {
        QRandomGenerator rng(3);
        for (int i = 0; i < 20000; ++i) {
            QByteArray hay;
            QByteArray needle;
            for (int k = int(rng.bounded(30)); k > 0; --k)
                hay += char('a' + rng.bounded(3));
            for (int k = int(rng.bounded(5)); k > 0; --k)
                needle += char('a' + rng.bounded(3));
            QCOMPARE(TaskSearchIndex::contains(hay, needle), hay.contains(needle));
        }
    }

    void proxyFilterEqualsReferencePredicate()
    {
        QRandomGenerator rng(4);
        TaskTableModel model;
        TaskFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        // Above the index's two-thread threshold, so both halves are exercised.
        model.setTasks(randomTasks(rng, 0, 20000));
        QList<int> all(model.rowCount());
        std::iota(all.begin(), all.end(), 0);

        // Typing a word letter by letter (narrowing), deleting, random texts.
        QStringList texts;
        const QString typed = QStringLiteral("FACE-lobby 人脸");
        for (int n = 1; n <= typed.size(); ++n)
            texts << typed.left(n);
        for (int n = typed.size() - 1; n >= 0; --n)
            texts << typed.left(n);
        for (int i = 0; i < 25; ++i)
            texts << randomText(rng, 2);
        texts << QStringLiteral("straße STRASSE") << QStringLiteral("σίσυφος")
              << QStringLiteral("ａｂｃ") << QStringLiteral("\t");
        for (const QString &text : std::as_const(texts)) {
            proxy.setFilter({.text = text});
            QCOMPARE(proxyRows(proxy), expectedRows(model.store(), all, text));
        }

        // Appended batches and in-place replacements keep the result exact.
        proxy.setFilter({.text = QStringLiteral("face")});
        model.upsertTasks(randomTasks(rng, 20000, 20500));
        QList<Task> replaced = randomTasks(rng, 0, 50);
        model.upsertTasks(replaced);
        proxy.flush();
        all.resize(model.rowCount());
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(proxyRows(proxy), expectedRows(model.store(), all, QStringLiteral("face")));
        proxy.setFilter({.text = QStringLiteral("face-")}); // a refinement after the changes
        QCOMPARE(proxyRows(proxy), expectedRows(model.store(), all, QStringLiteral("face-")));

        // Field and state conditions combine with the text; counts ignore the state.
        proxy.setFilter({.text = QStringLiteral("a"),
                         .stateCodes = {QStringLiteral("FAILED")},
                         .edgePoolId = QStringLiteral("Pool-1")});
        QHash<QString, int> counts;
        QList<int> rows;
        for (int row : std::as_const(all)) {
            const Task &t = model.store().at(row);
            if (t.edgePoolId != QStringLiteral("Pool-1") ||
                !referenceTextMatch(t, QStringLiteral("a")))
                continue;
            ++counts[t.stateCode];
            if (t.stateCode == QStringLiteral("FAILED"))
                rows << row;
        }
        QCOMPARE(proxyRows(proxy), rows);
        QCOMPARE(proxy.stateCounts(), counts);
    }

    void nameSortEqualsQCollator_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
    }

    void nameSortEqualsQCollator()
    {
        QFETCH(QLocale, locale);
        const QLocale before;
        QLocale::setDefault(locale);
        QRandomGenerator rng(5);
        TaskTableModel model;
        TaskFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        // Over 2,000 distinct names: keys are computed on two threads.
        model.setTasks(randomTasks(rng, 0, 6000));
        proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);
        QCOMPARE(proxyRows(proxy), collatorOrder(model.store(), Qt::AscendingOrder));
        proxy.sort(int(TaskColumn::Name), Qt::DescendingOrder);
        QCOMPARE(proxyRows(proxy), collatorOrder(model.store(), Qt::DescendingOrder));

        // Appended batches are merged; replaced names re-sort.
        for (int i = 6000; i < 7000; i += 100)
            model.upsertTasks(randomTasks(rng, i, i + 100));
        model.upsertTasks(randomTasks(rng, 10, 40));
        proxy.flush();
        QCOMPARE(proxyRows(proxy), collatorOrder(model.store(), Qt::DescendingOrder));
        proxy.sort(int(TaskColumn::Name), Qt::AscendingOrder);
        for (int i = 7000; i < 7300; i += 100)
            model.upsertTasks(randomTasks(rng, i, i + 100));
        proxy.flush();
        QCOMPARE(proxyRows(proxy), collatorOrder(model.store(), Qt::AscendingOrder));
        QLocale::setDefault(before);
    }

    void storeChunksAppendReplaceAndShare()
    {
        QRandomGenerator rng(6);
        TaskStore store;
        QList<Task> reference;
        // A first batch (adopted), then small batches across several chunks.
        QList<Task> first = randomTasks(rng, 0, 700);
        reference += first;
        store.upsert(first);
        for (int i = 700; i < 3500; i += 100) {
            QList<Task> batch = randomTasks(rng, i, i + 100);
            reference += batch;
            QCOMPARE(store.upsert(batch).newCount, 100);
        }
        const TaskStore snapshot = store; // shares everything
        const QString oldName = store.at(1723).name;
        QList<Task> changes;
        for (int row : {3, 699, 700, 1723, 3499}) {
            Task t = randomTask(rng, row);
            reference[row] = t;
            changes << t;
        }
        QCOMPARE(store.upsert(changes).replacedRows, (QList<qsizetype>{3, 699, 700, 1723, 3499}));
        QCOMPARE(store.size(), 3500);
        QCOMPARE(snapshot.size(), 3500);
        qsizetype row = 0;
        for (const Task &t : store.tasks()) {
            QCOMPARE(t.name, reference.at(row).name);
            QCOMPARE(store.rowOf(t.id), row);
            QCOMPARE(store.searchKey(row).toByteArray(), referenceKey(t));
            QCOMPARE(store.stateCodeTable().at(store.stateNumber(row)), t.stateCode);
            ++row;
        }
        QCOMPARE(row, 3500);
        QCOMPARE(std::count_if(store.tasks().cbegin(), store.tasks().cend(),
                               [](const Task &t) { return t.id.isEmpty(); }),
                 0);
        // The snapshot still has the old task in a replaced row.
        QCOMPARE(snapshot.at(1723).id, QStringLiteral("id-1723"));
        QCOMPARE(snapshot.at(1723).name, oldName);
        QCOMPARE(snapshot.searchKey(1723).toByteArray(), referenceKey(snapshot.at(1723)));

        // A first batch repeating an id takes the general path: one row per id.
        TaskStore dup;
        QList<Task> twice = randomTasks(rng, 0, 3);
        twice << twice.at(1);
        twice.last().name = QStringLiteral("second");
        const auto result = dup.upsert(twice);
        QCOMPARE(dup.size(), 3);
        QCOMPARE(result.replacedRows, (QList<qsizetype>{1}));
        QCOMPARE(dup.at(1).name, QStringLiteral("second"));
    }
};

QTEST_GUILESS_MAIN(TestTaskTableIndex)
#include "tst_tasktableindex.moc"
