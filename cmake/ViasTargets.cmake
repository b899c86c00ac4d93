# Shared compile settings and helpers for every vias target.

# One INTERFACE target carries the language level, warnings and strict Qt
# defines; every library, executable and test links it.
add_library(vias_settings INTERFACE)
target_compile_features(vias_settings INTERFACE cxx_std_20)
target_compile_options(vias_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor
        -Wno-missing-field-initializers>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>)
target_compile_definitions(vias_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    VIAS_VERSION="${PROJECT_VERSION}")
target_include_directories(vias_settings INTERFACE ${PROJECT_SOURCE_DIR})

# vias_layer_library(NAME DIRS dir... [EXCLUDE regex]): a static library from
# every .cpp/.h in the given folders (non-recursive), so adding a file to a
# layer needs no CMake edit.
function(vias_layer_library name)
    cmake_parse_arguments(ARG "" "EXCLUDE" "DIRS" ${ARGN})
    set(sources)
    foreach(dir IN LISTS ARG_DIRS)
        file(GLOB found CONFIGURE_DEPENDS
             ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.h)
        list(APPEND sources ${found})
    endforeach()
    if(ARG_EXCLUDE)
        list(FILTER sources EXCLUDE REGEX "${ARG_EXCLUDE}")
    endif()
    add_library(${name} STATIC ${sources})
    target_link_libraries(${name} PUBLIC vias_settings)
endfunction()
