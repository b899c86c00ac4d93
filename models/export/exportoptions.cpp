// Format names, extensions and default export file names.
#include "models/export/exportoptions.h"

namespace vias {
namespace {

QString safeFilePart(const QString &text)
{
    QString out = text.trimmed();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'/' || u == u'\\' || u == u':' || u == u'*' || u == u'?' ||
            u == u'"' || u == u'<' || u == u'>' || u == u'|' || u == u' ')
            c = QLatin1Char('_');
    }
    return out;
}

} // namespace

QString exportFileExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (ExportFormat f :
         {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json, ExportFormat::JsonLines}) {
        if (name.compare(exportFileExtension(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString defaultExportFileName(const QString &service, ExportFormat format, const QDateTime &when,
                              const QString &region)
{
    QString name = QStringLiteral("vias-") + safeFilePart(service) + QStringLiteral("-tasks");
    const QString safeRegion = safeFilePart(region);
    if (!safeRegion.isEmpty())
        name += QLatin1Char('-') + safeRegion;
    name += QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('.') +
            exportFileExtension(format);
    return name;
}

} // namespace vias
