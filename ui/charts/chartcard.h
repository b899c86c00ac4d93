// One chart of the charts pane: a QChartView with antialiasing, small
// controls over its top-right corner (an export menu, plus any extra widget
// such as the timeline's granularity combo), hover tooltips, and export of
// the chart as PNG or SVG. Subclasses fill the chart from TaskStats.
#pragma once

#include "models/taskstats.h"

#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace vias::ui::charts {

class ChartCard : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    // Returns the file to write, or empty to cancel. Given the suggested file
    // name and a QFileDialog filter.
    using FileNameProvider =
        std::function<QString(const QString &suggested, const QString &filter)>;

    ChartCard(const QString &name, QWidget *parent);
    ~ChartCard() override;

    QChartView *view() const { return m_view; }
    QChart *chart() const;

    // Rebuilds the series from the stats (also after palette or language changes).
    virtual void setStats(const TaskStats &stats) = 0;

    void setFileNameProvider(FileNameProvider provider)
    {
        m_fileNameProvider = std::move(provider);
    }
    // Asks for a file name, then writes the chart; the format follows the suffix.
    void exportAs(const QString &format); // "png" or "svg"
    // Writes the chart to `path` (".svg": vector, anything else: PNG).
    bool exportTo(const QString &path, QString *error) const;

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    // Extra control shown beside the export button (owned by the card).
    void addControl(QWidget *control);
    // File name stem for exports ("tasks-by-state").
    virtual QString exportStem() const = 0;
    // Shows `text` as a tooltip at the cursor (empty hides it).
    void showToolTip(const QString &text) const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Re-fits the controls after one of them changed its text.
    void placeControls();

private:
    void retranslateCard();

    QChartView *m_view;
    QWidget *m_controls;
    QHBoxLayout *m_controlsLayout;
    QToolButton *m_exportButton;
    QAction *m_pngAction;
    QAction *m_svgAction;
    FileNameProvider m_fileNameProvider;
};

} // namespace vias::ui::charts
