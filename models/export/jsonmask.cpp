// A small single-pass JSON walker (explicit stack, no recursion) that knows
// where it is (input / output, inside a headers object) and cuts out secret
// values. Faster than a DOM round trip and keeps key order and number spelling.
#include "models/export/jsonmask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace vias {
namespace {

enum class Zone : quint8
{
    None,
    Input,
    Output
};

struct Frame
{
    bool isObject = false;
    Zone zone = Zone::None;
    bool headers = false; // an object whose member values are all secrets
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Walker
{
public:
    explicit Walker(QByteArrayView json)
        : m_json(json)
    {}

    JsonMaskResult run();

private:
    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_json.size() && isSpace(m_json[i]))
            ++i;
        return i;
    }
    // Index after the string starting at i (m_json[i] == '"'), or -1.
    qsizetype skipString(qsizetype i) const;
    // Index after the value starting at i, or -1.
    qsizetype skipValue(qsizetype i) const;
    QString decodeKey(qsizetype begin, qsizetype end) const;
    void mask(qsizetype begin, qsizetype end)
    {
        m_out.append(m_json.sliced(m_copied, begin - m_copied));
        m_out.append("\"***\"");
        m_copied = end;
        m_changed = true;
    }

    QByteArrayView m_json;
    QByteArray m_out;
    qsizetype m_copied = 0;
    bool m_changed = false;
};

qsizetype Walker::skipString(qsizetype i) const
{
    for (++i; i < m_json.size(); ++i) {
        if (m_json[i] == '\\')
            ++i;
        else if (m_json[i] == '"')
            return i + 1;
    }
    return -1;
}

qsizetype Walker::skipValue(qsizetype i) const
{
    if (i >= m_json.size())
        return -1;
    const char c = m_json[i];
    if (c == '"')
        return skipString(i);
    if (c == '{' || c == '[') {
        int depth = 0;
        for (; i < m_json.size(); ++i) {
            const char d = m_json[i];
            if (d == '"') {
                i = skipString(i);
                if (i < 0)
                    return -1;
                --i;
            } else if (d == '{' || d == '[') {
                ++depth;
            } else if ((d == '}' || d == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    const qsizetype begin = i;
    while (i < m_json.size() && !isSpace(m_json[i]) && m_json[i] != ',' && m_json[i] != '}' &&
           m_json[i] != ']')
        ++i;
    return i > begin ? i : -1;
}

QString Walker::decodeKey(qsizetype begin, qsizetype end) const
{
    const QByteArrayView raw = m_json.sliced(begin, end - begin); // with its quotes
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.sliced(1, raw.size() - 2));
    // Escaped keys are rare: let Qt's parser decode them.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw.toByteArray() + ']');
    return doc.array().at(0).toString();
}

JsonMaskResult Walker::run()
{
    JsonMaskResult result;
    QList<Frame> stack;
    qsizetype i = skipSpace(0);
    if (i >= m_json.size() || m_json[i] != '{')
        return result;
    stack.append({true, Zone::None, false});
    ++i;
    bool expectKey = true; // right after '{' or ',' inside an object
    while (!stack.isEmpty()) {
        i = skipSpace(i);
        if (i >= m_json.size())
            return result;
        Frame frame = stack.last();
        const char c = m_json[i];
        if (c == '}' || c == ']') {
            if ((c == '}') != frame.isObject)
                return result;
            stack.removeLast();
            ++i;
            expectKey = false;
            continue;
        }
        if (c == ',') {
            ++i;
            expectKey = frame.isObject;
            continue;
        }

        QString key;
        if (frame.isObject) {
            if (!expectKey || c != '"')
                return result;
            const qsizetype keyEnd = skipString(i);
            if (keyEnd < 0)
                return result;
            key = decodeKey(i, keyEnd);
            i = skipSpace(keyEnd);
            if (i >= m_json.size() || m_json[i] != ':')
                return result;
            i = skipSpace(i + 1);
            if (i >= m_json.size())
                return result;
        }
        expectKey = false;

        // Where does this value sit?
        Zone zone = frame.zone;
        if (stack.size() == 1) {
            zone = key == QLatin1StringView("input")    ? Zone::Input
                   : key == QLatin1StringView("output") ? Zone::Output
                                                        : Zone::None;
        }
        const bool secret =
            zone != Zone::None &&
            ((frame.isObject && frame.headers) ||
             (zone == Zone::Input && frame.isObject &&
              (key == QLatin1StringView("username") || key == QLatin1StringView("password"))));
        const char v = m_json[i];
        if (secret) {
            const qsizetype end = skipValue(i);
            if (end < 0)
                return result;
            mask(i, end);
            i = end;
        } else if (v == '{' || v == '[') {
            const bool headers = zone != Zone::None && v == '{' && frame.isObject &&
                                 key == QLatin1StringView("headers");
            stack.append({v == '{', zone, headers});
            expectKey = v == '{';
            ++i;
        } else {
            const qsizetype end = skipValue(i);
            if (end < 0)
                return result;
            i = end;
        }
    }
    if (skipSpace(i) != m_json.size())
        return result;
    result.wellFormed = true;
    result.changed = m_changed;
    if (m_changed) {
        m_out.append(m_json.sliced(m_copied));
        result.bytes = m_out;
    }
    return result;
}

} // namespace

JsonMaskResult maskSecretsInJson(QByteArrayView json)
{
    return Walker(json).run();
}

} // namespace vias
