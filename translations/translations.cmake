# Translations: the catalogues under translations/ are compiled by lrelease
# and embedded as :/i18n/vias_<lang>.qm into the target given to
# vias_add_translations() (the vias_console library, so the console, the
# screenshot tool and the GUI tests all carry them).
#
# `cmake --build build/debug --target update_translations` rescans every
# source of models/, api/, ui/ and app/ with lupdate and rewrites the .ts
# files (no line numbers, obsolete entries dropped); then translate the new
# entries and run unit/tst_translations. See docs/TRANSLATIONS.md.

set(VIAS_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/vias_en.ts
    ${PROJECT_SOURCE_DIR}/translations/vias_zh_CN.ts)

# The folders lupdate scans; tst_translations scans the same ones.
set(VIAS_TRANSLATED_DIRS models api ui app)

function(vias_add_translations target)
    set(globs)
    foreach(dir IN LISTS VIAS_TRANSLATED_DIRS)
        list(APPEND globs ${PROJECT_SOURCE_DIR}/${dir}/*.cpp ${PROJECT_SOURCE_DIR}/${dir}/*.h)
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
    list(SORT sources)
    qt_add_translations(${target}
        TS_FILES ${VIAS_TS_FILES}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
        LUPDATE_OPTIONS -no-obsolete -locations none
        RESOURCE_PREFIX /i18n)
endfunction()
