// The table an export writes, independent of the file format: the header row
// and, for each task, its typed cells (text, number, date-time). CSV and XLSX
// both render this, so the two formats always agree on columns and values.
#pragma once

#include "models/export/exportoptions.h"
#include "models/task.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vias {

struct ExportCell
{
    enum class Type : quint8
    {
        Empty,
        Text,
        Number,
        DateTime
    };

    Type type = Type::Empty;
    QString text;             // Type::Text
    double number = 0;        // Type::Number
    qint64 epochMs = kNoTime; // Type::DateTime, UTC

    // The cell as plain text: numbers in their shortest exact form, date-times
    // as ISO 8601 UTC ("2024-05-01T08:00:00Z").
    QString toText() const;
};

// The shortest text that reads back as the same double ("0.5", "-5", "1e+20").
QString exportNumberText(double value);
// isoUtc() without QDateTime's format parser, for millions of cells.
QString exportIsoUtc(qint64 epochMs);

class ExportLayout final
{
public:
    // For ColumnSet::AllFields, collects the union of service_config.common keys
    // over `tasks` (first-seen order), so every row has the same columns.
    ExportLayout(const QList<const Task *> &tasks, const ExportOptions &options);

    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return int(m_columns.size()); }
    // True for a column whose cells are date-times (for formats and widths).
    bool isDateTimeColumn(int column) const;

    // Fills `row` with the cells of `task`, one per column. The list is reused
    // between calls so a long export does not reallocate per row. `index` is
    // the task's position in the export (for ExportOptions::taskSources).
    void fillRow(const Task &task, QList<ExportCell> *row, qsizetype index = -1) const;

private:
    enum class Field : quint8
    {
        Visible, // m_visible
        SourceName,
        SourceRegion,
        Id,
        Name,
        State,
        StateDetail,
        ErrorDetail,
        Creator,
        ProjectId,
        Description,
        ServiceVersion,
        EdgePoolId,
        ResourceOrderId,
        CreatedAt,
        UpdatedAt,
        ServiceName,
        InputType,
        CameraCount,
        Cameras,
        OutputKinds,
        WebhookUrl,
        WebhookHeaders,
        DataCategory,
        DisStream,
        ObsLocation,
        LocalPath,
        ConfigKey, // m_configKey
        RoiPolygonCount,
        RoiLineCount,
        TargetRoi,
        WarningCount,
        WarningText,
    };

    struct Column
    {
        Field field = Field::Visible;
        TaskColumn visible = TaskColumn::Name;
        QString configKey;
    };

    void fillCell(const Task &task, const Column &column, const TaskSource *source,
                  ExportCell *cell) const;

    QList<Column> m_columns;
    QStringList m_headers;
    QHash<QString, int> m_configColumns; // service_config.common key -> column
    QList<TaskSource> m_sources;         // ExportOptions::taskSources
    int m_targetRoiColumn = -1;
    bool m_includeSecrets = false;
};

} // namespace vias
