// The Output tab: where the task sends its results. For a webhook: the URL
// (with a warning for plain http), the headers with values masked (a reveal
// toggle per value), and the data categories as chips; likewise for DIS,
// OBS, localpath and hosting.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace vias {
struct Task;
}

namespace vias::ui {

class OutputTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputTab)

public:
    explicit OutputTab(QWidget *parent = nullptr);
    void setTask(const Task *task);
    // Header values start hidden (default) or shown; each has a reveal toggle.
    void setMaskSecrets(bool mask) { m_maskSecrets = mask; }

    static QString maskedValue(); // what a hidden secret shows as

private:
    void clearContent();

    QWidget *m_content;
    QVBoxLayout *m_layout;
    bool m_maskSecrets = true;
};

} // namespace vias::ui
