#include "ui/dialogs/exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

QString &nextBrowseFileName()
{
    static QString name;
    return name;
}

QString settingsKey(const char *name)
{
    return QStringLiteral("export/") + QLatin1StringView(name);
}

} // namespace

void ExportDialog::setNextBrowseFileName(const QString &path)
{
    nextBrowseFileName() = path;
}

ExportDialog::ExportDialog(int selectedCount, int viewCount, QList<TaskColumn> visibleColumns,
                           QString service, QString region, QWidget *parent)
    : QDialog(parent)
    , m_visibleColumns(std::move(visibleColumns))
    , m_service(std::move(service))
    , m_region(std::move(region))
    , m_selected(new QRadioButton(this))
    , m_view(new QRadioButton(this))
    , m_server(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_columns(new QComboBox(this))
    , m_secrets(new QCheckBox(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export tasks"));
    const QLocale locale;
    m_selected->setObjectName(QStringLiteral("exportScopeSelected"));
    m_selected->setText(tr("Selected rows (%1)").arg(locale.toString(selectedCount)));
    m_selected->setEnabled(selectedCount > 0);
    m_view->setObjectName(QStringLiteral("exportScopeView"));
    m_view->setText(tr("The filtered view, all pages, in the order shown (%1)")
                        .arg(locale.toString(viewCount)));
    m_server->setObjectName(QStringLiteral("exportScopeServer"));
    m_server->setText(tr("Every task on the server (loads all pages first)"));
    auto *scope = new QButtonGroup(this);
    for (QRadioButton *b : {m_selected, m_view, m_server})
        scope->addButton(b);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets)"), int(ExportFormat::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("JSON (as the server sent it)"), int(ExportFormat::Json));
    m_format->addItem(tr("JSON Lines (one task per line)"), int(ExportFormat::JsonLines));
    m_preset->setObjectName(QStringLiteral("exportCsvPreset"));
    m_preset->addItem(tr("Excel: UTF-8 with BOM"), int(CsvPreset::Excel));
    m_preset->addItem(tr("Plain: RFC 4180, no BOM"), int(CsvPreset::Plain));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (comma-decimal locales)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->addItem(tr("The table's visible columns"), int(ColumnSet::Visible));
    m_columns->addItem(tr("All fields, flattened"), int(ColumnSet::AllFields));
    m_secrets->setObjectName(QStringLiteral("exportIncludeSecrets"));
    m_secrets->setText(tr("Include secrets (webhook header values, camera credentials)"));
    m_secrets->setToolTip(
        tr("Off: secrets are written as ***. Turn on only for a file you keep safe."));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *scopeBox = new QGroupBox(tr("Tasks"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    for (QRadioButton *b : {m_selected, m_view, m_server})
        scopeLayout->addWidget(b);

    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("CSV preset"), m_preset);
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Columns"), m_columns);
    form->addRow(QString(), m_secrets);
    form->addRow(tr("File"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Remembered choices (the secrets switch always starts off).
    QSettings settings;
    const int savedScope = settings.value(settingsKey("scope"), int(ExportScope::View)).toInt();
    (savedScope == int(ExportScope::Selected) && selectedCount > 0 ? m_selected
     : savedScope == int(ExportScope::Server)                      ? m_server
                                                                   : m_view)
        ->setChecked(true);
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(settingsKey("format"), 0))));
    m_preset->setCurrentIndex(
        std::max(0, m_preset->findData(settings.value(settingsKey("preset"), 0))));
    m_delimiter->setCurrentIndex(std::max(
        0, m_delimiter->findData(settings.value(settingsKey("delimiter"), QStringLiteral(",")))));
    m_columns->setCurrentIndex(
        std::max(0, m_columns->findData(settings.value(settingsKey("columns"), 0))));

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateFormatControls();
        suggestFileName();
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateFormatControls();
    suggestFileName();
}

void ExportDialog::updateFormatControls()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const bool csv = format == ExportFormat::Csv;
    const bool tabular = csv || format == ExportFormat::Xlsx;
    m_preset->setEnabled(csv);
    m_delimiter->setEnabled(csv);
    m_columns->setEnabled(tabular);
}

void ExportDialog::suggestFileName()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    QString dir = QSettings().value(settingsKey("directory")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!m_path->text().isEmpty())
        dir = QFileInfo(m_path->text()).absolutePath();
    m_path->setText(QDir(dir).filePath(
        defaultExportFileName(m_service, format, QDateTime::currentDateTime(), m_region)));
}

void ExportDialog::browse()
{
    QString path = std::exchange(nextBrowseFileName(), QString());
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export tasks"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.scope = m_selected->isChecked() ? ExportScope::Selected
              : m_server->isChecked() ? ExportScope::Server
                                      : ExportScope::View;
    r.options.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    r.options.csvPreset = static_cast<CsvPreset>(m_preset->currentData().toInt());
    r.options.csvDelimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    r.options.columnSet = static_cast<ColumnSet>(m_columns->currentData().toInt());
    r.options.columns = m_visibleColumns;
    r.options.includeSecrets = m_secrets->isChecked();
    r.path = m_path->text().trimmed();
    return r;
}

void ExportDialog::setServerScopeAvailable(bool available)
{
    m_server->setEnabled(available);
    m_server->setToolTip(available ? QString()
                                   : tr("Several projects are shown and every task of each is "
                                        "already loaded: export the filtered view instead."));
    if (!available && m_server->isChecked())
        m_view->setChecked(true);
}

void ExportDialog::accept()
{
    const ExportRequest r = request();
    const QFileInfo file(r.path);
    if (r.path.isEmpty() || file.fileName().isEmpty()) {
        m_error->setText(tr("Choose a file to export to."));
        m_error->show();
        return;
    }
    if (!file.absoluteDir().exists()) {
        m_error->setText(
            tr("The folder %1 does not exist. Choose another folder.").arg(file.absolutePath()));
        m_error->show();
        return;
    }
    QSettings settings;
    settings.setValue(settingsKey("scope"), int(r.scope));
    settings.setValue(settingsKey("format"), int(r.options.format));
    settings.setValue(settingsKey("preset"), int(r.options.csvPreset));
    settings.setValue(settingsKey("delimiter"), QString(QLatin1Char(r.options.csvDelimiter)));
    settings.setValue(settingsKey("columns"), int(r.options.columnSet));
    settings.setValue(settingsKey("directory"), file.absolutePath());
    QDialog::accept();
}

} // namespace vias::ui
