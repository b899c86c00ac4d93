// Shared helpers for the benchmark programs: peak memory, a monotonic
// timer, an event-loop stall monitor and a result table
// ("name | value | target | ok").
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
// worst stall a user would feel.
class StallMonitor final : public QObject
{
    Q_DISABLE_COPY_MOVE(StallMonitor)
public:
    explicit StallMonitor(int intervalMs = 5, QObject *parent = nullptr);
    ~StallMonitor() override;
    void start();
    void stop();
    double longestGapMs() const { return double(m_longestNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    void reset();

private:
    void tick();
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
};

// Collects rows and prints them aligned: name | value | target | ok.
class ResultTable
{
public:
    explicit ResultTable(QString title);
    void add(const QString &name, const QString &value, const QString &target = {},
             std::optional<bool> ok = std::nullopt);
    // Prints to stdout; returns true when no row failed.
    bool print() const;

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

} // namespace vias::bench
