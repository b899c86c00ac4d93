#include "ui/detail/rawjsontab.h"

#include "models/export/jsonexporter.h"
#include "models/task.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

QString pretty(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isNull())
        return QString::fromUtf8(json); // not JSON: show it as it came
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

RawJsonTab::RawJsonTab(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_reveal(new QCheckBox(this))
    , m_copy(new QToolButton(this))
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("rawJsonTab"));
    m_search->setObjectName(QStringLiteral("rawJsonSearch"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("rawJsonMatches"));
    m_reveal->setObjectName(QStringLiteral("rawJsonReveal"));
    m_copy->setObjectName(QStringLiteral("rawJsonCopy"));
    m_view->setObjectName(QStringLiteral("rawJsonView"));
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matches);
    bar->addWidget(m_reveal);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search);
    previous->setContext(Qt::WidgetShortcut);
    connect(previous, &QShortcut::activated, this, [this] { find(true); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_reveal, &QCheckBox::toggled, this, &RawJsonTab::render);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        auto *mime = new QMimeData;
        mime->setText(m_view->toPlainText());
        if (m_reveal->isChecked()) // ask clipboard managers not to keep a copy with secrets
            mime->setData(QStringLiteral("x-kde-passwordManagerHint"), "secret");
        QApplication::clipboard()->setMimeData(mime);
    });
    retranslate();
}

void RawJsonTab::retranslate()
{
    m_reveal->setText(tr("Reveal secrets"));
    m_search->setPlaceholderText(tr("Find in JSON (Enter: next, Shift+Enter: previous)"));
    m_reveal->setToolTip(tr("Show webhook header values and camera credentials as sent"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the JSON as shown"));
}

void RawJsonTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString RawJsonTab::prettyJson(const Task &task, bool reveal)
{
    if (reveal)
        return pretty(task.rawJson);
    const std::optional<QByteArray> masked = maskedTaskJson(task);
    return pretty(masked ? *masked : task.rawJson);
}

void RawJsonTab::setTask(const Task *task)
{
    const QSignalBlocker blocker(m_reveal); // render() once, below
    m_reveal->setChecked(!m_maskSecrets);
    if (!task) {
        m_masked.clear();
        m_revealed.clear();
    } else {
        m_masked = prettyJson(*task, false);
        m_revealed = prettyJson(*task, true);
    }
    m_reveal->setEnabled(m_masked != m_revealed);
    render();
}

QString RawJsonTab::text() const
{
    return m_view->toPlainText();
}

void RawJsonTab::render()
{
    m_view->setPlainText(m_reveal->isChecked() ? m_revealed : m_masked);
    if (!m_search->text().isEmpty())
        find(false);
}

void RawJsonTab::find(bool backward)
{
    const QString needle = m_search->text();
    if (needle.isEmpty()) {
        m_matches->clear();
        return;
    }
    const int count = int(m_view->toPlainText().count(needle, Qt::CaseInsensitive));
    m_matches->setText(tr("%n match(es)", nullptr, count));
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (!m_view->find(needle, flags)) { // wrap around
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        m_view->find(needle, flags);
    }
}

} // namespace vias::ui
