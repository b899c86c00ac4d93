// The ROI tab: toolbar, overlay, legend and read-outs (see roitab.h).
#include "ui/detail/roitab.h"

#include "models/roigeometry.h"
#include "models/taskparser.h"
#include "ui/roilegend.h"
#include "ui/roiview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace vias::ui {
namespace {

const QString kRoiPrefix = QStringLiteral("service_config.common.target_roi");
constexpr int kMaxBackgroundSide = 4096; // larger pictures are scaled down once

QString frameKey(const QString &cameraId)
{
    return QStringLiteral("roi/frame/") + cameraId;
}

QString imageFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return RoiTab::tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
}

// The frame sizes offered in the toolbar, with their common names.
QList<QPair<QSize, QString>> frameSizes()
{
    return {{{1280, 720}, QStringLiteral("720p")},
            {{1920, 1080}, QStringLiteral("1080p")},
            {{2560, 1440}, QStringLiteral("1440p")},
            {{3840, 2160}, QStringLiteral("4K")},
            {{704, 576}, QStringLiteral("D1")}};
}

} // namespace

RoiTab::RoiTab(QWidget *parent)
    : QWidget(parent)
    , m_view(new RoiView(this))
    , m_legend(new RoiLegend(this))
    , m_frameWarning(new QLabel(this))
    , m_cursor(new QLabel(this))
    , m_zoom(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("roiTab"));
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("roiToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildToolBar(bar);

    m_frameWarning->setObjectName(QStringLiteral("roiFrameWarning"));
    m_frameWarning->setWordWrap(true);
    m_frameWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }"));
    m_frameWarning->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("roiSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_legend);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    m_legend->setMinimumWidth(240);
    splitter->setSizes({800, 290});

    m_cursor->setObjectName(QStringLiteral("roiCursor"));
    m_zoom->setObjectName(QStringLiteral("roiZoom"));
    m_status->setObjectName(QStringLiteral("roiStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cursor->setMinimumWidth(m_cursor->fontMetrics().horizontalAdvance(
        tr("x %1, y %2 (outside the frame)").arg(88888).arg(88888)));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_cursor);
    bottom->addWidget(m_zoom);
    bottom->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_frameWarning);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_view, &RoiView::cursorMoved, this, [this](QPointF p) {
        const QSizeF frame = m_view->frameSize();
        const bool inside =
            p.x() >= 0 && p.y() >= 0 && p.x() <= frame.width() && p.y() <= frame.height();
        const QString text = inside ? tr("x %1, y %2") : tr("x %1, y %2 (outside the frame)");
        m_cursor->setText(text.arg(std::floor(p.x())).arg(std::floor(p.y())));
    });
    connect(m_view, &RoiView::cursorLeft, this, [this] { m_cursor->setText(tr("x –, y –")); });
    connect(m_view, &RoiView::zoomChanged, this,
            [this](qreal zoom) { m_zoom->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    connect(m_view, &RoiView::shapeClicked, m_legend, &RoiLegend::setSelectedShape);
    connect(m_legend, &RoiLegend::shapeSelected, m_view, &RoiView::setSelectedShape);
    connect(m_view, &RoiView::backgroundFileDropped, this, &RoiTab::loadBackgroundFile);
    connect(m_view, &RoiView::backgroundImageDropped, this, [this](const QImage &image) {
        m_view->setBackgroundImage(image);
        m_backgroundPath.clear();
        setStatus(tr("Dropped picture shown for this session; only pictures opened from a "
                     "file are remembered."));
        updateActions();
    });
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &RoiTab::pasteBackground);

    retranslate();
    setTask(nullptr);
}

RoiTab::~RoiTab() = default;

