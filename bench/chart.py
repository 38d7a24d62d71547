#!/usr/bin/env python3
"""Draws bench/run's chart as SVG with the standard library only: one small panel per test, in
two rows, requests per second (longer is better) and server CPU time per request (shorter is
better), one bar per server, Chopin highlighted. report.py calls `svg(rows, meta)`.
"""
import math
from xml.sax.saxutils import escape

COLOURS = {"chopin": "#d9480f", "hyper": "#1c7ed6", "axum": "#37b24d", "actix-web": "#7048e8",
           "may-minihttp": "#f59f00", "xitca-web": "#0c8599", "ntex": "#868e96"}
PANEL_W, BAR_H, GAP, LABEL_W, TOP, COLS = 200, 16, 4, 86, 64, 4


def short(x):
    if x >= 1e6:
        return f"{x / 1e6:.2f}M"
    if x >= 1e4:
        return f"{x / 1e3:.0f}k"
    if x >= 1e3:
        return f"{x / 1e3:.1f}k"
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def svg(rows, meta):
    servers = [s for s in meta["servers"] if any(r["server"] == s for r in rows)]
    tests = [t for t in meta["tests"] if any(r["test"] == t and r["runs"] for r in rows)]
    metrics = [("rps", "requests/s (longer is better)"), ("cpu_us_per_req", "server CPU µs per request (shorter is better)")]
    panel_h = len(servers) * (BAR_H + GAP) + 34
    cols = min(COLS, max(1, len(tests)))
    grid_rows = math.ceil(len(tests) / cols) if tests else 1
    width = LABEL_W + cols * PANEL_W + 20
    height = TOP + len(metrics) * (grid_rows * panel_h + 26) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="20" font-size="15" font-weight="bold">TechEmpower tests, Chopin and its peers — '
           f'{escape(meta["date"])}</text>',
           f'<text x="10" y="38" fill="#555">{escape(meta["mode"])}; {meta["machine"]["nproc"]} cores, '
           f'{escape(meta["machine"]["cpu"])}; medians of up to {meta["repeats"]} runs; "—" = not run</text>']
    if not tests:
        out.append('<text x="10" y="70">no wall-clock runs in this result</text></svg>')
        return "\n".join(out)
    y0 = TOP
    for key, title in metrics:
        out.append(f'<text x="10" y="{y0 + 4}" font-size="13" font-weight="bold">{escape(title)}</text>')
        for g in range(grid_rows):
            for i, s in enumerate(servers):
                y = y0 + g * panel_h + 24 + i * (BAR_H + GAP)
                weight = ' font-weight="bold"' if s == "chopin" else ""
                out.append(f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 4}" text-anchor="end"{weight}>{escape(s)}</text>')
        for j, t in enumerate(tests):
            x0 = LABEL_W + (j % cols) * PANEL_W
            py = y0 + (j // cols) * panel_h
            vals = {r["server"]: r[key] for r in rows if r["test"] == t and r["runs"] and not math.isnan(r[key])}
            top = max(vals.values()) if vals else 1.0
            out.append(f'<text x="{x0 + 4}" y="{py + 18}" fill="#333">{escape(t)}</text>')
            out.append(f'<line x1="{x0}" y1="{py + 22}" x2="{x0}" y2="{py + panel_h - 8}" stroke="#ccc"/>')
            for i, s in enumerate(servers):
                y = py + 24 + i * (BAR_H + GAP)
                if s not in vals:
                    out.append(f'<text x="{x0 + 4}" y="{y + BAR_H - 4}" fill="#999">—</text>')
                    continue
                w = max(1.0, (PANEL_W - 56) * vals[s] / top) if top > 0 else 1.0
                out.append(f'<rect x="{x0}" y="{y}" width="{w:.1f}" height="{BAR_H}" fill="{COLOURS.get(s, "#999")}"/>')
                out.append(f'<text x="{x0 + w + 3:.1f}" y="{y + BAR_H - 4}">{short(vals[s])}</text>')
        y0 += grid_rows * panel_h + 26
    out.append(f'<text x="10" y="{height - 10}" fill="#777">bench/run — {escape(meta["command"])}</text>')
    out.append("</svg>")
    return "\n".join(out)
