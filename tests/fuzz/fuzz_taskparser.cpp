// libFuzzer target: the task list parser and the single-task parser must never
// crash, hang or grow without bound, whatever the bytes.
#include "models/taskparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = vias::parseTaskList(body, /*parallelThreshold=*/0);
    if (list.ok()) {
        for (const vias::Task &task : list.value->tasks) {
            for (const vias::TaskWarning &w : task.warnings)
                (void)w.text();
        }
    }
    (void)vias::parseTaskBody(body);
    return 0;
}
