// Builds the export table: visible table columns or every field flattened.
#include "models/export/exportlayout.h"

#include "models/taskparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace vias {
namespace {

const QLatin1StringView kTargetRoi("target_roi");

void setText(ExportCell *cell, const QString &text)
{
    if (text.isEmpty()) {
        cell->type = ExportCell::Type::Empty;
        cell->text.clear();
        return;
    }
    cell->type = ExportCell::Type::Text;
    cell->text = text;
}

void setNumber(ExportCell *cell, double value)
{
    cell->type = ExportCell::Type::Number;
    cell->number = value;
}

void setDateTime(ExportCell *cell, qint64 epochMs)
{
    cell->type = epochMs == kNoTime ? ExportCell::Type::Empty : ExportCell::Type::DateTime;
    cell->epochMs = epochMs;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// A service_config value: numbers stay numbers, strings stay as they are,
// everything else becomes its compact JSON text.
void setConfigValue(ExportCell *cell, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        if (std::isfinite(value.toDouble()))
            setNumber(cell, value.toDouble());
        else
            setText(cell, exportNumberText(value.toDouble()));
        return;
    case QJsonValue::String:
        setText(cell, value.toString());
        return;
    case QJsonValue::Bool:
        setText(cell, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        return;
    case QJsonValue::Null:
        setText(cell, QStringLiteral("null"));
        return;
    case QJsonValue::Object:
    case QJsonValue::Array:
        setText(cell, compactJson(value));
        return;
    case QJsonValue::Undefined:
        break;
    }
    setText(cell, {});
}

QString headersText(const HeaderList &headers, bool includeSecrets)
{
    QStringList parts;
    parts.reserve(headers.size());
    for (const auto &[name, value] : headers)
        parts << name + QStringLiteral(": ") +
                     (includeSecrets ? value : QString::fromLatin1(kMaskedSecret));
    return parts.join(QStringLiteral("; "));
}

QString dataCategories(const TaskOutput &output)
{
    QStringList all;
    auto add = [&all](const QStringList &categories) {
        for (const QString &c : categories) {
            if (!all.contains(c))
                all << c;
        }
    };
    if (output.webhook)
        add(output.webhook->dataCategory);
    if (output.dis)
        add(output.dis->dataCategory);
    if (output.obs)
        add(output.obs->dataCategory);
    if (output.localPath)
        add(output.localPath->dataCategory);
    return all.join(QStringLiteral(", "));
}

QString warningsText(const TaskWarnings &warnings)
{
    QStringList parts;
    parts.reserve(warnings.size());
    for (const TaskWarning &w : warnings)
        parts << w.text();
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QString exportNumberText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString exportIsoUtc(qint64 epochMs)
{
    if (epochMs == kNoTime)
        return {};
    // Days from civil (H. Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    constexpr qint64 kMsPerDay = 86'400'000;
    qint64 days = epochMs / kMsPerDay;
    qint64 msOfDay = epochMs % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return isoUtc(epochMs);
    const qint64 seconds = msOfDay / 1000;
    char16_t buffer[20];
    auto put = [&buffer](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    buffer[4] = u'-';
    put(5, month, 2);
    buffer[7] = u'-';
    put(8, day, 2);
    buffer[10] = u'T';
    put(11, seconds / 3600, 2);
    buffer[13] = u':';
    put(14, seconds / 60 % 60, 2);
    buffer[16] = u':';
    put(17, seconds % 60, 2);
    buffer[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buffer), 20);
}

QString ExportCell::toText() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::Text:
        return text;
    case Type::Number:
        return exportNumberText(number);
    case Type::DateTime:
        return exportIsoUtc(epochMs);
    }
    return {};
}

ExportLayout::ExportLayout(const QList<const Task *> &tasks, const ExportOptions &options)
    : m_sources(options.taskSources)
    , m_includeSecrets(options.includeSecrets)
{
    if (options.columnSet == ColumnSet::Visible) {
        const QList<TaskColumn> columns =
            options.columns.isEmpty() ? allTaskColumns() : options.columns;
        for (TaskColumn c : columns) {
            if (c == TaskColumn::Count_)
                continue;
            m_columns.append({Field::Visible, c, {}});
            m_headers << taskColumnTitle(c);
        }
        return;
    }

    // Machine keys as headers: a flattened export is read by scripts, so its
    // header must not change with the UI language.
    const std::pair<Field, const char *> leading[] = {
        {Field::Id, "id"},
        {Field::Name, "name"},
        {Field::State, "state"},
        {Field::StateDetail, "status"},
        {Field::ErrorDetail, "error"},
        {Field::Creator, "creator"},
        {Field::ProjectId, "project_id"},
        {Field::Description, "description"},
        {Field::ServiceVersion, "service_version"},
        {Field::EdgePoolId, "edge_pool_id"},
        {Field::ResourceOrderId, "resource_order_id"},
        {Field::CreatedAt, "created_at"},
        {Field::UpdatedAt, "updated_at"},
        {Field::ServiceName, "service_name"},
        {Field::InputType, "input.type"},
        {Field::CameraCount, "input.camera_count"},
        {Field::Cameras, "input.cameras"},
        {Field::OutputKinds, "output.kinds"},
        {Field::WebhookUrl, "output.webhook.url"},
        {Field::WebhookHeaders, "output.webhook.headers"},
        {Field::DataCategory, "output.data_category"},
        {Field::DisStream, "output.dis.stream_name"},
        {Field::ObsLocation, "output.obs"},
        {Field::LocalPath, "output.localpath.mount_source_path"},
    };
    if (!m_sources.isEmpty()) {
        m_columns.append({Field::SourceName, TaskColumn::Name, {}});
        m_headers << QStringLiteral("profile");
        m_columns.append({Field::SourceRegion, TaskColumn::Name, {}});
        m_headers << QStringLiteral("region");
    }
    for (const auto &[field, key] : leading) {
        m_columns.append({field, TaskColumn::Name, {}});
        m_headers << QString::fromLatin1(key);
    }

    QSet<QString> seen;
    QStringList previous; // most tasks share one key list: look at it once
    for (const Task *task : tasks) {
        if (task->config.commonKeys.isSharedWith(previous))
            continue;
        previous = task->config.commonKeys;
        for (const QString &key : task->config.commonKeys) {
            if (key == kTargetRoi || seen.contains(key))
                continue;
            seen.insert(key);
            m_configColumns.insert(key, int(m_columns.size()));
            m_columns.append({Field::ConfigKey, TaskColumn::Name, key});
            m_headers << QStringLiteral("service_config.common.") + key;
        }
    }

    const std::pair<Field, const char *> trailing[] = {
        {Field::RoiPolygonCount, "roi.polygon_count"},
        {Field::RoiLineCount, "roi.line_count"},
        {Field::TargetRoi, "service_config.common.target_roi"},
        {Field::WarningCount, "warnings.count"},
        {Field::WarningText, "warnings.text"},
    };
    for (const auto &[field, key] : trailing) {
        if (field == Field::TargetRoi)
            m_targetRoiColumn = int(m_columns.size());
        m_columns.append({field, TaskColumn::Name, {}});
        m_headers << QString::fromLatin1(key);
    }
}

bool ExportLayout::isDateTimeColumn(int column) const
{
    const Column &c = m_columns.at(column);
    if (c.field == Field::Visible)
        return c.visible == TaskColumn::CreatedAt || c.visible == TaskColumn::UpdatedAt;
    return c.field == Field::CreatedAt || c.field == Field::UpdatedAt;
}

void ExportLayout::fillRow(const Task &task, QList<ExportCell> *row, qsizetype index) const
{
    const TaskSource *source =
        index >= 0 && index < m_sources.size() ? &m_sources.at(index) : nullptr;
    row->resize(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        fillCell(task, m_columns.at(i), source, &(*row)[i]);
    if (m_configColumns.isEmpty() && m_targetRoiColumn < 0)
        return;
    // One pass over the task's config instead of a key search per column.
    for (const ConfigEntry &entry : configEntries(task)) {
        if (entry.key == kTargetRoi) {
            ExportCell *cell = &(*row)[m_targetRoiColumn];
            if (entry.value.isString())
                setText(cell, entry.value.toString());
            else
                setConfigValue(cell, entry.value);
            continue;
        }
        const auto it = m_configColumns.constFind(entry.key);
        if (it != m_configColumns.cend())
            setConfigValue(&(*row)[it.value()], entry.value);
    }
}

void ExportLayout::fillCell(const Task &task, const Column &column, const TaskSource *source,
                            ExportCell *cell) const
{
    switch (column.field) {
    case Field::SourceName:
        return setText(cell, source ? source->name : QString());
    case Field::SourceRegion:
        return setText(cell, source ? source->region : QString());
    case Field::Visible:
        switch (column.visible) {
        case TaskColumn::CreatedAt:
            return setDateTime(cell, task.createdAtMs);
        case TaskColumn::UpdatedAt:
            return setDateTime(cell, task.updatedAtMs);
        case TaskColumn::Warnings:
            return setNumber(cell, double(task.warnings.size()));
        default:
            return setText(cell, taskColumnText(task, column.visible, source));
        }
    case Field::Id:
        return setText(cell, task.id);
    case Field::Name:
        return setText(cell, task.name);
    case Field::State:
        return setText(cell, task.stateCode);
    case Field::StateDetail:
        return setText(cell, task.statusDetail());
    case Field::ErrorDetail:
        return setText(cell, task.errorDetail());
    case Field::Creator:
        return setText(cell, task.creator);
    case Field::ProjectId:
        return setText(cell, task.projectId);
    case Field::Description:
        return setText(cell, task.description);
    case Field::ServiceVersion:
        return setText(cell, task.serviceVersion);
    case Field::EdgePoolId:
        return setText(cell, task.edgePoolId);
    case Field::ResourceOrderId:
        return setText(cell, task.resourceOrderId);
    case Field::CreatedAt:
        return setDateTime(cell, task.createdAtMs);
    case Field::UpdatedAt:
        return setDateTime(cell, task.updatedAtMs);
    case Field::ServiceName:
        return setText(cell, task.serviceName());
    case Field::InputType:
        return setText(cell, task.input.typeCode);
    case Field::CameraCount:
        return setNumber(cell, double(task.input.sources.size()));
    case Field::Cameras:
        return setText(cell, taskColumnText(task, TaskColumn::Cameras));
    case Field::OutputKinds:
        return setText(cell, task.output.kinds().join(QStringLiteral(", ")));
    case Field::WebhookUrl:
        return setText(cell, task.output.webhook ? task.output.webhook->url : QString());
    case Field::WebhookHeaders:
        return setText(cell, task.output.webhook
                                 ? headersText(task.output.webhook->headers, m_includeSecrets)
                                 : QString());
    case Field::DataCategory:
        return setText(cell, dataCategories(task.output));
    case Field::DisStream:
        return setText(cell, task.output.dis ? task.output.dis->streamName : QString());
    case Field::ObsLocation:
        return setText(cell, task.output.obs ? task.output.obs->bucket + QLatin1Char('/') +
                                                   task.output.obs->path
                                             : QString());
    case Field::LocalPath:
        return setText(cell,
                       task.output.localPath ? task.output.localPath->mountSourcePath : QString());
    case Field::ConfigKey:
    case Field::TargetRoi:
        return setText(cell, {}); // filled by fillRow's pass over the config
    case Field::RoiPolygonCount:
        return setNumber(cell, double(task.roi.polygonCount));
    case Field::RoiLineCount:
        return setNumber(cell, double(task.roi.lineCount));
    case Field::WarningCount:
        return setNumber(cell, double(task.warnings.size()));
    case Field::WarningText:
        return setText(cell, warningsText(task.warnings));
    }
}

} // namespace vias
