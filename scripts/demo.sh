#!/usr/bin/env bash
# Builds vias-console (release) and launches it on the built-in demo: a local
# VIAS simulator with realistic tasks, no cloud account needed.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when present) shares objects between clones of the repository.
export CCACHE_BASEDIR="$PWD"
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "${VIAS_JOBS:-2}"
exec build/release/app/vias-console --demo "$@"
