// The first-start page when no profile exists: what the console is for and
// three ways to begin (demo, new profile, import). Emits; the main window acts.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vias::ui {

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // A line under the buttons (e.g. why an import found nothing).
    void setMessage(const QString &text);

Q_SIGNALS:
    void demoRequested();
    void addProfileRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_demo;
    QPushButton *m_add;
    QPushButton *m_import;
    QLabel *m_message;
};

} // namespace vias::ui
