// Realistic, deterministic task generation. Distributions are guesses at a
// typical edge face-extraction deployment: most tasks run, some are stopped,
// a few need an operator; configs mostly sane with some suspicious values the
// console's warnings should catch.
#include "simulator/taskgenerator.h"

#include "simulator/jsonwriter.h"

#include <QHash>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace vias::sim {
namespace {

constexpr qint64 kEighteenMonthsSecs = qint64(548) * 24 * 3600;

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const std::array<T, N> &items)
{
    return items[rng.bounded(quint32(N))];
}

bool chance(QRandomGenerator &rng, int perThousand)
{
    return int(rng.bounded(1000u)) < perThousand;
}

struct WeightedState
{
    const char *code;
    int weight; // per 1000
};

constexpr std::array<WeightedState, 17> kStateMix{{
    {"RUNNING", 700},
    {"STOPPED", 120},
    {"ABNORMAL", 30},
    {"FAILED", 20},
    {"PENDING", 20},
    {"START_FAILED", 15},
    {"FROZEN", 10},
    {"STARTING", 10},
    {"STOPPING", 5},
    {"CREATE_FAILED", 5},
    {"RECOVERING", 5},
    {"UPGRADING", 5},
    {"SUCCEEDED", 10},
    {"DELETING", 5},
    {"FREEZING", 5},
    {"SCHEDULING", 15},
    {"LACK_OF_RESOURCES", 20},
}};

constexpr std::array<const char *, 16> kPlacesZh{
    "东门", "西门", "南门",   "北门",   "大堂",   "停车场", "电梯厅",   "前台",
    "食堂", "仓库", "一号楼", "二号楼", "会议室", "走廊",   "访客通道", "地铁口"};
constexpr std::array<const char *, 6> kPrefixZh{"人脸提取",   "人脸抓拍", "人脸识别",
                                                "出入口人脸", "访客人脸", "考勤人脸"};
constexpr std::array<const char *, 14> kPlacesEn{
    "lobby",     "gate",   "entrance", "parking", "canteen",  "elevator",  "reception",
    "warehouse", "campus", "dock",     "hall",    "corridor", "turnstile", "plaza"};
constexpr std::array<const char *, 6> kDirectionsEn{"north", "south", "east", "west", "a", "b"};
constexpr std::array<const char *, 4> kPrefixEn{"face", "face-capture", "fx", "visitor-face"};
constexpr std::array<const char *, 7> kCreators{"zhangwei", "ops_admin",    "li.na",   "iva_test",
                                                "wangfang", "security-ops", "chen_jie"};
constexpr std::array<const char *, 8> kDescriptions{
    "东门人脸抓拍，推送到门禁平台",
    "Lobby face capture for visitor registration",
    "face detection task test",
    "夜间加强巡检，低于90像素的人脸不推送",
    "Staff attendance at the main turnstiles",
    "",
    "停车场出入口，摄像头高位安装",
    "Pilot for the new webhook receiver (see ticket OPS-1432)"};
constexpr std::array<const char *, 8> kPolygonNames{"入口区域", "Region A", "闸机区",    "Zone 2",
                                                    "大堂区域", "出口通道", "Door area", "检测区"};
constexpr std::array<const char *, 4> kLineNames{"绊线1", "Line A", "进出线", "tripwire-east"};
constexpr std::array<const char *, 5> kWebhookHosts{"apigw.example.com",
                                                    "face-recv.corp.example.cn", "10.20.3.15:8443",
                                                    "iot.example.org", "hooks.example.net"};

