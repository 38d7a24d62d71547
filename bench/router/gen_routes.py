"""Writes src/routes_{10,100,2000}.rs: one route set per size, the same routes declared three
ways (a `chopin::app!`, `matchit` patterns, static paths for a HashMap), and the lookups the
benchmark replays (hits on static routes, hits on `:param`/`*rest` routes, misses), each with
the route it must reach. Deterministic (fixed seeds): run it again and nothing changes.

    python3 gen_routes.py
"""
import os
import random

WORDS = ["users", "posts", "orgs", "teams", "items", "files", "admin", "api", "v1", "v2",
         "stats", "feeds", "tags", "blobs", "repos", "issues", "pulls", "keys", "jobs", "runs"]
SIZES = [10, 100, 2000]
LOOKUPS = 1000
# Share of each kind in the replayed lookups: a realistic mix is mostly hits.
MIX = [("Static", 0.55), ("Param", 0.30), ("Miss", 0.15)]
METHODS = ["GET", "GET", "GET", "GET", "POST", "PUT", "DELETE"]
# chopin::router::method_slot order: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, other.
SLOT = {"GET": 0, "HEAD": 1, "POST": 2, "PUT": 3, "DELETE": 4}


def gen_routes(n, rng):
    """n distinct (method, path) routes; each path position has one parameter name, as app!
    requires (so `/a/:p1` and `/b/:p1/c` share `p1`)."""
    routes, seen, dynamic = [], set(), {}
    while len(routes) < n:
        depth = rng.randint(1, 4)
        segs = []
        for d in range(depth):
            if d > 0 and rng.random() < 0.18:
                segs.append(":p%d" % d)
            else:
                segs.append(rng.choice(WORDS) + str(rng.randint(0, 60)))
        if rng.random() < 0.05:
            segs.append("*rest")
        shapes = [":" if s[0] == ":" else ("*" if s[0] == "*" else s) for s in segs]
        shape = "/".join(shapes)
        method = rng.choice(METHODS)
        if (method, shape) in seen:
            continue
        # matchit refuses a `:param` and a `*rest` at the same position after the same prefix
        # (app! accepts them), so the sets have none: all three routers get the same routes.
        dyn = [(tuple(shapes[:i]), k) for i, k in enumerate(shapes) if k in ":*"]
        if any(dynamic.get(p, k) != k for p, k in dyn):
            continue
        dynamic.update(dyn)
        seen.add((method, shape))
        routes.append((method, "/" + "/".join(segs)))
    return routes


def is_static(path):
    return ":" not in path and "*" not in path


def matchit_pattern(path):
    out = []
    for s in path.split("/"):
        if s.startswith(":"):
            out.append("{%s}" % s[1:])
        elif s.startswith("*"):
            out.append("{*%s}" % s[1:])
        else:
            out.append(s)
    return "/".join(out)


def concrete(path, rng):
    """A request path that reaches `path` and no other route: parameter values start with `x`
    (no static word does), a rest takes six segments (deeper than any route without one)."""
    out = []
    for s in path.split("/"):
        if s.startswith(":"):
            out.append("x%d" % rng.randint(0, 99999))
        elif s.startswith("*"):
            out.append("a/b/c/d/e/f")
        else:
            out.append(s)
    return "/".join(out)


def matches(pattern, path):
    """Whether `path` reaches `pattern` (static segments equal, `:p` a non-empty segment,
    `*rest` a non-empty remainder)."""
    pat, segs = pattern.split("/")[1:], path.split("/")[1:]
    for i, s in enumerate(pat):
        if s.startswith("*"):
            return len(segs) > i and "/".join(segs[i:]) != ""
        if i >= len(segs) or (s.startswith(":") and segs[i] == "") or (s[0] != ":" and s != segs[i]):
            return False
    return len(segs) == len(pat)


