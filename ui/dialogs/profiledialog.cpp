// ProfileDialog: the form, per-kind enabling, import, project lookup and
// the connection test.
#include "ui/dialogs/profiledialog.h"

#include "api/apiclient.h"
#include "ui/profiles/profilestore.h"
#include "ui/profiles/projectlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vias::ui {

namespace {

QLineEdit *secretEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(QLatin1StringView(objectName));
    return edit;
}

} // namespace

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connection profile"));
    buildUi();
    setProfile(Profile::create(tr("New profile")));
}

ProfileDialog::~ProfileDialog()
{
    delete m_testClient; // aborts a running test before the widgets go
}

void ProfileDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("Endpoint"), this);
    auto *form = new QFormLayout(general);
    m_name = new QLineEdit(general);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_endpoint = new QComboBox(general);
    m_endpoint->setObjectName(QStringLiteral("endpointCombo"));
    m_endpoint->addItem(tr("VIAS region endpoint (vias.{region})"), int(EndpointKind::Region));
    m_endpoint->addItem(tr("Older IVA endpoint (iva.{region})"), int(EndpointKind::Iva));
    m_endpoint->addItem(tr("Custom base URL"), int(EndpointKind::Custom));
    form->addRow(tr("&Endpoint:"), m_endpoint);
    m_region = new QComboBox(general);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->addItems({QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"),
                        QStringLiteral("cn-south-1"), QStringLiteral("cn-north-1"),
                        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3")});
    form->addRow(tr("&Region:"), m_region);
    m_customUrl = new QLineEdit(general);
    m_customUrl->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://gateway.example.com"));
    form->addRow(tr("Base &URL:"), m_customUrl);
    auto *projectRow = new QHBoxLayout;
    m_projectId = new QLineEdit(general);
    m_projectId->setObjectName(QStringLiteral("projectIdEdit"));
    m_lookup = new QPushButton(tr("&Look up"), general);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setToolTip(tr("Sign in to IAM with the user and password below and find the "
                            "project of this region."));
    projectRow->addWidget(m_projectId, 1);
    projectRow->addWidget(m_lookup);
    form->addRow(tr("&Project id:"), projectRow);
    m_service = new QComboBox(general);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->setEditable(true);
    m_service->addItems(knownServices());
    form->addRow(tr("&Service:"), m_service);
    layout->addWidget(general);

    auto *authBox = new QGroupBox(tr("Authentication"), this);
    auto *authForm = new QFormLayout(authBox);
    m_auth = new QComboBox(authBox);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItem(tr("Access key (AK/SK)"), int(AuthMethod::AkSk));
    m_auth->addItem(tr("IAM user and password"), int(AuthMethod::IamPassword));
    m_auth->addItem(tr("Token"), int(AuthMethod::Token));
    authForm->addRow(tr("&Method:"), m_auth);
    m_accessKey = new QLineEdit(authBox);
    m_accessKey->setObjectName(QStringLiteral("accessKeyEdit"));
    authForm->addRow(tr("Access &key id (AK):"), m_accessKey);
    m_secretKey = secretEdit(authBox, "secretKeyEdit");
    authForm->addRow(tr("Se&cret key (SK):"), m_secretKey);
    m_iamUser = new QLineEdit(authBox);
    m_iamUser->setObjectName(QStringLiteral("iamUserEdit"));
    authForm->addRow(tr("IAM &user:"), m_iamUser);
    m_iamPassword = secretEdit(authBox, "iamPasswordEdit");
    authForm->addRow(tr("Pass&word:"), m_iamPassword);
    m_iamDomain = new QLineEdit(authBox);
    m_iamDomain->setObjectName(QStringLiteral("iamDomainEdit"));
    m_iamDomain->setPlaceholderText(tr("same as the user"));
    authForm->addRow(tr("&Account (domain):"), m_iamDomain);
    m_token = secretEdit(authBox, "tokenEdit");
    authForm->addRow(tr("&Token:"), m_token);
    m_import = new QPushButton(tr("&Import from environment / credentials file"), authBox);
    m_import->setObjectName(QStringLiteral("importButton"));
    authForm->addRow(m_import);
    m_storageNote = new QLabel(authBox);
    m_storageNote->setObjectName(QStringLiteral("secretStorageLabel"));
    m_storageNote->setWordWrap(true);
    m_storageNote->setVisible(false);
    authForm->addRow(m_storageNote);
    layout->addWidget(authBox);

    auto *netBox = new QGroupBox(tr("Network"), this);
    auto *netForm = new QFormLayout(netBox);
    m_proxyMode = new QComboBox(netBox);
    m_proxyMode->setObjectName(QStringLiteral("proxyModeCombo"));
    m_proxyMode->addItem(tr("System proxy settings"), int(api::ProxyMode::System));
    m_proxyMode->addItem(tr("From http_proxy / https_proxy"), int(api::ProxyMode::Environment));
    m_proxyMode->addItem(tr("No proxy"), int(api::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(api::ProxyMode::Explicit));
    netForm->addRow(tr("Pro&xy:"), m_proxyMode);
    auto *proxyRow = new QHBoxLayout;
    m_proxyHost = new QLineEdit(netBox);
    m_proxyHost->setObjectName(QStringLiteral("proxyHostEdit"));
    m_proxyPort = new QSpinBox(netBox);
    m_proxyPort->setRange(0, 65535);
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    netForm->addRow(tr("Proxy host and port:"), proxyRow);
    m_proxyUser = new QLineEdit(netBox);
    netForm->addRow(tr("Proxy user:"), m_proxyUser);
    m_proxyPassword = secretEdit(netBox, "proxyPasswordEdit");
    netForm->addRow(tr("Proxy password:"), m_proxyPassword);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(netBox);
    auto *browse = new QPushButton(tr("Browse…"), netBox);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    netForm->addRow(tr("Extra CA file (PEM):"), caRow);
    m_timeout = new QSpinBox(netBox);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    netForm->addRow(tr("Transfer timeout:"), m_timeout);
    m_concurrency = new QSpinBox(netBox);
    m_concurrency->setRange(1, 32);
    netForm->addRow(tr("Pages in flight:"), m_concurrency);
    m_taskCap = new QSpinBox(netBox);
    m_taskCap->setRange(1, 10'000'000);
    m_taskCap->setGroupSeparatorShown(true);
    netForm->addRow(tr("Task cap for load all:"), m_taskCap);
    layout->addWidget(netBox);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_delete = new QPushButton(tr("&Delete profile…"), this);
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_delete->setToolTip(tr("Remove this profile and its stored secrets"));
    m_delete->hide(); // only for a saved profile (setProfile)
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::requestDelete);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEnabled);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEnabled);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEnabled);
    connect(m_import, &QPushButton::clicked, this, &ProfileDialog::importCredentials);
    connect(m_lookup, &QPushButton::clicked, this, &ProfileDialog::lookUpProjectId);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
}

