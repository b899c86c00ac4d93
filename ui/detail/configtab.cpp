#include "ui/detail/configtab.h"

#include "models/faceconfigschema.h"
#include "models/task.h"
#include "models/taskparser.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vias::ui {
namespace {

enum Column
{
    Setting,
    Value,
    Unit,
    Meaning,
    ColumnCount
};

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

ConfigTab::ConfigTab(QWidget *parent)
    : QWidget(parent)
    , m_warnings(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("configTab"));
    m_warnings->setObjectName(QStringLiteral("configWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("configTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Meaning, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(m_table);
}

void ConfigTab::setTask(const Task *task)
{
    m_table->setRowCount(0);
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Unit"), tr("Meaning")});
    if (!task) {
        m_warnings->clear();
        return;
    }
    QStringList warningLines;
    QHash<QString, QStringList> warningsByKey;
    const QString prefix = QStringLiteral("service_config.common.");
    for (const TaskWarning &w : task->warnings) {
        if (w.kind != TaskWarning::Kind::Suspicious && !w.field.startsWith(prefix))
            continue;
        warningLines << QStringLiteral("⚠ ") + w.text().toHtmlEscaped();
        if (w.field.startsWith(prefix))
            warningsByKey[w.field.mid(prefix.size()).section(QLatin1Char('.'), 0, 0)] << w.text();
    }
    m_warnings->setText(warningLines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!warningLines.isEmpty());
    m_warnings->setStyleSheet(QStringLiteral("color:#ef6c00"));

    const QIcon warnIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto addRow = [&](const QString &key, const QString &label, const QString &value,
                      const QString &unit, const QString &meaning, bool muted) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *setting = new QTableWidgetItem(label.isEmpty() ? key : label);
        setting->setToolTip(key);
        setting->setData(Qt::UserRole, key);
        auto *valueItem = new QTableWidgetItem(value);
        if (muted)
            valueItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (warningsByKey.contains(key)) {
            valueItem->setIcon(warnIcon);
            valueItem->setToolTip(warningsByKey.value(key).join(QLatin1Char('\n')));
        }
        m_table->setItem(r, Setting, setting);
        m_table->setItem(r, Value, valueItem);
        m_table->setItem(r, Unit, new QTableWidgetItem(unit));
        m_table->setItem(r, Meaning, new QTableWidgetItem(meaning));
    };

    const QList<ConfigEntry> entries = configEntries(*task);
    QHash<QString, QJsonValue> present;
    for (const ConfigEntry &entry : entries)
        present.insert(entry.key, entry.value);
    const bool looksLikeFace = present.contains(QStringLiteral("detection_min_size")) ||
                               present.contains(QStringLiteral("detection_max_size")) ||
                               present.contains(QStringLiteral("face_repeat_send_sw"));
    for (const ConfigKeyInfo &info : faceConfigKeys()) {
        const QString key = QString::fromLatin1(info.key);
        const QString meaning = info.defaultValue.isEmpty()
                                    ? info.meaning
                                    : tr("%1 Default: %2.").arg(info.meaning, info.defaultValue);
        if (present.contains(key)) {
            QString value = jsonText(present.value(key));
            if (key == QLatin1StringView("target_roi"))
                value = task->roi.isEmpty()
                            ? tr("unreadable or empty (see the ROI tab)")
                            : tr("%n polygon(s)", nullptr, int(task->roi.polygonCount)) +
                                  QStringLiteral(", ") +
                                  tr("%n line(s)", nullptr, int(task->roi.lineCount));
            addRow(key, info.label, value, info.unit, meaning, false);
        } else if (looksLikeFace) {
            const QString value = key == QLatin1StringView("target_roi")
                                      ? tr("not set: whole frame")
                                      : (info.defaultValue.isEmpty()
                                             ? tr("not set")
                                             : tr("not set (default %1)").arg(info.defaultValue));
            addRow(key, info.label, value, info.unit, meaning, true);
        }
    }
    for (const ConfigEntry &entry : entries) {
        if (faceConfigKey(entry.key).key[0] == '\0')
            addRow(entry.key, QString(), jsonText(entry.value), QString(),
                   tr("Not documented for face extraction; shown as sent."), false);
    }
    for (const QString &section : task->config.otherSections)
        addRow(section, QString(), tr("(section, see Raw JSON)"), QString(), QString(), true);
    m_table->resizeColumnToContents(Setting);
    m_table->resizeColumnToContents(Value);
    m_table->resizeColumnToContents(Unit);
    m_table->resizeRowsToContents();
}

} // namespace vias::ui
