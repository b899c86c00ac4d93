// Benchmark helpers: /proc/self/status readers, the stall monitor, the table
// (printed, and appended as JSON to $VIAS_BENCH_JSON).
#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <ctime>

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

// "0.512 s, 250 MiB/s" -> 0.512 and "s"; "195,000 tasks/s" -> 195000 and
// "tasks/s" (QLocale group separators dropped). Null when the text does not
// start with a number.
std::optional<std::pair<double, QString>> leadingNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*([^\\s,;(]*)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return std::make_pair(value, m.captured(2));
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').value(0));
}

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
    m_lastCpuNs = threadCpuNs();
    m_longestNs = 0;
    m_longestCpuNs = 0;
    m_longestAtNs = 0;
    m_busiestCpuNs = 0;
    m_ticks = 0;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    if (m_lastNs >= 0 && now - m_lastNs > m_longestNs) {
        m_longestNs = now - m_lastNs;
        m_longestCpuNs = cpu - m_lastCpuNs;
        m_longestAtNs = now;
    }
    m_busiestCpuNs = qMax(m_busiestCpuNs, cpu - m_lastCpuNs);
    m_lastNs = now;
    m_lastCpuNs = cpu;
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

    const QString jsonPath = qEnvironmentVariable("VIAS_BENCH_JSON");
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(toJsonLine());
        else
            std::fprintf(stderr, "cannot append to %s: %s\n", qPrintable(jsonPath),
                         qPrintable(file.errorString()));
    }
    return allOk;
}

QByteArray ResultTable::toJsonLine() const
{
    QJsonArray rows;
    for (const Row &r : m_rows) {
        QJsonObject row{{QStringLiteral("name"), r.name}, {QStringLiteral("value"), r.value}};
        if (const auto number = leadingNumber(r.value)) {
            row.insert(QStringLiteral("number"), number->first);
            row.insert(QStringLiteral("unit"), number->second);
        }
        if (!r.target.isEmpty())
            row.insert(QStringLiteral("target"), r.target);
        if (r.ok)
            row.insert(QStringLiteral("ok"), *r.ok);
        rows.append(row);
    }
    const QString program = QCoreApplication::instance()
                                ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
                                : QString();
    const QJsonObject table{{QStringLiteral("bench"), program},
                            {QStringLiteral("title"), m_title},
                            {QStringLiteral("load"), loadAverage()},
                            {QStringLiteral("rows"), rows}};
    return QJsonDocument(table).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace vias::bench
