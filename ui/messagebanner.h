// A banner above the table for errors, warnings and notes: what happened and
// what to do, an optional action (Retry), expandable details, and a close button.
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace vias::ui {

class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows the banner. An empty actionText hides the action button; empty
    // details hide the Details toggle.
    void showMessage(Level level, const QString &text, const QString &details = {},
                     const QString &actionText = {});
    void clear();
    Level level() const { return m_level; }
    QString text() const;
    QString details() const;

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Level m_level = Level::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_detailsToggle;
    QToolButton *m_close;
    QPlainTextEdit *m_details;
};

} // namespace vias::ui
