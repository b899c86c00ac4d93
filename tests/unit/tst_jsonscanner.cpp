// The list scanner that splits a list response into per-task byte ranges:
// bodies built here from pieces whose boundaries are known (strings full of
// quotes, backslashes and brackets, elements that cross the scanner's 64-byte
// blocks), so every range it returns is checked against the truth, and every
// truncation of a body must be refused rather than mis-split.
#include "models/jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace vias;

namespace {

// A string with the characters that matter to a scanner, often in runs.
QString trickyText(QRandomGenerator &random)
{
    static const QString kPieces[] = {
        QStringLiteral("\""),   QStringLiteral("\\"),   QStringLiteral("\\\\"), QStringLiteral("{"),
        QStringLiteral("}"),    QStringLiteral("["),    QStringLiteral("]"),    QStringLiteral(","),
        QStringLiteral("\\\""), QStringLiteral("区域"), QStringLiteral("abc"),  QStringLiteral(" "),
        QStringLiteral("\n"),   QStringLiteral("}]"),   QStringLiteral("\":{"),
    };
    QString text;
    const int parts = int(random.bounded(40));
    for (int i = 0; i < parts; ++i)
        text += kPieces[random.bounded(int(std::size(kPieces)))];
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (depth > 3 ? random.bounded(3) : random.bounded(6)) {
    case 0:
        return trickyText(random);
    case 1:
        return double(random.bounded(100000)) / 7.0;
    case 2:
        return random.bounded(2) ? QJsonValue(QJsonValue::Null) : QJsonValue(true);
    case 3: {
        QJsonArray array;
        for (int i = int(random.bounded(5)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(6)); i > 0; --i)
            object.insert(trickyText(random), randomValue(random, depth + 1));
        // A string holding JSON, as target_roi is sent.
        object.insert(
            QStringLiteral("target_roi"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("n"), trickyText(random)}})
                                  .toJson(QJsonDocument::Compact)));
        return object;
    }
    }
}

QByteArray compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

class TestJsonScanner final : public QObject
{
    Q_OBJECT

private slots:
    void rangesMatchTheElements()
    {
        QRandomGenerator random(20261129);
        for (int round = 0; round < 300; ++round) {
            QByteArray body = "{\"count\": 3, \"tasks\": [";
            QList<ByteRange> expected;
            const int count = int(random.bounded(12));
            for (int i = 0; i < count; ++i) {
                if (i > 0)
                    body += random.bounded(2) ? ",\n  " : ",";
                // Objects or arrays (a scalar is wrapped in an object).
                const QJsonValue value = randomValue(random, 0);
                const QByteArray text =
                    compact(value.isObject() || value.isArray()
                                ? value
                                : QJsonValue(QJsonObject{{QStringLiteral("v"), value}}));
                expected.append({body.size(), body.size() + text.size()});
                body += text;
            }
            body += "], \"extra\": {\"a\": [\"]\"]}}";
            const ListScan scan = scanTaskList(body);
            QVERIFY2(scan.ok,
                     qPrintable(scan.error + QStringLiteral(" in ") + QString::fromUtf8(body)));
            QCOMPARE(scan.taskElements.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(scan.taskElements.at(i).begin, expected.at(i).begin);
                QCOMPARE(scan.taskElements.at(i).end, expected.at(i).end);
            }

            // Any cut inside the tasks list is a truncated body, never a
            // shorter list that looks complete.
            if (count > 0) {
                const qsizetype listEnd = expected.last().end;
                const qsizetype cut =
                    expected.first().begin +
                    qsizetype(random.bounded(int(listEnd - expected.first().begin)));
                const ListScan truncated = scanTaskList(body.left(cut));
                QVERIFY2(!truncated.ok, qPrintable(QString::fromUtf8(body.left(cut))));
            }
        }
    }

    void escapesAcrossBlockBoundaries()
    {
        // A run of backslashes ending exactly at each position of a 64-byte
        // block, before a quote that the run escapes (odd) or not (even).
        for (int pad = 0; pad < 70; ++pad) {
            for (int run = 1; run <= 4; ++run) {
                const QByteArray text = "{\"k\":\"" + QByteArray(pad, 'x') + QByteArray(run, '\\') +
                                        (run % 2 ? "\"}]\"}" : "\"}");
                const QByteArray body = "{\"tasks\":[" + text + "]}";
                // Odd: the quote is escaped and "}]" stays inside the string.
                // Even: the quote ends the string.
                const ListScan scan = scanTaskList(body);
                QVERIFY2(scan.ok, body.constData());
                QCOMPARE(scan.taskElements.size(), 1);
                QCOMPARE(scan.taskElements.at(0).size(), text.size());
                QVERIFY(QJsonDocument::fromJson(body).isObject());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
