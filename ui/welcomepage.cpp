// WelcomePage: layout and translatable texts.
#include "ui/welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vias::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_message->setWordWrap(true);
    m_demo->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_demo);
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(m_title, 0, Qt::AlignHCenter);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addWidget(m_message);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    auto *box = new QWidget(this);
    box->setMaximumWidth(560);
    box->setLayout(column);
    centre->addWidget(box, 1);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProfileRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    retranslate();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setMessage(const QString &text)
{
    m_message->setText(text);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to VIAS Console"));
    m_text->setText(tr("VIAS Console lists, filters, charts and exports the video analysis tasks "
                       "of a Huawei Cloud VIAS project, such as edge face extraction. Try it on "
                       "the built-in demo, or add a profile with your project's endpoint and "
                       "credentials."));
    m_demo->setText(tr("Try the &demo"));
    m_add->setText(tr("&Add a profile"));
    m_import->setText(tr("&Import from environment"));
    m_import->setToolTip(tr("Use HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK or "
                            "~/.huaweicloud/credentials"));
}

} // namespace vias::ui