void writeRoi(QRandomGenerator &rng, QByteArray &out)
{
    JsonWriter w(out);
    w.beginObject();
    const int polygons = 1 + int(rng.bounded(3u));
    w.key("polygons");
    w.beginArray();
    for (int p = 0; p < polygons; ++p) {
        // Points sorted by angle around a centre form a star-shaped, hence
        // simple (non-self-intersecting), polygon that stays inside 1920x1080.
        const int radius = 60 + int(rng.bounded(440u));
        const int cx = radius + int(rng.bounded(quint32(1919 - 2 * radius)));
        const int cy = radius + int(rng.bounded(quint32(1079 - 2 * radius)));
        const int ry = radius;
        const int n = 3 + int(rng.bounded(10u));
        w.beginObject();
        w.key("name");
        w.string(QByteArray(pick(rng, kPolygonNames)) +
                 (p > 0 ? QByteArray("-") + QByteArray::number(p + 1) : QByteArray()));
        w.key("data");
        w.beginArray();
        for (int i = 0; i < n; ++i) {
            const double angle = 2.0 * M_PI * (i + 0.8 * rng.generateDouble()) / n;
            const double scale = 0.55 + 0.45 * rng.generateDouble();
            w.beginArray();
            w.integer(qRound(cx + scale * radius * std::cos(angle)));
            w.integer(qRound(cy + scale * ry * std::sin(angle)));
            w.endArray();
        }
        w.endArray();
        if (chance(rng, 200)) {
            w.key("properties");
            w.beginObject();
            w.key("type");
            w.integer(1 + int(rng.bounded(3u)));
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    const int lines = int(rng.bounded(3u));
    if (lines > 0) {
        w.key("lines");
        w.beginArray();
        for (int l = 0; l < lines; ++l) {
            w.beginObject();
            w.key("name");
            w.string(pick(rng, kLineNames));
            w.key("data");
            w.beginArray();
            for (int i = 0; i < 2; ++i) {
                w.beginArray();
                w.integer(int(rng.bounded(1920u)));
                w.integer(int(rng.bounded(1080u)));
                w.endArray();
            }
            w.endArray();
            w.key("properties");
            w.beginObject();
            if (chance(rng, 600)) {
                w.key("side1_name");
                w.string(chance(rng, 500) ? "入口" : "inside");
                w.key("side2_name");
                w.string(chance(rng, 500) ? "出口" : "outside");
            } else {
                w.key("type");
                w.integer(int(rng.bounded(3u)));
            }
            w.endObject();
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

QByteArray taskName(QRandomGenerator &rng, int serial)
{
    const int n = 1 + int(rng.bounded(20u));
    const QByteArray num = (n < 10 ? QByteArray("0") : QByteArray()) + QByteArray::number(n);
    switch (rng.bounded(5u)) {
    case 0:
    case 1:
        return QByteArray(pick(rng, kPrefixZh)) + '-' + pick(rng, kPlacesZh) + '-' + num;
    case 2:
        return QByteArray(pick(rng, kPrefixEn)) + '-' + pick(rng, kPlacesEn) + '-' +
               pick(rng, kDirectionsEn) + '-' + QByteArray::number(n);
    case 3:
        return QByteArray(pick(rng, kPlacesEn)) + '_' + pick(rng, kPrefixEn) + '_' +
               QByteArray::number(serial % 1000);
    default:
        return QByteArray(pick(rng, kPlacesZh)) + "_cam" + num + "_face";
    }
}

void writeFaceConfig(QRandomGenerator &rng, JsonWriter &w, bool wantsOriginImage)
{
    w.key("common");
    w.beginObject();
    int maxSize = std::array<int, 5>{800, 1000, 1200, 1920, 600}[rng.bounded(5u)];
    int minSize = std::array<int, 5>{120, 100, 90, 150, 200}[rng.bounded(5u)];
    if (chance(rng, 10))
        minSize = 60; // below the documented 90 px floor
    if (chance(rng, 5)) {
        minSize = 900; // min > max
        maxSize = 800;
    }
    int originSw = wantsOriginImage ? 1 : int(rng.bounded(2u));
    if (wantsOriginImage && chance(rng, 40))
        originSw = 0; // OriginImage requested but never sent
    w.key("detection_max_size");
    w.integer(maxSize);
    w.key("detection_min_size");
    w.integer(minSize);
    w.key("origin_image_send_sw");
    w.integer(originSw);
    w.key("image_compression_ratio");
    w.integer(std::array<int, 5>{90, 80, 75, 95, 100}[rng.bounded(5u)]);
    w.key("frame_skip_number");
    w.integer(std::array<int, 5>{0, 0, 1, 2, 4}[rng.bounded(5u)]);
    w.key("face_first_send_threshold");
    w.number(std::array<double, 4>{0, 0.5, 1, 0.2}[rng.bounded(4u)]);
    w.key("face_must_send_sw");
    w.integer(chance(rng, 150) ? 1 : 0);
    const bool repeat = chance(rng, 600);
    w.key("face_repeat_send_sw");
    w.integer(repeat ? 1 : 0);
    w.key("face_repeat_send_mode");
    w.string(chance(rng, 700) ? "PERIOD" : "QUALITY_STEP");
    w.key("face_repeat_send_step");
    w.number(std::array<double, 4>{1.2, 1.5, 1.1, 2.0}[rng.bounded(4u)]);
    w.key("face_repeat_send_interval");
    w.integer(std::array<int, 5>{1, 2, 5, 10, 30}[rng.bounded(5u)]);
    w.key("local_file_save_time");
    w.integer(std::array<int, 3>{1, 3, 7}[rng.bounded(3u)]);
    if (chance(rng, 800)) {
        QByteArray roi;
        writeRoi(rng, roi);
        w.key("target_roi");
        w.string(roi); // a string holding JSON, as the service sends it
    }
    w.endObject();
}

void writeGenericConfig(QRandomGenerator &rng, JsonWriter &w)
{
    w.key("common");
    w.beginObject();
    w.key("alarm_interval");
    w.integer(std::array<int, 3>{30, 60, 300}[rng.bounded(3u)]);
    w.key("sensitivity");
    w.number(std::array<double, 3>{0.5, 0.7, 0.9}[rng.bounded(3u)]);
    if (chance(rng, 700)) {
        QByteArray roi;
        writeRoi(rng, roi);
        w.key("target_roi");
        w.string(roi);
    }
    w.endObject();
}

// The few distinct states and versions share one QString each across
// 100,000 records (implicit sharing) instead of one allocation per task.
QString sharedString(const QByteArray &latin1)
{
    static thread_local QHash<QByteArray, QString> cache;
    auto it = cache.constFind(latin1);
    if (it == cache.cend())
        it = cache.insert(latin1, QString::fromLatin1(latin1));
    return *it;
}

} // namespace

QByteArray formatUtcSeconds(qint64 secs)
{
    // Howard Hinnant's civil-from-days.
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", (long long)year,
                  (long long)month, (long long)day, (long long)(rem / 3600),
                  (long long)(rem / 60 % 60), (long long)(rem % 60));
    return QByteArray(buf);
}

QByteArray randomHex(QRandomGenerator &rng, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray out(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        out[i] = kHex[rng.bounded(16u)];
    return out;
}

QByteArray randomUuid(QRandomGenerator &rng)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray out(36, '-');
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        out[i] = i == 14 ? '4' : kHex[rng.bounded(16u)]; // version 4
    }
    return out;
}

QByteArray randomState(QRandomGenerator &rng)
{
    int roll = int(rng.bounded(1000u));
    for (const auto &entry : kStateMix) {
        if (roll < entry.weight)
            return entry.code;
        roll -= entry.weight;
    }
    return "RUNNING";
}

GeneratorContext makeGeneratorContext(const GeneratorOptions &options)
{
    GeneratorContext context;
    context.options = options;
    const QDateTime ref =
        options.referenceTime.isValid() ? options.referenceTime : QDateTime::currentDateTimeUtc();
    context.referenceSecs = ref.toSecsSinceEpoch();
    context.edgeService = !options.service.endsWith(QLatin1String("-cloud"));
    context.faceService = options.service.contains(QLatin1String("face"));
    QRandomGenerator rng(options.seed ^ 0x5eed1234u);
    const int pools = 3 + int(rng.bounded(4u));
    for (int i = 0; i < pools; ++i)
        context.edgePools.append(randomHex(rng, 32));
    for (int i = 0; i < 4; ++i)
        context.resourceOrders.append(randomHex(rng, 32));
    return context;
}

TaskRecord generateTask(const GeneratorContext &context, QRandomGenerator &rng, int serial,
                        qint64 createdSecs)
{
    TaskRecord record;
    const QByteArray id = randomHex(rng, 32);
    const QByteArray name = taskName(rng, serial);
    QByteArray state = randomState(rng);
    qint64 created = createdSecs;
    qint64 updated = createdSecs;
    if (created < 0) {
        created = context.referenceSecs - qint64(rng.generateDouble() * kEighteenMonthsSecs);
        const qint64 room = std::max<qint64>(1, context.referenceSecs - created);
        updated = created + 1 + qint64(rng.generateDouble() * std::min<qint64>(room, 90 * 86400));
    } else {
        state = chance(rng, 500) ? "PENDING" : "STARTING";
    }
    const int oddityOneIn = context.options.oddityOneIn;
    const int oddity =
        (oddityOneIn > 0 && rng.bounded(quint32(oddityOneIn)) == 0) ? 1 + int(rng.bounded(3u)) : 0;
    if (oddity == 1)
        state = "HIBERNATING"; // a state newer than the console

    QByteArray out;
    out.reserve(1600);
    JsonWriter w(out);
    w.beginObject();
    w.key("id");
    w.string(id);
    w.key("name");
    w.string(name);
    w.key("creator");
    w.string(kCreators[rng.bounded(quint32(kCreators.size()))]);
    w.key("project_id");
    w.string(context.options.projectId);
    w.key("description");
    if (chance(rng, 200))
        w.null();
    else
        w.string(kDescriptions[rng.bounded(quint32(kDescriptions.size()))]);
    const QByteArray version = chance(rng, 800) ? "3.0" : "2.2";
    w.key("service_version");
    w.string(version);
    if (context.edgeService) {
        w.key("edge_pool_id");
        w.string(context.edgePools.at(int(rng.bounded(quint32(context.edgePools.size())))));
    }
    w.key("resource_order_id");
    w.string(context.resourceOrders.at(int(rng.bounded(quint32(context.resourceOrders.size())))));
    w.key("created_at");
    w.string(formatUtcSeconds(created));
    w.key("updated_at");
    w.string(formatUtcSeconds(updated));
    w.key("state");
    w.string(state);

    w.key("input");
    w.beginObject();
    w.key("type");
    w.string(context.edgeService ? "edgecamera" : "vis");
    w.key("data");
    w.beginArray();
    const int roll = int(rng.bounded(100u));
    const int cameras = roll < 75 ? 1 : roll < 90 ? 2 : roll < 97 ? 3 : 4;
    for (int i = 0; i < cameras; ++i) {
        w.beginObject();
        if (context.edgeService) {
            w.key("id");
            w.string(randomUuid(rng));
        } else {
            w.key("stream_name");
            w.string(QByteArray("vis-stream-") + randomHex(rng, 6));
        }
        if (oddity == 2 && i == 0) {
            w.key("index");
            w.string(QByteArray::number(i)); // index as a string
        } else if (oddity != 3) {
            w.key("index");
            w.integer(i);
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();

    const bool originImage = chance(rng, 350);
    w.key("output");
    w.beginObject();
    const bool webhook = chance(rng, 850);
    const bool dis = !webhook || chance(rng, 100);
    const bool localpath = chance(rng, 100);
    const auto categories = [&] {
        w.beginArray();
        w.string("FaceImage");
        if (originImage)
            w.string("OriginImage");
        w.endArray();
    };
    if (webhook) {
        w.key("webhook");
        w.beginObject();
        w.key("url");
        w.string(QByteArray(chance(rng, 30) ? "http://" : "https://") + pick(rng, kWebhookHosts) +
                 "/api/v1/faces/" + QByteArray::number(serial % 97));
        w.key("headers");
        w.beginObject();
        w.key("content-type");
        w.string("application/json");
        if (chance(rng, 300)) {
            w.key("Authorization");
            w.string(QByteArray("Bearer ") + randomHex(rng, 40));
        }
        if (chance(rng, 100)) {
            w.key("X-Tenant");
            w.string(QByteArray("site-") + QByteArray::number(1 + rng.bounded(9u)));
        }
        w.endObject();
        w.key("data_category");
        categories();
        w.endObject();
    }
    if (dis) {
        w.key("dis");
        w.beginObject();
        w.key("stream_name");
        w.string(QByteArray("dis-face-") + randomHex(rng, 4));
        w.key("data_category");
        categories();
        w.endObject();
    }
    if (localpath) {
        w.key("localpath");
        w.beginObject();
        w.key("mount_source_path");
        w.string(QByteArray("/var/vias/faces/") + QByteArray::number(serial));
        w.key("data_category");
        categories();
        w.endObject();
    }
    w.endObject();

    w.key("service_config");
    w.beginObject();
    if (context.faceService)
        writeFaceConfig(rng, w, originImage);
    else
        writeGenericConfig(rng, w);
    w.endObject();
    if (oddity == 3) {
        w.key("labels"); // an unknown field the console must keep
        w.beginObject();
        w.key("team");
        w.string("night-shift");
        w.endObject();
    }
    w.endObject();

    record.id = QString::fromLatin1(id);
    record.name = QString::fromUtf8(name);
    record.state = sharedString(state);
    record.serviceVersion = sharedString(version);
    record.createdMs = created * 1000;
    record.updatedMs = updated * 1000;
    record.json = out;
    return record;
}

} // namespace vias::sim
