#!/usr/bin/env bash
# Instructions per JSON write (callgrind), ours against serde_json and sonic-rs, for the cases of
# benches/json.rs: the marginal cost between two loop counts, so set-up cancels out. Unlike
# wall-clock figures these do not move with the load of a shared machine.
#
# usage: bash chopin/benches/json_counts.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
bin=$(cargo bench -p chopin --bench json --no-run --message-format=json 2>/dev/null \
  | python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "json" and m.get("executable"):
        print(m["executable"])')
count() { # case lib n -> instructions
  CHOPIN_JSON_LOOP="$1:$2:$3" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" 2>&1 \
    | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p; s/.*refs: *\([0-9,]*\).*/\1/p' | tr -d , | head -1
}
echo "| case | chopin | serde_json | sonic_rs | serde_json / chopin | sonic_rs / chopin |"
echo "|---|---|---|---|---|---|"
for case in a b c; do
  if [ "$case" = a ]; then n1=20000; n2=120000; else n1=200; n2=1200; fi
  row=()
  for lib in chopin serde_json sonic_rs; do
    i1=$(count "$case" "$lib" "$n1"); i2=$(count "$case" "$lib" "$n2")
    row+=($(( (i2 - i1) / (n2 - n1) )))
  done
  ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
  echo "| $case | ${row[0]} | ${row[1]} | ${row[2]} | $(ratio "${row[1]}" "${row[0]}") | $(ratio "${row[2]}" "${row[0]}") |"
done
