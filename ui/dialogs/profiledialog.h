// Edits one connection profile: endpoint, project, service, auth method and
// its secrets, proxy, TLS and limits; imports credentials, looks up the
// project id through IAM and tests the connection with one list request.
// Results show inline (label "resultLabel"), never in a modal box.
#pragma once

#include "ui/profiles/profile.h"

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vias::api {
class ApiClient;
}

namespace vias::ui {

class ProjectLookup;

class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    // exec() result when the user confirmed "Delete profile…".
    static constexpr int DeleteRequested = 2;

    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const Profile &profile, const Secrets &secrets = {});
    // The edited profile (keeps the id given to setProfile; a new id otherwise).
    Profile profile() const;
    Secrets secrets() const;

    // Where "Import" looks (tests inject both; defaults: the process
    // environment and ~/.huaweicloud/credentials).
    void setImportSources(const QProcessEnvironment &env, const QString &credentialsFile);

    // The actions behind the buttons (public for tests and the main window).
    void importCredentials();
    void lookUpProjectId();
    void testConnection();
    // Asks for confirmation, then ends the dialog with DeleteRequested.
    void requestDelete();

    // Where the secrets will be kept (SecretStore::statusText()), shown under
    // the authentication fields (objectName "secretStorageLabel").
    void setSecretStorageNote(const QString &text);

    // The inline result line (objectName "resultLabel").
    QString resultText() const;

Q_SIGNALS:
    void testFinished(bool ok);
    void lookupFinished(bool ok);

private:
    void buildUi();
    void updateEnabled();
    void showResult(bool ok, const QString &text);

    QString m_id;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_credentialsFile;

    QLineEdit *m_name = nullptr;
    QComboBox *m_endpoint = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLineEdit *m_projectId = nullptr;
    QPushButton *m_lookup = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_iamUser = nullptr;
    QLineEdit *m_iamPassword = nullptr;
    QLineEdit *m_iamDomain = nullptr;
    QLineEdit *m_token = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_taskCap = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_storageNote = nullptr;
    QByteArray m_securityToken; // from an import of temporary credentials

    QPointer<api::ApiClient> m_testClient;
    ProjectLookup *m_projectLookup = nullptr;
};

} // namespace vias::ui
