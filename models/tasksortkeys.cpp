#include "models/tasksortkeys.h"

#include "models/taskcolumns.h"
#include "models/tasktablemodel.h"

#include <QCollator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <numeric>

namespace vias {
namespace {

// Below this many new texts one thread computes their collation keys.
constexpr qsizetype kParallelKeys = 2'000;

std::vector<QCollatorSortKey> keysFor(const QStringList &texts, qsizetype first, qsizetype last)
{
    // A collator per thread: QCollator is reentrant, not thread-safe.
    const QCollator collator = TaskSortKeys::makeCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(last - first));
    for (qsizetype i = first; i < last; ++i)
        keys.push_back(collator.sortKey(texts.at(i)));
    return keys;
}

} // namespace

QCollator TaskSortKeys::makeCollator()
{
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

bool TaskSortKeys::isNumericColumn(int column)
{
    static const auto numeric = [] {
        std::array<bool, TaskColumnCount> all{};
        const Task empty;
        for (int c = 0; c < TaskColumnCount; ++c)
            all[c] = taskColumnNumber(empty, static_cast<TaskColumn>(c)).has_value();
        return all;
    }();
    return column >= 0 && column < TaskColumnCount && numeric[column];
}

void TaskSortKeys::reset(int column)
{
    m_column = column;
    m_numeric = isNumericColumn(column);
    m_rows = 0;
    m_numbers = {};
    m_rowText = {};
    m_textNumbers = {};
    m_keys = {};
    m_sorted = {};
    m_ranks = {};
}

quint32 TaskSortKeys::textNumber(const QString &text, QStringList &added)
{
    const auto it = m_textNumbers.constFind(text);
    if (it != m_textNumbers.cend())
        return it.value();
    const quint32 number = quint32(m_textNumbers.size());
    m_textNumbers.insert(text, number);
    added.append(text);
    return number;
}

void TaskSortKeys::update(const TaskTableModel &model)
{
    const TaskStore &store = model.store();
    const qsizetype n = store.size();
    if (m_column < 0 || m_rows >= n)
        return;
    const auto column = static_cast<TaskColumn>(m_column);
    if (m_numeric) {
        if (m_numbers.capacity() < size_t(n)) // grow geometrically: updates come per batch
            m_numbers.reserve(std::max(size_t(n), m_numbers.capacity() * 2));
        for (qsizetype row = m_rows; row < n; ++row)
            m_numbers.push_back(taskColumnNumber(store.at(row), column).value_or(0));
        m_rows = n;
        return;
    }
    QStringList added;
    if (m_rowText.capacity() < size_t(n))
        m_rowText.reserve(std::max(size_t(n), m_rowText.capacity() * 2));
    for (qsizetype row = m_rows; row < n; ++row)
        m_rowText.push_back(textNumber(model.sortText(int(row), column), added));
    m_rows = n;
    addTexts(added);
}

void TaskSortKeys::refresh(const TaskTableModel &model, qsizetype first, qsizetype last)
{
    const TaskStore &store = model.store();
    if (m_column < 0)
        return;
    last = std::min(last, m_rows - 1);
    const auto column = static_cast<TaskColumn>(m_column);
    QStringList added;
    for (qsizetype row = first; row <= last; ++row) {
        if (m_numeric)
            m_numbers[row] = taskColumnNumber(store.at(row), column).value_or(0);
        else
            m_rowText[row] = textNumber(model.sortText(int(row), column), added);
    }
    addTexts(added);
}

void TaskSortKeys::addTexts(const QStringList &added)
{
    if (added.isEmpty())
        return;
    const qsizetype count = added.size();
    const quint32 firstNew = quint32(m_keys.size());
    if (count < kParallelKeys) {
        std::vector<QCollatorSortKey> keys = keysFor(added, 0, count);
        std::move(keys.begin(), keys.end(), std::back_inserter(m_keys));
    } else {
        // ICU key generation dominates a first sort: split it over two threads.
        const qsizetype middle = count / 2;
        QFuture<std::vector<QCollatorSortKey>> second =
            QtConcurrent::run([&added, middle, count] { return keysFor(added, middle, count); });
        std::vector<QCollatorSortKey> keys = keysFor(added, 0, middle);
        std::move(keys.begin(), keys.end(), std::back_inserter(m_keys));
        keys = second.result();
        std::move(keys.begin(), keys.end(), std::back_inserter(m_keys));
    }

    // The new texts sorted alone, then merged into the ranked list.
    const auto less = [this](quint32 a, quint32 b) { return m_keys[a].compare(m_keys[b]) < 0; };
    std::vector<quint32> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), firstNew);
    std::sort(fresh.begin(), fresh.end(), less);
    std::vector<quint32> merged;
    merged.reserve(m_sorted.size() + fresh.size());
    std::merge(m_sorted.begin(), m_sorted.end(), fresh.begin(), fresh.end(),
               std::back_inserter(merged), less);
    m_sorted = std::move(merged);

    m_ranks.resize(m_keys.size());
    quint32 rank = 0;
    for (size_t i = 0; i < m_sorted.size(); ++i) {
        if (i > 0 && m_keys[m_sorted[i - 1]].compare(m_keys[m_sorted[i]]) != 0)
            ++rank;
        m_ranks[m_sorted[i]] = rank;
    }
}

QList<int> TaskSortKeys::sortedRows(Qt::SortOrder order) const
{
    QList<int> rows(m_rows);
    const bool descending = order == Qt::DescendingOrder;
    if (m_numeric) {
        struct Item
        {
            qint64 key;
            int row;
        };
        std::vector<Item> items(static_cast<size_t>(m_rows));
        for (qsizetype row = 0; row < m_rows; ++row)
            items[size_t(row)] = {m_numbers[size_t(row)], int(row)};
        std::sort(items.begin(), items.end(), [descending](const Item &a, const Item &b) {
            if (a.key != b.key)
                return descending ? a.key > b.key : a.key < b.key;
            return a.row < b.row;
        });
        for (qsizetype i = 0; i < m_rows; ++i)
            rows[i] = items[size_t(i)].row;
        return rows;
    }
    // Rank in the high half, row in the low half: one integer sort, and the
    // row breaks ties in arrival order whatever the direction.
    const quint32 top = m_ranks.empty() ? 0 : *std::max_element(m_ranks.begin(), m_ranks.end());
    std::vector<quint64> packed(static_cast<size_t>(m_rows));
    for (qsizetype row = 0; row < m_rows; ++row) {
        const quint32 rank = m_ranks[m_rowText[size_t(row)]];
        packed[size_t(row)] = (quint64(descending ? top - rank : rank) << 32) | quint64(row);
    }
    std::sort(packed.begin(), packed.end());
    for (qsizetype i = 0; i < m_rows; ++i)
        rows[i] = int(packed[size_t(i)] & 0xffffffffu);
    return rows;
}

qsizetype TaskSortKeys::memoryBytes() const
{
    // A QCollatorSortKey is a pointer to a shared private holding a QByteArray
    // with the ICU key: about 96 bytes of heap for a short name (an estimate).
    const qsizetype keyBytes = qsizetype(m_keys.capacity()) * 96;
    return qsizetype(m_numbers.capacity() * sizeof(qint64) +
                     m_rowText.capacity() * sizeof(quint32) +
                     m_sorted.capacity() * sizeof(quint32) + m_ranks.capacity() * sizeof(quint32)) +
           m_textNumbers.capacity() * qsizetype(sizeof(QString) + sizeof(quint32) + 2) + keyBytes;
}

} // namespace vias
