// SourceBanners: one MessageBanner per failed project, created on demand.
#include "ui/sourcebanners.h"

#include "ui/messagebanner.h"

#include <QVBoxLayout>

namespace vias::ui {

SourceBanners::SourceBanners(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("sourceBanners"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

QString SourceBanners::errorDetails(const api::ApiError &error)
{
    QStringList details;
    details << error.summary();
    if (!error.detail.isEmpty())
        details << error.detail;
    if (!error.url.isEmpty())
        details << tr("URL: %1").arg(error.url);
    if (!error.requestId.isEmpty())
        details << tr("Request ID: %1").arg(error.requestId);
    if (error.retries > 0)
        details << tr("Retried %n time(s).", nullptr, error.retries);
    if (!error.bodySnippet.isEmpty())
        details << tr("Response: %1").arg(QString::fromUtf8(error.bodySnippet));
    return details.join(QLatin1Char('\n'));
}

void SourceBanners::showError(int source, const QString &profileName, const api::ApiError &error,
                              bool partial)
{
    MessageBanner *banner = m_banners.value(source);
    if (!banner) {
        banner = new MessageBanner(this);
        banner->setObjectName(QStringLiteral("sourceBanner%1").arg(source));
        m_layout->addWidget(banner);
        m_banners.insert(source, banner);
        connect(banner, &MessageBanner::actionTriggered, this,
                [this, source] { emit retryRequested(source); });
    }
    const QString text =
        partial ? tr("Project “%1”: %2 Its tasks shown may be out of date; the other projects' "
                     "tasks are not affected.")
                      .arg(profileName, error.userMessage())
                : tr("Project “%1”: %2 The other projects' tasks are shown without it.")
                      .arg(profileName, error.userMessage());
    banner->showMessage(MessageBanner::Level::Error, text, errorDetails(error), tr("Retry"));
}

void SourceBanners::clearSource(int source)
{
    if (MessageBanner *banner = m_banners.value(source))
        banner->clear();
}

void SourceBanners::clearAll()
{
    qDeleteAll(m_banners);
    m_banners.clear();
}

int SourceBanners::shownCount() const
{
    int shown = 0;
    for (const MessageBanner *banner : m_banners)
        shown += banner->isHidden() ? 0 : 1;
    return shown;
}

} // namespace vias::ui
