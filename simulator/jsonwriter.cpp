// JsonWriter: commas are tracked with one flag because values always follow
// keys or open brackets, which reset it.
#include "simulator/jsonwriter.h"

#include <charconv>
#include <cstring>

namespace vias::sim {

void JsonWriter::separator()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separator();
    m_out += '{';
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separator();
    m_out += '[';
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(const char *name)
{
    separator();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_needComma = false;
}

void JsonWriter::appendQuoted(QByteArray &out, const QByteArray &utf8)
{
    appendQuoted(out, utf8.constData(), utf8.size());
}

void JsonWriter::appendQuoted(QByteArray &out, const char *data, qsizetype size)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    qsizetype runStart = 0;
    // Plain runs are appended in one go; only escapes go byte by byte.
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = static_cast<unsigned char>(data[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 0x0F]};
            out.append(escape, 6);
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out += '"';
}

void JsonWriter::string(const QByteArray &utf8)
{
    separator();
    appendQuoted(m_out, utf8);
}

void JsonWriter::string(const char *utf8)
{
    separator();
    appendQuoted(m_out, utf8, qsizetype(std::strlen(utf8)));
}

void JsonWriter::string(const QString &value)
{
    string(value.toUtf8());
}

void JsonWriter::integer(qint64 value)
{
    separator();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
    m_out.append(buf, end - buf);
}

void JsonWriter::number(double value)
{
    separator();
    m_out += QByteArray::number(value, 'g', 10);
}

void JsonWriter::null()
{
    separator();
    m_out += "null";
}

void JsonWriter::boolean(bool value)
{
    separator();
    m_out += value ? "true" : "false";
}

void JsonWriter::raw(const QByteArray &json)
{
    separator();
    m_out += json;
}

} // namespace vias::sim
