// What each documented c-face-edge service_config.common key means (spec
// section 3): a readable label, unit, meaning and documented default, all
// translated. Keys outside this table are shown generically.
#pragma once

#include <QList>
#include <QString>

namespace vias {

struct ConfigKeyInfo
{
    const char *key;
    QString label;   // "Smallest face"
    QString unit;    // "px", "s", "%", "days", or empty
    QString meaning; // one sentence
    QString defaultValue; // documented default or example, or empty
};

// The documented keys, in a sensible reading order.
QList<ConfigKeyInfo> faceConfigKeys();
// Info for one key; nullopt-like empty key when unknown.
ConfigKeyInfo faceConfigKey(QStringView key);

} // namespace vias
