#include "models/taskfilterproxy.h"

#include "models/tasktablemodel.h"

#include <numeric>

namespace vias {
namespace {

// Source changes that arrive in a stream (fetch-all batches) are applied at
// most this often, so the view never re-sorts per page.
constexpr int kCoalesceMs = 120;

// True when every row matching all `narrower` words also matches all `wider`
// words: each wider word lies inside some narrower word (the user typed on).
bool isRefinement(const QByteArrayList &wider, const QByteArrayList &narrower)
{
    for (const QByteArray &word : wider) {
        const bool covered = std::any_of(narrower.cbegin(), narrower.cend(),
                                         [&word](const QByteArray &n) { return n.contains(word); });
        if (!covered)
            return false;
    }
    return true;
}

// The part of a filter that TaskFilterMatcher::matchesFields() looks at.
TaskFilter fieldPart(const TaskFilter &filter)
{
    TaskFilter fields = filter;
    fields.text.clear();
    fields.stateCodes.clear();
    return fields;
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
    invalidateCaches();
    if (m_model) {
        // Appends keep existing source rows in place, so the current mapping
        // stays valid until the coalesced rebuild picks the new rows up.
        m_sourceConnections << connect(m_model, &QAbstractItemModel::rowsInserted, this,
                                       [this] { scheduleRebuild(); })
                            << connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                                       [this] {
                                           m_rebuildTimer.stop();
                                           beginResetModel();
                                           m_order.clear();
                                           m_matching.clear();
                                           invalidateCaches();
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
                                           invalidateCaches();
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
    const int firstRow = topLeft.row();
    const int lastRow = bottomRight.row();
    if (m_keys.column() >= 0)
        m_keys.refresh(*m_model, firstRow, lastRow);
    const TaskStore &store = m_model->store();
    const TaskFilterMatcher fieldMatcher(m_fieldFilter);
    for (int row = firstRow; row <= lastRow; ++row) {
        if (m_textValid && row < m_textRows)
            m_textMask[row] = TaskSearchIndex::containsAll(store.searchKey(row), m_textWords);
        if (m_fieldValid && row < m_fieldRows)
            m_fieldMask[row] = fieldMatcher.matchesFields(store.at(row));
    }
    const int first = pageFirstMatch();
    for (int r = 0; r < rowCount(); ++r) {
        const int source = m_matching.at(first + r);
        if (source >= firstRow && source <= lastRow)
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
    scheduleRebuild();
}

void TaskFilterProxy::invalidateCaches()
{
    m_keys.reset(-1);
    m_textValid = false;
    m_textMask = {};
    m_fieldValid = false;
    m_fieldMask = {};
}

qsizetype TaskFilterProxy::cacheMemoryBytes() const
{
    return m_keys.memoryBytes() +
           (m_order.capacity() + m_matching.capacity()) * qsizetype(sizeof(int)) +
           qsizetype(m_textMask.capacity() + m_fieldMask.capacity());
}

void TaskFilterProxy::ensureSortKeys()
{
    if (m_keys.column() != m_sortColumn)
        m_keys.reset(m_sortColumn);
    m_keys.update(*m_model);
}

void TaskFilterProxy::updateTextMask()
{
    const QByteArrayList &words = m_matcher->words();
    const TaskSearchIndex &index = m_model->store().searchIndex();
    const qsizetype n = index.size();
    if (words.isEmpty())
        return; // no text condition; the last result stays for a later refinement
    if (m_textValid && words == m_textWords) {
        // Only appended rows are new.
        if (m_textRows < n) {
            m_textMask.resize(size_t(n), 1);
            index.narrow(words, m_textMask, m_textRows, n);
            m_textRows = n;
        }
        return;
    }
    if (m_textValid && m_textRows == n && isRefinement(m_textWords, words)) {
        // The text grew: only rows that matched before can match now.
        index.narrow(words, m_textMask, 0, n);
    } else {
        m_textMask.assign(size_t(n), 1);
        index.narrow(words, m_textMask, 0, n);
    }
    m_textWords = words;
    m_textRows = n;
    m_textValid = true;
}

void TaskFilterProxy::updateFieldMask()
{
    const TaskStore &store = m_model->store();
    const qsizetype n = store.size();
    const TaskFilter fields = fieldPart(m_filter);
    if (!m_fieldValid || fields != m_fieldFilter) {
        m_fieldFilter = fields;
        m_fieldRows = 0;
        m_fieldValid = true;
    }
    m_fieldMask.resize(size_t(n));
    // Source order: the tasks are read sequentially, not in sort order.
    for (qsizetype row = m_fieldRows; row < n; ++row)
        m_fieldMask[size_t(row)] = m_matcher->matchesFields(store.at(row)) ? 1 : 0;
    m_fieldRows = n;
}

bool TaskFilterProxy::lessThan(int left, int right) const
{
    const int c = m_keys.compare(left, right);
    if (c == 0)
        return left < right; // stable: arrival order breaks ties
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void TaskFilterProxy::ensureOrder(bool resortAll)
{
    const int n = int(m_model->store().size());
    const bool sorted = m_sortColumn >= 0 && !isServerSorted();
    if (resortAll || m_orderDirty || !sorted || m_order.size() > n) {
        if (sorted) {
            ensureSortKeys();
            m_order = m_keys.sortedRows(m_sortOrder);
        } else {
            m_order.resize(n);
            std::iota(m_order.begin(), m_order.end(), 0);
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
    m_stateCounts.clear();
    if (m_model) {
        ensureOrder(resortAll);
        const TaskStore &store = m_model->store();
        const bool filtering = !m_filter.isEmpty();
        const quint8 *text = nullptr;
        const quint8 *fields = nullptr;
        if (filtering && !m_matcher->words().isEmpty()) {
            updateTextMask();
            text = m_textMask.data();
        }
        if (filtering && m_matcher->hasFieldConditions()) {
            updateFieldMask();
            fields = m_fieldMask.data();
        }
        // The state condition and the counts per state work on state numbers.
        const QStringList &codes = store.stateCodeTable();
        std::vector<quint8> stateAllowed(size_t(codes.size()), 1);
        if (filtering) {
            for (qsizetype i = 0; i < codes.size(); ++i)
                stateAllowed[size_t(i)] = m_matcher->matchesStateCode(codes.at(i)) ? 1 : 0;
        }
        std::vector<int> counts(size_t(codes.size()), 0);
        const quint16 *states = store.stateNumbers().constData();
        m_matching.resize(m_order.size());
        int *out = m_matching.data();
        int matched = 0;
        const bool bySource = filtering && m_filter.source >= 0;
        for (const int row : std::as_const(m_order)) {
            if ((text && !text[row]) || (fields && !fields[row]) ||
                (bySource && !m_matcher->matchesSource(store.sourceOf(row))))
                continue;
            const quint16 state = states[row];
            ++counts[state];
            if (stateAllowed[state])
                out[matched++] = row;
        }
        m_matching.resize(matched);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (counts[size_t(i)] > 0)
                m_stateCounts.insert(codes.at(i), counts[size_t(i)]);
        }
    } else {
        m_matching.clear();
    }
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    endResetModel();
    emit summaryChanged();
}

} // namespace vias
