// Preferences <-> QSettings.
#include "ui/profiles/preferences.h"

#include <QSettings>

#include <algorithm>

namespace vias::ui {

namespace {

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    return load(settings);
}

Preferences Preferences::load(const QSettings &s)
{
    Preferences p;
    p.language = s.value(QStringLiteral("ui/language"), QString()).toString();
    if (p.language != QLatin1String("en") && p.language != QLatin1String("zh_CN"))
        p.language.clear();
    p.pageSize = std::clamp(s.value(QStringLiteral("table/pageSize"), p.pageSize).toInt(), 1, 1000);
    p.serverPaging = s.value(QStringLiteral("table/serverPaging"), p.serverPaging).toBool();
    p.concurrency =
        std::clamp(s.value(QStringLiteral("fetch/concurrency"), p.concurrency).toInt(), 1, 32);
    p.taskCap =
        std::max<qint64>(1, s.value(QStringLiteral("fetch/taskCap"), p.taskCap).toLongLong());
    p.csvPreset = std::clamp(s.value(QStringLiteral("export/preset"), p.csvPreset).toInt(), 0, 1);
    p.theme = themeFromName(s.value(QStringLiteral("ui/theme")).toString());
    p.maskSecrets = s.value(QStringLiteral("ui/maskSecrets"), p.maskSecrets).toBool();
    p.secretsFileFallback =
        s.value(QStringLiteral("secrets/fileFallback"), p.secretsFileFallback).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

void Preferences::save(QSettings &s) const
{
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("table/pageSize"), pageSize);
    s.setValue(QStringLiteral("table/serverPaging"), serverPaging);
    s.setValue(QStringLiteral("fetch/concurrency"), concurrency);
    s.setValue(QStringLiteral("fetch/taskCap"), taskCap);
    s.setValue(QStringLiteral("export/preset"), csvPreset);
    s.setValue(QStringLiteral("ui/theme"), themeName(theme));
    s.setValue(QStringLiteral("ui/maskSecrets"), maskSecrets);
    s.setValue(QStringLiteral("secrets/fileFallback"), secretsFileFallback);
    s.sync();
}

} // namespace vias::ui
