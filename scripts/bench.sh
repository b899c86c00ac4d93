#!/usr/bin/env bash
# One command for every benchmark (issue 10): builds the release preset, runs
# each tests/bench program for 10,000 and 100,000 tasks plus the cold start of
# `vias-console --demo`, then prints one summary table (each figure beside its
# target, met or missed) and writes one JSON file. See docs/PERFORMANCE.md.
#   scripts/bench.sh [--quick] [--out FILE] [--no-build] [--startup-runs N] [--keep]
#     --quick          10,000 tasks only, 3 cold starts (about a minute after the build)
#     --out FILE       JSON file (default build/release/bench-results.json)
#     --no-build       use the binaries already in build/release
#     --startup-runs N cold starts to take the median of (default 5)
#     --keep           keep the work directory (each program's log and JSON lines)
# Exit status: 0 when every benchmark ran (targets missed or not: it is a
# report), 1 when one crashed or printed no result.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0
build=1
keep=0
out=build/release/bench-results.json
startup_runs=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1; startup_runs=3 ;;
    --out) out=$2; shift ;;
    --no-build) build=0 ;;
    --startup-runs) startup_runs=$2; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
  shift
done
[[ "$out" = /* ]] || out=$root/$out

jobs=${VIAS_JOBS:-2}
bin=build/release/tests/bench
targets=(bench_ingest bench_fetchall bench_export bench_charts bench_roi vias-console)
if [[ $build -eq 1 ]]; then
  scripts/deps.sh --bench || exit 1
  export CCACHE_BASEDIR="$root"
  cmake --preset release >/dev/null || exit 1
  echo "bench: building ${targets[*]} (release, -j$jobs)" >&2
  cmake --build build/release -j "$jobs" --target "${targets[@]}" >/dev/null || {
    echo "bench: the build failed; run: cmake --build build/release --target ${targets[*]}" >&2
    exit 1
  }
fi
command -v python3 >/dev/null || { echo "bench: python3 is needed to merge the results (scripts/deps.sh --bench)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/vias-bench.XXXXXX")
if [[ $keep -eq 1 ]]; then
  echo "bench: work directory (kept): $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
if [[ $quick -eq 1 ]]; then counts=(10000); else counts=(10000 100000); fi

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
seconds_since() { local ms=$((($(date +%s%N) - $1) / 1000000)); printf '%d.%03d' $((ms / 1000)) $((ms % 1000)); }
python3 - "$work/machine.json" "$quick" "$(loadavg)" <<'EOF'
import json, os, platform, subprocess, sys, datetime
def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return "?"
cpu = "?"
try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except Exception:
    pass
mem = "?"
try:
    mem = next(l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal"))
except Exception:
    pass
dirty = run("git", "status", "--porcelain", "--untracked-files=no")
json.dump({"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
           "commit": run("git", "rev-parse", "--short", "HEAD") + (" (modified)" if dirty not in ("", "?") else ""),
           "branch": run("git", "rev-parse", "--abbrev-ref", "HEAD"),
           "nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release(),
           "qt": run("qtpaths6", "--qt-version"), "quick": sys.argv[2] == "1",
           "loadavg_start": sys.argv[3]}, open(sys.argv[1], "w"), indent=1)
EOF

# run NAME COMMAND...: output to the terminal and $work/NAME.log, tables to
# $work/NAME.jsonl, status and wall time to runs.tsv.
run() {
  local name=$1; shift
  echo "bench: $name: $*  (load $(loadavg))" >&2
  local start=$(date +%s%N)
  VIAS_BENCH_JSON="$work/$name.jsonl" "$@" 2>&1 | tee "$work/$name.log"
  local status=${PIPESTATUS[0]}
  printf '%s\t%s\t%s\n' "$name" "$status" "$(seconds_since "$start")" >>"$work/runs.tsv"
  [[ $status -eq 0 || $status -eq 2 ]] || echo "bench: $name exited with status $status" >&2
}

export QT_QPA_PLATFORM=offscreen
ingest_args=()
for n in "${counts[@]}"; do ingest_args+=(--tasks "$n"); done
run ingest "$bin/bench_ingest" "${ingest_args[@]}"
for n in "${counts[@]}"; do
  run "fetchall-$n" "$bin/bench_fetchall" --tasks "$n" --server sim --sink model --latency 0,20
done
for n in "${counts[@]}"; do
  run "export-$n" "$bin/bench_export" "$n"
done
for n in "${counts[@]}"; do
  run "charts-$n" "$bin/bench_charts" --tasks "$n"
done
run roi "$bin/bench_roi"

# Cold start: a fresh settings directory each time (first start, no profile),
# secrets in memory (no keychain round trip), the built-in demo (5,000 tasks).
echo "bench: startup: vias-console --demo --startup-benchmark x$startup_runs  (load $(loadavg))" >&2
start=$(date +%s%N)
status=0
for ((i = 1; i <= startup_runs; ++i)); do
  config=$(mktemp -d "$work/config.XXXXXX")
  XDG_CONFIG_HOME=$config VIAS_SECRET_BACKEND=session \
    timeout 60 build/release/app/vias-console --demo --startup-benchmark 2>>"$work/startup.log" \
    | tee -a "$work/startup.txt"
  s=${PIPESTATUS[0]}
  [[ $s -eq 0 ]] || status=$s
done
printf '%s\t%s\t%s\n' startup "$status" "$(seconds_since "$start")" >>"$work/runs.tsv"

python3 - "$work/machine.json" "$(loadavg)" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1])); m["loadavg_end"] = sys.argv[2]
json.dump(m, open(sys.argv[1], "w"), indent=1)
EOF
python3 scripts/benchreport.py "$work" "$out"
