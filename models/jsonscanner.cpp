#include "models/jsonscanner.h"

#include <cstring>

namespace vias {
namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView data)
        : m_data(data)
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    void advance() { ++m_pos; }

    void skipBom()
    {
        if (m_data.size() >= 3 && m_data.first(3) == QByteArrayView("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // At an opening quote: moves past the closing quote. Returns false at the
    // end of data.
    bool skipString()
    {
        ++m_pos; // opening quote
        const char *const begin = m_data.data() + m_pos;
        const char *const end = m_data.data() + m_data.size();
        // memchr finds the next quote many bytes at a time; a quote preceded
        // by an odd number of backslashes is escaped and does not end it.
        for (const char *p = begin; p < end;) {
            const auto *quote =
                static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
            if (!quote)
                break;
            const char *b = quote;
            while (b > begin && b[-1] == '\\')
                --b;
            if ((quote - b) % 2 == 0) {
                m_pos = quote + 1 - m_data.data();
                return true;
            }
            p = quote + 1;
        }
        m_pos = m_data.size();
        return false;
    }

    // Moves past one value of any type. Containers are skipped by counting
    // brackets outside strings; their content is validated by whoever parses
    // the range. Returns false at the end of data or on a stray delimiter.
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return skipString();
        if (first == '{' || first == '[') {
            qsizetype depth = 0;
            while (!atEnd()) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        ++m_pos;
                        return true;
                    }
                }
                ++m_pos;
            }
            return false;
        }
        // A scalar: number, true, false, null (validated by the consumer).
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    QByteArrayView slice(qsizetype begin, qsizetype end) const
    {
        return m_data.sliced(begin, end - begin);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

ListScan fail(ListScan scan, const char *what, qsizetype offset)
{
    scan.ok = false;
    scan.error = QString::fromLatin1(what);
    scan.errorOffset = offset;
    return scan;
}

} // namespace

ListScan scanTaskList(QByteArrayView body)
{
    ListScan scan;
    Scanner s(body);
    s.skipBom();
    s.skipWhitespace();
    if (s.peek() != '{')
        return fail(scan, "the body is not a JSON object", s.pos());
    s.advance();
    s.skipWhitespace();
    if (s.peek() == '}') {
        s.advance();
    } else {
        for (;;) {
            s.skipWhitespace();
            if (s.peek() != '"')
                return fail(scan, "expected a key", s.pos());
            const qsizetype keyBegin = s.pos() + 1;
            if (!s.skipString())
                return fail(scan, "the body ends inside a key", s.pos());
            const QByteArrayView key = s.slice(keyBegin, s.pos() - 1);
            s.skipWhitespace();
            if (s.peek() != ':')
                return fail(scan, "expected ':' after a key", s.pos());
            s.advance();
            s.skipWhitespace();
            const qsizetype valueBegin = s.pos();
            if (key == QByteArrayView("tasks") && s.peek() == '[') {
                scan.hasTasks = true;
                scan.tasksIsArray = true;
                scan.taskElements.clear();
                s.advance();
                s.skipWhitespace();
                if (s.peek() == ']') {
                    s.advance();
                } else {
                    for (;;) {
                        s.skipWhitespace();
                        const qsizetype elementBegin = s.pos();
                        if (!s.skipValue())
                            return fail(scan, "the body ends early inside \"tasks\" (truncated?)",
                                        s.pos());
                        scan.taskElements.append({elementBegin, s.pos()});
                        s.skipWhitespace();
                        if (s.peek() == ',') {
                            s.advance();
                            continue;
                        }
                        if (s.peek() == ']') {
                            s.advance();
                            break;
                        }
                        return fail(scan,
                                    s.atEnd() ? "the body ends early inside \"tasks\" (truncated?)"
                                              : "expected ',' or ']' in \"tasks\"",
                                    s.pos());
                    }
                }
            } else {
                if (!s.skipValue())
                    return fail(scan, "the body ends early (truncated?)", s.pos());
                if (key == QByteArrayView("tasks")) {
                    scan.hasTasks = true;
                    scan.tasksIsArray = false;
                } else if (key == QByteArrayView("count")) {
                    scan.hasCount = true;
                    scan.countValue = {valueBegin, s.pos()};
                }
            }
            s.skipWhitespace();
            if (s.peek() == ',') {
                s.advance();
                continue;
            }
            if (s.peek() == '}') {
                s.advance();
                break;
            }
            return fail(scan,
                        s.atEnd() ? "the body ends early (truncated?)" : "expected ',' or '}'",
                        s.pos());
        }
    }
    s.skipWhitespace();
    if (!s.atEnd())
        return fail(scan, "unexpected data after the JSON object", s.pos());
    scan.ok = true;
    return scan;
}

} // namespace vias
