// Finds the project id of a region for an IAM user: signs in with a domain
// scope (POST /v3/auth/tokens), then GET /v3/projects?name=<region> with the
// token. Used by the profile dialog's "Look up project id".
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace vias::ui {

class ProjectLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectLookup)
public:
    explicit ProjectLookup(QObject *parent = nullptr);
    ~ProjectLookup() override;

    // `password` is a secret: it goes only into the sign-in body.
    void start(const QUrl &iamUrl, const QString &user, const QByteArray &password,
               const QString &domain, const QString &region);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    // Exactly one per start(): a project id, or a translated error.
    void finished(const QString &projectId, const QString &error);

private:
    void onSignedIn();
    void onProjects();
    void fail(const QString &error);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_iamUrl;
    QString m_region;
};

} // namespace vias::ui
