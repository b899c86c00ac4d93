#include "ui/taskview.h"

#include "models/export/jsonexporter.h"
#include "models/taskfilterproxy.h"
#include "models/tasktablemodel.h"
#include "ui/statedelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QMenu>
#include <QPainter>
#include <QTimer>

namespace vias::ui {

TaskView::TaskView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("taskTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegateForColumn(int(TaskColumn::State), new StateDelegate(this));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setSortIndicatorClearable(true);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &TaskView::showHeaderMenu);
}

// The model translates when asked for data, so a language change only needs
// the cells and the header painted again; the rows stay.
void TaskView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (!m_fontsPrepared) {
        m_fontsPrepared = true;
        QTimer::singleShot(0, this, &TaskView::prepareFonts);
    }
}

// The first rows painted with Chinese names load the fallback font that has
// them (fontconfig's lookup, the face, its glyph cache): ~25 ms of CPU, more
// under load, in the middle of the first page arriving. Done once here, just
// after the window shows, it costs the same while nothing else is happening.
void TaskView::prepareFonts()
{
    QImage scratch(64, 32, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    painter.setFont(font());
    painter.drawText(QPoint(0, 24), QStringLiteral("\u4efb\u52a1 Task \u533a\u57df"));
}

void TaskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        viewport()->update();
        horizontalHeader()->viewport()->update();
    }
    QTableView::changeEvent(event);
}

void TaskView::setTaskModel(TaskFilterProxy *proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    // Default widths that fit typical content.
    const QFontMetrics fm = fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    setColumnWidth(int(TaskColumn::Name), digit * 28);
    setColumnWidth(int(TaskColumn::State), digit * 17);
    setColumnWidth(int(TaskColumn::Id), digit * 18);
    setColumnWidth(int(TaskColumn::Cameras), digit * 22);
    setColumnWidth(int(TaskColumn::EdgePool), digit * 18);
    setColumnWidth(int(TaskColumn::Output), digit * 22);
    setColumnWidth(int(TaskColumn::CreatedAt), digit * 17);
    setColumnWidth(int(TaskColumn::UpdatedAt), digit * 17);
    setColumnWidth(int(TaskColumn::Warnings), digit * 10);
    for (TaskColumn hidden : {TaskColumn::Creator, TaskColumn::ServiceVersion,
                              TaskColumn::Description, TaskColumn::Project, TaskColumn::Region})
        setColumnHidden(int(hidden), true);
    setColumnWidth(int(TaskColumn::Project), digit * 24);
    setColumnWidth(int(TaskColumn::Region), digit * 12);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentTaskChanged(currentTask()); });
}

const Task *TaskView::currentTask() const
{
    if (!m_proxy || !currentIndex().isValid())
        return nullptr;
    return m_proxy->taskModel()->taskAt(m_proxy->mapToSource(currentIndex()).row());
}

QString TaskView::currentTaskId() const
{
    const Task *task = currentTask();
    return task ? task->id : QString();
}

QStringList TaskView::selectedTaskIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        ids << index.data(TaskTableModel::TaskIdRole).toString();
    return ids;
}

int TaskView::selectTaskIds(const QStringList &ids, const QString &currentId)
{
    return selectByRole(TaskTableModel::TaskIdRole, ids, currentId);
}

QString TaskView::currentRowKey() const
{
    return currentIndex().isValid() ? currentIndex().data(TaskTableModel::RowKeyRole).toString()
                                    : QString();
}

QStringList TaskView::selectedRowKeys() const
{
    QStringList keys;
    if (!selectionModel())
        return keys;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        keys << index.data(TaskTableModel::RowKeyRole).toString();
    return keys;
}

int TaskView::selectRowKeys(const QStringList &keys, const QString &currentKey)
{
    return selectByRole(TaskTableModel::RowKeyRole, keys, currentKey);
}

void TaskView::setSourceColumnsShown(bool shown)
{
    m_sourceColumns = shown;
    for (TaskColumn c : sourceTaskColumns())
        setColumnHidden(int(c), !shown);
    if (shown) {
        // Right after the name, where an operator looks first.
        QHeaderView *header = horizontalHeader();
        const int after = header->visualIndex(int(TaskColumn::Name));
        header->moveSection(header->visualIndex(int(TaskColumn::Project)), after + 1);
        header->moveSection(header->visualIndex(int(TaskColumn::Region)), after + 2);
    }
}

int TaskView::selectByRole(int role, const QStringList &values, const QString &currentValue)
{
    if (!m_proxy || values.isEmpty())
        return 0;
    QItemSelection selection;
    QModelIndex current;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        const QString value = index.data(role).toString();
        if (!values.contains(value))
            continue;
        selection.select(index, m_proxy->index(r, m_proxy->columnCount() - 1));
        if (value == currentValue || !current.isValid())
            current = index;
    }
    if (!current.isValid())
        return 0;
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return int(selection.size());
}

QList<int> TaskView::visibleColumnsInOrder() const
{
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}

QList<int> TaskView::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_proxy || !selectionModel())
        return rows;
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected))
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

QString TaskView::selectionAsTsv() const
{
    if (!m_proxy || !selectionModel())
        return {};
    const QList<int> columns = visibleColumnsInOrder();
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << taskColumnTitle(static_cast<TaskColumn>(c));
    lines << header.join(QLatin1Char('\t'));
    for (const int row : selectedSourceRows()) {
        const Task *task = m_proxy->taskModel()->taskAt(row);
        if (!task)
            continue;
        const TaskSource *source = m_proxy->taskModel()->sourceAt(row);
        QStringList cells;
        for (int c : columns)
            cells << clean(taskColumnText(*task, static_cast<TaskColumn>(c), source));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TaskView::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void TaskView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TaskView::contextMenuEvent(QContextMenuEvent *event)
{
    const Task *task = currentTask();
    if (!task)
        return;
    QMenu menu(this);
    const QString id = task->id;
    const QString name = task->name;
    const QByteArray json = maskedTaskJson(*task).value_or(task->rawJson);
    menu.addAction(tr("Copy ID"), this, [id] { QApplication::clipboard()->setText(id); });
    menu.addAction(tr("Copy name"), this, [name] { QApplication::clipboard()->setText(name); });
    menu.addAction(tr("Copy JSON (secrets masked)"), this, [json] {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QApplication::clipboard()->setText(
            QString::fromUtf8(doc.isNull() ? json : doc.toJson(QJsonDocument::Indented)));
    });
    menu.addSeparator();
    menu.addAction(tr("Copy selected rows"), QKeySequence::Copy, this, [this] { copySelection(); });
    menu.exec(event->globalPos());
}

void TaskView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnChooserMenu"));
    for (int c = 0; c < TaskColumnCount; ++c) {
        if (!m_sourceColumns && isSourceColumn(static_cast<TaskColumn>(c)))
            continue; // one project: nothing to tell apart
        QAction *action = menu.addAction(taskColumnTitle(static_cast<TaskColumn>(c)));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        // Keep at least one column.
        action->setEnabled(isColumnHidden(c) || visibleColumnsInOrder().size() > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

} // namespace vias::ui
