#include "tests/support/testsupport.h"

#include <QFile>
#include <QTest>

namespace vias::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(VIAS_TEST_DATA_DIR "/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

} // namespace vias::test
