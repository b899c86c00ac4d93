// Benchmark helpers: /proc/self/status readers, the stall monitor, the table.
#include "benchsupport.h"

#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace vias::bench {
namespace {

qint64 statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    // /proc files report size 0, so read everything rather than test atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            // "VmHWM:     123456 kB"
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            bool ok = false;
            const qint64 value = parts.value(0).toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

} // namespace

qint64 peakRssKib()
{
    return statusField("VmHWM");
}

qint64 currentRssKib()
{
    return statusField("VmRSS");
}

QString formatMiB(qint64 kib)
{
    return kib < 0 ? QStringLiteral("?")
                   : QStringLiteral("%1 MiB").arg(double(kib) / 1024.0, 0, 'f', 1);
}

StallMonitor::StallMonitor(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

StallMonitor::~StallMonitor() = default;

void StallMonitor::start()
{
    reset();
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer->start();
}

void StallMonitor::stop()
{
    tick();
    m_timer->stop();
}

void StallMonitor::reset()
{
    m_lastNs = m_clock.isValid() ? m_clock.nsecsElapsed() : -1;
    m_longestNs = 0;
    m_ticks = 0;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0)
        m_longestNs = qMax(m_longestNs, now - m_lastNs);
    m_lastNs = now;
    ++m_ticks;
}

ResultTable::ResultTable(QString title)
    : m_title(std::move(title))
{}

void ResultTable::add(const QString &name, const QString &value, const QString &target,
                      std::optional<bool> ok)
{
    m_rows.append({name, value, target, ok});
}

bool ResultTable::print() const
{
    qsizetype wName = 4, wValue = 5, wTarget = 6;
    for (const Row &r : m_rows) {
        wName = qMax(wName, r.name.size());
        wValue = qMax(wValue, r.value.size());
        wTarget = qMax(wTarget, r.target.size());
    }
    QTextStream out(stdout);
    bool allOk = true;
    out << "\n## " << m_title << "\n";
    out << QStringLiteral("name").leftJustified(wName) << " | "
        << QStringLiteral("value").leftJustified(wValue) << " | "
        << QStringLiteral("target").leftJustified(wTarget) << " | ok\n";
    out << QString(wName, QLatin1Char('-')) << "-|-" << QString(wValue, QLatin1Char('-')) << "-|-"
        << QString(wTarget, QLatin1Char('-')) << "-|---\n";
    for (const Row &r : m_rows) {
        const QString ok =
            !r.ok ? QStringLiteral("") : (*r.ok ? QStringLiteral("yes") : QStringLiteral("NO"));
        allOk = allOk && r.ok.value_or(true);
        out << r.name.leftJustified(wName) << " | " << r.value.leftJustified(wValue) << " | "
            << r.target.leftJustified(wTarget) << " | " << ok << "\n";
    }
    out.flush();
    return allOk;
}

} // namespace vias::bench
