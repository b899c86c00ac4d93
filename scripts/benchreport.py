#!/usr/bin/env python3
"""Merges the benchmark outputs of scripts/bench.sh into one table and one JSON file.

Inputs (a work directory):
  *.jsonl        one table per line, appended by the bench_* programs
                 (ResultTable, tests/bench/benchsupport.cpp, via $VIAS_BENCH_JSON)
  runs.tsv       one line per program run: name, exit status, wall seconds
  startup.txt    the lines `vias-console --startup-benchmark` printed
  machine.json   nproc, load averages, date, git commit, ... (written by bench.sh)

Output: the summary table on stdout (every figure that has a target, beside
it, met or missed, plus a few figures without a target that explain the
others) and the JSON file with everything: machine, runs, summary, tables.
Exit status 0, or 1 when a run crashed or produced no table.
"""
import json
import pathlib
import re
import statistics
import sys

# Figures without a target that still belong in the summary.
INFORMATIVE = re.compile(
    r"^(list response size|parse|rows into model \+ proxy|memory per task|wall time|throughput|"
    r"ideal .*|  of which CPU.*|longest CPU stretch.*|idle event-loop gap.*|runs .*|of which before.*)$")

ALWAYS = {"bench_export", "bench_charts", "bench_roi"}

# Summary order: the order (ingest and the table, fetch all, export,
# charts, ROI, cold start), then anything else.
ORDER = ["ingest", "fetchall", "export", "charts", "roi", "startup"]


def order_key(table):
    prefix = table["file"].split("-")[0]
    return (ORDER.index(prefix) if prefix in ORDER else len(ORDER), task_count(table["title"]) or 0)


def load_tables(work):
    tables = []
    for path in sorted(work.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                table = json.loads(line)
                table["file"] = path.stem
                tables.append(table)
    return tables


def load_runs(work):
    runs = []
    tsv = work / "runs.tsv"
    if tsv.exists():
        for line in tsv.read_text().splitlines():
            name, status, seconds = line.split("\t")
            runs.append({"name": name, "status": int(status), "seconds": float(seconds)})
    return runs


def startup_table(work):
    """The cold-start runs as one table in the same shape as the programs' tables."""
    path = work / "startup.txt"
    if not path.exists():
        return None
    runs = []
    for line in path.read_text().splitlines():
        m = re.search(r"first_rows_ms=([0-9.]+) main_ms=([0-9.]+) before_main_ms=([0-9.]+) rows=(\d+)",
                      line)
        if m:
            runs.append({"first_rows_ms": float(m.group(1)), "main_ms": float(m.group(2)),
                         "before_main_ms": float(m.group(3)), "rows": int(m.group(4))})
    if not runs:
        return None
    med = statistics.median(r["first_rows_ms"] for r in runs)
    rows = [
        {"name": "cold start to first rows, median", "value": f"{med:.0f} ms", "number": med,
         "unit": "ms", "target": "< 1000 ms", "ok": med < 1000},
        {"name": "runs (first rows ms)",
         "value": ", ".join(f"{r['first_rows_ms']:.0f}" for r in runs)},
        {"name": "of which before main(), median",
         "value": f"{statistics.median(r['before_main_ms'] for r in runs):.0f} ms"},
    ]
    return {"bench": "vias-console --startup-benchmark", "file": "startup",
            "title": f"cold start: vias-console --demo (offscreen), {len(runs)} runs",
            "rows": rows, "runs": runs}


def task_count(title):
    m = re.search(r"(\d[\d,]*) tasks", title)
    return int(m.group(1).replace(",", "")) if m else None


def main():
    work = pathlib.Path(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    tables = load_tables(work)
    startup = startup_table(work)
    if startup:
        tables.append(startup)
    runs = load_runs(work)
    machine = json.loads((work / "machine.json").read_text()) if (work / "machine.json").exists() else {}

    tables.sort(key=order_key)
    summary = []
    for t in tables:
        for r in t["rows"]:
            # Export, charts and ROI tables are all main figures (below
            # 100,000 tasks they have no target but belong in the summary).
            if "target" in r or INFORMATIVE.match(r["name"]) or t["bench"] in ALWAYS:
                summary.append({"bench": t["bench"], "title": t["title"], "tasks": task_count(t["title"]),
                                "name": r["name"], "value": r["value"], "number": r.get("number"),
                                "unit": r.get("unit"), "target": r.get("target", ""), "ok": r.get("ok")})

    crashed = [r for r in runs if r["status"] not in (0, 2)]
    silent = [r for r in runs if r["status"] in (0, 2) and not any(t["file"] == r["name"] for t in tables)]
    met = sum(1 for s in summary if s["ok"] is True)
    missed = [s for s in summary if s["ok"] is False]

    result = {"machine": machine, "runs": runs, "summary": summary, "tables": tables,
              "targets": {"met": met, "missed": len(missed)},
              "failed_runs": [r["name"] for r in crashed + silent]}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    # The summary table: grouped by the table it came from.
    def cell(s, w):
        return s.ljust(w)  # longer values overflow rather than lose text
    wn = max([len(s["name"]) for s in summary] + [7])
    wv = min(48, max([len(s["value"]) for s in summary] + [5]))
    wt = max([len(s["target"]) for s in summary] + [6])
    print()
    print("# Benchmark summary")
    print(f"machine: {machine.get('nproc', '?')} cores, load {machine.get('loadavg_start', '?')} at start, "
          f"{machine.get('loadavg_end', '?')} at end; {machine.get('date', '?')}; "
          f"commit {machine.get('commit', '?')}")
    title = None
    for s in summary:
        if s["title"] != title:
            title = s["title"]
            print(f"\n[{s['bench']}] {title}")
            print(f"  {cell('measure', wn)} | {cell('value', wv)} | {cell('target', wt)} | met")
            print(f"  {'-' * wn}-|-{'-' * wv}-|-{'-' * wt}-|----")
        ok = "" if s["ok"] is None else ("yes" if s["ok"] else "NO")
        print(f"  {cell(s['name'], wn)} | {cell(s['value'], wv)} | {cell(s['target'], wt)} | {ok}")
    print()
    print(f"targets met: {met}, missed: {len(missed)}")
    for s in missed:
        tasks = f" ({s['tasks']:,} tasks)" if s["tasks"] else ""
        print(f"  missed: {s['name']}{tasks}: {s['value']} (target {s['target']})")
    for r in crashed:
        print(f"FAILED: {r['name']} exited with status {r['status']}")
    for r in silent:
        print(f"FAILED: {r['name']} printed no result table")
    print(f"JSON: {out}")
    return 1 if crashed or silent else 0


if __name__ == "__main__":
    sys.exit(main())
