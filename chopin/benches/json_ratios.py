#!/usr/bin/env python3
"""Ratios of the last `cargo bench -p chopin --bench json` run, from criterion's raw samples.

For each case and mode: the fastest sample (per-iteration time of the quickest batch, the
estimate least disturbed by other load on a shared machine) and the median sample, with
serde_json's and sonic-rs's time divided by chopin's (> 1: chopin is faster).

usage: python3 chopin/benches/json_ratios.py   (reads $CARGO_TARGET_DIR or ./target)
"""
import json
import os
import statistics

base = os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "criterion")
cases = ["a_message", "b_users_100", "c_escaped_strings"]
libs = ["chopin", "serde_json", "sonic_rs"]

print("| case | mode | chopin (fastest / median) | serde_json | sonic_rs | serde_json ÷ chopin | sonic_rs ÷ chopin |")
print("|---|---|---|---|---|---|---|")
for case in cases:
    for mode in ["buffer", "to_vec"]:
        t = {}
        for lib in libs:
            with open(os.path.join(base, case, mode, lib, "new", "sample.json")) as f:
                d = json.load(f)
            per = [time / iters for time, iters in zip(d["times"], d["iters"])]
            t[lib] = (min(per), statistics.median(per))

        def fmt(ns):
            return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.1f} ns"

        cells = [f"{fmt(t[l][0])} / {fmt(t[l][1])}" for l in libs]
        ratios = [f"{t[l][0] / t['chopin'][0]:.2f} / {t[l][1] / t['chopin'][1]:.2f}" for l in ["serde_json", "sonic_rs"]]
        print(f"| {case} | {mode} | " + " | ".join(cells + ratios) + " |")
