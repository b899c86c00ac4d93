// Preferences: language, paging defaults, load-all limits, CSV preset,
// theme, secret masking and the opt-in secrets file (with its warning).
// Apply/OK save to QSettings and emit what changed.
#pragma once

#include "ui/profiles/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace vias::ui {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void setPreferences(const Preferences &preferences);
    Preferences preferences() const; // as currently edited
    // Saves the edited values (QSettings) and emits the change signals.
    void apply();

Q_SIGNALS:
    void languageChanged(const QString &language); // "", "en", "zh_CN"
    void themeChanged(vias::ui::Theme theme);
    void preferencesChanged(const vias::ui::Preferences &preferences);

private:
    void updateWarning();

    Preferences m_applied;
    QComboBox *m_language;
    QSpinBox *m_pageSize;
    QComboBox *m_paging;
    QSpinBox *m_concurrency;
    QSpinBox *m_taskCap;
    QComboBox *m_csvPreset;
    QComboBox *m_theme;
    QCheckBox *m_mask;
    QCheckBox *m_secretsFile;
    QLabel *m_warning;
};

} // namespace vias::ui
