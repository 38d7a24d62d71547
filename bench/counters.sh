#!/usr/bin/env bash
# Repeatable per-request costs of Chopin's testbed with one worker: user-space instructions
# (valgrind --tool=callgrind) and syscalls (strace -f -c), each the marginal cost between
# N1 and N2 requests on one keep-alive connection, so start-up and shutdown cancel out.
#
# usage: bench/counters.sh [N1=2000] [N2=10000]
# Prints a markdown table: path, pipelining depth, instructions/request, syscalls/request.
set -euo pipefail
cd "$(dirname "$0")/.."
N1=${1:-2000}
N2=${2:-10000}
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
command -v strace >/dev/null || { apt-get update -qq && apt-get install -y -qq strace; }
cargo build --release --locked --example testbed -q
BIN=${CARGO_TARGET_DIR:-target}/release/examples/testbed
PORT=${BENCH_PORT:-18181}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

wait_port() {
  for _ in $(seq 1 300); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$PORT),timeout=0.2)" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "server did not start" >&2; return 1
}

# run TOOL PATH N DEPTH -> prints the counter
run() {
  local tool=$1 path=$2 n=$3 depth=$4 pid
  case $tool in
    callgrind)
      CHOPIN_WORKERS=1 CHOPIN_PIN=0 CHOPIN_BIND=127.0.0.1:$PORT valgrind --tool=callgrind \
        --callgrind-out-file="$OUT/cg.%p" "$BIN" 2>"$OUT/log" & pid=$! ;;
    strace)
      CHOPIN_WORKERS=1 CHOPIN_PIN=0 CHOPIN_BIND=127.0.0.1:$PORT strace -f -c -o "$OUT/st" "$BIN" 2>"$OUT/log" & pid=$! ;;
  esac
  wait_port
  python3 bench/load.py "127.0.0.1:$PORT" "$path" "$n" "$depth"
  # Signal the server itself (strace does not forward SIGTERM to its tracee).
  pkill -TERM -P $pid 2>/dev/null || true
  kill -TERM $pid 2>/dev/null || true
  wait $pid || true
  case $tool in
    callgrind) grep -h '^summary:' "$OUT"/cg.* | awk '{print $2}'; rm -f "$OUT"/cg.* ;;
    strace) awk '/ total$/{print $4}' "$OUT/st" ;;
  esac
}

printf '| path | depth | instructions/request | syscalls/request |\n|---|---|---|---|\n'
for spec in "/plaintext 16" "/plaintext 1" "/json 1" "/json 16"; do
  set -- $spec
  i1=$(run callgrind "$1" "$N1" "$2"); i2=$(run callgrind "$1" "$N2" "$2")
  s1=$(run strace "$1" "$N1" "$2"); s2=$(run strace "$1" "$N2" "$2")
  python3 -c "
n=$N2-$N1
print('| $1 | $2 | %.0f | %.2f |' % (($i2-$i1)/n, ($s2-$s1)/n))"
done