void RoiTab::buildToolBar(QToolBar *bar)
{
    auto *frameLabel = new QLabel(bar);
    frameLabel->setObjectName(QStringLiteral("roiFrameLabel"));
    bar->addWidget(frameLabel);
    m_frameCombo = new QComboBox(bar);
    m_frameCombo->setObjectName(QStringLiteral("roiFrameSize"));
    for (const auto &frame : frameSizes())
        m_frameCombo->addItem(QString(), frame.first);
    m_frameCombo->addItem(QString(), QSize());
    m_frameCombo->setCurrentIndex(1);
    bar->addWidget(m_frameCombo);
    m_frameWidth = new QSpinBox(bar);
    m_frameHeight = new QSpinBox(bar);
    m_frameWidth->setObjectName(QStringLiteral("roiFrameWidth"));
    m_frameHeight->setObjectName(QStringLiteral("roiFrameHeight"));
    for (QSpinBox *spin : {m_frameWidth, m_frameHeight}) {
        spin->setRange(16, 16384);
        spin->setEnabled(false);
        spin->setKeyboardTracking(false);
        bar->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &RoiTab::onFrameSizeChoice);
    }
    m_frameWidth->setValue(1920);
    m_frameHeight->setValue(1080);
    connect(m_frameCombo, &QComboBox::currentIndexChanged, this, &RoiTab::onFrameSizeChoice);

    bar->addSeparator();
    m_fit = bar->addAction(QString(), m_view, &RoiView::fitToWindow);
    m_fit->setObjectName(QStringLiteral("roiFit"));
    m_actualSize = bar->addAction(QString(), m_view, &RoiView::zoomToActualSize);
    m_actualSize->setObjectName(QStringLiteral("roiActualSize"));

    bar->addSeparator();
    auto *bgButton = new QToolButton(bar);
    bgButton->setObjectName(QStringLiteral("roiBackgroundButton"));
    bgButton->setPopupMode(QToolButton::InstantPopup);
    auto *bgMenu = new QMenu(bgButton);
    m_openBackground = bgMenu->addAction(QString(), this, &RoiTab::openBackground);
    m_openBackground->setObjectName(QStringLiteral("roiBackgroundOpen"));
    m_pasteBackground = bgMenu->addAction(QString(), this, &RoiTab::pasteBackground);
    m_pasteBackground->setObjectName(QStringLiteral("roiBackgroundPaste"));
    m_clearBackground = bgMenu->addAction(QString(), this, &RoiTab::clearBackground);
    m_clearBackground->setObjectName(QStringLiteral("roiBackgroundClear"));
    bgButton->setMenu(bgMenu);
    bar->addWidget(bgButton);
    m_showBackground = bar->addAction(QString());
    m_showBackground->setObjectName(QStringLiteral("roiBackgroundToggle"));
    m_showBackground->setCheckable(true);
    m_showBackground->setChecked(true);
    connect(m_showBackground, &QAction::toggled, m_view, &RoiView::setBackgroundVisible);
    m_opacity = new QSlider(Qt::Horizontal, bar);
    m_opacity->setObjectName(QStringLiteral("roiBackgroundOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_opacity->setMaximumWidth(90);
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int value) { m_view->setBackgroundOpacity(value / 100.0); });
    bar->addWidget(m_opacity);

    bar->addSeparator();
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("roiExportButton"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    m_exportWith = exportMenu->addAction(QString(), this, [this] { exportWithDialog(true); });
    m_exportWith->setObjectName(QStringLiteral("roiExportWithBackground"));
    m_exportWithout = exportMenu->addAction(QString(), this, [this] { exportWithDialog(false); });
    m_exportWithout->setObjectName(QStringLiteral("roiExportOverlayOnly"));
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    auto *copyButton = new QToolButton(bar);
    copyButton->setObjectName(QStringLiteral("roiCopyButton"));
    copyButton->setPopupMode(QToolButton::InstantPopup);
    auto *copyMenu = new QMenu(copyButton);
    m_copyEscaped = copyMenu->addAction(QString(), this, [this] {
        copyToClipboard(targetRoiEscaped(), tr("target_roi as an escaped string"));
    });
    m_copyEscaped->setObjectName(QStringLiteral("roiCopyEscaped"));
    m_copyJson = copyMenu->addAction(
        QString(), this, [this] { copyToClipboard(targetRoiJson(), tr("target_roi as JSON")); });
    m_copyJson->setObjectName(QStringLiteral("roiCopyJson"));
    copyButton->setMenu(copyMenu);
    bar->addWidget(copyButton);
}

