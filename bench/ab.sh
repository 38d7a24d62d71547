#!/usr/bin/env bash
# Two builds of Chopin's TechEmpower server side by side: interleaved wrk runs against each,
# reporting the server's CPU (user, system) and PostgreSQL's CPU per request, from /proc.
# For a change whose effect is in kernel or database time, which instruction counts miss.
#
# usage: DATABASE_URL=postgres://… bench/ab.sh NEW_BIN OLD_BIN [PATH=/db] [SECONDS=4] [ROUNDS=3]
#
# DATABASE_URL names a database with the TechEmpower tables (bench/schema.sql) on this machine;
# PostgreSQL's CPU is summed over the processes of the user that runs it (`postgres`). The
# server is pinned to core 0 with one worker, wrk to core 1 (256 connections).
set -euo pipefail
NEW=$1 OLD=$2 P=${3:-/db} D=${4:-4} R=${5:-3}
: "${DATABASE_URL:?set DATABASE_URL to a database with the TechEmpower tables}"
command -v wrk >/dev/null || { echo "bench/ab.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

# Sum of utime+stime ticks of every process of user postgres.
pg_ticks() {
  local sum=0 t
  for p in $(pgrep -u postgres postgres || true); do
    t=$(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    sum=$((sum + t))
  done
  echo "$sum"
}

one() {
  local name=$1 bin=$2 port=$3 pid a b pga pgb n
  taskset -c 0 env DATABASE_URL="$DATABASE_URL" CHOPIN_WORKERS=1 CHOPIN_PIN=0 CHOPIN_BIND=127.0.0.1:$port "$bin" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),timeout=0.2)" 2>/dev/null && break
    sleep 0.1
  done
  taskset -c 1 wrk -t1 -c256 -d1s "http://127.0.0.1:$port$P" >/dev/null 2>&1
  a=$(awk '{print $14, $15}' "/proc/$pid/stat"); pga=$(pg_ticks)
  n=$(taskset -c 1 wrk -t1 -c256 -d"${D}"s "http://127.0.0.1:$port$P" 2>&1 | awk '/requests in/ {print $1}')
  b=$(awk '{print $14, $15}' "/proc/$pid/stat"); pgb=$(pg_ticks)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  python3 - "$name" "$n" "$a" "$b" "$pga" "$pgb" "$(getconf CLK_TCK)" <<'PY'
import sys
name, n = sys.argv[1], int(sys.argv[2])
a, b = [list(map(int, x.split())) for x in sys.argv[3:5]]
pga, pgb, hz = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
us = lambda ticks: ticks * 1e6 / hz / n
u, s = b[0] - a[0], b[1] - a[1]
print(f"{name}  {n:8d} requests  server user {us(u):6.2f}  system {us(s):6.2f}  total {us(u + s):6.2f} µs/req  postgres {us(pgb - pga):6.2f} µs/req")
PY
}

for _ in $(seq 1 "$R"); do
  one new "$NEW" 18711
  one old "$OLD" 18712
done
