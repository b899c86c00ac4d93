#include "ui/pagerbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace vias::ui {

PagerBar::PagerBar(QWidget *parent)
    : QWidget(parent)
    , m_size(new QComboBox(this))
    , m_first(new QToolButton(this))
    , m_prev(new QToolButton(this))
    , m_pageBox(new QSpinBox(this))
    , m_pageTotal(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_last(new QToolButton(this))
    , m_range(new QLabel(this))
    , m_pageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("pagerBar"));
    m_size->setObjectName(QStringLiteral("pageSizeCombo"));
    for (int size : pageSizes())
        m_size->addItem(QString(), size);
    m_size->setCurrentIndex(1);

    const struct
    {
        QToolButton *button;
        const char *name;
        QStyle::StandardPixmap icon;
    } buttons[] = {
        {m_first, "firstPageButton", QStyle::SP_MediaSkipBackward},
        {m_prev, "previousPageButton", QStyle::SP_MediaSeekBackward},
        {m_next, "nextPageButton", QStyle::SP_MediaSeekForward},
        {m_last, "lastPageButton", QStyle::SP_MediaSkipForward},
    };
    for (const auto &b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setIcon(style()->standardIcon(b.icon));
        b.button->setAutoRaise(true);
    }
    m_pageBox->setObjectName(QStringLiteral("pageSpinBox"));
    m_pageBox->setMinimum(1);
    m_pageBox->setKeyboardTracking(false);
    m_range->setObjectName(QStringLiteral("pageRangeLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range, 1);
    layout->addWidget(m_size);
    layout->addWidget(m_first);
    layout->addWidget(m_prev);
    layout->addWidget(m_pageLabel);
    layout->addWidget(m_pageBox);
    layout->addWidget(m_pageTotal);
    layout->addWidget(m_next);
    layout->addWidget(m_last);

    connect(m_first, &QToolButton::clicked, this, [this] { emit pageRequested(0); });
    connect(m_prev, &QToolButton::clicked, this, [this] { emit pageRequested(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit pageRequested(m_page + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { emit pageRequested(m_pageCount - 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != m_page)
            emit pageRequested(value - 1);
    });
    connect(m_size, &QComboBox::currentIndexChanged, this,
            [this] { emit pageSizeChanged(pageSize()); });
    retranslate();
}

void PagerBar::retranslate()
{
    for (int i = 0; i < m_size->count(); ++i)
        m_size->setItemText(i, tr("%1 / page").arg(m_size->itemData(i).toInt()));
    m_size->setToolTip(tr("Rows per page"));
    m_first->setToolTip(tr("First page"));
    m_prev->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_last->setToolTip(tr("Last page"));
    m_pageBox->setToolTip(tr("Go to page"));
    m_pageLabel->setText(tr("Page"));
    m_pageTotal->setText(tr("of %1").arg(QLocale().toString(m_pageCount)));
}

void PagerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<int> PagerBar::pageSizes()
{
    return {10, 20, 50, 100};
}

int PagerBar::pageSize() const
{
    return m_size->currentData().toInt();
}

void PagerBar::setPageSize(int size)
{
    const int i = m_size->findData(size);
    if (i >= 0)
        m_size->setCurrentIndex(i);
}

void PagerBar::setState(int page, int pageCount, qint64 firstRow, qint64 lastRow, qint64 total,
                        const QString &suffix)
{
    m_page = page;
    m_pageCount = std::max(1, pageCount);
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setMaximum(m_pageCount);
        m_pageBox->setValue(page + 1);
    }
    m_pageTotal->setText(tr("of %1").arg(QLocale().toString(m_pageCount)));
    m_first->setEnabled(page > 0);
    m_prev->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < m_pageCount);
    m_last->setEnabled(page + 1 < m_pageCount);
    const QLocale locale;
    QString text = total == 0 ? tr("No tasks")
                              : tr("%1–%2 of %3")
                                    .arg(locale.toString(firstRow), locale.toString(lastRow),
                                         locale.toString(total));
    if (!suffix.isEmpty())
        text = tr("%1 %2").arg(text, suffix);
    m_range->setText(text);
}

QString PagerBar::rangeText() const
{
    return m_range->text();
}

} // namespace vias::ui
