// MultiProjectDialog: the checklist and its remembered selection.
#include "ui/dialogs/multiprojectdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

const QString kSettingsKey = QStringLiteral("multi/profiles");

} // namespace

MultiProjectDialog::MultiProjectDialog(const QList<Entry> &entries, const QStringList &checked,
                                       QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("multiProjectDialog"));
    setWindowTitle(tr("Several projects"));
    auto *intro = new QLabel(
        tr("Choose the projects to show together in one table, with Project and Region "
           "columns. Every task of each project is loaded, then filtered, sorted and paged "
           "here: server paging cannot merge the pages of several projects."),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("multiProjectList"));
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.name, m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.detail);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_hint->setObjectName(QStringLiteral("multiProjectHint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Show"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &MultiProjectDialog::updateOk);
    resize(480, 420);
    updateOk();
}

QStringList MultiProjectDialog::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void MultiProjectDialog::setChecked(const QStringList &ids)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

void MultiProjectDialog::updateOk()
{
    const int n = int(checkedIds().size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n >= kMinimum);
    m_hint->setText(n >= kMinimum ? tr("%n project(s) chosen.", nullptr, n)
                                  : tr("Check at least two projects."));
}

QStringList MultiProjectDialog::savedSelection()
{
    return QSettings().value(kSettingsKey).toStringList();
}

void MultiProjectDialog::saveSelection(const QStringList &ids)
{
    QSettings().setValue(kSettingsKey, ids);
}

} // namespace vias::ui
