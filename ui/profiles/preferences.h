// The console's preferences as a value read from / written to QSettings, so
// the main window and the dialogs share one definition of keys and defaults.
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace vias::ui {

enum class Theme : quint8
{
    System,
    Light,
    Dark
};

struct Preferences
{
    QString language;            // "ui/language": "" (system), "en", "zh_CN"
    int pageSize = 20;           // "table/pageSize" (rows per view page, as the main window uses)
    bool serverPaging = false;   // "table/serverPaging"
    int concurrency = 6;         // "fetch/concurrency": pages in flight
    qint64 taskCap = 200000;     // "fetch/taskCap": load-all safety cap
    int csvPreset = 0;           // "export/preset": models/export CsvPreset (0 Excel, 1 Plain)
    Theme theme = Theme::System; // "ui/theme": "system" | "light" | "dark"
    bool maskSecrets = true;     // "ui/maskSecrets"
    bool secretsFileFallback = false; // "secrets/fileFallback"

    static Preferences load(); // from the application's QSettings
    static Preferences load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace vias::ui
