#!/usr/bin/env python3
"""Turns one bench/run into files: raw.csv (every wrk run), summary.csv (medians and ratios to
the best peer, with the counters), counters.csv, results.md and chart.svg (chart.py), plus
meta.json. Standard library only.

usage: report.py RESULTS_DIR   (re-renders results.md and chart.svg from the CSV and meta.json)
"""
import csv
import json
import math
import os
import statistics
import sys

import chart

RAW_FIELDS = ["server", "test", "repeat", "conns", "rps", "requests", "errors", "lat_p50_ms", "lat_p99_ms",
              "lat_max_ms", "cpu_s", "cpu_us_per_req", "command"]
SUM_FIELDS = ["server", "test", "runs", "rps", "rps_ratio", "cpu_us_per_req", "cpu_ratio", "lat_p50_ms", "lat_p99_ms",
              "lat_max_ms", "errors", "instr_per_req", "instr_ratio", "syscalls_per_req", "syscalls_ratio"]
CNT_FIELDS = ["server", "test", "n1", "n2", "instr_per_req", "syscalls_per_req"]
NAN = float("nan")


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return NAN


def med(values):
    v = [x for x in values if not math.isnan(x)]
    return statistics.median(v) if v else NAN


def summarise(raw, cnt, servers, tests):
    """One row per server and test: medians, counters, and ratios to the best peer."""
    rows = []
    for s in servers:
        for t in tests:
            runs = [r for r in raw if r["server"] == s and r["test"] == t]
            c = next((r for r in cnt if r["server"] == s and r["test"] == t), None)
            if not runs and not c:
                continue
            rows.append({
                "server": s, "test": t, "runs": len(runs),
                "rps": med([num(r["rps"]) for r in runs]),
                "cpu_us_per_req": med([num(r["cpu_us_per_req"]) for r in runs]),
                "lat_p50_ms": med([num(r["lat_p50_ms"]) for r in runs]),
                "lat_p99_ms": med([num(r["lat_p99_ms"]) for r in runs]),
                "lat_max_ms": med([num(r["lat_max_ms"]) for r in runs]),
                "errors": sum(int(num(r["errors"])) for r in runs) if runs else NAN,
                "instr_per_req": num(c["instr_per_req"]) if c else NAN,
                "syscalls_per_req": num(c["syscalls_per_req"]) if c else NAN,
            })
    # Ratio to the best peer (Chopin is never its own reference): higher is better for req/s,
    # lower for the costs; a ratio > 1 for req/s and < 1 for the costs means better than the best peer.
    for t in tests:
        peers = [r for r in rows if r["test"] == t and r["server"] != "chopin"]
        for key, ratio, best in (("rps", "rps_ratio", max), ("cpu_us_per_req", "cpu_ratio", min),
                                 ("instr_per_req", "instr_ratio", min), ("syscalls_per_req", "syscalls_ratio", min)):
            vals = [r[key] for r in peers if not math.isnan(r[key]) and r[key] > 0]
            ref = best(vals) if vals else NAN
            for r in rows:
                if r["test"] == t:
                    r[ratio] = r[key] / ref if ref and not math.isnan(ref) and not math.isnan(r[key]) else NAN
    return rows


def fmt(x, digits=0):
    if isinstance(x, float) and math.isnan(x):
        return "—"
    if digits == 0:
        return f"{x:,.0f}"
    return f"{x:,.{digits}f}"


def cell(r, key, ratio, digits):
    if r is None or math.isnan(r[key]):
        return "—"
    rt = r.get(ratio, NAN)
    return fmt(r[key], digits) + ("" if math.isnan(rt) else f" ({rt:.2f}×)")


def grid(rows, servers, present, render, bold_chopin):
    """One row per server that has results, one column per test in `present`; `render` turns
    a summary row (or None) into a cell."""
    out = ["| server | " + " | ".join(present) + " |", "|---|" + "---:|" * len(present)]
    for s in servers:
        if not any(r["server"] == s for r in rows):
            continue
        cells = [render(next((x for x in rows if x["server"] == s and x["test"] == t), None)) for t in present]
        name = f"**{s}**" if bold_chopin and s == "chopin" else s
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def table(rows, servers, tests, key, ratio, digits):
    present = [t for t in tests if any(r["test"] == t and not math.isnan(r[key]) for r in rows)]
    if not present:
        return "(not measured)\n"
    render = (lambda r: cell(r, key, ratio, digits)) if ratio else (lambda r: fmt(r[key], digits) if r else "—")
    return grid(rows, servers, present, render, bold_chopin=True)


def latency_table(rows, servers, tests):
    present = [t for t in tests if any(r["test"] == t and r["runs"] for r in rows)]
    if not present:
        return "(not measured)\n"

    def render(r):
        if r is None or not r["runs"]:
            return "—"
        return (f"{fmt(r['lat_p50_ms'], 2)} / {fmt(r['lat_p99_ms'], 2)} / {fmt(r['lat_max_ms'], 1)}"
                + (f" · {int(r['errors'])} err" if r["errors"] else ""))

    return grid(rows, servers, present, render, bold_chopin=False)


