#!/usr/bin/env python3
"""Checks a server's answers against the TechEmpower Framework Benchmarks rules before bench/run
measures it: status, body shape, Content-Type, Content-Length (no chunking), Server and Date
headers, query counts clamped to 1..500 (missing or invalid → 1), the fortunes page (the added
fortune, HTML escaping, sort order, the exact rows of the table) and that updates reach the
database. Standard library only; loopback only.

usage: validate.py HOST:PORT [--tests plaintext,json,...] [--database-url URL]
Exits 1 and prints every failed check when a test fails.
"""
import argparse
import email.utils
import html
import http.client
import json
import re
import subprocess
import sys
import time

TESTS = ["plaintext", "json", "db", "queries", "fortunes", "updates", "cached-queries"]
ADDED = "Additional fortune added at request time."
LOOPBACK = ("127.0.0.1", "localhost", "::1")
# (query string, expected count); None = no query string.
COUNT_CASES = [(None, 1), ("q=", 1), ("q=foo", 1), ("q=0", 1), ("q=-5", 1), ("q=1", 1), ("q=7", 7),
               ("q=20", 20), ("q=500", 500), ("q=501", 500), ("q=100000", 500)]


class Checks:
    """Collects failed checks of one test; `ok` is False once any failed."""

    def __init__(self, test):
        self.test = test
        self.failed = []

    def check(self, cond, what):
        if not cond:
            self.failed.append(what)
        return cond

    @property
    def ok(self):
        return not self.failed


def get(host, port, target):
    """GET over a fresh connection: (status, {lower-case header: [values]}, body bytes)."""
    conn = http.client.HTTPConnection(host, port, timeout=20)
    try:
        conn.request("GET", target, headers={"Host": f"{host}:{port}", "Accept": "*/*"})
        r = conn.getresponse()
        headers = {}
        for k, v in r.getheaders():
            headers.setdefault(k.lower(), []).append(v)
        return r.status, headers, r.read()
    finally:
        conn.close()


def check_common(c, target, status, headers, body, ctype):
    """The rules every response follows."""
    c.check(status == 200, f"{target}: status {status}, expected 200")
    ct = headers.get("content-type", [""])[0].lower().replace(" ", "")
    c.check(ct.split(";")[0] == ctype, f"{target}: Content-Type {headers.get('content-type')}, expected {ctype}")
    if ctype == "text/html":
        c.check("charset=utf-8" in ct, f"{target}: Content-Type {headers.get('content-type')} lacks charset=utf-8")
    cl = headers.get("content-length")
    if c.check(cl is not None and len(cl) == 1, f"{target}: expected one Content-Length header, got {cl}"):
        c.check(cl[0].strip().isdigit() and int(cl[0]) == len(body),
                f"{target}: Content-Length {cl[0]} but body has {len(body)} bytes")
    c.check("transfer-encoding" not in headers, f"{target}: Transfer-Encoding {headers.get('transfer-encoding')} (expected a sized body)")
    c.check(bool(headers.get("server", [""])[0].strip()), f"{target}: no Server header")
    date = headers.get("date", [None])[0]
    if c.check(date is not None, f"{target}: no Date header"):
        try:
            when = email.utils.parsedate_to_datetime(date).timestamp()
            c.check(abs(when - time.time()) < 5, f"{target}: Date {date!r} is not now")
            c.check(date.endswith(" GMT"), f"{target}: Date {date!r} is not an IMF-fixdate")
        except (TypeError, ValueError):
            c.check(False, f"{target}: Date {date!r} does not parse")


def world_of(c, target, obj):
    """Checks one world object (keys compared case-insensitively, as TechEmpower does)."""
    if not c.check(isinstance(obj, dict), f"{target}: {obj!r} is not an object"):
        return None
    keys = {k.lower(): v for k, v in obj.items()}
    c.check(set(keys) == {"id", "randomnumber"}, f"{target}: keys {sorted(obj)}, expected id and randomNumber")
    wid, num = keys.get("id"), keys.get("randomnumber")
    ok = c.check(isinstance(wid, int) and not isinstance(wid, bool) and 1 <= wid <= 10000, f"{target}: id {wid!r} not in 1..10000")
    ok &= c.check(isinstance(num, int) and not isinstance(num, bool) and 1 <= num <= 10000,
                  f"{target}: randomNumber {num!r} not in 1..10000")
    return (wid, num) if ok else None


def parse_json(c, target, body):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        c.check(False, f"{target}: body is not JSON ({e}): {body[:80]!r}")
        return None


def v_plaintext(host, port, c, _db):
    for _ in range(2):
        status, headers, body = get(host, port, "/plaintext")
        check_common(c, "/plaintext", status, headers, body, "text/plain")
        c.check(body == b"Hello, World!", f"/plaintext: body {body[:60]!r}")


def v_json(host, port, c, _db):
    for _ in range(2):
        status, headers, body = get(host, port, "/json")
        check_common(c, "/json", status, headers, body, "application/json")
        obj = parse_json(c, "/json", body)
        c.check(obj == {"message": "Hello, World!"}, f"/json: body {body[:60]!r}")


def v_db(host, port, c, _db):
    ids = set()
    for _ in range(10):
        status, headers, body = get(host, port, "/db")
        check_common(c, "/db", status, headers, body, "application/json")
        obj = parse_json(c, "/db", body)
        c.check(not isinstance(obj, list), "/db: body is an array, expected one object")
        w = world_of(c, "/db", obj)
        if w:
            ids.add(w[0])
    c.check(len(ids) > 1, f"/db: ten requests gave ids {sorted(ids)} (not random)")


