#!/usr/bin/env python3
"""Sends N requests for one path over ONE keep-alive connection to a loopback server, `depth`
requests per write (depth 1 = unpipelined), and checks every response arrived. Used by the
instruction and syscall counters, where the server runs under valgrind or strace.

usage: load.py HOST:PORT PATH N DEPTH
"""
import socket
import sys


def main():
    addr, path, n, depth = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    host, port = addr.rsplit(":", 1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("load.py only targets loopback addresses")
    req = (f"GET {path} HTTP/1.1\r\nHost: {addr}\r\n"
           "Accept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7\r\n"
           "Connection: keep-alive\r\n\r\n").encode()
    s = socket.create_connection((host, int(port)), timeout=120)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    # One request first, to learn the response size (identical for every request here).
    s.sendall(req)
    first = b""
    while b"\r\n\r\n" not in first:
        first += s.recv(65536)
    head, _, rest = first.partition(b"\r\n\r\n")
    clen = int([l.split(b":")[1] for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")][0])
    while len(rest) < clen:
        rest += s.recv(65536)
    size = len(head) + 4 + clen
    # Date changes once a second but keeps its length, so every response has this size.
    sent = 0
    want = (n - 1) * size
    got = 0
    while sent < n - 1:
        k = min(depth, n - 1 - sent)
        s.sendall(req * k)
        sent += k
        need = got + k * size
        while got < need:
            chunk = s.recv(1 << 20)
            if not chunk:
                sys.exit(f"connection closed after {got} of {want} bytes")
            got += len(chunk)
    if got != want:
        sys.exit(f"got {got} bytes, expected {want}")
    s.close()


if __name__ == "__main__":
    main()
