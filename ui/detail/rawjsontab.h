// The Raw JSON tab: the task exactly as the server sent it, pretty-printed in
// a monospace view, searchable (Enter / Shift+Enter), copyable, with secrets
// masked unless the user reveals them.
#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace vias {
struct Task;
}

namespace vias::ui {

class RawJsonTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawJsonTab)

public:
    explicit RawJsonTab(QWidget *parent = nullptr);
    void setTask(const Task *task);
    QString text() const;
    // Whether a new task starts with secrets masked (the preference); the
    // reveal toggle still works.
    void setMaskSecrets(bool mask) { m_maskSecrets = mask; }

    // Pretty JSON for a task; secrets masked unless `reveal`.
    static QString prettyJson(const Task &task, bool reveal);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void find(bool backward);

    QByteArray m_raw;
    QString m_masked;   // pretty, secrets masked
    QString m_revealed; // pretty, as sent
    QLineEdit *m_search;
    QLabel *m_matches;
    QCheckBox *m_reveal;
    QToolButton *m_copy;
    QPlainTextEdit *m_view;
    bool m_maskSecrets = true;
};

} // namespace vias::ui
