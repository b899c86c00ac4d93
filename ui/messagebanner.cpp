#include "ui/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vias::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_detailsToggle(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_detailsToggle->setObjectName(QStringLiteral("bannerDetailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_action, 0, Qt::AlignTop);
    row->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    retranslate();
    hide();
}

void MessageBanner::retranslate()
{
    m_detailsToggle->setText(tr("Details"));
    m_close->setToolTip(tr("Dismiss"));
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details,
                                const QString &actionText)
{
    m_level = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xe3, 0xf2, 0xfd);
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xff, 0xf3, 0xe0);
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xff, 0xeb, 0xee);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_details->setPlainText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    m_details->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::details() const
{
    return m_details->toPlainText();
}

} // namespace vias::ui
