// A minimal, non-recursive scanner that walks the top level of a list
// response and returns byte ranges: the value of each top-level key and each
// element of the "tasks" array. It checks only the outer structure; each
// element is parsed (and so validated) separately. Never recurses, so deep
// nesting cannot overflow the stack.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace vias {

struct ByteRange
{
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last byte
    qsizetype size() const { return end - begin; }
};

struct ListScan
{
    bool ok = false;
    QString error; // untranslated detail when !ok
    qsizetype errorOffset = -1;
    bool hasTasks = false;
    bool tasksIsArray = false;
    bool hasCount = false;
    ByteRange countValue;
    QList<ByteRange> taskElements;
};

// Scans `{"count": N, "tasks": [ ... ], ...}`. A UTF-8 BOM and surrounding
// white space are allowed.
ListScan scanTaskList(QByteArrayView body);

} // namespace vias
