// Filters, sorts and pages a TaskTableModel for the view.
//
// Unlike QSortFilterProxyModel, it keeps one sorted permutation of all source
// rows and derives the matching rows by one linear pass in sorted order over
// compact per-row masks: the free-text result (a scan of the store's
// TaskSearchIndex, narrowed to the previous matches when the text only grew,
// and extended to appended rows only), the other field conditions, and the
// store's state numbers. Rows appended to the source (a fetch-all's batches,
// coalesced) are sorted, filtered and merged in alone, and the view is told
// which rows entered or left its page (no reset: selection, current row and
// scroll position stay). The view shows one page of the matching rows (page
// size 0 shows them all). Text columns sort with QCollator (locale aware,
// numbers in names compared as numbers); TaskSortKeys caches one column's keys.
#pragma once

#include "models/taskfilter.h"
#include "models/tasksortkeys.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QTimer>

#include <optional>
#include <vector>

namespace vias {

class TaskTableModel;

class TaskFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxy)

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);
    ~TaskFilterProxy() override;

    // Must be a TaskTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    TaskTableModel *taskModel() const { return m_model; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

    // --- filtering
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    int matchingCount() const { return int(m_matching.size()); }
    // Source rows that match, in display order (all pages).
    const QList<int> &matchingSourceRows() const { return m_matching; }
    // Per state code: tasks matching every condition except the state one.
    const QHash<QString, int> &stateCounts() const { return m_stateCounts; }

    // --- sorting (-1: the order the tasks arrived in)
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Columns the server sorts (server paging): sort() on them only records the
    // indicator and emits serverSortRequested; the rows keep the server's order.
    void setServerSortColumns(const QList<int> &columns);

    // --- paging of the view
    void setPageSize(int rows); // 0: one page with everything
    int pageSize() const { return m_pageSize; }
    void setPage(int page); // 0-based, clamped
    int page() const { return m_page; }
    int pageCount() const;
    int pageFirstMatch() const; // index into matchingSourceRows() of row 0

    // Applies pending source changes now instead of after the coalescing delay.
    void flush();

    // Bytes of the per-row caches (sort keys, order, masks), for the benchmarks.
    qsizetype cacheMemoryBytes() const;

signals:
    // Matching count, page or sort changed: pager and status texts update.
    void summaryChanged();
    void serverSortRequested(int column, Qt::SortOrder order);

private:
    void scheduleRebuild();
    void applyPendingChanges();
    void rebuild(bool resortAll);
    // Rows appended to the source since the last update: only those are
    // sorted, filtered and merged in; the view gets row insertions.
    void appendNewRows();
    QList<int> newRowsInOrder();
    // Filters `rows` (in display order) into `out`; sets the state counts.
    qsizetype filterRows(const int *rows, qsizetype count, int *out);
    void mergeInto(QList<int> &list, const QList<int> &tail) const;
    // Moves the view to `next` (the page's source rows) by row signals.
    void showPage(const QList<int> &next);
    QList<int> pageRows() const;
    bool isLocallySorted() const;
    bool displaysBefore(int left, int right) const;
    void ensureOrder(bool resortAll);
    void ensureSortKeys();
    void updateTextMask();
    void updateFieldMask();
    void invalidateCaches();
    void beginSourceReset();
    void endSourceReset();
    bool lessThan(int left, int right) const;
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    bool isServerSorted() const;

    TaskTableModel *m_model = nullptr;
    TaskFilter m_filter;
    std::optional<TaskFilterMatcher> m_matcher;
    QList<int> m_order;    // all source rows, sorted
    QList<int> m_matching; // rows of m_order that match, in order
    QList<int> m_view;     // the source rows of the page shown, as the view knows them
    QHash<QString, int> m_stateCounts;
    std::vector<int> m_stateCountByNumber; // the same, per store state number
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_serverSortColumns;
    int m_pageSize = 0;
    int m_page = 0;
    bool m_orderDirty = false;
    QTimer m_rebuildTimer;
    QList<QMetaObject::Connection> m_sourceConnections;
    TaskSortKeys m_keys;
    // Per source row: 1 when the search key contains every word of
    // m_textWords; valid for rows [0, m_textRows) while m_textValid.
    std::vector<quint8> m_textMask;
    QByteArrayList m_textWords;
    qsizetype m_textRows = 0;
    bool m_textValid = false;
    // Per source row: 1 when the field conditions of m_fieldFilter hold.
    std::vector<quint8> m_fieldMask;
    TaskFilter m_fieldFilter;
    qsizetype m_fieldRows = 0;
    bool m_fieldValid = false;
};

} // namespace vias
