#include "ui/detail/taskdetailpane.h"

#include "ui/detail/configtab.h"
#include "ui/detail/inputtab.h"
#include "ui/detail/outputtab.h"
#include "ui/detail/overviewtab.h"
#include "ui/detail/rawjsontab.h"
#include "ui/detail/roitab.h"

#include <QCoreApplication>
#include <QEvent>

namespace vias::ui {

TaskDetailPane::TaskDetailPane(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("taskDetailPane"));
    setDocumentMode(true);
    auto *overview = new OverviewTab(this);
    auto *input = new InputTab(this);
    auto *output = m_output = new OutputTab(this);
    auto *config = new ConfigTab(this);
    auto *roi = new RoiTab(this);
    auto *raw = m_raw = new RawJsonTab(this);
    addTaskTab(overview, QT_TR_NOOP("Overview"),
               [overview](const Task *t) { overview->setTask(t); });
    addTaskTab(input, QT_TR_NOOP("Input"), [input](const Task *t) { input->setTask(t); });
    addTaskTab(output, QT_TR_NOOP("Output"), [output](const Task *t) { output->setTask(t); });
    addTaskTab(config, QT_TR_NOOP("Service config"),
               [config](const Task *t) { config->setTask(t); });
    addTaskTab(roi, QT_TR_NOOP("Detection region"), [roi](const Task *t) { roi->setTask(t); });
    addTaskTab(raw, QT_TR_NOOP("Raw JSON"), [raw](const Task *t) { raw->setTask(t); });
    connect(this, &QTabWidget::currentChanged, this, &TaskDetailPane::refreshCurrent);
}

void TaskDetailPane::addTaskTab(QWidget *tab, const char *title,
                                std::function<void(const Task *)> show)
{
    m_tabs.append({tab, title, std::move(show)});
    addTab(tab, tr(title));
}

void TaskDetailPane::setTask(const Task *task)
{
    if (task)
        m_task = *task;
    else
        m_task.reset();
    for (TabEntry &entry : m_tabs)
        entry.dirty = true;
    refreshCurrent();
}

void TaskDetailPane::setMaskSecrets(bool mask)
{
    if (mask == m_maskSecrets)
        return;
    m_maskSecrets = mask;
    m_output->setMaskSecrets(mask);
    m_raw->setMaskSecrets(mask);
    for (TabEntry &entry : m_tabs)
        entry.dirty = entry.widget == m_output || entry.widget == m_raw || entry.dirty;
    refreshCurrent();
}

int TaskDetailPane::refreshCount(int tab) const
{
    return tab >= 0 && tab < m_tabs.size() ? m_tabs.at(tab).refreshes : 0;
}

void TaskDetailPane::refreshCurrent()
{
    const int i = currentIndex();
    if (i < 0 || i >= m_tabs.size() || !m_tabs.at(i).dirty)
        return;
    TabEntry &entry = m_tabs[i];
    entry.dirty = false;
    ++entry.refreshes;
    entry.show(m_task ? &*m_task : nullptr);
}

void TaskDetailPane::retranslate()
{
    for (int i = 0; i < m_tabs.size(); ++i) {
        setTabText(i, tr(m_tabs.at(i).title));
        m_tabs[i].dirty = true;
    }
    refreshCurrent();
}

void TaskDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

} // namespace vias::ui
