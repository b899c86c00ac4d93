// Aggregates over a set of tasks for the charts pane: counts by state, a
// created-over-time timeline, tasks per edge pool, cameras per task and
// histograms of the c-face-edge sizes and JPEG quality. Pure functions over
// the TaskStore, fast enough (100,000 tasks in a few milliseconds) to run on
// the GUI thread after each filter change.
#pragma once

#include "models/taskstore.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace vias {

// Documented c-face-edge limits (spec section 3), shared with the UI so the
// charts mark the same bounds the parser's warnings check.
namespace facelimits {
inline constexpr int kMinDetectionSize = 90; // faces must be at least 90x90 px
inline constexpr int kCompressionMin = 1;    // image_compression_ratio, percent
inline constexpr int kCompressionMax = 100;
inline constexpr int kCompressionDefault = 90;
} // namespace facelimits

enum class TimeGranularity : quint8
{
    Auto,
    Day,
    Week,
    Month
};

struct StatsOptions
{
    TimeGranularity granularity = TimeGranularity::Auto;
    // Buckets start at local midnight of this zone (the table shows local time).
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    // A forced granularity that would give more buckets than this is coarsened.
    int maxBuckets = 1000;
    int topEdgePools = 15;
    // Tasks with this many cameras or more share the last bin ("5+"); 0: exact counts.
    int cameraBinCap = 5;
    int histogramMaxBins = 20;
};

// Day for a span up to 62 days, week up to a year, month beyond.
TimeGranularity autoGranularity(qint64 spanMs);

struct StateCount
{
    TaskState state = TaskState::Unknown;
    QString code; // as sent; for known states the spec's code
    int count = 0;
};

using PerStateCounts = std::array<int, TaskStateCount>; // indexed by TaskState (Unknown = 0)

struct TimeBucket
{
    qint64 startMs = 0; // inclusive, local midnight
    qint64 endMs = 0;   // exclusive: the next bucket's start
    PerStateCounts byState{};
    int total() const;
};

struct CreatedTimeline
{
    TimeGranularity granularity = TimeGranularity::Day; // resolved, never Auto
    QList<TimeBucket> buckets; // contiguous and ascending; empty buckets included
    int withoutTime = 0;       // tasks without a readable created_at
    int outsideBuckets = 0;    // created before the oldest bucket kept (absurd spans only)
};

struct EdgePoolCount
{
    QString poolId;
    int count = 0;
};

struct EdgePoolStats
{
    QList<EdgePoolCount> top; // by count descending, ties by id ascending
    int othersCount = 0;      // tasks in the pools after the top ones
    int othersPools = 0;      // how many pools those are
    int withoutPool = 0;      // tasks without edge_pool_id (cloud services)
};

// Bin i holds the values in [origin + i*width, origin + (i+1)*width).
struct Histogram
{
    qint64 origin = 0;
    qint64 binWidth = 1;
    QList<int> counts;
    QList<int> outOfLimits; // per bin: how many of its values break the documented limits
    int present = 0;        // tasks that have the key
    int absent = 0;         // tasks that do not
    int minValue = 0;       // of the present values (0 when none)
    int maxValue = 0;
    qint64 sum = 0;

    qint64 binStart(int bin) const { return origin + bin * binWidth; }
    qint64 binLast(int bin) const { return binStart(bin) + binWidth - 1; } // inclusive
    double mean() const { return present > 0 ? double(sum) / present : 0.0; }
    int totalOutOfLimits() const;
};

struct TaskStats
{
    int total = 0;
    int running = 0;
    int unhealthy = 0;       // isUnhealthyState
    int edgePools = 0;       // distinct non-empty edge_pool_id
    int cameras = 0;         // input sources summed over the tasks
    int distinctCameras = 0; // distinct source ids (a camera read by two tasks counts once)

    // Every known state in the spec's order (zero counts included), then the
    // unknown codes by count descending, ties by code.
    QList<StateCount> byState;
    CreatedTimeline created;
    EdgePoolStats pools;
    // Index = camera count; with a cap, the last bin means "cap or more".
    QList<int> camerasPerTask;
    bool camerasCapped = false;
    Histogram detectionMinSize;      // out of limits: below kMinDetectionSize
    Histogram detectionMaxSize;      // out of limits: below the task's own min size
    Histogram imageCompressionRatio; // out of limits: outside 1..100
    int compressionAtDefault = 0;    // tasks with exactly kCompressionDefault
    int minAboveMax = 0;             // tasks whose min size exceeds their max size

    int countOf(QStringView stateCode) const; // 0 for a code not present
};

// `rows` are source rows of `store` (TaskFilterProxy::matchingSourceRows());
// rows outside the store are ignored.
TaskStats computeTaskStats(const TaskStore &store, const QList<int> &rows,
                           const StatsOptions &options = {});

// Histogram of integer values with "nice" bins (1, 2, 5 x 10^n, 25, 250...)
// of at most maxBins. `pinned` values are included in the range so a marked
// limit stays visible; `outOfLimits`, when given, flags each value (same size).
Histogram makeHistogram(const QList<int> &values, int maxBins, const QList<int> &pinned = {},
                        const QList<bool> &outOfLimits = {});

// The bucket start (local midnight in `zone`) that contains `epochMs`.
qint64 bucketStartFor(qint64 epochMs, TimeGranularity granularity, const QTimeZone &zone,
                      Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace vias
