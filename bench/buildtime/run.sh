#!/usr/bin/env bash
# Times `cargo build` of chopin-hello (examples/hello.rs as its own crate) and axum-hello:
# clean (target dir removed, dependencies included) and incremental (after the handler's
# string changed), in the dev and release profiles, RUNS times each, and prints the median
# (with min and max, to show the noise). Dependencies are fetched first, so no run downloads.
#
#   bench/buildtime/run.sh            # RUNS=3 by default
#   RUNS=5 bench/buildtime/run.sh
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-3}
CRATES=(chopin-hello axum-hello)
PROFILES=(dev release)
TMP=$(mktemp -d /tmp/buildtime.XXXXXX)
trap 'for c in "${CRATES[@]}"; do [ -f "$TMP/$c.main.rs" ] && cp "$TMP/$c.main.rs" "$c/src/main.rs"; done; rm -rf "$TMP"' EXIT
unset CARGO_TARGET_DIR RUSTC_WRAPPER

for c in "${CRATES[@]}"; do
    cp "$c/src/main.rs" "$TMP/$c.main.rs"
    (cd "$c" && cargo fetch --locked -q)
done

# secs CRATE PROFILE: one `cargo build` of CRATE, its wall time in seconds on stdout.
secs() {
    local flag=()
    [ "$2" = release ] && flag=(--release)
    local t0 t1
    t0=$(date +%s.%N)
    (cd "$1" && CARGO_TARGET_DIR="$TMP/target-$1" cargo build --offline --locked -q "${flag[@]}") >&2
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
}

echo "machine: $(nproc) cores, $(rustc --version), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
declare -A T
for p in "${PROFILES[@]}"; do
    for r in $(seq 1 "$RUNS"); do
        for c in "${CRATES[@]}"; do
            cp "$TMP/$c.main.rs" "$c/src/main.rs"
            rm -rf "$TMP/target-$c"
            clean=$(secs "$c" "$p")
            # Touch the handler: change the string it answers, as a user editing it would.
            sed -i "s/\"Hello, World!\"/\"Hello, World! $r\"/" "$c/src/main.rs"
            grep -q "Hello, World! $r" "$c/src/main.rs"
            incr=$(secs "$c" "$p")
            cp "$TMP/$c.main.rs" "$c/src/main.rs"
            T[$c,$p,clean]+="$clean "
            T[$c,$p,incr]+="$incr "
            printf '%-13s %-7s run %d: clean %6.1f s  incremental %5.2f s  (load %s)\n' \
                "$c" "$p" "$r" "$clean" "$incr" "$(cut -d' ' -f1 /proc/loadavg)" >&2
        done
        rm -rf "$TMP"/target-*
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# stats "a b c": median, min and max of the numbers.
stats() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.2f (%.2f-%.2f)", m, v[1], v[NR]}'; }
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{v[NR]=$1} END {print (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }

echo
echo "median of $RUNS runs, seconds (min-max)"
printf '| %-7s | %-11s | %-24s | %-24s | %-12s |\n' profile build chopin-hello axum-hello "chopin/axum"
printf '|---------|-------------|--------------------------|--------------------------|--------------|\n'
for p in "${PROFILES[@]}"; do
    for k in clean incr; do
        name=$([ $k = clean ] && echo clean || echo incremental)
        ratio=$(awk -v a="$(median "${T[chopin-hello,$p,$k]}")" -v b="$(median "${T[axum-hello,$p,$k]}")" 'BEGIN {printf "%.2f", a / b}')
        printf '| %-7s | %-11s | %-24s | %-24s | %-12s |\n' "$p" "$name" \
            "$(stats "${T[chopin-hello,$p,$k]}")" "$(stats "${T[axum-hello,$p,$k]}")" "$ratio"
    done
done
