#include "models/jsonscanner.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vias {
namespace {

#if defined(__SSE2__)
// 64 bytes at a time, as simdjson's first stage does: bit i of each mask
// stands for byte i of the block.
struct BlockMasks
{
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t open = 0;  // '{' or '['
    std::uint64_t close = 0; // '}' or ']'
};

BlockMasks blockMasks(const char *p)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i caseBit = _mm_set1_epi8(0x20); // '[' | 0x20 == '{', ']' | 0x20 == '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    BlockMasks m;
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
        const __m128i folded = _mm_or_si128(v, caseBit);
        const auto bits = [&](__m128i eq) {
            return std::uint64_t(std::uint32_t(_mm_movemask_epi8(eq))) << (16 * i);
        };
        m.quote |= bits(_mm_cmpeq_epi8(v, quote));
        m.backslash |= bits(_mm_cmpeq_epi8(v, backslash));
        m.open |= bits(_mm_cmpeq_epi8(folded, open));
        m.close |= bits(_mm_cmpeq_epi8(folded, close));
    }
    return m;
}

// The bytes escaped by a backslash (an odd run of backslashes before them);
// `carry` says whether the block's first byte is escaped, and is updated for
// the next block. simdjson's branchless method.
std::uint64_t escapedBytes(std::uint64_t backslash, std::uint64_t &carry)
{
    constexpr std::uint64_t kEvenBits = 0x5555555555555555ULL;
    backslash &= ~carry;
    const std::uint64_t followsEscape = backslash << 1 | carry;
    const std::uint64_t oddStarts = backslash & ~kEvenBits & ~followsEscape;
    std::uint64_t evenStarts = 0;
    carry = __builtin_add_overflow(oddStarts, backslash, &evenStarts) ? 1 : 0;
    return (kEvenBits ^ (evenStarts << 1)) & followsEscape;
}

// Bit i = XOR of bits 0..i: the bytes from an opening quote up to (not
// including) its closing quote.
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

// From a '{' or '[' at `pos`: the offset one past its matching bracket, or
// -1 when the data ends first. Brackets inside strings do not count.
qsizetype skipContainer(QByteArrayView data, qsizetype pos)
{
    std::uint64_t escapeCarry = 0;
    std::uint64_t inStringCarry = 0; // all ones when a block starts inside a string
    qsizetype depth = 0;
    for (qsizetype block = pos; block < data.size(); block += 64) {
        const char *p = data.data() + block;
        char tail[64];
        if (data.size() - block < 64) {
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, p, std::size_t(data.size() - block));
            p = tail;
        }
        const BlockMasks m = blockMasks(p);
        const std::uint64_t quotes = m.quote & ~escapedBytes(m.backslash, escapeCarry);
        const std::uint64_t inString = prefixXor(quotes) ^ inStringCarry;
        inStringCarry = std::uint64_t(std::int64_t(inString) >> 63);
        for (std::uint64_t brackets = (m.open | m.close) & ~inString; brackets;
             brackets &= brackets - 1) {
            const int bit = __builtin_ctzll(brackets);
            if (m.open >> bit & 1)
                ++depth;
            else if (--depth == 0)
                return block + bit + 1;
        }
    }
    return -1;
}
#endif

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
#if defined(__SSE2__)
            const qsizetype end = skipContainer(m_data, m_pos);
            m_pos = end < 0 ? m_data.size() : end;
            return end >= 0;
#else
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
#endif
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
