#include "ui/charts/chartcard.h"

#include <QAction>
#include <QBuffer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStyle>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace vias::ui::charts {

ChartCard::ChartCard(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_controls(new QWidget(m_view))
    , m_controlsLayout(new QHBoxLayout(m_controls))
    , m_exportButton(new QToolButton(m_controls))
    , m_pngAction(new QAction(this))
    , m_svgAction(new QAction(this))
{
    setObjectName(name + QStringLiteral("Card"));
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(320);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation); // instant updates while filtering
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_pngAction->setObjectName(QStringLiteral("exportPngAction"));
    m_svgAction->setObjectName(QStringLiteral("exportSvgAction"));
    connect(m_pngAction, &QAction::triggered, this, [this] { exportAs(QStringLiteral("png")); });
    connect(m_svgAction, &QAction::triggered, this, [this] { exportAs(QStringLiteral("svg")); });
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(m_pngAction);
    menu->addAction(m_svgAction);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(menu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_pngAction);
    m_view->addAction(m_svgAction);

    m_controlsLayout->setContentsMargins(0, 0, 0, 0);
    m_controlsLayout->setSpacing(4);
    m_controlsLayout->addWidget(m_exportButton);
    m_view->installEventFilter(this);
    retranslateCard();
    placeControls();
}

ChartCard::~ChartCard() = default;

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::addControl(QWidget *control)
{
    control->setParent(m_controls);
    m_controlsLayout->insertWidget(m_controlsLayout->count() - 1, control);
    placeControls();
}

void ChartCard::placeControls()
{
    m_controls->adjustSize();
    m_controls->move(m_view->width() - m_controls->width() - 6, 4);
    m_controls->raise();
}

bool ChartCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeControls();
    return QWidget::eventFilter(watched, event);
}

void ChartCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateCard();
    QWidget::changeEvent(event);
}

void ChartCard::retranslateCard()
{
    m_pngAction->setText(tr("Export as PNG…"));
    m_svgAction->setText(tr("Export as SVG…"));
    m_exportButton->setToolTip(tr("Export this chart as an image"));
}

void ChartCard::showToolTip(const QString &text) const
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartCard::exportAs(const QString &format)
{
    const bool svg = format == QLatin1StringView("svg");
    const QString suggested =
        exportStem() + (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = m_fileNameProvider
                       ? m_fileNameProvider(suggested, filter)
                       : QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (exportTo(path, &error)) {
        emit exported(path);
        return;
    }
    emit exportFailed(error);
    // Window-modal but not blocking, so nothing waits on it.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Export chart"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ChartCard::exportTo(const QString &path, QString *error) const
{
    const bool svg =
        QFileInfo(path).suffix().compare(QLatin1StringView("svg"), Qt::CaseInsensitive) == 0;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(m_view->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        generator.setTitle(chart()->title());
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        // QGraphicsView::render: the scene only, without the overlaid controls.
        m_view->render(&painter);
    } else {
        m_controls->hide();
        const QPixmap pixmap = m_view->grab();
        m_controls->show();
        pixmap.save(&buffer, "PNG");
    }
    buffer.close();
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error) {
            *error = tr("The chart could not be saved to %1: %2. Check that the folder exists and "
                        "is writable, or choose another location.")
                         .arg(QDir::toNativeSeparators(path),
                              bytes.isEmpty() ? tr("the image could not be rendered")
                                              : file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace vias::ui::charts
