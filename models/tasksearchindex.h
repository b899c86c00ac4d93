// The free-text search index of the task store: every task's searchable text
// (name, id, description, creator, edge pool, camera ids), case-folded to
// UTF-8, kept in ONE contiguous buffer with a (start, length) span per row.
// A filter keystroke over 100,000 tasks is then a sequential memory scan with
// memchr/memcmp instead of 100,000 heap strings and per-row allocations.
// Copies share the data (Qt implicit sharing), so a snapshot for a worker
// thread is cheap.
#pragma once

#include "models/task.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

#include <vector>

namespace vias {

class TaskSearchIndex final
{
public:
    // Separates the fields of one key, so a word never matches across two.
    static constexpr char kFieldSeparator = 0x1f;

    qsizetype size() const { return m_spans.size(); }
    QByteArrayView key(qsizetype row) const;

    void clear();
    void reserve(qsizetype rows);
    void append(const Task &task);
    void replace(qsizetype row, const Task &task);
    // Appends the keys of `tasks`, on two threads for a large list.
    void appendAll(const QList<Task> &tasks);

    // Bytes this index holds (buffer capacity and spans), for the benchmarks.
    qsizetype memoryBytes() const;

    // The key of one task: equal to the case-folded (QString::toCaseFolded)
    // UTF-8 of the fields joined by kFieldSeparator. ASCII and CJK text (which
    // has no case) are folded and encoded inline without a temporary string.
    static QByteArray makeKey(const Task &task);
    // Whether the inline folding covers this UTF-16 unit (for the tests).
    static bool isFoldedInline(char16_t c);
    static void appendKey(QByteArray &out, const Task &task);

    // True when `haystack` contains `needle` (an empty needle is contained).
    static bool contains(QByteArrayView haystack, QByteArrayView needle);
    static bool containsAll(QByteArrayView haystack, const QByteArrayList &needles);

    // For every row r in [first, last) with mask[r] != 0: clears mask[r] unless
    // key(r) contains every needle. Uses a second thread for large ranges.
    void narrow(const QByteArrayList &needles, std::vector<quint8> &mask, qsizetype first,
                qsizetype last) const;

private:
    struct Span
    {
        quint32 start = 0;
        quint32 length = 0;
    };
    void narrowRange(const QByteArrayList &needles, quint8 *mask, qsizetype first,
                     qsizetype last) const;
    void compact();
    void appendIndex(const TaskSearchIndex &other);

    QByteArray m_text;
    QList<Span> m_spans;
    qsizetype m_garbage = 0; // bytes of replaced keys still in m_text
};

} // namespace vias
