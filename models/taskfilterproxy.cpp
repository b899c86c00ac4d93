#include "models/taskfilterproxy.h"

#include "models/tasktablemodel.h"

#include <QCollator>

#include <numeric>

namespace vias {
namespace {

// Source changes that arrive in a stream (fetch-all batches) are applied at
// most this often, so the view never re-sorts per page.
constexpr int kCoalesceMs = 120;

bool isNumericColumn(int column)
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

qint64 numberKey(const Task &task, TaskColumn column)
{
    return taskColumnNumber(task, column).value_or(0);
}

// The C locale collates by code point (no numeric mode, case-sensitive), so
// a process started with LANG=C still sorts names like an English user expects.
QCollator makeCollator()
{
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English)
                                                          : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_matcher(std::in_place, TaskFilter{})
{
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(kCoalesceMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, [this] { rebuild(false); });
}

TaskFilterProxy::~TaskFilterProxy() = default;

void TaskFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_model = qobject_cast<TaskTableModel *>(model);
    Q_ASSERT_X(!model || m_model, "TaskFilterProxy", "the source must be a TaskTableModel");
    QAbstractProxyModel::setSourceModel(m_model);
    m_order.clear();
    m_keyColumn = -1;
    if (m_model) {
        // Appends keep existing source rows in place, so the current mapping
        // stays valid until the coalesced rebuild picks the new rows up.
        m_sourceConnections
            << connect(m_model, &QAbstractItemModel::rowsInserted, this,
                       [this] { scheduleRebuild(); })
            << connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                       [this] {
                           m_rebuildTimer.stop();
                           beginResetModel();
                           m_order.clear();
                           m_matching.clear();
                           m_keyColumn = -1;
                       })
            << connect(m_model, &QAbstractItemModel::modelReset, this,
                       [this] {
                           endResetModel();
                           rebuild(true);
                       })
            << connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                       [this] {
                           beginResetModel();
                           m_order.clear();
                           m_matching.clear();
                           m_keyColumn = -1;
                       })
            << connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                       [this] {
                           endResetModel();
                           rebuild(true);
                       })
            << connect(m_model, &QAbstractItemModel::dataChanged, this,
                       &TaskFilterProxy::onSourceDataChanged)
            << connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                       &QAbstractItemModel::headerDataChanged);
    }
    endResetModel();
    rebuild(true);
}

QModelIndex TaskFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid())
        return {};
    const int i = pageFirstMatch() + proxyIndex.row();
    if (i < 0 || i >= m_matching.size())
        return {};
    return m_model->index(m_matching.at(i), proxyIndex.column());
}

QModelIndex TaskFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid())
        return {};
    const int first = pageFirstMatch();
    const int rows = rowCount();
    for (int r = 0; r < rows; ++r) {
        if (m_matching.at(first + r) == sourceIndex.row())
            return index(r, sourceIndex.column());
    }
    return {};
}

QModelIndex TaskFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int TaskFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_model)
        return 0;
    const int remaining = int(m_matching.size()) - pageFirstMatch();
    return std::max(0, m_pageSize > 0 ? std::min(m_pageSize, remaining) : remaining);
}

int TaskFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TaskFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant TaskFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return pageFirstMatch() + section + 1; // position in the whole filtered list
        return {};
    }
    return m_model ? m_model->headerData(section, orientation, role) : QVariant();
}

void TaskFilterProxy::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_matcher.emplace(m_filter);
    m_page = 0;
    rebuild(false);
}

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder && !m_orderDirty)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (isServerSorted()) {
        emit serverSortRequested(column, order);
        rebuild(true);
        return;
    }
    rebuild(true);
}

void TaskFilterProxy::setServerSortColumns(const QList<int> &columns)
{
    m_serverSortColumns = columns;
    rebuild(true);
}

bool TaskFilterProxy::isServerSorted() const
{
    return m_sortColumn >= 0 && m_serverSortColumns.contains(m_sortColumn);
}

void TaskFilterProxy::setPageSize(int rows)
{
    rows = std::max(0, rows);
    if (rows == m_pageSize)
        return;
    // Keep the first visible task on screen when the page size changes.
    const int firstMatch = pageFirstMatch();
    beginResetModel();
    m_pageSize = rows;
    m_page = rows > 0 ? firstMatch / rows : 0;
    endResetModel();
    emit summaryChanged();
}

void TaskFilterProxy::setPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (page == m_page)
        return;
    beginResetModel();
    m_page = page;
    endResetModel();
    emit summaryChanged();
}

int TaskFilterProxy::pageCount() const
{
    if (m_pageSize <= 0)
        return 1;
    return std::max(1, int((m_matching.size() + m_pageSize - 1) / m_pageSize));
}