void RoiTab::retranslate()
{
    if (auto *label = findChild<QLabel *>(QStringLiteral("roiFrameLabel")))
        label->setText(tr("Frame:"));
    m_frameCombo->setToolTip(tr("The camera's resolution: target_roi points are in its pixels."));
    const QList<QPair<QSize, QString>> sizes = frameSizes();
    for (int i = 0; i < sizes.size(); ++i) {
        const auto &[size, name] = sizes.at(i);
        m_frameCombo->setItemText(
            i, tr("%1 × %2 (%3)", "frame size").arg(size.width()).arg(size.height()).arg(name));
    }
    m_frameCombo->setItemText(int(sizes.size()), tr("Custom…"));
    m_frameWidth->setToolTip(tr("Frame width in pixels"));
    m_frameHeight->setToolTip(tr("Frame height in pixels"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the whole frame in the view (double-click the view)"));
    m_actualSize->setText(tr("100%"));
    m_actualSize->setToolTip(tr("One frame pixel per screen pixel"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("roiBackgroundButton"))) {
        button->setText(tr("Background"));
        button->setToolTip(tr("A still of the camera under the regions: open a file, paste, or "
                              "drop one on the view. Its path is remembered per camera."));
    }
    m_openBackground->setText(tr("Open picture…"));
    m_pasteBackground->setText(tr("Paste picture"));
    m_clearBackground->setText(tr("Clear picture"));
    m_showBackground->setText(tr("Show"));
    m_showBackground->setToolTip(tr("Show or hide the background picture"));
    m_opacity->setToolTip(tr("Background opacity"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("roiExportButton")))
        button->setText(tr("Export PNG"));
    m_exportWith->setText(tr("With background…"));
    m_exportWithout->setText(tr("Overlay only…"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("roiCopyButton")))
        button->setText(tr("Copy target_roi"));
    m_copyEscaped->setText(tr("As the escaped string (API form)"));
    m_copyJson->setText(tr("As raw JSON"));
    m_cursor->setText(tr("x –, y –"));
    m_zoom->setText(tr("Zoom %1%").arg(qRound(m_view->zoom() * 100)));
}

void RoiTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoiTab::setTask(const Task *task)
{
    m_hasTask = task != nullptr;
    m_targetRoi = QJsonValue(QJsonValue::Undefined);
    m_parseWarnings.clear();
    m_cameraId.clear();
    m_backgroundPath.clear();
    m_view->clearBackgroundImage();
    setStatus({});
    if (!task) {
        m_view->setRoi(Roi{});
        m_legend->clear();
        m_frameWarning->hide();
        updateActions();
        return;
    }
    if (!task->input.sources.isEmpty()) {
        const InputSource &source = task->input.sources.first();
        m_cameraId = source.id.isEmpty() ? source.displayId() : source.id;
    }
    for (const ConfigEntry &entry : configEntries(*task))
        if (entry.key == QLatin1StringView("target_roi"))
            m_targetRoi = entry.value;
    for (const TaskWarning &w : task->warnings)
        if (w.field.startsWith(kRoiPrefix))
            m_parseWarnings.append(w);

    QSettings settings;
    QSize frame(1920, 1080);
    if (!m_cameraId.isEmpty()) {
        const QSize remembered = settings.value(frameKey(m_cameraId)).toSize();
        if (remembered.isValid() && !remembered.isEmpty())
            frame = remembered;
    }
    {
        const QSignalBlocker b1(m_frameCombo), b2(m_frameWidth), b3(m_frameHeight);
        const int index = m_frameCombo->findData(frame);
        m_frameCombo->setCurrentIndex(index >= 0 ? index : m_frameCombo->count() - 1);
        m_frameWidth->setValue(frame.width());
        m_frameHeight->setValue(frame.height());
        m_frameWidth->setEnabled(index < 0);
        m_frameHeight->setEnabled(index < 0);
    }
    m_view->setRoi(taskRoi(*task));
    m_view->setFrameSize(frame);
    m_view->fitToWindow();
    refreshWarnings();

    if (!m_cameraId.isEmpty()) {
        const QString path = settings.value(settingsKey(m_cameraId)).toString();
        if (!path.isEmpty()) {
            if (QFileInfo::exists(path))
                loadBackgroundFile(path);
            else
                setStatus(tr("The background picture remembered for this camera (%1) is "
                             "missing; it may have been moved. Open another picture.")
                              .arg(QDir::toNativeSeparators(path)),
                          true);
        }
    }
    updateActions();
}

void RoiTab::setNextSaveFileName(const QString &fileName)
{
    m_nextSaveFileName = fileName;
}

void RoiTab::setNextOpenFileName(const QString &fileName)
{
    m_nextOpenFileName = fileName;
}

QString RoiTab::settingsKey(const QString &cameraId)
{
    return QStringLiteral("roi/background/") + cameraId;
}

bool RoiTab::loadBackgroundFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        setStatus(tr("Could not open %1 as a picture (%2). Choose a PNG, JPEG or BMP file.")
                      .arg(QDir::toNativeSeparators(path), reader.errorString()),
                  true);
        return false;
    }
    if (image.width() > kMaxBackgroundSide || image.height() > kMaxBackgroundSide)
        image = image.scaled(kMaxBackgroundSide, kMaxBackgroundSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    m_view->setBackgroundImage(image);
    m_backgroundPath = QFileInfo(path).absoluteFilePath();
    m_showBackground->setChecked(true);
    if (!m_cameraId.isEmpty()) {
        QSettings().setValue(settingsKey(m_cameraId), m_backgroundPath);
        setStatus(tr("Background %1, remembered for camera %2.")
                      .arg(QFileInfo(path).fileName(), m_cameraId));
    } else {
        setStatus(tr("Background %1 shown; the task has no camera id, so it is not remembered.")
                      .arg(QFileInfo(path).fileName()));
    }
    updateActions();
    return true;
}

bool RoiTab::exportPng(const QString &path, bool withBackground)
{
    const QImage image = m_view->renderImage(withBackground);
    if (!image.save(path, "PNG")) {
        setStatus(tr("Could not write %1. Check that the folder exists and that you may write "
                     "there, then export again.")
                      .arg(QDir::toNativeSeparators(path)),
                  true);
        return false;
    }
    setStatus(tr("Exported %1 (%2 × %3).")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(image.width())
                  .arg(image.height()));
    return true;
}

QString RoiTab::statusText() const
{
    return m_status->text();
}

QString RoiTab::targetRoiJson() const
{
    if (m_targetRoi.isString())
        return m_targetRoi.toString();
    if (m_targetRoi.isObject())
        return QString::fromUtf8(
            QJsonDocument(m_targetRoi.toObject()).toJson(QJsonDocument::Compact));
    if (m_targetRoi.isUndefined())
        return {};
    const QByteArray wrapped =
        QJsonDocument(QJsonArray{m_targetRoi}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString RoiTab::targetRoiEscaped() const
{
    if (m_targetRoi.isUndefined())
        return {};
    const QByteArray wrapped =
        QJsonDocument(QJsonArray{targetRoiJson()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void RoiTab::onFrameSizeChoice()
{
    const QSize preset = m_frameCombo->currentData().toSize();
    const bool custom = !preset.isValid();
    m_frameWidth->setEnabled(custom);
    m_frameHeight->setEnabled(custom);
    QSize size = preset;
    if (custom) {
        size = QSize(m_frameWidth->value(), m_frameHeight->value());
    } else {
        const QSignalBlocker b1(m_frameWidth), b2(m_frameHeight);
        m_frameWidth->setValue(preset.width());
        m_frameHeight->setValue(preset.height());
    }
    applyFrameSize(size);
}

void RoiTab::applyFrameSize(const QSize &size)
{
    m_view->setFrameSize(size);
    if (m_hasTask && !m_cameraId.isEmpty())
        QSettings().setValue(frameKey(m_cameraId), size);
    refreshWarnings();
}

void RoiTab::refreshWarnings()
{
    if (!m_hasTask)
        return;
    TaskWarnings warnings = m_parseWarnings;
    for (const TaskWarning &w : validateRoi(m_view->roi(), QSizeF(m_view->frameSize()), kRoiPrefix))
        if (!warnings.contains(w))
            warnings.append(w);
    m_legend->setScene(m_view->scene(), warnings);
    if (m_view->isFrameGrown()) {
        const QRectF scene = m_view->sceneRect();
        m_frameWarning->setText(
            tr("Some points lie outside the %1 × %2 frame (the region spans %3,%4 to %5,%6). "
               "The view grew to show them: pick the camera's real resolution above, or fix "
               "the coordinates in target_roi.")
                .arg(m_view->frameSize().width())
                .arg(m_view->frameSize().height())
                .arg(scene.left())
                .arg(scene.top())
                .arg(scene.right())
                .arg(scene.bottom()));
        m_frameWarning->show();
    } else {
        m_frameWarning->hide();
    }
}

void RoiTab::openBackground()
{
    QString path;
    if (m_nextOpenFileName) {
        path = *std::exchange(m_nextOpenFileName, std::nullopt);
    } else {
        const QString dir = m_backgroundPath.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                                : QFileInfo(m_backgroundPath).absolutePath();
        path = QFileDialog::getOpenFileName(this, tr("Open a picture of the camera"), dir,
                                            imageFilter());
    }
    if (!path.isEmpty())
        loadBackgroundFile(path);
}

void RoiTab::pasteBackground()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        m_view->setBackgroundImage(qvariant_cast<QImage>(mime->imageData()));
        m_backgroundPath.clear();
        m_showBackground->setChecked(true);
        setStatus(tr("Pasted picture shown for this session; only pictures opened from a file "
                     "are remembered."));
        updateActions();
        return;
    }
    QString path;
    if (mime && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
        path = mime->urls().first().toLocalFile();
    else if (mime && mime->hasText() && QFileInfo::exists(mime->text().trimmed()))
        path = mime->text().trimmed();
    if (!path.isEmpty()) {
        loadBackgroundFile(path);
        return;
    }
    setStatus(tr("The clipboard holds no picture. Copy an image or an image file, then paste "
                 "again."),
              true);
}

void RoiTab::clearBackground()
{
    m_view->clearBackgroundImage();
    m_backgroundPath.clear();
    if (!m_cameraId.isEmpty())
        QSettings().remove(settingsKey(m_cameraId));
    setStatus(tr("Background cleared."));
    updateActions();
}

QString RoiTab::askSaveFileName()
{
    if (m_nextSaveFileName)
        return *std::exchange(m_nextSaveFileName, std::nullopt);
    const QString base =
        m_cameraId.isEmpty() ? QStringLiteral("roi") : QStringLiteral("roi-") + m_cameraId;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileDialog::getSaveFileName(this, tr("Export the ROI overlay as PNG"),
                                        QDir(dir).filePath(base + QStringLiteral(".png")),
                                        tr("PNG images (*.png)"));
}

void RoiTab::exportWithDialog(bool withBackground)
{
    QString path = askSaveFileName();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    exportPng(path, withBackground);
}

void RoiTab::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    setStatus(tr("Copied %1 to the clipboard.").arg(what));
}

void RoiTab::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void RoiTab::updateActions()
{
    const bool hasRoi = m_hasTask && !m_targetRoi.isUndefined();
    m_copyEscaped->setEnabled(hasRoi);
    m_copyJson->setEnabled(hasRoi);
    m_exportWith->setEnabled(m_hasTask && m_view->hasBackgroundImage());
    m_exportWithout->setEnabled(m_hasTask);
    m_clearBackground->setEnabled(m_view->hasBackgroundImage());
    m_showBackground->setEnabled(m_view->hasBackgroundImage());
    m_opacity->setEnabled(m_view->hasBackgroundImage());
}

} // namespace vias::ui
