#include "models/taskfilterproxy.h"

#include "models/tasktablemodel.h"

#include <numeric>

namespace vias {
namespace {

// Source changes that arrive in a stream (fetch-all batches) are applied at
// most this often, so the view never re-sorts per page.
constexpr int kCoalesceMs = 120;

// Above this many separate runs of rows entering or leaving the shown page,
// one reset is cheaper for the view than that many insert/remove signals.
constexpr int kMaxPageRuns = 16;

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
    connect(&m_rebuildTimer, &QTimer::timeout, this, [this] { applyPendingChanges(); });
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
    m_matching.clear();
    m_view.clear();
    invalidateCaches();
    if (m_model) {
        // Appends keep existing source rows in place, so the current mapping
        // stays valid until the coalesced rebuild picks the new rows up.
        m_sourceConnections << connect(m_model, &QAbstractItemModel::rowsInserted, this,
                                       [this] { scheduleRebuild(); })
                            << connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                                       [this] {
                                           m_rebuildTimer.stop();
                                           beginSourceReset();
                                       })
                            << connect(m_model, &QAbstractItemModel::modelReset, this,
                                       &TaskFilterProxy::endSourceReset)
                            << connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                       &TaskFilterProxy::beginSourceReset)
                            << connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                                       &TaskFilterProxy::endSourceReset)
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
    const int row = proxyIndex.row();
    if (row < 0 || row >= m_view.size())
        return {};
    return m_model->index(m_view.at(row), proxyIndex.column());
}

QModelIndex TaskFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid())
        return {};
    const qsizetype r = m_view.indexOf(sourceIndex.row());
    return r < 0 ? QModelIndex() : index(int(r), sourceIndex.column());
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
    return parent.isValid() || !m_model ? 0 : int(m_view.size());
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
    m_view = pageRows();
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
    m_view = pageRows();
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

QList<int> TaskFilterProxy::pageRows() const
{
    const qsizetype first = std::min<qsizetype>(pageFirstMatch(), m_matching.size());
    const qsizetype count = m_pageSize > 0
                                ? std::min<qsizetype>(m_pageSize, m_matching.size() - first)
                                : m_matching.size() - first;
    return m_matching.mid(first, count);
}

void TaskFilterProxy::flush()
{
    if (m_rebuildTimer.isActive())
        applyPendingChanges();
}

void TaskFilterProxy::applyPendingChanges()
{
    m_rebuildTimer.stop();
    // Rows only appended (a fetch-all): filter and merge the new rows alone.
    if (m_model && !m_orderDirty && m_model->store().size() >= m_order.size())
        appendNewRows();
    else
        rebuild(false);
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
    for (int r = 0; r < rowCount(); ++r) {
        const int source = m_view.at(r);
        if (source >= firstRow && source <= lastRow)
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
    scheduleRebuild();
}

// A source reset or row removal resets this proxy: the rows it maps to
// are gone or renumbered.
void TaskFilterProxy::beginSourceReset()
{
    beginResetModel();
    m_order.clear();
    m_matching.clear();
    m_view.clear();
    invalidateCaches();
}

void TaskFilterProxy::endSourceReset()
{
    endResetModel();
    rebuild(true);
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
           (m_order.capacity() + m_matching.capacity() + m_view.capacity()) *
               qsizetype(sizeof(int)) +
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

bool TaskFilterProxy::isLocallySorted() const
{
    return m_sortColumn >= 0 && !isServerSorted();
}

bool TaskFilterProxy::displaysBefore(int left, int right) const
{
    // Unsorted and server-sorted lists keep the arrival (row) order.
    return isLocallySorted() ? lessThan(left, right) : left < right;
}

void TaskFilterProxy::mergeInto(QList<int> &list, const QList<int> &tail) const
{
    // `list` and `tail` are each in display order. Merged from the back, in
    // place: only the elements of `list` that sort after tail's first one
    // move (none when the new rows all sort last, as in a fetch-all shown
    // newest first).
    const qsizetype old = list.size();
    list.append(tail);
    if (old == 0 || tail.isEmpty() || !displaysBefore(tail.first(), list.at(old - 1)))
        return;
    int *a = list.data();
    qsizetype i = old - 1;
    qsizetype j = tail.size() - 1;
    qsizetype k = list.size() - 1;
    while (j >= 0) {
        if (i >= 0 && displaysBefore(tail.at(j), a[i]))
            a[k--] = a[i--];
        else
            a[k--] = tail.at(j--);
    }
}

void TaskFilterProxy::ensureOrder(bool resortAll)
{
    const int n = int(m_model->store().size());
    const bool sorted = isLocallySorted();
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
    mergeInto(m_order, newRowsInOrder());
}

QList<int> TaskFilterProxy::newRowsInOrder()
{
    const int old = int(m_order.size());
    QList<int> rows(m_model->store().size() - old);
    std::iota(rows.begin(), rows.end(), old);
    if (isLocallySorted()) {
        ensureSortKeys();
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
    }
    return rows;
}

qsizetype TaskFilterProxy::filterRows(const int *rows, qsizetype count, int *out)
{
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
    m_stateCountByNumber.resize(size_t(codes.size()), 0);
    int *counts = m_stateCountByNumber.data();
    const quint16 *states = store.stateNumbers().constData();
    const bool bySource = filtering && m_filter.source >= 0;
    qsizetype matched = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int row = rows[i];
        if ((text && !text[row]) || (fields && !fields[row]) ||
            (bySource && !m_matcher->matchesSource(store.sourceOf(row))))
            continue;
        const quint16 state = states[row];
        ++counts[state];
        if (stateAllowed[state])
            out[matched++] = row;
    }
    m_stateCounts.clear();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (counts[i] > 0)
            m_stateCounts.insert(codes.at(i), counts[i]);
    }
    return matched;
}

