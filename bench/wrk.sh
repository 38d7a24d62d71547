#!/usr/bin/env bash
# Throughput of the testbed with one worker pinned to core 0 and wrk pinned to core 1, and the
# server's own CPU time per request (from /proc/<pid>/stat), which separates fast servers on a
# 2-core machine where wrk saturates first. Wall-clock figures swing ~30 % on shared machines:
# compare servers only within one run.
#
# usage: bench/wrk.sh [duration=10s] [connections=256]
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-10s}
CONNS=${2:-256}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
cargo build --release --locked --example testbed -q
PORT=${BENCH_PORT:-18183}
CHOPIN_WORKERS=1 CHOPIN_PIN=0 CHOPIN_BIND=127.0.0.1:$PORT taskset -c 0 "${CARGO_TARGET_DIR:-target}"/release/examples/testbed 2>/dev/null &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/plaintext" && break; sleep 0.1; done
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
printf '| test | depth | requests/s | server CPU s | requests per server-CPU-second |\n|---|---|---|---|---|\n'
for spec in "/plaintext 16" "/plaintext 1" "/json 1"; do
  set -- $spec
  DEPTH=$2 taskset -c 1 wrk -t1 -c"$CONNS" -d2s -s bench/pipeline.lua "http://127.0.0.1:$PORT$1" >/dev/null
  c0=$(cpu)
  out=$(DEPTH=$2 taskset -c 1 wrk -t1 -c"$CONNS" -d"$DUR" -s bench/pipeline.lua "http://127.0.0.1:$PORT$1")
  c1=$(cpu)
  total=$(echo "$out" | awk '/requests in/{print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  python3 -c "
cpu=($c1-$c0)/$TICK
print('| $1 | $2 | %s | %.2f | %.0f |' % ('$rps', cpu, $total/cpu if cpu else 0))"
done
