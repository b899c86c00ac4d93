#include "models/tasksearchindex.h"

#include "models/hugepages.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vias {
namespace {

// Below this many rows a second thread costs more than it saves.
constexpr qsizetype kParallelRows = 16'384;

// Characters QString::toCaseFolded() leaves unchanged, outside the surrogate
// range (so each is one code point of three UTF-8 bytes): CJK radicals,
// symbols and punctuation, kana, the unified ideographs, Hangul syllables and
// the fullwidth forms except the fullwidth Latin capitals U+FF21..U+FF3A.
// tst_tasksearchindex checks every one of them against Qt.
constexpr bool isCaselessCjk(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xFF01 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFFEF);
}

// Folds ASCII characters into `p` (8 at a time where SSE2 is there) up to
// the first that is not ASCII: returns how many it wrote. Ids, camera ids
// and pool ids are all ASCII.
qsizetype foldAsciiRun(const char16_t *chars, qsizetype n, char *p)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i upperFrom = _mm_set1_epi8('A' - 1);
    const __m128i upperTo = _mm_set1_epi8('Z' + 1);
    const __m128i caseBit = _mm_set1_epi8(0x20);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), _mm_setzero_si128())) !=
            0xFFFF)
            break;
        const __m128i bytes = _mm_packus_epi16(v, v); // 8 ASCII bytes, twice
        const __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi8(bytes, upperFrom), _mm_cmplt_epi8(bytes, upperTo));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(p + i),
                         _mm_or_si128(bytes, _mm_and_si128(upper, caseBit)));
    }
#endif
    for (; i < n && chars[i] < 0x80; ++i) {
        const char16_t c = chars[i];
        p[i] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return i;
}

// Appends the case-folded UTF-8 of `text`.
void appendFolded(QByteArray &out, QStringView text)
{
    const char16_t *chars = text.utf16();
    const qsizetype n = text.size();
    {
        // The common case, all ASCII: folded 8 characters at a time.
        const qsizetype at = out.size();
        out.resize(at + n);
        const qsizetype done = foldAsciiRun(chars, n, out.data() + at);
        if (done == n)
            return;
        out.resize(at);
    }
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = chars[i];
        if (c < 0x80)
            bytes += 1;
        else if (isCaselessCjk(c))
            bytes += 3;
        else {
            // Rare: Latin-1, Greek, Cyrillic... Qt knows the full folding rules.
            out += text.toString().toCaseFolded().toUtf8();
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + bytes);
    char *p = out.data() + at;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = chars[i];
        if (c < 0x80) {
            *p++ = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        } else {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
}

} // namespace

QByteArrayView TaskSearchIndex::key(qsizetype row) const
{
    const Span span = m_spans.at(row);
    return QByteArrayView(m_text.constData() + span.start, span.length);
}

void TaskSearchIndex::clear()
{
    m_text.clear();
    m_spans.clear();
    m_garbage = 0;
}

void TaskSearchIndex::reserve(qsizetype rows)
{
    m_spans.reserve(rows);
    m_text.reserve(rows * 192); // a long key (name, ids, two cameras); it grows beyond
    adviseHugePages(m_text.data(), m_text.capacity());
}

void TaskSearchIndex::append(const Task &task)
{
    const qsizetype start = m_text.size();
    appendKey(m_text, task);
    Q_ASSERT(m_text.size() <= std::numeric_limits<quint32>::max());
    m_spans.append({quint32(start), quint32(m_text.size() - start)});
}

void TaskSearchIndex::replace(qsizetype row, const Task &task)
{
    // The new key goes to the end; the old bytes stay until the next compaction,
    // so replacing one row never moves the others.
    const qsizetype start = m_text.size();
    appendKey(m_text, task);
    Span &span = m_spans[row];
    m_garbage += span.length;
    span = {quint32(start), quint32(m_text.size() - start)};
    if (m_garbage > 4096 && m_garbage > m_text.size() / 2)
        compact();
}

