// Sort keys of one task column for TaskFilterProxy, cached per source row.
//
// Numeric columns keep the number. Text columns are collated with QCollator
// (locale aware, numbers in names compared as numbers), but a collation key is
// computed once per DISTINCT text, not per row: task lists repeat names,
// states, pools and versions a lot. The distinct texts are kept in collation
// order and numbered by rank (equal keys share a rank), so sorting rows is an
// integer sort, and a row costs 4 bytes instead of a QCollatorSortKey.
// Appended rows only add their new texts: keys for those, a merge into the
// ranked list, and a renumbering of ranks.
#pragma once

#include "models/taskstore.h"

#include <QCollatorSortKey>
#include <QHash>
#include <QList>

#include <vector>

namespace vias {
class TaskTableModel;
}

namespace vias {

class TaskSortKeys final
{
public:
    // The collator all text columns sort with. The C locale collates by code
    // point (no numeric mode, case-sensitive), so a process started with LANG=C
    // sorts names like an English user expects instead.
    static QCollator makeCollator();
    static bool isNumericColumn(int column);

    // Forgets everything and caches `column` from now on (-1: nothing).
    void reset(int column);
    int column() const { return m_column; }
    qsizetype rows() const { return m_rows; }

    // Adds keys for the rows of `model` not covered yet. Texts are the
    // model's sort texts (TaskTableModel::sortText: the state's display name,
    // a source's profile name or region in the aggregated view).
    void update(const TaskTableModel &model);
    // Recomputes the keys of rows [first, last] (changed in place).
    void refresh(const TaskTableModel &model, qsizetype first, qsizetype last);

    // <0, 0, >0 as row a sorts before, with, after row b (ascending).
    int compare(int a, int b) const
    {
        if (m_numeric)
            return m_numbers[a] < m_numbers[b] ? -1 : (m_numbers[a] > m_numbers[b] ? 1 : 0);
        const quint32 ra = m_ranks[m_rowText[a]];
        const quint32 rb = m_ranks[m_rowText[b]];
        return ra < rb ? -1 : (ra > rb ? 1 : 0);
    }
    // The rows [0, rows()) in `order` direction; equal keys keep row order.
    QList<int> sortedRows(Qt::SortOrder order) const;

    // Bytes held, for the benchmarks.
    qsizetype memoryBytes() const;

private:
    quint32 textNumber(const QString &text, QStringList &added);
    void addTexts(const QStringList &added);

    int m_column = -1;
    bool m_numeric = false;
    qsizetype m_rows = 0;
    std::vector<qint64> m_numbers;  // numeric column: per row
    std::vector<quint32> m_rowText; // text column: per row, the distinct text number
    QHash<QString, quint32> m_textNumbers;
    std::vector<QCollatorSortKey> m_keys; // per distinct text
    std::vector<quint32> m_sorted;        // distinct text numbers in collation order
    std::vector<quint32> m_ranks;         // per distinct text: its rank
};

} // namespace vias
