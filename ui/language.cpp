// The console's language: the translators for the app catalogue and Qt's
// own strings, chosen from QSettings or the system locale.
#include "ui/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace vias::ui {

namespace {

struct Translators
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString current = QStringLiteral("en");
};

Translators &translators()
{
    static Translators state;
    return state;
}

// Only Simplified Chinese has a catalogue; Traditional Chinese systems get
// English rather than a script their users may not read comfortably.
QString languageForLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese &&
        locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageDisplayName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("Language", "System language");
    if (code == QLatin1StringView("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1StringView("en"))
        return QStringLiteral("English");
    return code;
}

bool setLanguage(const QString &code)
{
    const bool followSystem = code.isEmpty();
    const bool known = followSystem || availableLanguages().contains(code);
    const QString language = followSystem ? languageForLocale(QLocale::system())
                             : known      ? code
                                          : QStringLiteral("en");

    // The locale first: widgets re-render dates and numbers with QLocale()
    // while handling the LanguageChange that installing a translator sends.
    if (followSystem && languageForLocale(QLocale::system()) == language)
        QLocale::setDefault(QLocale::system());
    else if (language == QLatin1StringView("zh_CN"))
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    Translators &state = translators();
    removeTranslator(state.qt);
    removeTranslator(state.app);
    auto *app = QCoreApplication::instance();

    // The English catalogue is loaded too: it carries the plural forms.
    auto *catalogue = new QTranslator(app);
    if (catalogue->load(QStringLiteral(":/i18n/vias_%1.qm").arg(language))) {
        state.app = catalogue;
        QCoreApplication::installTranslator(catalogue);
    } else {
        delete catalogue;
    }
    if (language != QLatin1StringView("en")) {
        auto *qtCatalogue = new QTranslator(app);
        if (qtCatalogue->load(QStringLiteral("qtbase_%1").arg(language),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            state.qt = qtCatalogue;
            QCoreApplication::installTranslator(qtCatalogue);
        } else {
            delete qtCatalogue;
        }
    }
    state.current = language;
    // QApplication posts LanguageChange to the windows; deliver it now so
    // that every widget speaks the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return known;
}

QString currentLanguage()
{
    return translators().current;
}

void installLanguageFromSettings()
{
    setLanguage(QSettings().value(QLatin1StringView(languageSettingsKey)).toString());
}

void saveLanguageSetting(const QString &code)
{
    QSettings().setValue(QLatin1StringView(languageSettingsKey), code);
}

} // namespace vias::ui
