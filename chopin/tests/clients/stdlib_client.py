"""Python's standard-library HTTP client against the testbed. usage: stdlib_client.py PORT"""
import http.client
import sys

port = int(sys.argv[1])
checks = 0


def check(cond, what):
    global checks
    if not cond:
        sys.exit(f"FAILED: {what}")
    checks += 1


conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
# Keep-alive: several requests over one connection.
for _ in range(3):
    conn.request("GET", "/plaintext")
    r = conn.getresponse()
    check(r.status == 200 and r.read() == b"Hello, World!", "plaintext")
    check(r.getheader("Content-Type") == "text/plain; charset=utf-8", "content type")
sock_before = conn.sock
conn.request("GET", "/json")
r = conn.getresponse()
check(r.read() == b'{"message":"Hello, World!"}', "json")
check(conn.sock is sock_before, "connection reused")
conn.request("POST", "/echo", body=b"posted body", headers={"Content-Type": "text/plain"})
r = conn.getresponse()
check(r.read() == b"posted body", "echo")
conn.request("POST", "/echo", body=iter([b"chunk-one,", b"chunk-two"]), encode_chunked=True)
r = conn.getresponse()
check(r.read() == b"chunk-one,chunk-two", "chunked upload")
conn.request("HEAD", "/plaintext")
r = conn.getresponse()
check(r.status == 200 and r.getheader("Content-Length") == "13" and r.read() == b"", "head")
conn.request("GET", "/stream")
r = conn.getresponse()
body = r.read()
check(r.getheader("Transfer-Encoding") == "chunked" and len(body) == 1 << 20, "stream")
conn.request("GET", "/big")
r = conn.getresponse()
check(len(r.read()) == 8 << 20, "big")
conn.request("GET", "/sleep/20")
r = conn.getresponse()
check(r.read() == b"slept", "sleep")
conn.request("DELETE", "/plaintext")
r = conn.getresponse()
r.read()
check(r.status == 405 and r.getheader("Allow") == "GET, HEAD", "405")
conn.request("GET", "/missing")
r = conn.getresponse()
r.read()
check(r.status == 404, "404")
conn.close()
print(f"ok {checks} checks")