void ProfileDialog::updateEnabled()
{
    const auto kind = EndpointKind(m_endpoint->currentData().toInt());
    const auto method = AuthMethod(m_auth->currentData().toInt());
    const auto proxy = api::ProxyMode(m_proxyMode->currentData().toInt());
    m_customUrl->setEnabled(kind == EndpointKind::Custom);
    m_accessKey->setEnabled(method == AuthMethod::AkSk);
    m_secretKey->setEnabled(method == AuthMethod::AkSk);
    m_import->setEnabled(method == AuthMethod::AkSk);
    m_iamUser->setEnabled(method == AuthMethod::IamPassword);
    m_iamPassword->setEnabled(method == AuthMethod::IamPassword);
    m_iamDomain->setEnabled(method == AuthMethod::IamPassword);
    m_lookup->setEnabled(method == AuthMethod::IamPassword);
    m_token->setEnabled(method == AuthMethod::Token);
    const bool manual = proxy == api::ProxyMode::Explicit;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    m_proxyUser->setEnabled(manual);
    m_proxyPassword->setEnabled(manual);
}

void ProfileDialog::requestDelete()
{
    const QString name =
        m_name->text().trimmed().isEmpty() ? tr("(unnamed profile)") : m_name->text().trimmed();
    QMessageBox box(QMessageBox::Warning, tr("Delete profile"),
                    tr("Delete the profile “%1”?").arg(name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteProfile"));
    box.setInformativeText(tr("Its stored secrets (secret key, password or token) are removed "
                              "from the keychain too. This cannot be undone."));
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        done(DeleteRequested);
}

void ProfileDialog::setProfile(const Profile &p, const Secrets &s)
{
    m_id = p.id;
    m_delete->setVisible(!p.id.isEmpty());
    m_name->setText(p.name);
    m_endpoint->setCurrentIndex(m_endpoint->findData(int(p.endpoint)));
    m_region->setCurrentText(p.region);
    m_customUrl->setText(p.customUrl.toString());
    m_projectId->setText(p.projectId);
    m_service->setCurrentText(p.service);
    m_auth->setCurrentIndex(m_auth->findData(int(p.auth)));
    m_accessKey->setText(p.accessKey);
    m_iamUser->setText(p.iamUser);
    m_iamDomain->setText(p.iamDomain);
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(p.proxyMode)));
    m_proxyHost->setText(p.proxyHost);
    m_proxyPort->setValue(p.proxyPort);
    m_proxyUser->setText(p.proxyUser);
    m_caFile->setText(p.caFile);
    m_timeout->setValue(p.transferTimeoutSec);
    m_concurrency->setValue(p.concurrency);
    m_taskCap->setValue(int(std::min<qint64>(p.taskCap, m_taskCap->maximum())));
    m_secretKey->setText(QString::fromUtf8(s.secretKey));
    m_securityToken = s.securityToken;
    m_iamPassword->setText(QString::fromUtf8(s.password));
    m_token->setText(QString::fromUtf8(s.token));
    m_proxyPassword->setText(QString::fromUtf8(s.proxyPassword));
    m_result->clear();
    updateEnabled();
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.endpoint = EndpointKind(m_endpoint->currentData().toInt());
    p.region = m_region->currentText().trimmed();
    p.customUrl = QUrl(m_customUrl->text().trimmed());
    p.projectId = m_projectId->text().trimmed();
    p.service = m_service->currentText().trimmed();
    p.auth = AuthMethod(m_auth->currentData().toInt());
    p.accessKey = m_accessKey->text().trimmed();
    p.iamUser = m_iamUser->text().trimmed();
    p.iamDomain = m_iamDomain->text().trimmed();
    p.proxyMode = api::ProxyMode(m_proxyMode->currentData().toInt());
    p.proxyHost = m_proxyHost->text().trimmed();
    p.proxyPort = quint16(m_proxyPort->value());
    p.proxyUser = m_proxyUser->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.transferTimeoutSec = m_timeout->value();
    p.concurrency = m_concurrency->value();
    p.taskCap = m_taskCap->value();
    return p;
}

