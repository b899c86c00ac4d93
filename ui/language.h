// The console's language: installs the app catalogue and Qt's own one, and
// sets the default QLocale, so every widget retranslates on LanguageChange.
#pragma once

#include <QString>
#include <QStringList>

namespace vias::ui {

// The QSettings key holding the chosen language: "" follows the system,
// otherwise one of availableLanguages().
inline constexpr const char *languageSettingsKey = "ui/language";

// Language codes with a catalogue: "en", "zh_CN".
QStringList availableLanguages();

// The native name of a language code ("English", "简体中文"); "" names the
// system language in the current language.
QString languageDisplayName(const QString &code);

// Switches the running application to `code` ("" = the system locale's
// language, falling back to English). Removes the previous translators, loads
// :/i18n/vias_<lang>.qm and Qt's qtbase_<lang>.qm, and sets QLocale::setDefault
// so dates and numbers follow. Returns false (and uses English) for an unknown
// code. Needs a QCoreApplication.
bool setLanguage(const QString &code);

// The language in effect after the last setLanguage(): "en" or "zh_CN".
QString currentLanguage();

// Reads "ui/language" from QSettings and applies it; call once after the
// QApplication and its organisation/application names are set.
void installLanguageFromSettings();

// Stores `code` under "ui/language" (does not switch; call setLanguage too).
void saveLanguageSetting(const QString &code);

} // namespace vias::ui
