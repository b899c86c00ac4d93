#include "tests/support/taskjson.h"

#include "models/taskparser.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>

namespace vias::test {

QJsonObject exampleTask()
{
    const QByteArray example = readData(QStringLiteral("c-face-edge-list.json"));
    return QJsonDocument::fromJson(example)[QLatin1StringView("tasks")][0].toObject();
}

QJsonObject withTargetRoi(QJsonObject task, const QJsonValue &roi)
{
    QJsonObject config = task.value(QStringLiteral("service_config")).toObject();
    QJsonObject common = config.value(QStringLiteral("common")).toObject();
    if (roi.isUndefined())
        common.remove(QStringLiteral("target_roi"));
    else
        common.insert(QStringLiteral("target_roi"), roi);
    config.insert(QStringLiteral("common"), common);
    task.insert(QStringLiteral("service_config"), config);
    return task;
}

Task parseObject(const QJsonObject &task)
{
    return parseTask(QJsonDocument(task).toJson(QJsonDocument::Compact));
}

bool hasWarning(const Task &task, TaskWarning::Kind kind, const QString &field)
{
    return std::any_of(task.warnings.cbegin(), task.warnings.cend(),
                       [&](const TaskWarning &w) { return w.kind == kind && w.field == field; });
}

QString warningsText(const Task &task)
{
    QStringList lines;
    for (const TaskWarning &w : task.warnings)
        lines << w.text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace vias::test
