// The aggregated view's per-project error banners: one banner for each
// project whose load failed, naming the profile, with its own Retry. The
// other projects' rows stay in the table meanwhile.
#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

namespace vias::ui {

class MessageBanner;

class SourceBanners final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceBanners)

public:
    explicit SourceBanners(QWidget *parent = nullptr);

    // Shows (or replaces) the banner of `source` (objectName "sourceBanner<source>").
    // `partial`: the source had rows before, which stay but may be stale.
    void showError(int source, const QString &profileName, const api::ApiError &error,
                   bool partial);
    void clearSource(int source);
    void clearAll();
    MessageBanner *banner(int source) const { return m_banners.value(source); }
    int shownCount() const;

    // The banner text and details for a failed load (shared with the
    // single-project banner).
    static QString errorDetails(const api::ApiError &error);

signals:
    void retryRequested(int source);

private:
    QVBoxLayout *m_layout;
    QHash<int, MessageBanner *> m_banners;
};

} // namespace vias::ui
