// libFuzzer target: target_roi parsing, both as a string (parsed twice) and as
// an object, plus its serialisation.
#include "models/roi.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    vias::TaskWarnings warnings;
    const vias::Roi fromString = vias::parseRoi(QJsonValue(QString::fromUtf8(bytes)), &warnings);
    (void)vias::roiToJson(fromString);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const vias::Roi fromObject = vias::parseRoi(QJsonValue(doc.object()), &warnings);
        (void)vias::roiToJson(fromObject);
    }
    for (const vias::TaskWarning &w : warnings)
        (void)w.text();
    return 0;
}
