// Help > About: versions of the console and of the libraries it was built
// with, the compiler, and where the documentation is.
#pragma once

#include <QDialog>

namespace vias::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The plain-text facts shown (for tests and "copy to clipboard").
    static QString buildInfo();
};

} // namespace vias::ui
