// The task table: one row per loaded task, one column per TaskColumn.
// DisplayRole is formatted and translated; SortRole is typed; no role ever
// returns a secret. Rows arrive in batches (one beginInsertRows per batch).
#pragma once

#include "models/taskcolumns.h"
#include "models/taskstore.h"

#include <QAbstractTableModel>

#include <functional>

namespace vias {

class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // typed: QString, qint64 or int
        TaskIdRole,                  // QString
        StateRole,                   // int (TaskState)
        StateCodeRole,               // QString as sent
        UnhealthyRole,               // bool
        WarningCountRole,            // int
        DataWarningRole,             // bool: a data problem, not only a doubtful config
        SourceRole,                  // int: index into sources() (0 for one project)
        RowKeyRole,                  // QString: unique row identity, TaskStore::rowKey(source, id)
    };

    using Clock = std::function<qint64()>; // epoch ms

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const TaskStore &store() const { return m_store; }
    const Task *taskAt(int row) const;
    int rowOf(const QString &id) const { return int(m_store.rowOf(id)); }
    int rowOf(int source, const QString &id) const { return int(m_store.rowOf(source, id)); }

    // The projects of the aggregated view; row sources index into it. Empty
    // for one project (then Project shows the task's project_id, Region nothing).
    void setSources(const QList<TaskSource> &sources);
    const QList<TaskSource> &sources() const { return m_sources; }
    // The source of a row, or nullptr without sources.
    const TaskSource *sourceAt(int row) const;
    // The text a text column sorts by (state name, source name...).
    QString sortText(int row, TaskColumn column) const;

    // Replaces everything (one model reset).
    void setTasks(QList<Task> tasks);
    // Adds a batch of `source`; tasks already present (same source and id)
    // are updated in place.
    void upsertTasks(QList<Task> batch, int source = 0);
    // Replaces the rows of one source (one model reset); the others stay.
    void replaceSourceTasks(int source, QList<Task> tasks);
    void clear();
    // Room for `rows` rows in the store's indexes (a fetch-all that knows its count).
    void reserve(qsizetype rows);

    // For "3 h ago" in tooltips; tests set a fixed clock.
    void setClock(Clock clock);
    // Relative time such as "3 h ago", "in 5 min", "just now".
    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    // Local time as shown in the table: "2020-09-10 15:41".
    static QString localTimeText(qint64 epochMs);

private:
    QVariant displayData(const Task &task, TaskColumn column, const TaskSource *source) const;
    QVariant toolTipData(const Task &task, TaskColumn column, const TaskSource *origin) const;
    QVariant sortData(const Task &task, TaskColumn column) const;

    TaskStore m_store;
    QList<TaskSource> m_sources;
    Clock m_clock;
};

} // namespace vias