Secrets ProfileDialog::secrets() const
{
    Secrets s;
    s.secretKey = m_secretKey->text().toUtf8();
    s.securityToken = m_securityToken;
    s.password = m_iamPassword->text().toUtf8();
    s.token = m_token->text().trimmed().toUtf8();
    s.proxyPassword = m_proxyPassword->text().toUtf8();
    return s;
}

void ProfileDialog::setImportSources(const QProcessEnvironment &env, const QString &credentialsFile)
{
    m_env = env;
    m_credentialsFile = credentialsFile;
}

void ProfileDialog::setSecretStorageNote(const QString &text)
{
    m_storageNote->setText(text);
    m_storageNote->setVisible(!text.isEmpty());
}

QString ProfileDialog::resultText() const
{
    return m_result->text();
}

void ProfileDialog::showResult(bool ok, const QString &text)
{
    m_result->setProperty("ok", ok);
    m_result->setText(text);
}

void ProfileDialog::importCredentials()
{
    const ImportResult result = ProfileStore::importCredentials(m_env, m_credentialsFile);
    if (!result.imported) {
        showResult(false, result.error);
        return;
    }
    const ImportedProfile &imported = *result.imported;
    m_auth->setCurrentIndex(m_auth->findData(int(AuthMethod::AkSk)));
    m_accessKey->setText(imported.profile.accessKey);
    m_secretKey->setText(QString::fromUtf8(imported.secrets.secretKey));
    m_securityToken = imported.secrets.securityToken;
    if (!imported.profile.projectId.isEmpty())
        m_projectId->setText(imported.profile.projectId);
    showResult(true,
               tr("Imported the access key %1 from %2.")
                   .arg(imported.profile.accessKey.left(4) + QStringLiteral("…"), imported.source));
}

void ProfileDialog::lookUpProjectId()
{
    const Profile p = profile();
    if (p.iamUser.isEmpty() || m_iamPassword->text().isEmpty()) {
        showResult(false, tr("Enter the IAM user and password first: the lookup signs in with "
                             "them."));
        Q_EMIT lookupFinished(false);
        return;
    }
    if (!m_projectLookup) {
        m_projectLookup = new ProjectLookup(this);
        connect(m_projectLookup, &ProjectLookup::finished, this,
                [this](const QString &projectId, const QString &error) {
                    m_lookup->setEnabled(true);
                    if (projectId.isEmpty()) {
                        showResult(false, error);
                        Q_EMIT lookupFinished(false);
                        return;
                    }
                    m_projectId->setText(projectId);
                    showResult(true, tr("Project id of %1: %2").arg(profile().region, projectId));
                    Q_EMIT lookupFinished(true);
                });
    }
    m_lookup->setEnabled(false);
    showResult(true, tr("Looking up the project id…"));
    m_projectLookup->start(p.iamUrl(), p.iamUser, m_iamPassword->text().toUtf8(), p.iamDomain,
                           p.region);
}

void ProfileDialog::testConnection()
{
    delete m_testClient;
    const Profile p = profile();
    if (!p.baseUrl().isValid() || p.baseUrl().host().isEmpty()) {
        showResult(false, tr("The base URL is not valid. Enter a URL such as "
                             "https://vias.cn-north-4.myhuaweicloud.com."));
        Q_EMIT testFinished(false);
        return;
    }
    const Connection connection = connectionFor(p, secrets());
    auto *client = new api::ApiClient(connection.config, this);
    m_testClient = client;
    if (connection.makeAuth)
        client->setAuthProvider(connection.makeAuth());
    api::TaskQuery query;
    query.limit = 1;
    m_test->setEnabled(false);
    showResult(true, tr("Connecting to %1…").arg(connection.config.baseUrl.host()));
    api::PageReply *reply = client->listPage(query);
    const QString service = connection.config.service;
    connect(reply, &api::PageReply::finished, this,
            [this, client, service](const api::PageResult &result) {
                m_test->setEnabled(true);
                client->deleteLater();
                if (result.error.isError()) {
                    showResult(false, result.error.userMessage());
                    Q_EMIT testFinished(false);
                    return;
                }
                showResult(
                    true, tr("Connected: %1 tasks in %2")
                              .arg(QLocale().toString(std::max<qint64>(0, result.count)), service));
                Q_EMIT testFinished(true);
            });
}

} // namespace vias::ui
