// The task table view: state badges, a header context menu to choose
// columns, Ctrl+C copying the selected rows as TSV, a row context menu (copy
// ID, name, JSON), and helpers that keep the selection across model resets.
#pragma once

#include <QStringList>
#include <QTableView>

namespace vias {
class TaskFilterProxy;
struct Task;
} // namespace vias

namespace vias::ui {

class TaskView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskView)

public:
    explicit TaskView(QWidget *parent = nullptr);

    // Must be a TaskFilterProxy over a TaskTableModel.
    void setTaskModel(TaskFilterProxy *proxy);

    const Task *currentTask() const;
    QString currentTaskId() const;
    QStringList selectedTaskIds() const;
    // Selects these tasks where they are on the current page; the first
    // becomes current. Returns how many were found.
    int selectTaskIds(const QStringList &ids, const QString &currentId);

    // Unique row identities (TaskTableModel::RowKeyRole: the id, prefixed by
    // the source in the aggregated view, where two projects may share an id).
    QString currentRowKey() const;
    QStringList selectedRowKeys() const;
    int selectRowKeys(const QStringList &keys, const QString &currentKey);

    // Aggregated view: shows the Project and Region columns (and offers them
    // in the column chooser); otherwise they are hidden and not offered.
    void setSourceColumnsShown(bool shown);
    bool sourceColumnsShown() const { return m_sourceColumns; }

    // Selected rows (visible columns, visual order) as TSV with a header line.
    QString selectionAsTsv() const;
    void copySelection() const;
    // Logical column indexes of the shown columns, in visual order.
    QList<int> visibleColumnsInOrder() const;
    // Selected tasks' source rows, in the order shown.
    QList<int> selectedSourceRows() const;

signals:
    void currentTaskChanged(const vias::Task *task);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void prepareFonts();

    void showHeaderMenu(const QPoint &pos);

    int selectByRole(int role, const QStringList &values, const QString &current);

    TaskFilterProxy *m_proxy = nullptr;
    bool m_sourceColumns = false;
    bool m_fontsPrepared = false;
};

} // namespace vias::ui
