// Advice to back large, freshly allocated buffers with transparent huge pages.
#pragma once

#include <QtGlobal>

namespace vias {

// A large block about to be written from end to end (a page's task array,
// the search index's text) is better backed by 2 MiB pages: a few dozen page
// faults instead of thousands, which on a virtual machine cost several
// microseconds each. Advice only: blocks under 4 MiB and systems without
// transparent huge pages are left as they are.
void adviseHugePages(void *block, qsizetype bytes);

} // namespace vias
