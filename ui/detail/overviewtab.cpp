#include "ui/detail/overviewtab.h"

#include "models/task.h"
#include "models/taskcolumns.h"
#include "models/tasktablemodel.h"
#include "ui/statestyle.h"

#include <QDateTime>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#757575;padding-right:12px;white-space:nowrap'>"
                          "%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString timeHtml(qint64 ms, qint64 nowMs)
{
    if (ms == kNoTime)
        return QStringLiteral("<i>%1</i>").arg(esc(OverviewTab::tr("unknown")));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return esc(OverviewTab::tr("%1 (local) · %2 UTC · %3")
                   .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        isoUtc(ms).chopped(1).replace(QLatin1Char('T'), QLatin1Char(' ')),
                        TaskTableModel::relativeTime(ms, nowMs)));
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("overviewTab"));
    m_view->setObjectName(QStringLiteral("overviewText"));
    m_view->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void OverviewTab::setTask(const Task *task)
{
    m_view->setHtml(task ? html(*task, QDateTime::currentMSecsSinceEpoch()) : QString());
}

QString OverviewTab::plainText() const
{
    return m_view->toPlainText();
}

QString OverviewTab::html(const Task &task, qint64 nowMs)
{
    const QColor color = stateColor(task.state);
    QString out;
    out += QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3>").arg(esc(task.name));
    out += QStringLiteral("<p><span style='background-color:%1;color:white'>&nbsp;%2&nbsp;</span>"
                          "&nbsp; <code>%3</code> — %4</p>")
               .arg(color.name(), esc(task.stateDisplay()), esc(task.stateCode),
                    esc(taskStateMeaning(task.state)));
    out += QStringLiteral("<table cellspacing='2'>");
    out += row(tr("ID"), QStringLiteral("<code>%1</code>").arg(esc(task.id)));
    if (!task.statusDetail().isEmpty())
        out += row(tr("Status detail"), esc(task.statusDetail()));
    if (!task.errorDetail().isEmpty())
        out += row(
            tr("Error"),
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(esc(task.errorDetail())));
    out += row(tr("Description"), task.description.isEmpty()
                                      ? QStringLiteral("<i>%1</i>").arg(esc(tr("none")))
                                      : esc(task.description));
    out += row(tr("Created"), timeHtml(task.createdAtMs, nowMs));
    out += row(tr("Updated"), timeHtml(task.updatedAtMs, nowMs));
    out += row(tr("Creator"), esc(task.creator));
    out += row(tr("Project"), QStringLiteral("<code>%1</code>").arg(esc(task.projectId)));
    if (!task.serviceName().isEmpty() || !task.titleEn().isEmpty()) {
        const QString title = QLocale().language() == QLocale::Chinese && !task.titleZh().isEmpty()
                                  ? task.titleZh()
                                  : task.titleEn();
        out +=
            row(tr("Service"), esc(title.isEmpty() ? task.serviceName()
                                                   : tr("%1 (%2)").arg(title, task.serviceName())));
    }
    out += row(tr("Service version"), esc(task.serviceVersion));
    if (!task.edgePoolId.isEmpty())
        out += row(tr("Edge pool"), QStringLiteral("<code>%1</code>").arg(esc(task.edgePoolId)));
    out +=
        row(tr("Resource order"), QStringLiteral("<code>%1</code>").arg(esc(task.resourceOrderId)));
    out += row(tr("Input"), esc(tr("%1 · %n source(s)", nullptr, int(task.input.sources.size()))
                                    .arg(task.input.type == InputType::Unknown
                                             ? task.input.typeCode
                                             : inputTypeName(task.input.type))));
    out += row(tr("Output"), esc(task.output.kinds().join(QStringLiteral(", "))));
    out += QStringLiteral("</table>");

    if (task.warnings.isEmpty()) {
        out += QStringLiteral("<p style='color:#2e7d32'>✔ %1</p>").arg(esc(tr("No warnings.")));
    } else {
        out += QStringLiteral("<h4>%1</h4><ul>")
                   .arg(esc(tr("%n warning(s)", nullptr, int(task.warnings.size()))));
        for (const TaskWarning &w : task.warnings) {
            const QString kindColor =
                w.isDataProblem() ? QStringLiteral("#c62828") : QStringLiteral("#ef6c00");
            const QString kind = w.isDataProblem() ? tr("Data") : tr("Check");
            out += QStringLiteral("<li><b style='color:%1'>%2:</b> %3</li>")
                       .arg(kindColor, esc(kind), esc(w.text()));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace vias::ui
