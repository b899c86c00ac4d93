// Dataset: filtering, ordering, paging and serialising the task list, plus
// the mutations behind churn.
#include "simulator/dataset.h"

#include "simulator/taskgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace vias::sim {
namespace {

qint64 parseIsoMs(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

// Everything in a query that changes select()'s result (not offset/limit).
QByteArray selectKey(const TaskQuery &q)
{
    QByteArray key;
    key += char('0' + int(q.orderKey));
    key += q.ascending ? 'a' : 'd';
    const auto text = [&key](char tag, const std::optional<QString> &value) {
        if (!value)
            return;
        key += '\x1f';
        key += tag;
        key += value->toUtf8();
    };
    const auto number = [&key](char tag, const std::optional<qint64> &value) {
        if (!value)
            return;
        key += '\x1f';
        key += tag;
        key += QByteArray::number(*value);
    };
    text('s', q.state);
    text('v', q.serviceVersion);
    number('f', q.createdSinceMs);
    number('u', q.createdUntilMs);
    text('n', q.nameLike);
    text('i', q.idLike);
    return key;
}

constexpr qsizetype kSelectCacheSize = 4;

} // namespace

bool Dataset::SelectCache::find(const QByteArray &key, QList<int> *rows) const
{
    const QMutexLocker lock(&m_mutex);
    for (const auto &entry : m_entries) {
        if (entry.first == key) {
            *rows = entry.second;
            return true;
        }
    }
    return false;
}

void Dataset::SelectCache::insert(const QByteArray &key, const QList<int> &rows)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.prepend({key, rows});
    if (m_entries.size() > kSelectCacheSize)
        m_entries.removeLast();
}

void Dataset::SelectCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

Dataset Dataset::generate(const GeneratorOptions &options)
{
    Dataset dataset;
    dataset.m_generatorOptions = options;
    if (!dataset.m_generatorOptions.referenceTime.isValid())
        dataset.m_generatorOptions.referenceTime = QDateTime::currentDateTimeUtc();
    const GeneratorContext context = makeGeneratorContext(dataset.m_generatorOptions);
    QRandomGenerator rng(options.seed);
    dataset.m_tasks.reserve(std::max(0, options.count));
    for (int i = 0; i < options.count; ++i)
        dataset.m_tasks.append(generateTask(context, rng, i));
    dataset.m_generatedSerial = options.count;
    dataset.reindex();
    return dataset;
}

Dataset Dataset::generate(quint32 seed, int count, const QDateTime &referenceTime)
{
    GeneratorOptions options;
    options.seed = seed;
    options.count = count;
    options.referenceTime = referenceTime;
    return generate(options);
}

TaskRecord Dataset::recordFromJson(const QByteArray &compactJson)
{
    const QJsonObject object = QJsonDocument::fromJson(compactJson).object();
    TaskRecord record;
    record.id = object.value(QLatin1String("id")).toString();
    record.name = object.value(QLatin1String("name")).toString();
    record.state = object.value(QLatin1String("state")).toString();
    record.serviceVersion = object.value(QLatin1String("service_version")).toString();
    record.createdMs = parseIsoMs(object.value(QLatin1String("created_at")).toString());
    record.updatedMs = parseIsoMs(object.value(QLatin1String("updated_at")).toString());
    record.json = compactJson;
    return record;
}

std::optional<Dataset> Dataset::fromListResponse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const auto failWith = [error](const QString &message) -> std::optional<Dataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return failWith(QStringLiteral("not valid JSON at byte %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    const QJsonValue tasks = doc.object().value(QLatin1String("tasks"));
    if (!doc.isObject() || !tasks.isArray())
        return failWith(QStringLiteral("expected a list response {\"count\":..,\"tasks\":[...]}"));
    Dataset dataset;
    dataset.m_generatorOptions.referenceTime = QDateTime::currentDateTimeUtc();
    const QJsonArray array = tasks.toArray();
    dataset.m_tasks.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        dataset.m_tasks.append(
            recordFromJson(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    dataset.reindex();
    return dataset;
}

void Dataset::reindex()
{
    m_selectCache.clear();
    m_index.clear();
    m_index.reserve(m_tasks.size());
    for (int i = 0; i < m_tasks.size(); ++i)
        m_index.insert(m_tasks.at(i).id, i);
}

const TaskRecord *Dataset::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_tasks.at(*it);
}

QList<int> Dataset::select(const TaskQuery &query) const
{
    const QByteArray key = selectKey(query);
    QList<int> rows;
    if (m_selectCache.find(key, &rows))
        return rows;
    rows = selectUncached(query);
    m_selectCache.insert(key, rows);
    return rows;
}

QList<int> Dataset::selectUncached(const TaskQuery &query) const
{
    QList<int> rows;
    rows.reserve(m_tasks.size());
    for (int i = 0; i < m_tasks.size(); ++i) {
        const TaskRecord &t = m_tasks.at(i);
        if (query.state && t.state != *query.state)
            continue;
        if (query.serviceVersion && t.serviceVersion != *query.serviceVersion)
            continue;
        if (query.createdSinceMs && t.createdMs < *query.createdSinceMs)
            continue;
        if (query.createdUntilMs && t.createdMs > *query.createdUntilMs)
            continue;
        if (query.nameLike && !t.name.contains(*query.nameLike, Qt::CaseInsensitive))
            continue;
        if (query.idLike && !t.id.contains(*query.idLike, Qt::CaseInsensitive))
            continue;
        rows.append(i);
    }
    const auto &tasks = m_tasks;
    const bool asc = query.ascending;
    const auto byId = [&tasks](int a, int b) { return tasks.at(a).id < tasks.at(b).id; };
    switch (query.orderKey) {
    case OrderKey::Name:
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = tasks.at(a).name.compare(tasks.at(b).name);
            if (c != 0)
                return asc ? c < 0 : c > 0;
            return byId(a, b);
        });
        break;
    case OrderKey::CreatedAt:
    case OrderKey::UpdatedAt: {
        const bool created = query.orderKey == OrderKey::CreatedAt;
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const qint64 ka = created ? tasks.at(a).createdMs : tasks.at(a).updatedMs;
            const qint64 kb = created ? tasks.at(b).createdMs : tasks.at(b).updatedMs;
            if (ka != kb)
                return asc ? ka < kb : ka > kb;
            return byId(a, b);
        });
        break;
    }
    }
    return rows;
}

