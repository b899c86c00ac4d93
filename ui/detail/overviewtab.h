// The Overview tab: every top-level field of the task, its state with the
// documented meaning, times in local time and UTC, and the parser's warnings.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace vias {
struct Task;
}

namespace vias::ui {

class OverviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    explicit OverviewTab(QWidget *parent = nullptr);
    void setTask(const Task *task);
    QString plainText() const;

    // The HTML shown for a task (also used by tests).
    static QString html(const Task &task, qint64 nowMs);

private:
    QTextBrowser *m_view;
};

} // namespace vias::ui
