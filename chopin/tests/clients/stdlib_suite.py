"""Python's standard-library http.client against the testbed, all on ONE keep-alive connection.

usage: stdlib_suite.py PORT
Prints `ok N checks` and exits 0 when every check passes; exits 1 naming the first failure.
"""
import http.client
import sys

PORT = int(sys.argv[1])
ALPHABET = b"abcdefghijklmnopqrstuvwxyz"
checks = 0


def check(cond, what):
    global checks
    if not cond:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)
    checks += 1


def pattern(n):
    """byte i is b'a' + i % 26 (the testbed's /big)."""
    return (ALPHABET * (n // 26 + 1))[:n]


conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)


def request(method, path, **kw):
    conn.request(method, path, **kw)
    r = conn.getresponse()
    return r, r.read()


# Keep-alive: the same socket serves every request below.
r, body = request("GET", "/plaintext")
check(r.status == 200 and body == b"Hello, World!", "GET /plaintext")
check(r.version == 11 and not r.will_close, "HTTP/1.1 persistent response")
sock = conn.sock
check(sock is not None, "connection open after the first response")
for _ in range(3):
    r, body = request("GET", "/plaintext")
    check(body == b"Hello, World!" and r.getheader("Content-Type") == "text/plain; charset=utf-8", "plaintext again")

r, body = request("GET", "/json")
check(body == b'{"message":"Hello, World!"}', "GET /json body")
check(r.getheader("Content-Type") == "application/json" and r.getheader("Content-Length") == "27", "GET /json headers")
check(r.getheader("Server") == "chopin" and r.getheader("Date", "").endswith(" GMT"), "Server and Date")

# POST with a Content-Length body.
payload = bytes(range(256)) * 40
r, body = request("POST", "/echo", body=payload, headers={"Content-Type": "application/octet-stream"})
check(r.status == 200 and body == payload, "POST /echo (10 KiB binary)")

# Chunked request bodies.
r, body = request("POST", "/echo", body=iter([b"chunk-one,", b"chunk-two"]), encode_chunked=True)
check(r.status == 200 and body == b"chunk-one,chunk-two", "chunked POST /echo")
pieces = [bytes([65 + i % 26]) * 1000 for i in range(200)]
r, body = request("POST", "/echo", body=(p for p in pieces), encode_chunked=True)
check(body == b"".join(pieces), "chunked POST /echo, 200 chunks")

# HEAD: headers of the GET, no body, and the connection stays in sync.
r, body = request("HEAD", "/plaintext")
check(r.status == 200 and r.getheader("Content-Length") == "13" and body == b"", "HEAD /plaintext")
r, body = request("HEAD", "/stream")
check(r.status == 200 and r.getheader("Transfer-Encoding") == "chunked" and body == b"", "HEAD /stream")

# Large bodies, read fully and checked byte for byte.
r, body = request("GET", "/stream")
check(r.getheader("Transfer-Encoding") == "chunked", "/stream is chunked")
want = b"".join(bytes([ALPHABET[i % 26]]) * (16 * 1024) for i in range(64))
check(len(body) == 1 << 20, f"/stream length {len(body)}")
check(body == want, "/stream content")
r, body = request("GET", "/big")
check(r.getheader("Content-Length") == str(8 << 20) and len(body) == 8 << 20, f"/big length {len(body)}")
check(body == pattern(8 << 20), "/big content")

# Async handler, errors.
r, body = request("GET", "/sleep/20")
check(r.status == 200 and body == b"slept", "GET /sleep/20")
r, body = request("GET", "/sleep/abc")
check(r.status == 400 and b"`ms`" in body, "GET /sleep/abc")
r, body = request("DELETE", "/plaintext")
check(r.status == 405 and r.getheader("Allow") == "GET, HEAD", "DELETE /plaintext")
r, body = request("GET", "/echo")
check(r.status == 405 and r.getheader("Allow") == "POST", "GET /echo")
r, body = request("GET", "/missing")
check(r.status == 404 and body == b"not found", "GET /missing")
r, body = request("GET", "/panic")
check(r.status == 500 and body == b"Internal Server Error", "GET /panic")

# Every request above went over the first socket (http.client reconnects silently otherwise).
check(conn.sock is sock, "one connection for every request")

# Connection: close is honoured.
r, body = request("GET", "/plaintext", headers={"Connection": "close"})
check(body == b"Hello, World!" and r.getheader("Connection") == "close" and r.will_close, "Connection: close")
check(conn.sock is None, "http.client closed the connection after Connection: close")
conn.close()
print(f"ok {checks} checks")