def v_counted(path):
    def run(host, port, c, _db):
        for query, want in COUNT_CASES:
            target = path if query is None else f"{path}?{query}"
            status, headers, body = get(host, port, target)
            check_common(c, target, status, headers, body, "application/json")
            arr = parse_json(c, target, body)
            if not c.check(isinstance(arr, list), f"{target}: body is not an array"):
                continue
            c.check(len(arr) == want, f"{target}: {len(arr)} rows, expected {want}")
            worlds = [world_of(c, target, o) for o in arr]
            if want >= 20:
                c.check(len({w[0] for w in worlds if w}) > 1, f"{target}: every row has the same id")
    return run


def psql(database_url, sql):
    out = subprocess.run(["psql", database_url, "-Atq", "-c", sql], capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {out.stderr.strip()}")
    return out.stdout


def v_updates(host, port, c, database_url):
    v_counted("/updates")(host, port, c, database_url)
    if not c.check(database_url is not None, "/updates: no database URL to check that updates persist"):
        return
    for _ in range(3):
        status, headers, body = get(host, port, "/updates?q=20")
        arr = parse_json(c, "/updates?q=20", body)
        if not isinstance(arr, list):
            return
        returned = {}
        for o in arr:
            w = world_of(c, "/updates?q=20", o)
            if w:
                returned.setdefault(w[0], set()).add(w[1])
        if not returned:
            return
        ids = ",".join(str(i) for i in sorted(returned))
        rows = psql(database_url, f"SELECT id, randomnumber FROM world WHERE id IN ({ids})")
        stored = {int(a): int(b) for a, b in (line.split("|") for line in rows.split())}
        for wid, nums in returned.items():
            c.check(stored.get(wid) in nums,
                    f"/updates?q=20: row {wid} is {stored.get(wid)} in the database, the response said {sorted(nums)}")


ROW = re.compile(r"<tr><td>([^<]*)</td><td>([^<]*)</td></tr>")


def v_fortunes(host, port, c, database_url):
    status, headers, body = get(host, port, "/fortunes")
    check_common(c, "/fortunes", status, headers, body, "text/html")
    try:
        page = body.decode("utf-8")
    except UnicodeDecodeError:
        c.check(False, "/fortunes: body is not UTF-8")
        return
    flat = re.sub(r">\s+<", "><", page.strip())
    head = ("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>"
            "<tr><th>id</th><th>message</th></tr>")
    c.check(flat.lower().startswith(head.lower()), f"/fortunes: page does not start with the TechEmpower head: {flat[:120]!r}")
    c.check(flat.endswith("</table></body></html>"), f"/fortunes: page does not end with </table></body></html>: {flat[-60:]!r}")
    rows = ROW.findall(flat)
    table = flat[flat.find("</th></tr>") + 10:flat.rfind("</table>")]
    c.check("".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) == table,
            "/fortunes: table holds something other than <tr><td>id</td><td>message</td></tr> rows "
            "(an unescaped < or > in a message?)")
    got = [(int(a) if a.strip().isdigit() else a, html.unescape(b)) for a, b in rows]
    if database_url is not None:
        stored = psql(database_url, "SELECT id || '|' || message FROM fortune")
        want = [(int(line.split("|", 1)[0]), line.split("|", 1)[1]) for line in stored.splitlines() if line]
    else:
        want = []
    want.append((0, ADDED))
    want.sort(key=lambda r: r[1])
    if database_url is not None:
        c.check(len(got) == len(want), f"/fortunes: {len(got)} rows, expected {len(want)}")
    c.check(any(m == ADDED for _, m in got), "/fortunes: the added fortune is missing")
    c.check([m for _, m in got] == sorted(m for _, m in got), "/fortunes: rows are not sorted by message")
    if database_url is not None:
        c.check(sorted(got, key=lambda r: (r[1], str(r[0]))) == sorted(want, key=lambda r: (r[1], str(r[0]))),
                "/fortunes: rows differ from the table plus the added fortune")
    script = [b for _, b in rows if "script" in b]
    c.check(bool(script) and all("&lt;script&gt;" in s for s in script), "/fortunes: the <script> fortune is not escaped")
    c.check("フレームワークのベンチマーク" in page, "/fortunes: the Japanese fortune is not intact UTF-8")


VALIDATORS = {
    "plaintext": v_plaintext,
    "json": v_json,
    "db": v_db,
    "queries": v_counted("/queries"),
    "fortunes": v_fortunes,
    "updates": v_updates,
    "cached-queries": v_counted("/cached-queries"),
}


def validate(host, port, tests, database_url=None):
    """Runs the checks of `tests`; returns {test: [failed checks]} (empty lists when all pass)."""
    if host not in LOOPBACK:
        raise SystemExit("validate.py only targets loopback addresses")
    result = {}
    for t in tests:
        c = Checks(t)
        try:
            VALIDATORS[t](host, port, c, database_url)
        except (OSError, http.client.HTTPException, RuntimeError) as e:
            c.check(False, f"{t}: request failed: {e!r}")
        result[t] = c.failed
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("addr", help="HOST:PORT of the server (loopback)")
    ap.add_argument("--tests", default=",".join(TESTS))
    ap.add_argument("--database-url")
    a = ap.parse_args()
    host, port = a.addr.rsplit(":", 1)
    res = validate(host, int(port), a.tests.split(","), a.database_url)
    bad = 0
    for t, failed in res.items():
        print(f"{t}: {'ok' if not failed else 'FAILED'}")
        for f in failed[:20]:
            print(f"  - {f}")
        bad += bool(failed)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
