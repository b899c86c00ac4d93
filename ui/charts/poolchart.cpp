#include "ui/charts/poolchart.h"

#include "ui/charts/chartstyle.h"
#include "ui/statestyle.h"

#include <QSet>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

namespace vias::ui::charts {

QString shortPoolLabel(const QString &poolId, const QSet<QString> &taken)
{
    // Pool ids are 32 hex digits: the first 8 tell them apart in practice.
    for (qsizetype length = 8; length < poolId.size(); length += 4) {
        const QString label = poolId.left(length) + QStringLiteral("…");
        if (!taken.contains(label))
            return label;
    }
    return poolId;
}

PoolChart::PoolChart(QWidget *parent)
    : ChartCard(QStringLiteral("poolChart"), parent)
{}

void PoolChart::setStats(const TaskStats &stats)
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    const EdgePoolStats &pools = stats.pools;
    QString title = tr("Tasks per edge pool (%n pool(s))", nullptr, stats.edgePools);
    if (pools.withoutPool > 0)
        title += QStringLiteral(" · ") + tr("%n without a pool", nullptr, pools.withoutPool);
    c->setTitle(title);

    // Bars are drawn bottom-up: append the largest last so it is on top.
    m_poolIds.clear();
    m_counts.clear();
    QStringList labels;
    QSet<QString> taken;
    if (pools.othersCount > 0) {
        m_poolIds << QString();
        m_counts << pools.othersCount;
        labels << tr("Others (%n pool(s))", nullptr, pools.othersPools);
    }
    for (auto it = pools.top.crbegin(); it != pools.top.crend(); ++it) {
        const QString label = shortPoolLabel(it->poolId, taken);
        taken.insert(label);
        labels << label;
        m_poolIds << it->poolId;
        m_counts << it->count;
    }
    auto *set = new QBarSet(tr("Tasks"));
    set->setColor(seriesColor(0));
    set->setBorderColor(seriesColor(0));
    set->setSelectedColor(gridColor(palette()).darker(isDarkPalette(palette()) ? 60 : 250));
    for (const int count : std::as_const(m_counts))
        set->append(count);
    if (pools.othersCount > 0)
        set->selectBar(0); // "others" in grey: it is not one pool
    set->setLabelColor(palette().color(QPalette::Text));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(series);

    auto *y = new QBarCategoryAxis;
    y->append(labels);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setMin(0);
    int maxCount = 0;
    for (const int count : std::as_const(m_counts))
        maxCount = std::max(maxCount, count);
    x->setMax(std::max(1.0, maxCount * 1.12)); // room for the value labels
    x->applyNiceNumbers();
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    c->legend()->setVisible(false);
    styleChart(c, palette());

    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        const QString id = m_poolIds.value(index);
        if (!id.isEmpty())
            emit edgePoolClicked(id);
    });
    const int total = stats.total;
    const int othersPools = pools.othersPools;
    connect(
        series, &QHorizontalBarSeries::hovered, this,
        [this, total, othersPools](bool status, int index, QBarSet *) {
            if (!status || index < 0 || index >= m_counts.size()) {
                showToolTip({});
                return;
            }
            const QString id = m_poolIds.at(index);
            const QString share = formatPercent(total > 0 ? double(m_counts.at(index)) / total : 0);
            if (id.isEmpty()) {
                showToolTip(tr("%n other pool(s): %1 tasks (%2)", nullptr, othersPools)
                                .arg(formatCount(m_counts.at(index)), share));
            } else {
                showToolTip(tr("Edge pool %1\n%2 tasks (%3)\nClick to show only this pool's tasks.")
                                .arg(id, formatCount(m_counts.at(index)), share));
            }
        });
}

} // namespace vias::ui::charts
