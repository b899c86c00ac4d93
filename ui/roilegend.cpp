// The ROI legend: shapes with swatches and sizes, and warnings (see roilegend.h).
#include "ui/roilegend.h"

#include "ui/roirenderer.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

QIcon swatch(const QColor &color, bool isLine)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (isLine) {
        p.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(2, 13), QPointF(14, 3));
    } else {
        QColor fill = color;
        fill.setAlpha(140);
        p.setPen(QPen(color, 2));
        p.setBrush(fill);
        p.drawRect(QRectF(2, 2, 12, 12));
    }
    return QIcon(pixmap);
}

} // namespace

RoiLegend::RoiLegend(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_shapes(new QTreeWidget(this))
    , m_warningsTitle(new QLabel(tr("Warnings"), this))
    , m_warnings(new QListWidget(this))
{
    setObjectName(QStringLiteral("roiLegend"));
    m_summary->setObjectName(QStringLiteral("roiLegendSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_shapes->setObjectName(QStringLiteral("roiLegendShapes"));
    m_shapes->setColumnCount(ColumnCount);
    m_shapes->setHeaderLabels({tr("Name"), tr("Points"), tr("Area (px²)"), tr("Frame")});
    m_shapes->setRootIsDecorated(false);
    m_shapes->setUniformRowHeights(true);
    m_shapes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shapes->header()->setStretchLastSection(false);
    m_shapes->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_shapes->header()->setMinimumSectionSize(40);
    for (int c = PointsColumn; c < ColumnCount; ++c)
        m_shapes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_warningsTitle->setObjectName(QStringLiteral("roiLegendWarningsTitle"));
    m_warnings->setObjectName(QStringLiteral("roiLegendWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setResizeMode(QListView::Adjust);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warnings->setTextElideMode(Qt::ElideNone);
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_shapes, 3);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings, 2);

    connect(m_shapes, &QTreeWidget::itemSelectionChanged, this, &RoiLegend::onSelectionChanged);
    clear();
}

RoiLegend::~RoiLegend() = default;

void RoiLegend::setScene(const RoiScene &scene, const TaskWarnings &warnings)
{
    const QSignalBlocker blocker(m_shapes);
    m_shapes->clear();
    m_warnings->clear();
    const Roi &roi = scene.roi();
    const double frameArea = scene.frameSize().width() * scene.frameSize().height();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (const RoiScene::Shape &s : scene.shapes()) {
        const RoiShape *shape = scene.roiShape(s.ref);
        const bool isLine = s.ref.kind == RoiShapeRef::Kind::Line;
        auto *item = new QTreeWidgetItem;
        item->setText(NameColumn, s.name);
        item->setIcon(NameColumn, swatch(s.color, isLine));
        item->setText(PointsColumn, locale.toString(shape ? shape->points.size() : 0));
        item->setTextAlignment(PointsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!isLine) {
            item->setText(AreaColumn, locale.toString(s.area, 'f', 0));
            item->setText(PercentColumn,
                          frameArea > 0
                              ? tr("%1%").arg(locale.toString(100 * s.area / frameArea, 'f', 1))
                              : QString());
            item->setTextAlignment(AreaColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(PercentColumn, Qt::AlignRight | Qt::AlignVCenter);
        } else if (shape) {
            QStringList sides;
            if (!shape->side1Name().isEmpty())
                sides << tr("side 1: %1").arg(shape->side1Name());
            if (!shape->side2Name().isEmpty())
                sides << tr("side 2: %1").arg(shape->side2Name());
            if (shape->properties.contains(QLatin1StringView("type")))
                sides << tr("type %1").arg(shape->propertyType());
            item->setToolTip(NameColumn, sides.join(QLatin1String(", ")));
        }
        item->setData(NameColumn, kKindRole, int(s.ref.kind));
        item->setData(NameColumn, kIndexRole, qlonglong(s.ref.index));
        items.append(item);
    }
    m_shapes->addTopLevelItems(items);

    QString summary;
    switch (roi.source) {
    case Roi::Source::Absent:
        summary = tr("Whole frame (no target_roi)");
        break;
    case Roi::Source::Unparsable:
        summary = tr("target_roi cannot be read; nothing is drawn.");
        for (const TaskWarning &w : warnings)
            if (w.kind == TaskWarning::Kind::RoiUnparsable)
                summary = w.text();
        break;
    case Roi::Source::String:
    case Roi::Source::Object:
        summary =
            roi.isEmpty()
                ? tr("target_roi has no regions or lines.")
                : tr("Regions: %1   Lines: %2").arg(roi.polygons.size()).arg(roi.lines.size());
        break;
    }
    m_summary->setText(summary);

    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // "service_config.common.target_roi.polygons[0]" is long for a side
    // panel; "target_roi.polygons[0]" is unambiguous here.
    static const QString kLongPrefix = QStringLiteral("service_config.common.target_roi");
    for (TaskWarning w : warnings) {
        if (w.field.startsWith(kLongPrefix))
            w.field = QStringLiteral("target_roi") + w.field.mid(kLongPrefix.size());
        auto *item = new QListWidgetItem(icon, w.text());
        item->setToolTip(w.text());
        m_warnings->addItem(item);
    }
    m_warningsTitle->setText(warnings.isEmpty() ? tr("No warnings")
                                                : tr("Warnings (%1)").arg(warnings.size()));
    m_warnings->setVisible(!warnings.isEmpty());
}

void RoiLegend::clear()
{
    const QSignalBlocker blocker(m_shapes);
    m_shapes->clear();
    m_warnings->clear();
    m_summary->setText(tr("No task selected."));
    m_warningsTitle->setText(tr("No warnings"));
    m_warnings->setVisible(false);
}

void RoiLegend::setSelectedShape(RoiShapeRef ref)
{
    const QSignalBlocker blocker(m_shapes);
    m_shapes->clearSelection();
    for (int i = 0; i < m_shapes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_shapes->topLevelItem(i);
        if (item->data(NameColumn, kKindRole).toInt() == int(ref.kind) &&
            item->data(NameColumn, kIndexRole).toLongLong() == ref.index) {
            item->setSelected(true);
            m_shapes->setCurrentItem(item);
            m_shapes->scrollToItem(item);
        }
    }
}

RoiShapeRef RoiLegend::selectedShape() const
{
    const QList<QTreeWidgetItem *> selected = m_shapes->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTreeWidgetItem *item = selected.first();
    return {RoiShapeRef::Kind(item->data(NameColumn, kKindRole).toInt()),
            qsizetype(item->data(NameColumn, kIndexRole).toLongLong())};
}

int RoiLegend::shapeCount() const
{
    return m_shapes->topLevelItemCount();
}

QStringList RoiLegend::shapeNames() const
{
    QStringList names;
    for (int i = 0; i < m_shapes->topLevelItemCount(); ++i)
        names << m_shapes->topLevelItem(i)->text(NameColumn);
    return names;
}

QStringList RoiLegend::warningTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_warnings->count(); ++i)
        texts << m_warnings->item(i)->text();
    return texts;
}

QString RoiLegend::summaryText() const
{
    return m_summary->text();
}

void RoiLegend::onSelectionChanged()
{
    emit shapeSelected(selectedShape());
}

} // namespace vias::ui
