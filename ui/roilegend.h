// The ROI legend beside the overlay: one row per region and line (colour
// swatch, name, point count, area in pixels and share of the frame) and the
// region's warnings. Selecting a row highlights the shape in RoiView, and
// RoiTab keeps the two selections in step.
#pragma once

#include "models/roigeometry.h"
#include "models/taskwarning.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace vias::ui {

class RoiScene;

class RoiLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoiLegend)

public:
    enum Column
    {
        NameColumn,
        PointsColumn,
        AreaColumn,
        PercentColumn,
        ColumnCount
    };

    explicit RoiLegend(QWidget *parent = nullptr);
    ~RoiLegend() override;

    // Shows the scene's shapes and `warnings` (already rendered in the
    // current language by TaskWarning::text()).
    void setScene(const RoiScene &scene, const TaskWarnings &warnings);
    void clear();

    void setSelectedShape(RoiShapeRef ref);
    RoiShapeRef selectedShape() const;

    int shapeCount() const;
    QStringList shapeNames() const;
    QStringList warningTexts() const;
    QString summaryText() const;

signals:
    void shapeSelected(vias::RoiShapeRef ref);

private:
    void onSelectionChanged();

    QLabel *m_summary;
    QTreeWidget *m_shapes;
    QLabel *m_warningsTitle;
    QListWidget *m_warnings;
};

} // namespace vias::ui