QByteArray Dataset::toListResponse(const TaskQuery &query) const
{
    const QList<int> rows = select(query);
    qsizetype first = 0;
    qsizetype last = rows.size();
    if (query.offset && query.limit) {
        first = std::min<qsizetype>(rows.size(), *query.offset - 1);
        last = std::min<qsizetype>(rows.size(), first + *query.limit);
    }
    qsizetype bytes = 32;
    for (qsizetype i = first; i < last; ++i)
        bytes += m_tasks.at(rows.at(i)).json.size() + 1;
    QByteArray out;
    out.reserve(bytes);
    out += "{\"count\":";
    out += QByteArray::number(rows.size());
    out += ",\"tasks\":[";
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            out += ',';
        out += m_tasks.at(rows.at(i)).json;
    }
    out += "]}";
    return out;
}

QByteArray Dataset::toListResponse() const
{
    return toListResponse(TaskQuery{});
}

void Dataset::add(TaskRecord record)
{
    m_selectCache.clear();
    const auto it = m_index.constFind(record.id);
    if (it != m_index.cend()) {
        m_tasks[*it] = std::move(record);
        return;
    }
    m_index.insert(record.id, int(m_tasks.size()));
    m_tasks.append(std::move(record));
}

bool Dataset::remove(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return false;
    m_selectCache.clear();
    const int row = *it;
    // Swap with the last record: O(1), and order does not matter (select sorts).
    m_index.remove(id);
    if (row != m_tasks.size() - 1) {
        m_tasks[row] = std::move(m_tasks.last());
        m_index.insert(m_tasks.at(row).id, row);
    }
    m_tasks.removeLast();
    return true;
}

bool Dataset::setState(const QString &id, const QString &state, const QDateTime &when)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return false;
    m_selectCache.clear();
    TaskRecord &record = m_tasks[*it];
    QJsonObject object = QJsonDocument::fromJson(record.json).object();
    const qint64 ms = std::max(when.toMSecsSinceEpoch() / 1000 * 1000, record.createdMs);
    object.insert(QLatin1String("state"), state);
    object.insert(QLatin1String("updated_at"), QString::fromLatin1(formatUtcSeconds(ms / 1000)));
    record.state = state;
    record.updatedMs = ms;
    record.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return true;
}

void Dataset::churn(int events, quint32 seed, const QDateTime &now)
{
    if (events <= 0)
        return;
    QRandomGenerator rng(seed);
    GeneratorOptions options = m_generatorOptions;
    options.referenceTime = now;
    const GeneratorContext context = makeGeneratorContext(options);
    for (int e = 0; e < events; ++e) {
        const int roll = int(rng.bounded(4u));
        if (roll <= 1 || m_tasks.isEmpty()) {
            add(generateTask(context, rng, m_generatedSerial++, now.toSecsSinceEpoch()));
        } else if (roll == 2) {
            remove(m_tasks.at(int(rng.bounded(quint32(m_tasks.size())))).id);
        } else {
            const QString id = m_tasks.at(int(rng.bounded(quint32(m_tasks.size())))).id;
            setState(id, QString::fromLatin1(randomState(rng)), now);
        }
    }
}

QByteArray generateListResponse(int count, quint32 seed)
{
    return Dataset::generate(seed, count, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
        .toListResponse();
}

} // namespace vias::sim