int TaskFilterProxy::pageFirstMatch() const
{
    return m_pageSize > 0 ? m_page * m_pageSize : 0;
}

void TaskFilterProxy::flush()
{
    if (m_rebuildTimer.isActive()) {
        m_rebuildTimer.stop();
        rebuild(false);
    }
}

void TaskFilterProxy::scheduleRebuild()
{
    if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

void TaskFilterProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    Q_UNUSED(roles)
    // A changed task may now sort or filter differently.
    m_orderDirty = true;
    refreshSortKeys(topLeft.row(), bottomRight.row());
    const int first = pageFirstMatch();
    for (int r = 0; r < rowCount(); ++r) {
        const int source = m_matching.at(first + r);
        if (source >= topLeft.row() && source <= bottomRight.row())
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
    scheduleRebuild();
}

void TaskFilterProxy::refreshSortKeys(int first, int last)
{
    if (m_keyColumn < 0)
        return;
    const TaskStore &store = m_model->store();
    const auto column = static_cast<TaskColumn>(m_keyColumn);
    const QCollator collator = makeCollator();
    for (int row = first; row <= last; ++row) {
        if (row < int(m_numberKeys.size()))
            m_numberKeys[row] = numberKey(store.at(row), column);
        if (row < int(m_textKeys.size()))
            m_textKeys[row] = collator.sortKey(m_model->sortText(row, column));
    }
}

void TaskFilterProxy::ensureSortKeys()
{
    const qsizetype n = m_model->store().size();
    if (m_keyColumn != m_sortColumn) {
        m_keyColumn = m_sortColumn;
        m_textKeys.clear();
        m_numberKeys.clear();
    }
    const TaskStore &store = m_model->store();
    const auto column = static_cast<TaskColumn>(m_sortColumn);
    if (isNumericColumn(m_sortColumn)) {
        m_numberKeys.reserve(n);
        for (qsizetype row = qsizetype(m_numberKeys.size()); row < n; ++row)
            m_numberKeys.push_back(numberKey(store.at(row), column));
        return;
    }
    const QCollator collator = makeCollator();
    m_textKeys.reserve(n);
    for (qsizetype row = qsizetype(m_textKeys.size()); row < n; ++row) {
        m_textKeys.push_back(collator.sortKey(m_model->sortText(int(row), column)));
    }
}

bool TaskFilterProxy::lessThan(int left, int right) const
{
    int c = 0;
    if (isNumericColumn(m_sortColumn)) {
        const qint64 a = m_numberKeys[left];
        const qint64 b = m_numberKeys[right];
        c = a < b ? -1 : (a > b ? 1 : 0);
    } else {
        c = m_textKeys[left].compare(m_textKeys[right]);
    }
    if (c == 0)
        return left < right; // stable: arrival order breaks ties
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void TaskFilterProxy::ensureOrder(bool resortAll)
{
    const int n = int(m_model->store().size());
    const bool sorted = m_sortColumn >= 0 && !isServerSorted();
    if (resortAll || m_orderDirty || !sorted || m_order.size() > n) {
        m_order.resize(n);
        std::iota(m_order.begin(), m_order.end(), 0);
        if (sorted) {
            ensureSortKeys();
            std::sort(m_order.begin(), m_order.end(),
                      [this](int a, int b) { return lessThan(a, b); });
        }
        m_orderDirty = false;
        return;
    }
    // Appended rows: sort them alone, then merge with the sorted rest.
    const int old = int(m_order.size());
    if (old == n)
        return;
    m_order.resize(n);
    std::iota(m_order.begin() + old, m_order.end(), old);
    ensureSortKeys();
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::sort(m_order.begin() + old, m_order.end(), less);
    std::inplace_merge(m_order.begin(), m_order.begin() + old, m_order.end(), less);
}

void TaskFilterProxy::rebuild(bool resortAll)
{
    m_rebuildTimer.stop();
    beginResetModel();
    m_matching.clear();
    m_stateCounts.clear();
    if (m_model) {
        ensureOrder(resortAll);
        const TaskStore &store = m_model->store();
        m_matching.reserve(m_order.size());
        const bool filtering = !m_filter.isEmpty();
        for (const int row : std::as_const(m_order)) {
            const Task &task = store.at(row);
            if (!filtering) {
                m_matching.append(row);
                ++m_stateCounts[task.stateCode];
                continue;
            }
            if (!m_matcher->matchesSource(store.sourceOf(row)) ||
                !m_matcher->matchesIgnoringState(task, store.searchKey(row)))
                continue;
            ++m_stateCounts[task.stateCode];
            if (m_matcher->matchesState(task))
                m_matching.append(row);
        }
    }
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    endResetModel();
    emit summaryChanged();
}

} // namespace vias
