// A minimal append-only JSON text writer. The generator writes 100,000 tasks
// directly as text because building QJsonObjects and serialising them is an
// order of magnitude slower.
#pragma once

#include <QByteArray>
#include <QString>

namespace vias::sim {

class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name); // ASCII key without characters to escape
    void string(const QString &value);
    void string(const QByteArray &utf8);
    void string(const char *utf8); // no temporary QByteArray: the generator's hot path
    void integer(qint64 value);
    void number(double value);
    void null();
    void boolean(bool value);
    void raw(const QByteArray &json); // an already valid JSON value

    // Appends `utf8` as a quoted JSON string.
    static void appendQuoted(QByteArray &out, const QByteArray &utf8);
    static void appendQuoted(QByteArray &out, const char *utf8, qsizetype size);

private:
    void separator();

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace vias::sim
