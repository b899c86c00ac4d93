// Helpers shared by the GUI suites: a connection to an in-process simulator
// (AK/SK, quick retries) and finding widgets by objectName.
#pragma once

#include "tests/support/simfixture.h"
#include "ui/connection.h"

#include <QWidget>

namespace vias::test {

// The console's connection to `sim`, signed with the simulator's AK/SK;
// retries are short so error tests stay fast.
ui::Connection connectionTo(SimFixture &sim);

template<typename T>
T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("widget %s not found", name);
    return w;
}

} // namespace vias::test
