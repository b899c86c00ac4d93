// Helpers shared by the test suites: test data paths and small fixtures.
#pragma once

#include <QByteArray>
#include <QString>

namespace vias::test {

// Absolute path of a file in tests/data.
QString dataPath(const QString &name);
// The bytes of a file in tests/data; fails the current test when unreadable.
QByteArray readData(const QString &name);

} // namespace vias::test
