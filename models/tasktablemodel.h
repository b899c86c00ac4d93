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
    enum Role {
        SortRole = Qt::UserRole + 1, // typed: QString, qint64 or int
        TaskIdRole,                  // QString
        StateRole,                   // int (TaskState)
        StateCodeRole,               // QString as sent
        UnhealthyRole,               // bool
        WarningCountRole,            // int
        DataWarningRole,             // bool: a data problem, not only a doubtful config
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

    // Replaces everything (one model reset).
    void setTasks(QList<Task> tasks);
    // Adds a batch; tasks already present (same id) are updated in place.
    void upsertTasks(QList<Task> batch);
    void clear();

    // For "3 h ago" in tooltips; tests set a fixed clock.
    void setClock(Clock clock);
    // Relative time such as "3 h ago", "in 5 min", "just now".
    static QString relativeTime(qint64 thenMs, qint64 nowMs);
    // Local time as shown in the table: "2020-09-10 15:41".
    static QString localTimeText(qint64 epochMs);

private:
    QVariant displayData(const Task &task, TaskColumn column) const;
    QVariant toolTipData(const Task &task, TaskColumn column) const;
    QVariant sortData(const Task &task, TaskColumn column) const;

    TaskStore m_store;
    Clock m_clock;
};

} // namespace vias
