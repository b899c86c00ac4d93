// Shared helpers for the benchmark programs: peak memory, a monotonic
// timer, an event-loop stall monitor and a result table
// ("name | value | target | ok"). When the environment variable
// VIAS_BENCH_JSON names a file, every printed table is also appended to it as
// one JSON object per line (scripts/bench.sh merges those files).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace vias::bench {

// Peak resident set size of this process in KiB (VmHWM in /proc/self/status), -1 if unknown.
qint64 peakRssKib();
// Current resident set size in KiB (VmRSS), -1 if unknown.
qint64 currentRssKib();

// Monotonic stopwatch (QElapsedTimer), started on construction.
class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    void restart() { m_timer.restart(); }
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    double elapsedSec() const { return double(m_timer.nsecsElapsed()) / 1e9; }

private:
    QElapsedTimer m_timer;
};

// Measures how long the event loop of the thread it lives in goes without
// running a 5 ms precise timer: the longest gap between two ticks is the
// worst stall a user would feel. The thread's own CPU time during that gap
// tells work (CPU close to the gap) from waiting for a core on a loaded
// machine (CPU far below the gap); the largest CPU time between two ticks is
// the longest piece of work the thread did in one go.
class StallMonitor final : public QObject
{
    Q_DISABLE_COPY_MOVE(StallMonitor)
public:
    explicit StallMonitor(int intervalMs = 5, QObject *parent = nullptr);
    ~StallMonitor() override;
    void start();
    void stop();
    double longestGapMs() const { return double(m_longestNs) / 1e6; }
    // This thread's CPU time during the longest gap.
    double longestGapCpuMs() const { return double(m_longestCpuNs) / 1e6; }
    // The most CPU time this thread used between two ticks (its longest busy stretch).
    double longestBusyCpuMs() const { return double(m_busiestCpuNs) / 1e6; }
    // When the longest gap ended, ms after start().
    double longestGapAtMs() const { return double(m_longestAtNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    void reset();

private:
    void tick();
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestCpuNs = 0;
    qint64 m_longestAtNs = 0;
    qint64 m_busiestCpuNs = 0;
    qint64 m_ticks = 0;
};

// Collects rows and prints them aligned: name | value | target | ok.
// print() also appends the table as one JSON line to $VIAS_BENCH_JSON:
// {"bench": program, "title": ..., "rows": [{"name", "value", "number",
// "unit", "target", "ok"}]}; "number"/"unit" are the leading number of the
// value text and the word after it ("0.512 s, 250 MiB/s" -> 0.512, "s").
class ResultTable
{
public:
    explicit ResultTable(QString title);
    void add(const QString &name, const QString &value, const QString &target = {},
             std::optional<bool> ok = std::nullopt);
    // Prints to stdout; returns true when no row failed.
    bool print() const;
    // The JSON line print() appends to $VIAS_BENCH_JSON.
    QByteArray toJsonLine() const;

private:
    struct Row
    {
        QString name, value, target;
        std::optional<bool> ok;
    };
    QString m_title;
    QList<Row> m_rows;
};

QString formatMiB(qint64 kib);
// The 1-minute load average from /proc/loadavg, "?" if unknown.
QString loadAverage();

} // namespace vias::bench
