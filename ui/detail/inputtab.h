// The Input tab: the task's cameras or other sources as a table, one row per
// input.data item, copyable (Ctrl+C copies the selected cells as TSV).
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;

namespace vias {
struct Task;
}

namespace vias::ui {

class InputTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputTab)

public:
    explicit InputTab(QWidget *parent = nullptr);
    void setTask(const Task *task);
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copySelection();

    QLabel *m_summary;
    QTableWidget *m_table;
    QAction *m_copyAction = nullptr;
};

} // namespace vias::ui
