// The detail pane beside the table: tabs for the selected task (Overview,
// Input, Output, Service config, ROI, Raw JSON). It keeps its own copy of the
// task (the store may move rows) and refreshes only the visible tab; hidden
// tabs catch up when shown.
#pragma once

#include "models/task.h"

#include <QTabWidget>

#include <functional>
#include <optional>

namespace vias::ui {

class OverviewTab;
class InputTab;
class OutputTab;
class ConfigTab;
class RawJsonTab;

class TaskDetailPane final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPane)

public:
    explicit TaskDetailPane(QWidget *parent = nullptr);

    // nullptr clears the pane.
    void setTask(const Task *task);
    const std::optional<Task> &task() const { return m_task; }

    // Adds a tab that shows the task through `show` (called with nullptr to
    // clear). `title` is untranslated (QT_TR_NOOP in TaskDetailPane's context).
    void addTaskTab(QWidget *tab, const char *title, std::function<void(const Task *)> show);

    // The "mask secrets in views" preference: the Output and Raw JSON tabs
    // start with secrets hidden (on) or shown (off); their reveal toggles still work.
    void setMaskSecrets(bool mask);
    bool masksSecrets() const { return m_maskSecrets; }

    // How many times each tab was refreshed (tests check lazy refresh).
    int refreshCount(int tab) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCurrent();
    void retranslate();

    struct TabEntry
    {
        QWidget *widget;
        const char *title; // untranslated source text
        std::function<void(const Task *)> show;
        bool dirty = true;
        int refreshes = 0;
    };
    std::optional<Task> m_task;
    QList<TabEntry> m_tabs;
    OutputTab *m_output = nullptr;
    RawJsonTab *m_raw = nullptr;
    bool m_maskSecrets = true;
};

} // namespace vias::ui
