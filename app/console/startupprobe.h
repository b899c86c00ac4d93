// Cold-start measurement for `vias-console --startup-benchmark` (used by
// scripts/bench.sh): waits until the task view has painted with its first
// rows, prints the milliseconds since the process started, then quits the
// application. Nothing here runs in a normal start.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace vias::ui {
class TaskView;
}

namespace vias::app {

class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    // `sinceMain` was started first thing in main(); the time before main
    // (exec, dynamic loading, static initialisers) comes from /proc/self/stat.
    StartupProbe(ui::TaskView *view, const QElapsedTimer &sinceMain, QObject *parent = nullptr);

    // Milliseconds from process creation (kernel start time, 10 ms ticks) to
    // now, or -1 when /proc is not readable.
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    ui::TaskView *m_view;
    QElapsedTimer m_sinceMain;
    double m_beforeMainMs;
    bool m_done = false;
};

} // namespace vias::app
