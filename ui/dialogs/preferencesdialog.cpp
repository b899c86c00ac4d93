// PreferencesDialog: form <-> Preferences.
#include "ui/dialogs/preferencesdialog.h"

#include "ui/profiles/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vias::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_paging(new QComboBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_taskCap(new QSpinBox(this))
    , m_csvPreset(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_mask(new QCheckBox(this))
    , m_secretsFile(new QCheckBox(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeSpin"));
    m_pageSize->setRange(1, 1000);
    m_paging->setObjectName(QStringLiteral("pagingCombo"));
    m_paging->addItem(tr("Load all, page locally"), false);
    m_paging->addItem(tr("Server paging"), true);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 32);
    m_taskCap->setObjectName(QStringLiteral("taskCapSpin"));
    m_taskCap->setRange(1, 10'000'000);
    m_taskCap->setGroupSeparatorShown(true);
    m_csvPreset->setObjectName(QStringLiteral("csvPresetCombo"));
    m_csvPreset->addItem(tr("Excel (UTF-8 with BOM)"), 0);
    m_csvPreset->addItem(tr("Plain RFC 4180 (UTF-8)"), 1);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_mask->setObjectName(QStringLiteral("maskCheck"));
    m_mask->setText(tr("Mask secrets in views (webhook headers, passwords)"));
    m_secretsFile->setObjectName(QStringLiteral("secretsFileCheck"));
    m_secretsFile->setText(tr("Store secrets in a local file when no keychain is available"));
    m_warning->setObjectName(QStringLiteral("secretsFileWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(
        tr("Warning: the file %1 is readable only by your user, but it is not encrypted. Anyone "
           "who can read your files (a backup, an administrator) can read your secret keys and "
           "passwords.")
            .arg(QDir::toNativeSeparators(SecretStore::defaultFilePath())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Rows per &page:"), m_pageSize);
    form->addRow(tr("Paging &mode:"), m_paging);
    form->addRow(tr("Pages in &flight:"), m_concurrency);
    form->addRow(tr("Task &cap for load all:"), m_taskCap);
    form->addRow(tr("&CSV preset:"), m_csvPreset);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(m_mask);
    form->addRow(m_secretsFile);
    form->addRow(m_warning);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_secretsFile, &QCheckBox::toggled, this, &PreferencesDialog::updateWarning);

    setPreferences(Preferences::load());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_applied = p;
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_pageSize->setValue(p.pageSize);
    m_paging->setCurrentIndex(p.serverPaging ? 1 : 0);
    m_concurrency->setValue(p.concurrency);
    m_taskCap->setValue(int(std::min<qint64>(p.taskCap, m_taskCap->maximum())));
    m_csvPreset->setCurrentIndex(std::max(0, m_csvPreset->findData(p.csvPreset)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(p.theme))));
    m_mask->setChecked(p.maskSecrets);
    m_secretsFile->setChecked(p.secretsFileFallback);
    updateWarning();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.pageSize = m_pageSize->value();
    p.serverPaging = m_paging->currentData().toBool();
    p.concurrency = m_concurrency->value();
    p.taskCap = m_taskCap->value();
    p.csvPreset = m_csvPreset->currentData().toInt();
    p.theme = Theme(m_theme->currentData().toInt());
    p.maskSecrets = m_mask->isChecked();
    p.secretsFileFallback = m_secretsFile->isChecked();
    return p;
}

void PreferencesDialog::apply()
{
    const Preferences next = preferences();
    const Preferences previous = m_applied;
    next.save();
    m_applied = next;
    if (next.language != previous.language)
        Q_EMIT languageChanged(next.language);
    if (next.theme != previous.theme)
        Q_EMIT themeChanged(next.theme);
    if (next != previous)
        Q_EMIT preferencesChanged(next);
}

void PreferencesDialog::updateWarning()
{
    m_warning->setVisible(m_secretsFile->isChecked());
}

} // namespace vias::ui
