#!/usr/bin/env python3
"""Shows that validate.py's checks can fail: a loopback stdlib server that breaks one rule per
test (chunked plaintext, a wrong Content-Type, unclamped counts, an unescaped and unsorted
fortunes page, no Server header) must fail exactly those checks, and the same server with the
faults switched off must pass the tests that need no database.

usage: python3 bench/test_validate.py
"""
import http.server
import json
import random
import sys
import threading
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate  # noqa: E402

FORTUNES = [(1, "fortune: No such file or directory"),
            (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
            (12, "フレームワークのベンチマーク")]


def make_handler(broken):
    class H(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def version_string(self):
            return "" if broken else "test"

        def send(self, ctype, body, chunked=False):
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
            else:
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def do_GET(self):
            path, _, query = self.path.partition("?")
            if path == "/plaintext":
                self.send("text/plain", b"Hello, World!", chunked=broken)
            elif path == "/json":
                self.send("text/plain" if broken else "application/json", json.dumps({"message": "Hello, World!"}).encode())
            elif path in ("/queries", "/cached-queries"):
                q = query[2:] if query.startswith("q=") else ""
                n = int(q) if q.lstrip("-").isdigit() else 1
                n = max(1, n) if broken else min(500, max(1, n))
                rows = [{"id": random.randint(1, 10000), "randomNumber": random.randint(1, 10000)} for _ in range(n)]
                self.send("application/json", json.dumps(rows).encode())
            elif path == "/fortunes":
                rows = FORTUNES + [(0, "Additional fortune added at request time.")]
                if not broken:
                    rows.sort(key=lambda r: r[1])
                esc = (lambda s: s) if broken else (lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
                                                     .replace(">", "&gt;").replace('"', "&quot;"))
                page = ("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>"
                        "<tr><th>id</th><th>message</th></tr>"
                        + "".join(f"<tr><td>{i}</td><td>{esc(m)}</td></tr>" for i, m in rows)
                        + "</table></body></html>")
                self.send("text/html; charset=utf-8", page.encode())
            else:
                self.send_error(404)

    return H


def serve(broken):
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(broken))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def main():
    tests = ["plaintext", "json", "queries", "cached-queries", "fortunes"]
    failures = checks = 0

    def expect(cond, what):
        nonlocal failures, checks
        print(("ok   " if cond else "FAIL ") + what)
        failures += not cond
        checks += 1

    good = serve(broken=False)
    res = validate.validate("127.0.0.1", good.server_address[1], tests, None)
    for t in tests:
        expect(res[t] == [], f"a correct server passes {t}: {res[t][:2]}")
    good.shutdown()

    bad = serve(broken=True)
    res = validate.validate("127.0.0.1", bad.server_address[1], tests, None)
    joined = {t: " | ".join(f) for t, f in res.items()}
    expect("Transfer-Encoding" in joined["plaintext"], "chunked /plaintext fails")
    expect("no Server header" in joined["plaintext"], "a missing Server header fails")
    expect("Content-Type text/plain" in joined["json"] or "Content-Type ['text/plain']" in joined["json"],
           "/json as text/plain fails")
    expect("/queries?q=501: 501 rows, expected 500" in joined["queries"], "unclamped /queries?q=501 fails")
    expect("not escaped" in joined["fortunes"] or "other than" in joined["fortunes"], "unescaped fortunes fail")
    expect("not sorted" in joined["fortunes"], "unsorted fortunes fail")
    bad.shutdown()
    print(f"{checks - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
