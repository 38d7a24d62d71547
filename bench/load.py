#!/usr/bin/env python3
"""Sends N requests for one target over ONE keep-alive connection to a loopback server, DEPTH
requests per write (depth 1 = unpipelined), and checks that every response arrived whole with
status 200 (each response is parsed by its Content-Length, so bodies may differ in size, as the
database tests' do). Used by the instruction and syscall counters, where the server runs under
valgrind or strace.

usage: load.py HOST:PORT TARGET N DEPTH
"""
import socket
import sys


def responses(s, buf, count):
    """Reads `count` whole responses from socket `s` after the bytes in `buf`; returns the rest."""
    done = 0
    while done < count:
        end = buf.find(b"\r\n\r\n")
        if end < 0:
            chunk = s.recv(1 << 20)
            if not chunk:
                sys.exit(f"connection closed after {done} of {count} responses")
            buf += chunk
            continue
        head = bytes(buf[:end])
        status = head[9:12]
        if status != b"200":
            sys.exit(f"status {status.decode(errors='replace')}: {head[:200]!r}")
        clen = None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                clen = int(value)
        if clen is None:
            sys.exit(f"response without Content-Length: {head[:200]!r}")
        total = end + 4 + clen
        while len(buf) < total:
            chunk = s.recv(1 << 20)
            if not chunk:
                sys.exit(f"connection closed inside response {done + 1} of {count}")
            buf += chunk
        del buf[:total]
        done += 1
    return buf


def main():
    addr, target, n, depth = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    host, port = addr.rsplit(":", 1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("load.py only targets loopback addresses")
    req = (f"GET {target} HTTP/1.1\r\nHost: {addr}\r\n"
           "Accept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7\r\n"
           "Connection: keep-alive\r\n\r\n").encode()
    s = socket.create_connection((host, int(port)), timeout=600)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = bytearray()
    sent = 0
    while sent < n:
        k = min(depth, n - sent)
        s.sendall(req * k)
        sent += k
        buf = responses(s, buf, k)
    if buf:
        sys.exit(f"{len(buf)} unexpected bytes after the last response")
    s.close()


if __name__ == "__main__":
    main()
