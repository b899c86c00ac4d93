#!/usr/bin/env bash
# Builds vias-console with its tests and runs every suite through CTest.
#   scripts/test.sh              debug build, all tests
#   scripts/test.sh --asan       unit and integration suites under AddressSanitizer + UBSan
#   scripts/test.sh --fuzz [S]   builds the libFuzzer targets (clang) and runs each for S seconds (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when present) shares objects between clones of the repository.
export CCACHE_BASEDIR="$PWD"
scripts/deps.sh --test

jobs=${VIAS_JOBS:-2}
case "${1:-}" in
  --asan)
    # Sanitizers over the unit and integration suites (the GUI suite runs in
    # the plain build; under ASan it mostly measures Qt's own start-up).
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ASAN_OPTIONS=detect_leaks=0 ctest --preset asan -j "$jobs" -L "unit|integration"
    exit 0 ;;
  --fuzz)
    seconds=${2:-30}
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$jobs"
    for f in taskparser roi; do
      corpus=build/fuzz/corpus-$f
      mkdir -p "$corpus"
      cp tests/data/*.json "$corpus"/ 2>/dev/null || true
      echo "fuzz: $f for ${seconds}s"
      build/fuzz/tests/fuzz/fuzz_$f -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    done
    exit 0 ;;
  *)
    preset=debug ;;
esac

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs"
