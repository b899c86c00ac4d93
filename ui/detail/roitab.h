// The ROI tab of the task detail pane: a toolbar (frame size, zoom,
// background picture, PNG export, copy target_roi), the RoiView overlay, the
// RoiLegend, and a cursor read-out. The background picture's PATH (never its
// pixels) is remembered per camera in QSettings under
// "roi/background/<cameraId>", the frame size under "roi/frame/<cameraId>".
#pragma once

#include "models/task.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolBar;

namespace vias::ui {

class RoiLegend;
class RoiView;

class RoiTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoiTab)

public:
    explicit RoiTab(QWidget *parent = nullptr);
    ~RoiTab() override;

    // Shows a task's ROI; nullptr clears the tab. The task is copied from.
    void setTask(const vias::Task *task);

    RoiView *view() const { return m_view; }
    RoiLegend *legend() const { return m_legend; }

    // Test seams: the next file dialog answers with this name instead of
    // opening (an empty string answers "cancelled").
    void setNextSaveFileName(const QString &fileName);
    void setNextOpenFileName(const QString &fileName);

    // The camera id the background is remembered for ("" when none).
    QString cameraId() const { return m_cameraId; }
    // Loads an image file as the background and remembers its path for the
    // camera. False (with a message in the status line) when unreadable.
    bool loadBackgroundFile(const QString &path);
    QString backgroundPath() const { return m_backgroundPath; }
    // Writes the overlay (at frame resolution) as PNG; false on failure.
    bool exportPng(const QString &path, bool withBackground);
    QString statusText() const;
    // target_roi as sent: the JSON text, and that text escaped as a JSON string.
    QString targetRoiJson() const;
    QString targetRoiEscaped() const;

    static QString settingsKey(const QString &cameraId);

private:
    void buildToolBar(QToolBar *bar);
    void onFrameSizeChoice();
    void applyFrameSize(const QSize &size);
    void refreshWarnings();
    void openBackground();
    void pasteBackground();
    void clearBackground();
    void exportWithDialog(bool withBackground);
    void copyToClipboard(const QString &text, const QString &what);
    void setStatus(const QString &text, bool error = false);
    void updateActions();
    QString askSaveFileName();

    RoiView *m_view;
    RoiLegend *m_legend;
    QComboBox *m_frameCombo = nullptr;
    QSpinBox *m_frameWidth = nullptr;
    QSpinBox *m_frameHeight = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_openBackground = nullptr;
    QAction *m_pasteBackground = nullptr;
    QAction *m_clearBackground = nullptr;
    QAction *m_showBackground = nullptr;
    QSlider *m_opacity = nullptr;
    QAction *m_exportWith = nullptr;
    QAction *m_exportWithout = nullptr;
    QAction *m_copyEscaped = nullptr;
    QAction *m_copyJson = nullptr;
    QLabel *m_frameWarning;
    QLabel *m_cursor;
    QLabel *m_zoom;
    QLabel *m_status;

    bool m_hasTask = false;
    QString m_cameraId;
    QJsonValue m_targetRoi; // as sent; undefined when absent
    TaskWarnings m_parseWarnings;
    QString m_backgroundPath;
    std::optional<QString> m_nextSaveFileName;
    std::optional<QString> m_nextOpenFileName;
};

} // namespace vias::ui