void TaskFilterProxy::rebuild(bool resortAll)
{
    m_rebuildTimer.stop();
    beginResetModel();
    m_stateCounts.clear();
    m_stateCountByNumber.clear();
    if (m_model) {
        ensureOrder(resortAll);
        m_matching.resize(m_order.size());
        m_matching.resize(filterRows(m_order.constData(), m_order.size(), m_matching.data()));
    } else {
        m_matching.clear();
    }
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    m_view = pageRows();
    endResetModel();
    emit summaryChanged();
}

void TaskFilterProxy::appendNewRows()
{
    if (m_order.size() == m_model->store().size())
        return;
    const QList<int> fresh = newRowsInOrder();
    mergeInto(m_order, fresh);
    // The new rows that match, still in display order, merged the same way:
    // the same result as filtering the whole merged order.
    QList<int> matched(fresh.size());
    matched.resize(filterRows(fresh.constData(), fresh.size(), matched.data()));
    mergeInto(m_matching, matched);
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    showPage(pageRows());
    emit summaryChanged();
}

void TaskFilterProxy::showPage(const QList<int> &next)
{
    // Both lists are in display order and old rows keep their relative
    // order, so one walk finds the rows that left the page and those that
    // entered it; the view gets those as row removals and insertions (its
    // selection, current row and scroll position survive), or one reset
    // when they are too scattered.
    const QList<int> &prev = m_view;
    std::vector<bool> removed(size_t(prev.size()), false);
    std::vector<bool> inserted(size_t(next.size()), false);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < prev.size() || j < next.size()) {
        if (i < prev.size() && j < next.size() && prev.at(i) == next.at(j)) {
            ++i;
            ++j;
        } else if (j >= next.size() ||
                   (i < prev.size() && displaysBefore(prev.at(i), next.at(j)))) {
            removed[size_t(i++)] = true;
        } else {
            inserted[size_t(j++)] = true;
        }
    }
    const auto runs = [](const std::vector<bool> &flags) {
        int count = 0;
        for (size_t k = 0; k < flags.size(); ++k)
            count += flags[k] && (k == 0 || !flags[k - 1]) ? 1 : 0;
        return count;
    };
    const int removeRuns = runs(removed);
    const int insertRuns = runs(inserted);
    if (removeRuns + insertRuns == 0)
        return;
    if (removeRuns + insertRuns > kMaxPageRuns) {
        beginResetModel();
        m_view = next;
        endResetModel();
        return;
    }
    // Removals from the back, so earlier positions stay valid.
    for (qsizetype last = prev.size() - 1; last >= 0;) {
        if (!removed[size_t(last)]) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && removed[size_t(first - 1)])
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_view.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // Insertions from the front: rows [0, at) already equal next's.
    for (qsizetype at = 0; at < next.size();) {
        if (!inserted[size_t(at)]) {
            ++at;
            continue;
        }
        qsizetype end = at;
        while (end < next.size() && inserted[size_t(end)])
            ++end;
        beginInsertRows({}, int(at), int(end - 1));
        m_view.insert(at, end - at, 0);
        std::copy(next.cbegin() + at, next.cbegin() + end, m_view.begin() + at);
        endInsertRows();
        at = end;
    }
    Q_ASSERT(m_view == next);
}

} // namespace vias
