// See startupprobe.h. Output (one line on stdout, parsed by scripts/bench.sh):
//   startup-benchmark: first_rows_ms=412.3 main_ms=356.1 before_main_ms=56.2 rows=20
#include "app/console/startupprobe.h"

#include "ui/taskview.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace vias::app {

StartupProbe::StartupProbe(ui::TaskView *view, const QElapsedTimer &sinceMain, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_sinceMain(sinceMain)
{
    // What passed before main: process age now minus the time main has run.
    const double age = msSinceProcessStart();
    m_beforeMainMs = age < 0 ? 0 : std::max(0.0, age - double(m_sinceMain.nsecsElapsed()) / 1e6);
    m_view->viewport()->installEventFilter(this);
}

double StartupProbe::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: start time in clock ticks after boot,
    // on the same clock as CLOCK_BOOTTIME. The command name (field 2) may
    // hold spaces, so count from the closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    bool ok = false;
    const double ticks = fields.value(19).toDouble(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - ticks * 1000.0 / double(hz);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // A paint with rows in the model: they are drawn once this event has been
    // handled, so report from the event loop right after it.
    if (!m_done && event->type() == QEvent::Paint && m_view->model() &&
        m_view->model()->rowCount() > 0) {
        m_done = true;
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    const double mainMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
    std::printf("startup-benchmark: first_rows_ms=%.1f main_ms=%.1f before_main_ms=%.1f rows=%d\n",
                mainMs + m_beforeMainMs, mainMs, m_beforeMainMs, m_view->model()->rowCount());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace vias::app
