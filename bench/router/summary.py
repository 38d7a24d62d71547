"""Prints the lookup benchmark as ns per lookup and ratios, from criterion's estimates of the
last `cargo bench` run.

    python3 summary.py [TARGET_DIR]     # default: $CARGO_TARGET_DIR, else ./target
"""
import json
import os
import sys

target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target")
root = os.path.join(target, "criterion")
ROUTERS = ["chopin", "matchit", "hashmap"]
KINDS = ["mix", "static", "param", "miss"]
# Lookups per list, read from the routes_*.rs the benchmark compiled.
here = os.path.dirname(os.path.abspath(__file__))


def counts(size):
    text = open(os.path.join(here, "src", "routes_%d.rs" % size)).read()
    per = {k: text.count("kind: Kind::%s" % k.capitalize()) for k in KINDS[1:]}
    per["mix"] = sum(per.values())
    return per


def ns(size, kind, router, stat):
    """ns per lookup: criterion's median estimate, or the fastest of its samples (the one
    least disturbed by other processes on a shared machine)."""
    d = os.path.join(root, "r%d_%s" % (size, kind), router, "new")
    if stat == "median":
        with open(os.path.join(d, "estimates.json")) as f:
            t = json.load(f)["median"]["point_estimate"]
    else:
        with open(os.path.join(d, "sample.json")) as f:
            s = json.load(f)
        t = min(t / n for t, n in zip(s["times"], s["iters"]))
    return t / counts(size)[kind]


for stat in ["median", "fastest"]:
    print("\n%s, ns per lookup\n" % ("criterion's median" if stat == "median" else "fastest sample"))
    print("| routes | lookups | chopin | matchit | HashMap | matchit / chopin | HashMap / chopin |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for size in [10, 100, 2000]:
        for kind in KINDS:
            c, m, h = (ns(size, kind, r, stat) for r in ROUTERS)
            label = kind + (" (HashMap: 404)" if kind == "param" else "")
            print("| %d | %s | %.1f | %.1f | %.1f | %.2f | %.2f |" % (size, label, c, m, h, m / c, h / c))
