// File > Export: what to export (selected rows, the filtered view, or every
// task on the server), in which format and preset, which columns, whether to
// include secrets, and where. Remembers the choices (never the secrets flag).
#pragma once

#include "models/export/exportoptions.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace vias::ui {

enum class ExportScope
{
    Selected,
    View,
    Server
};

struct ExportRequest
{
    ExportScope scope = ExportScope::View;
    ExportOptions options;
    QString path;
};

class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `visibleColumns`: the table's shown columns in view order.
    ExportDialog(int selectedCount, int viewCount, QList<TaskColumn> visibleColumns,
                 QString service, QString region, QWidget *parent = nullptr);

    ExportRequest request() const;
    // The aggregated view has no single server to fetch from: the scope
    // "every task on the server" is then disabled (everything is loaded anyway).
    void setServerScopeAvailable(bool available);
    // Test seam: the next "Browse…" returns this instead of opening a file dialog.
    static void setNextBrowseFileName(const QString &path);

    void accept() override;

private:
    void updateFormatControls();
    void suggestFileName();
    void browse();

    QList<TaskColumn> m_visibleColumns;
    QString m_service;
    QString m_region;
    QRadioButton *m_selected;
    QRadioButton *m_view;
    QRadioButton *m_server;
    QComboBox *m_format;
    QComboBox *m_preset;
    QComboBox *m_delimiter;
    QComboBox *m_columns;
    QCheckBox *m_secrets;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace vias::ui