def markdown(rows, meta):
    servers, tests = meta["servers"], meta["tests"]
    m, v = meta["machine"], meta["versions"]
    lines = [f"# TechEmpower tests: Chopin and its peers, {meta['date']}", ""]
    lines += [f"Command: `{meta['command']}`", ""]
    lines += [f"Machine: {m['nproc']} cores, {m['cpu']}, Linux {m['kernel']} "
              f"(load average before the run: {' '.join(m.get('load_before', []))}). Mode: {meta['mode']}.", ""]
    lines += [f"wrk: {meta['conns']} connections, {meta['warmup']} s warm-up then {meta['duration']} s per run; "
              f"plaintext pipelined 16 deep; {meta['repeats']} interleaved repeats"
              + (f" for {', '.join(meta['repeat_only'])} (the other tests once)" if meta["repeat_only"] else "")
              + "; figures are medians. Counters: marginal cost between "
              f"{meta['counter_n'][0]:,} and {meta['counter_n'][1]:,} requests on one keep-alive connection"
              + (f" ({meta['counter_n_db'][0]:,} and {meta['counter_n_db'][1]:,} for the database tests)"
                 if tuple(meta["counter_n_db"]) != tuple(meta["counter_n"]) else "")
              + ", PostgreSQL outside valgrind and strace.", ""]
    def version(k, val):
        val = val.split(" Copyright")[0]
        return val if val.lower().startswith(k.lower() + " ") else f"{k} {val}"

    lines += ["Versions: " + ", ".join(version(k, val) for k, val in v.items()), ""]
    lines += ["Tests: `plaintext` `/plaintext`; `json` `/json`; `db` `/db`; `queries-1`/`queries-20` `/queries?q=1`/`?q=20`; "
              "`fortunes` `/fortunes`; `updates-20` `/updates?q=20`; `cached-20` `/cached-queries?q=20`.", ""]
    if meta["notes"]:
        lines += ["Notes:", ""] + [f"- {s}: {n}" for s, n in meta["notes"].items()] + [""]
    lines += ["Ratios in parentheses are to the best peer in this run (Chopin excluded from the reference): "
              "above 1× is faster for requests/s; below 1× is cheaper for the costs.", ""]
    lines += ["## Chopin against the best peer of each test", "", chopin_vs_best(rows, tests)]
    lines += ["## Requests per second (median)", "", table(rows, servers, tests, "rps", "rps_ratio", 0)]
    lines += ["## Server CPU time per request, µs (utime+stime from /proc, median)", "",
              table(rows, servers, tests, "cpu_us_per_req", "cpu_ratio", 2)]
    lines += ["## User-space instructions per request (callgrind)", "",
              table(rows, servers, tests, "instr_per_req", "instr_ratio", 0)]
    lines += ["## Syscalls per request (strace -f -c)", "",
              table(rows, servers, tests, "syscalls_per_req", "syscalls_ratio", 2)]
    lines += ["## Latency p50 / p99 / max, ms (median of runs), and wrk errors", "", latency_table(rows, servers, tests),
              "Each column is the median over the runs on its own, so a p99 can exceed the max shown. wrk 4.1 often reports "
              "a 99th percentile of 0 for pipelined runs; those runs are left out of the p99 median (— when none is left).", ""]
    lines += ["![throughput and CPU per request](chart.svg)", ""]
    val = meta.get("validation", {})
    if val:
        lines += ["## Validation (bench/validate.py)", ""]
        for s, res in val.items():
            bad = {t: f for t, f in res.items() if f}
            lines.append(f"- {s}: " + ("passed " + ", ".join(res) if not bad else
                                       "FAILED " + "; ".join(f"{t}: {f[0]}" for t, f in bad.items())))
        lines.append("")
    lines += ["Files: raw.csv (every run), summary.csv, counters.csv, meta.json, logs/.", ""]
    return "\n".join(lines)


def chopin_vs_best(rows, tests):
    """One line per test: Chopin's figure, the best peer's (named) and the ratio, for each metric."""
    metrics = (("rps", max, "req/s", 0), ("cpu_us_per_req", min, "CPU µs/req", 2),
               ("instr_per_req", min, "instr/req", 0), ("syscalls_per_req", min, "syscalls/req", 2))
    head = "| test | " + " | ".join(f"{label}: Chopin · best peer · ratio" for _, _, label, _ in metrics) + " |"
    out = [head, "|---|" + "---|" * len(metrics)]
    for t in tests:
        ch = next((r for r in rows if r["test"] == t and r["server"] == "chopin"), None)
        if ch is None:
            continue
        cells = []
        for key, best, _, digits in metrics:
            peers = [r for r in rows if r["test"] == t and r["server"] != "chopin" and not math.isnan(r[key])]
            if math.isnan(ch[key]) or not peers:
                cells.append("—")
                continue
            b = best(peers, key=lambda r: r[key])
            cells.append(f"{fmt(ch[key], digits)} · {fmt(b[key], digits)} {b['server']} · **{ch[key] / b[key]:.2f}×**")
        out.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def write_csv(path, fields, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: (f"{r[k]:.4f}" if isinstance(r.get(k), float) and not math.isnan(r[k]) else
                            "" if isinstance(r.get(k), float) else r.get(k, "")) for k in fields})


def read_csv(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return list(csv.DictReader(f))


def write(out, raw, cnt, meta):
    write_csv(os.path.join(out, "raw.csv"), RAW_FIELDS, raw)
    write_csv(os.path.join(out, "counters.csv"), CNT_FIELDS, cnt)
    with open(os.path.join(out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)
    render(out)


def render(out):
    meta = json.load(open(os.path.join(out, "meta.json")))
    raw = read_csv(os.path.join(out, "raw.csv"))
    cnt = read_csv(os.path.join(out, "counters.csv"))
    rows = summarise(raw, cnt, meta["servers"], meta["tests"])
    write_csv(os.path.join(out, "summary.csv"), SUM_FIELDS, rows)
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(markdown(rows, meta))
    with open(os.path.join(out, "chart.svg"), "w") as f:
        f.write(chart.svg(rows, meta))


if __name__ == "__main__":
    render(sys.argv[1])
