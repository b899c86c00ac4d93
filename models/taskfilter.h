// The task filter: a value the filter bar edits, and the predicate that the
// proxy (and export, charts) apply. Lives in models/ so it is unit-tested
// without a GUI.
#pragma once

#include "models/task.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace vias {

struct TaskFilter
{
    QString text;                   // words, all must appear (case-insensitive) in name, id,
                                    // description, creator, edge pool or a camera id
    QStringList stateCodes;         // empty: any state; codes as sent, so unknown states filter too
    qint64 createdFromMs = kNoTime; // inclusive
    qint64 createdToMs = kNoTime;   // inclusive
    QString edgePoolId;             // exact; empty: any
    QString inputTypeCode;          // exact ("edgecamera"); empty: any
    QString serviceVersion;         // exact; empty: any
    bool onlyWithWarnings = false;
    int source = -1; // aggregated view: only rows of this source (TaskStore::sourceOf); -1: any

    bool isEmpty() const;
    friend bool operator==(const TaskFilter &, const TaskFilter &) = default;
};

// A filter prepared for fast repeated matching.
class TaskFilterMatcher final
{
public:
    explicit TaskFilterMatcher(const TaskFilter &filter);

    // `searchKey` is TaskStore::searchKey() of the same task.
    bool matches(const Task &task, QByteArrayView searchKey) const;
    // Everything but the state condition: what the state counts are computed over.
    bool matchesIgnoringState(const Task &task, QByteArrayView searchKey) const;
    bool matchesState(const Task &task) const;
    bool matchesStateCode(const QString &code) const;
    // The source condition; the caller knows the row's source (TaskStore::sourceOf).
    bool matchesSource(int source) const
    {
        return m_filter.source < 0 || source == m_filter.source;
    }

    // The parts the proxy evaluates separately over whole columns:
    // case-folded UTF-8 words that must all appear in the search key...
    const QByteArrayList &words() const { return m_words; }
    // ...and the conditions on other fields (time range, pool, input type,
    // version, warnings). matchesIgnoringState == text && fields.
    bool hasFieldConditions() const { return m_hasFieldConditions; }
    bool matchesFields(const Task &task) const;

private:
    TaskFilter m_filter;
    QByteArrayList m_words; // case-folded UTF-8
    bool m_hasFieldConditions = false;
};

} // namespace vias