def miss(routes, rng):
    """A path no route has: half look like scanner noise, half share a real route's prefix and
    fail on the last segment (which costs a trie router more)."""
    if rng.random() < 0.5:
        return rng.choice(["/favicon.ico", "/robots.txt", "/wp-login.php", "/.env",
                           "/index.html", "/api/v3/health", "/zz/%d" % rng.randint(0, 999)])
    _, p = rng.choice(routes)
    segs = p.split("/")[1:]
    keep = [s for s in segs if s[0] not in ":*"][: rng.randint(1, 3)]
    return "/" + "/".join(keep + ["nosuch%d" % rng.randint(0, 99)])


def write(n):
    # The first seed whose route set has at least a fifth of routes with parameters (a small
    # set could otherwise draw almost none).
    seed = 1000 + n
    while True:
        rng = random.Random(seed)
        routes = gen_routes(n, rng)
        if sum(not is_static(p) for _, p in routes) * 5 >= n:
            break
        seed += 1
    # One endpoint per distinct pattern: its route id for each method slot, like app!'s tables.
    endpoints = {}
    for i, (m, p) in enumerate(routes):
        endpoints.setdefault(p, {})[m] = i
    kinds = {"Static": [i for i, (_, p) in enumerate(routes) if is_static(p)],
             "Param": [i for i, (_, p) in enumerate(routes) if not is_static(p)]}
    assert kinds["Static"] and kinds["Param"], n
    lookups = []
    for kind, share in MIX:
        for _ in range(round(LOOKUPS * share)):
            while True:
                if kind == "Miss":
                    m, path, i = "GET", miss(routes, rng), None
                else:
                    i = rng.choice(kinds[kind])
                    m, path = routes[i][0], concrete(routes[i][1], rng)
                # A hit must reach its own pattern only; a miss none.
                reached = {p for _, p in routes if matches(p, path)}
                if reached == (set() if i is None else {routes[i][1]}):
                    break
            lookups.append((m, path, kind, i))
    rng.shuffle(lookups)

    variant = lambda m: m[0] + m[1:].lower()
    src = ["//! %d routes (%d static, %d with `:param` or `*rest`) and %d lookups, written by" % (
               n, len(kinds["Static"]), len(kinds["Param"]), len(lookups)),
           "//! `gen_routes.py`: do not edit by hand.", "",
           "use chopin::Method;", "", "use crate::{Kind, Lookup, Pattern};", "",
           "fn h() -> &'static str {", '    ""', "}", "",
           "chopin::app! {"]
    src += ['    %s "%s" => h;' % r for r in routes]
    src += ["}", "",
            "/// `App::find`, the generated router.",
            "#[inline]",
            "pub fn chopin(method: Method, path: &str) -> chopin::router::Found {",
            "    App::find(method, path)",
            "}", "",
            "/// Every distinct path pattern: matchit's syntax, whether it is static, and the",
            "/// route id per method slot (`u16::MAX`: none), as app! numbers routes, and `Allow`.",
            "pub static PATTERNS: [Pattern; %d] = [" % len(endpoints)]
    for p, ms in endpoints.items():
        ids = ["u16::MAX"] * 8
        for m, i in ms.items():
            ids[SLOT[m]] = str(i)
        if "HEAD" not in ms and "GET" in ms:
            ids[SLOT["HEAD"]] = ids[SLOT["GET"]]  # app! answers HEAD with GET's route
        allow = ", ".join(m for m in SLOT if ids[SLOT[m]] != "u16::MAX")
        src.append('    Pattern { matchit: "%s", is_static: %s, ids: [%s], allow: "%s" },' % (
            matchit_pattern(p), "true" if is_static(p) else "false", ", ".join(ids), allow))
    src += ["];", "",
            "/// The lookups to replay, in this (shuffled) order, each with the route it reaches.",
            "pub static LOOKUPS: [Lookup; %d] = [" % len(lookups)]
    for m, path, kind, i in lookups:
        want = "None" if i is None else "Some(%d)" % i
        src.append('    Lookup { method: Method::%s, path: "%s", kind: Kind::%s, want: %s },' % (
            variant(m), path, kind, want))
    src += ["];"]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "src", "routes_%d.rs" % n), "w") as f:
        f.write("\n".join(src) + "\n")


for size in SIZES:
    write(size)
