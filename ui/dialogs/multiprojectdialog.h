// "Several projects…": a checklist of the saved profiles and the built-in
// demo projects; the checked ones are shown together in one table. The
// choice (profile ids only, no secrets) is remembered in QSettings.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace vias::ui {

class MultiProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiProjectDialog)

public:
    struct Entry
    {
        QString id;     // profile id, or a built-in demo id
        QString name;   // shown
        QString detail; // tooltip: region, project id
    };

    MultiProjectDialog(const QList<Entry> &entries, const QStringList &checked,
                       QWidget *parent = nullptr);

    // The checked ids, in list order.
    QStringList checkedIds() const;
    void setChecked(const QStringList &ids);

    // QSettings "multi/profiles".
    static QStringList savedSelection();
    static void saveSelection(const QStringList &ids);

    static constexpr int kMinimum = 2; // one project is the ordinary view

private:
    void updateOk();

    QListWidget *m_list;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace vias::ui
