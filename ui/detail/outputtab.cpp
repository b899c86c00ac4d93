#include "ui/detail/outputtab.h"

#include "models/task.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

QString chips(const QStringList &categories)
{
    if (categories.isEmpty())
        return OutputTab::tr("<i>none</i>");
    QStringList parts;
    for (const QString &c : categories)
        parts << QStringLiteral(
                     "<span style='background-color:#e3f2fd;color:#0d47a1'>&nbsp;%1&nbsp;</span>")
                     .arg(c.toHtmlEscaped());
    return parts.join(QStringLiteral("&nbsp; "));
}

QLabel *selectable(const QString &text, QWidget *parent, bool rich = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QGroupBox *group(const QString &title, QWidget *parent, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    *form = new QFormLayout(box);
    return box;
}

QTableWidget *headersTable(const HeaderList &headers, bool mask, QWidget *parent)
{
    auto *table = new QTableWidget(int(headers.size()), 3, parent);
    table->setObjectName(QStringLiteral("webhookHeadersTable"));
    table->setHorizontalHeaderLabels({OutputTab::tr("Header"), OutputTab::tr("Value"), QString()});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int r = 0; r < headers.size(); ++r) {
        const auto &[name, value] = headers.at(r);
        table->setItem(r, 0, new QTableWidgetItem(name));
        auto *valueItem = new QTableWidgetItem(OutputTab::maskedValue());
        valueItem->setToolTip(
            OutputTab::tr("Hidden: header values may carry secrets such as tokens."));
        table->setItem(r, 1, valueItem);
        auto *reveal = new QToolButton(table);
        reveal->setObjectName(QStringLiteral("revealHeader%1").arg(r));
        reveal->setCheckable(true);
        reveal->setText(OutputTab::tr("Show"));
        reveal->setToolTip(OutputTab::tr("Show or hide this value"));
        QObject::connect(reveal, &QToolButton::toggled, table, [table, r, value, reveal](bool on) {
            table->item(r, 1)->setText(on ? value : OutputTab::maskedValue());
            reveal->setText(on ? OutputTab::tr("Hide") : OutputTab::tr("Show"));
        });
        table->setCellWidget(r, 2, reveal);
        reveal->setChecked(!mask); // the preference "mask secrets in views"
    }
    table->setMaximumHeight(
        table->horizontalHeader()->height() +
        (table->verticalHeader()->defaultSectionSize() + 1) * int(headers.size()) + 6);
    return table;
}

} // namespace

OutputTab::OutputTab(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("outputTab"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString OutputTab::maskedValue()
{
    return QStringLiteral("••••••••");
}

void OutputTab::clearContent()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void OutputTab::setTask(const Task *task)
{
    clearContent();
    if (!task)
        return;
    const TaskOutput &out = task->output;
    QFormLayout *form = nullptr;
    if (out.webhook) {
        QGroupBox *box = group(tr("Webhook"), m_content, &form);
        box->setObjectName(QStringLiteral("webhookGroup"));
        QLabel *url = selectable(out.webhook->url, box);
        url->setObjectName(QStringLiteral("webhookUrl"));
        form->addRow(tr("URL"), url);
        if (QUrl(out.webhook->url).scheme() == QLatin1StringView("http")) {
            QLabel *warn = selectable(tr("⚠ Plain http: events and face images travel "
                                         "unencrypted. Use https if the receiver supports it."),
                                      box);
            warn->setObjectName(QStringLiteral("webhookHttpWarning"));
            warn->setStyleSheet(QStringLiteral("color:#ef6c00"));
            form->addRow(QString(), warn);
        }
        if (out.webhook->headers.isEmpty())
            form->addRow(tr("Headers"), selectable(tr("none"), box));
        else
            form->addRow(tr("Headers"), headersTable(out.webhook->headers, m_maskSecrets, box));
        form->addRow(tr("Data"), selectable(chips(out.webhook->dataCategory), box, true));
        m_layout->addWidget(box);
    }
    if (out.dis) {
        QGroupBox *box = group(tr("DIS stream"), m_content, &form);
        form->addRow(tr("Stream"), selectable(out.dis->streamName, box));
        form->addRow(tr("Data"), selectable(chips(out.dis->dataCategory), box, true));
        m_layout->addWidget(box);
    }
    if (out.obs) {
        QGroupBox *box = group(tr("OBS bucket"), m_content, &form);
        form->addRow(tr("Bucket"), selectable(out.obs->bucket, box));
        form->addRow(tr("Path"), selectable(out.obs->path, box));
        form->addRow(tr("Data"), selectable(chips(out.obs->dataCategory), box, true));
        m_layout->addWidget(box);
    }
    if (out.localPath) {
        QGroupBox *box = group(tr("Local path on the edge node"), m_content, &form);
        form->addRow(tr("Mount path"), selectable(out.localPath->mountSourcePath, box));
        form->addRow(tr("Data"), selectable(chips(out.localPath->dataCategory), box, true));
        m_layout->addWidget(box);
    }
    if (out.hosting)
        m_layout->addWidget(selectable(tr("Hosting: results are kept by the service."), m_content));
    if (!out.otherKinds.isEmpty())
        m_layout->addWidget(
            selectable(tr("Other outputs not documented for this console: %1 (see Raw JSON).")
                           .arg(out.otherKinds.join(QStringLiteral(", "))),
                       m_content));
    if (out.isEmpty())
        m_layout->addWidget(selectable(tr("This task has no output."), m_content));
    m_layout->addStretch(1);
}

} // namespace vias::ui
