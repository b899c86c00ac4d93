#include "models/hugepages.h"

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace vias {

void adviseHugePages(void *block, qsizetype bytes)
{
#if defined(MADV_HUGEPAGE)
    constexpr qsizetype kHuge = 2 * 1024 * 1024;
    if (!block || bytes < 2 * kHuge)
        return;
    // Only the 2 MiB-aligned part inside the block: the advice covers whole
    // pages, and the neighbours belong to other allocations.
    const auto begin = (quintptr(block) + kHuge - 1) & ~quintptr(kHuge - 1);
    const auto end = (quintptr(block) + quintptr(bytes)) & ~quintptr(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(block);
    Q_UNUSED(bytes);
#endif
}

} // namespace vias
