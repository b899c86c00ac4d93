#include "ui/detail/inputtab.h"

#include "models/task.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vias::ui {

InputTab::InputTab(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("inputTab"));
    m_summary->setObjectName(QStringLiteral("inputSummary"));
    m_table->setObjectName(QStringLiteral("inputTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copyAction = new QAction(m_table);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &InputTab::copySelection);
    m_table->addAction(m_copyAction);
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
}

void InputTab::retranslate()
{
    m_copyAction->setText(tr("Copy"));
}

void InputTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InputTab::setTask(const Task *task)
{
    m_table->clear();
    m_table->setRowCount(0);
    if (!task) {
        m_summary->clear();
        return;
    }
    const TaskInput &input = task->input;
    const QString typeName =
        input.type == InputType::Unknown ? input.typeCode : inputTypeName(input.type);
    m_summary->setText(tr("%1 (%2) · %n source(s)", nullptr, int(input.sources.size()))
                           .arg(typeName, input.typeCode));

    // Only the columns some source fills are shown.
    struct Column
    {
        QString title;
        std::function<QString(const InputSource &)> value;
    };
    const auto text = [](const QString &(InputSource::*field)() const) {
        return [field](const InputSource &s) { return (s.*field)(); };
    };
    const QList<Column> all = {
        {tr("Index"),
         [](const InputSource &s) { return s.index < 0 ? QString() : QString::number(s.index); }},
        {tr("ID"), [](const InputSource &s) { return s.id; }},
        {tr("Stream"), text(&InputSource::streamName)},
        {tr("Bucket"), text(&InputSource::bucket)},
        {tr("Path"), text(&InputSource::path)},
        {tr("URL"), text(&InputSource::url)},
        {tr("Node"), text(&InputSource::nodeId)},
        {tr("Device"), text(&InputSource::deviceId)},
        {tr("Stream type"),
         [](const InputSource &s) {
             switch (s.streamType) {
             case 1:
                 return tr("1 (main)");
             case 2:
                 return tr("2 (sub 1)");
             case 3:
                 return tr("3 (sub 2)");
             case 0:
                 return QString();
             default:
                 return QString::number(s.streamType);
             }
         }},
        {tr("Video source"), text(&InputSource::videoSourceId)},
        {tr("Credentials"),
         [](const InputSource &s) { return s.hasCredentials ? tr("set (hidden)") : QString(); }},
    };
    QList<Column> shown;
    for (const Column &column : all) {
        if (std::any_of(input.sources.cbegin(), input.sources.cend(),
                        [&](const InputSource &s) { return !column.value(s).isEmpty(); }))
            shown << column;
    }
    m_table->setColumnCount(int(shown.size()));
    m_table->setRowCount(int(input.sources.size()));
    for (int c = 0; c < shown.size(); ++c) {
        m_table->setHorizontalHeaderItem(c, new QTableWidgetItem(shown.at(c).title));
        for (int r = 0; r < input.sources.size(); ++r)
            m_table->setItem(r, c, new QTableWidgetItem(shown.at(c).value(input.sources.at(r))));
    }
    m_table->resizeColumnsToContents();
}

void InputTab::copySelection()
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return;
    const QTableWidgetSelectionRange range = ranges.first();
    QStringList lines;
    for (int r = range.topRow(); r <= range.bottomRow(); ++r) {
        QStringList cells;
        for (int c = range.leftColumn(); c <= range.rightColumn(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            cells << (item ? item->text() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace vias::ui
