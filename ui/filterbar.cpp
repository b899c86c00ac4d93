#include "ui/filterbar.h"

#include "models/task.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QWidgetAction>

namespace vias::ui {
namespace {

const QDate kAnyDate(2000, 1, 1);

qint64 startOfDayMs(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

qint64 endOfDayMs(const QDate &date)
{
    return date.endOfDay().toMSecsSinceEpoch();
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_states(new QToolButton(this))
    , m_stateList(new QListWidget)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_project(new QComboBox(this))
    , m_pool(new QComboBox(this))
    , m_input(new QComboBox(this))
    , m_warnings(new QCheckBox(this))
    , m_clear(new QToolButton(this))
    , m_scope(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    m_text->installEventFilter(this);

    m_states->setObjectName(QStringLiteral("stateFilterButton"));
    m_states->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_states);
    auto *action = new QWidgetAction(menu);
    m_stateList->setObjectName(QStringLiteral("stateFilterList"));
    m_stateList->setMinimumSize(240, 300);
    action->setDefaultWidget(m_stateList);
    menu->addAction(action);
    m_states->setMenu(menu);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("createdFromEdit"));
    m_to->setObjectName(QStringLiteral("createdToEdit"));
    m_project->setObjectName(QStringLiteral("projectFilterCombo"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(12);
    m_project->addItem(QString(), -1);
    m_project->hide();
    m_pool->setObjectName(QStringLiteral("edgePoolCombo"));
    m_pool->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pool->setMinimumContentsLength(12);
    m_input->setObjectName(QStringLiteral("inputTypeCombo"));
    m_warnings->setObjectName(QStringLiteral("warningsOnlyCheck"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clear->setAutoRaise(true);
    m_scope->setObjectName(QStringLiteral("filterScopeLabel"));
    m_scope->setWordWrap(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_states);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_project, 1);
    layout->addWidget(m_pool, 1);
    layout->addWidget(m_input);
    layout->addWidget(m_warnings);
    layout->addWidget(m_clear);
    layout->addWidget(m_scope);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    connect(m_stateList, &QListWidget::itemChanged, this, [this] {
        updateStateButton();
        emitNow();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitNow);
    connect(m_project, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_input, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    connect(m_warnings, &QCheckBox::toggled, this, &FilterBar::emitNow);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    retranslate();
}

void FilterBar::retranslate()
{
    const QSignalBlocker poolBlocker(m_pool);
    const QSignalBlocker inputBlocker(m_input);
    m_text->setPlaceholderText(m_serverMode
                                   ? tr("Name contains… (id:… for an ID)   Ctrl+F")
                                   : tr("Filter by name, ID, camera, pool, creator…   Ctrl+F"));
    m_text->setToolTip(m_serverMode
                           ? tr("Sent to the server: the name contains this text; start with "
                                "\"id:\" to match task IDs instead.")
                           : tr("All words must appear in the name, ID, description, creator, "
                                "edge pool or a camera ID. Esc clears."));
    m_from->setSpecialValueText(tr("Created from"));
    m_to->setSpecialValueText(tr("Created to"));
    m_from->setToolTip(tr("Created on or after this day (local time)"));
    m_to->setToolTip(tr("Created on or before this day (local time)"));
    if (m_pool->count() == 0)
        m_pool->addItem(QString());
    m_pool->setItemText(0, tr("All edge pools"));
    m_project->setItemText(0, tr("All projects"));
    m_project->setToolTip(tr("Show the tasks of one project only"));
    const QString inputCode = m_input->currentData().toString();
    m_input->clear();
    m_input->addItem(tr("All inputs"), QString());
    for (InputType type : {InputType::EdgeCamera, InputType::Vis, InputType::Obs, InputType::Url,
                           InputType::EdgeRestful, InputType::Vcn, InputType::VideoSource})
        m_input->addItem(inputTypeName(type), inputTypeCode(type));
    m_input->setCurrentIndex(std::max(0, m_input->findData(inputCode)));
    m_warnings->setText(tr("With warnings"));
    m_warnings->setToolTip(tr("Only tasks with data problems or doubtful settings"));
    m_clear->setToolTip(tr("Clear all filters"));
    m_scope->setText(m_serverMode ? tr("Server: state, name, created · This page: pool, input, "
                                       "warnings")
                                  : QString());
    m_scope->setVisible(m_serverMode);
    fillStates();
}

void FilterBar::fillStates()
{
    QStringList checked;
    for (int i = 0; i < m_stateList->count(); ++i) {
        if (m_stateList->item(i)->checkState() == Qt::Checked)
            checked << m_stateList->item(i)->data(Qt::UserRole).toString();
    }
    const QSignalBlocker blocker(m_stateList);
    m_stateList->clear();
    QStringList codes;
    for (TaskState state : knownTaskStates())
        codes << taskStateCode(state);
    // Undocumented states seen in the data get a row too.
    for (auto it = m_stateCounts.cbegin(); it != m_stateCounts.cend(); ++it) {
        if (!codes.contains(it.key()))
            codes << it.key();
    }
    for (const QString &code : std::as_const(codes)) {
        const TaskState state = taskStateFromCode(code);
        const QString name = state == TaskState::Unknown ? code : taskStateName(state);
        const int count = m_stateCounts.value(code);
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(name).arg(count), m_stateList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%1: %2").arg(code, taskStateMeaning(state)));
        if (count == 0 && !checked.contains(code))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    updateStateButton();
}

void FilterBar::updateStateButton()
{
    QStringList names;
    for (int i = 0; i < m_stateList->count(); ++i) {
        const QListWidgetItem *item = m_stateList->item(i);
        if (item->checkState() == Qt::Checked) {
            const QString code = item->data(Qt::UserRole).toString();
            const TaskState state = taskStateFromCode(code);
            names << (state == TaskState::Unknown ? code : taskStateName(state));
        }
    }
    if (names.isEmpty())
        m_states->setText(tr("All states"));
    else if (names.size() <= 2)
        m_states->setText(names.join(QStringLiteral(", ")));
    else
        m_states->setText(tr("%n state(s)", nullptr, int(names.size())));
    m_states->setToolTip(m_serverMode ? tr("Filter by state (applied by the server; several "
                                           "states mean one request each)")
                                      : tr("Filter by state; the counts follow the other filters"));
}

TaskFilter FilterBar::filter() const
{
    TaskFilter f;
    f.text = m_text->text().trimmed();
    for (int i = 0; i < m_stateList->count(); ++i) {
        if (m_stateList->item(i)->checkState() == Qt::Checked)
            f.stateCodes << m_stateList->item(i)->data(Qt::UserRole).toString();
    }
    if (m_from->date() > kAnyDate)
        f.createdFromMs = startOfDayMs(m_from->date());
    if (m_to->date() > kAnyDate)
        f.createdToMs = endOfDayMs(m_to->date());
    if (m_pool->currentIndex() > 0)
        f.edgePoolId = m_pool->currentText();
    f.inputTypeCode = m_input->currentData().toString();
    f.onlyWithWarnings = m_warnings->isChecked();
    f.source = m_project->currentData().toInt();
    return f;
}

void FilterBar::setFilter(const TaskFilter &f)
{
    m_blockEmit = true;
    m_text->setText(f.text);
    {
        const QSignalBlocker blocker(m_stateList);
        for (int i = 0; i < m_stateList->count(); ++i) {
            QListWidgetItem *item = m_stateList->item(i);
            item->setCheckState(f.stateCodes.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    updateStateButton();
    m_from->setDate(f.createdFromMs == kNoTime
                        ? kAnyDate
                        : QDateTime::fromMSecsSinceEpoch(f.createdFromMs).date());
    m_to->setDate(f.createdToMs == kNoTime ? kAnyDate
                                           : QDateTime::fromMSecsSinceEpoch(f.createdToMs).date());
    if (f.edgePoolId.isEmpty()) {
        m_pool->setCurrentIndex(0);
    } else {
        if (m_pool->findText(f.edgePoolId) < 0)
            m_pool->addItem(f.edgePoolId);
        m_pool->setCurrentIndex(m_pool->findText(f.edgePoolId));
    }
    m_input->setCurrentIndex(std::max(0, m_input->findData(f.inputTypeCode)));
    m_warnings->setChecked(f.onlyWithWarnings);
    m_project->setCurrentIndex(std::max(0, m_project->findData(f.source)));
    m_blockEmit = false;
    emitNow();
}

void FilterBar::clear()
{
    setFilter({});
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::setStateCounts(const QHash<QString, int> &counts)
{
    if (counts == m_stateCounts)
        return;
    m_stateCounts = counts;
    fillStates();
}

void FilterBar::setEdgePools(const QStringList &pools)
{
    const QString current = m_pool->currentIndex() > 0 ? m_pool->currentText() : QString();
    const QSignalBlocker blocker(m_pool);
    while (m_pool->count() > 1)
        m_pool->removeItem(1);
    m_pool->addItems(pools);
    if (!current.isEmpty() && m_pool->findText(current) < 0)
        m_pool->addItem(current);
    m_pool->setCurrentIndex(current.isEmpty() ? 0 : m_pool->findText(current));
}

void FilterBar::setProjects(const QStringList &names)
{
    {
        const QSignalBlocker blocker(m_project);
        while (m_project->count() > 1)
            m_project->removeItem(1);
        for (int i = 0; i < names.size(); ++i)
            m_project->addItem(names.at(i), i);
        m_project->setCurrentIndex(0);
    }
    m_project->setVisible(!names.isEmpty());
    emitNow(); // a project filter of the previous set no longer applies
}

void FilterBar::setServerMode(bool server)
{
    if (server == m_serverMode)
        return;
    m_serverMode = server;
    retranslate();
}

void FilterBar::emitNow()
{
    m_debounce.stop();
    if (!m_blockEmit)
        emit filterChanged(filter());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (!m_text->text().isEmpty()) {
            m_text->clear();
            emitNow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vias::ui
