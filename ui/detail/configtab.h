// The Service config tab: each service_config.common key with a readable
// label, its value, unit, documented meaning and default, and the spec's
// sanity warnings beside the keys they concern. Undocumented keys are listed
// as sent.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace vias {
struct Task;
}

namespace vias::ui {

class ConfigTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigTab)

public:
    explicit ConfigTab(QWidget *parent = nullptr);
    void setTask(const Task *task);
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_warnings;
    QTableWidget *m_table;
};

} // namespace vias::ui