void TaskSearchIndex::appendAll(const QList<Task> &tasks)
{
    const qsizetype n = tasks.size();
    const auto build = [&tasks](TaskSearchIndex &index, qsizetype first, qsizetype last) {
        index.reserve(index.size() + last - first);
        for (qsizetype row = first; row < last; ++row)
            index.append(tasks.at(row));
    };
    if (n < kParallelRows) {
        reserve(size() + n);
        for (const Task &task : tasks)
            append(task);
        return;
    }
    // Folding is the cost of loading a big list: the second half is built on
    // the pool into its own buffer and appended after the first.
    const qsizetype middle = n / 2;
    QFuture<TaskSearchIndex> second = QtConcurrent::run([&build, middle, n] {
        TaskSearchIndex index;
        build(index, middle, n);
        return index;
    });
    // The first half straight into this index's (reserved) buffer: building
    // it apart and appending copied it once more.
    build(*this, 0, middle);
    appendIndex(second.result());
}

void TaskSearchIndex::appendIndex(const TaskSearchIndex &other)
{
    if (m_spans.isEmpty() && m_text.isEmpty()) {
        *this = other; // shares the buffers
        return;
    }
    const quint32 shift = quint32(m_text.size());
    m_text.append(other.m_text);
    m_garbage += other.m_garbage;
    m_spans.reserve(m_spans.size() + other.m_spans.size());
    for (Span span : other.m_spans) {
        span.start += shift;
        m_spans.append(span);
    }
}

void TaskSearchIndex::compact()
{
    QByteArray text;
    text.reserve(m_text.size() - m_garbage);
    for (Span &span : m_spans) {
        const qsizetype start = text.size();
        text.append(m_text.constData() + span.start, span.length);
        span.start = quint32(start);
    }
    m_text = std::move(text);
    m_garbage = 0;
}

qsizetype TaskSearchIndex::memoryBytes() const
{
    return m_text.capacity() + m_spans.capacity() * qsizetype(sizeof(Span));
}

bool TaskSearchIndex::isFoldedInline(char16_t c)
{
    return c < 0x80 || isCaselessCjk(c);
}

QByteArray TaskSearchIndex::makeKey(const Task &task)
{
    QByteArray key;
    appendKey(key, task);
    return key;
}

void TaskSearchIndex::appendKey(QByteArray &out, const Task &task)
{
    appendFolded(out, task.name);
    out += kFieldSeparator;
    appendFolded(out, task.id);
    out += kFieldSeparator;
    appendFolded(out, task.description);
    out += kFieldSeparator;
    appendFolded(out, task.creator);
    out += kFieldSeparator;
    appendFolded(out, task.edgePoolId);
    for (const InputSource &source : task.input.sources) {
        out += kFieldSeparator;
        appendFolded(out, source.displayId());
    }
}

bool TaskSearchIndex::contains(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (n > haystack.size())
        return false;
    const char *p = haystack.data();
    const char *const last = p + haystack.size() - n; // last possible start
    const char first = needle.front();
    const char *const rest = needle.data() + 1;
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, first, size_t(last - p + 1)));
        if (!p)
            return false;
        if (std::memcmp(p + 1, rest, size_t(n - 1)) == 0)
            return true;
        ++p;
    }
    return false;
}

bool TaskSearchIndex::containsAll(QByteArrayView haystack, const QByteArrayList &needles)
{
    for (const QByteArray &needle : needles) {
        if (!contains(haystack, needle))
            return false;
    }
    return true;
}

void TaskSearchIndex::narrowRange(const QByteArrayList &needles, quint8 *mask, qsizetype first,
                                  qsizetype last) const
{
    const char *text = m_text.constData();
    const Span *spans = m_spans.constData();
    for (qsizetype row = first; row < last; ++row) {
        if (!mask[row])
            continue;
        const QByteArrayView key(text + spans[row].start, spans[row].length);
        mask[row] = containsAll(key, needles) ? 1 : 0;
    }
}

void TaskSearchIndex::narrow(const QByteArrayList &needles, std::vector<quint8> &mask,
                             qsizetype first, qsizetype last) const
{
    Q_ASSERT(last <= size() && qsizetype(mask.size()) >= last);
    if (needles.isEmpty() || first >= last)
        return;
    if (last - first < kParallelRows) {
        narrowRange(needles, mask.data(), first, last);
        return;
    }
    // Two halves: one on the pool, one here. Rows are independent and each
    // half writes only its own part of the mask.
    const qsizetype middle = first + (last - first) / 2;
    quint8 *data = mask.data();
    QFuture<void> other = QtConcurrent::run(
        [this, &needles, data, middle, last] { narrowRange(needles, data, middle, last); });
    narrowRange(needles, data, first, middle);
    other.waitForFinished();
}

} // namespace vias
