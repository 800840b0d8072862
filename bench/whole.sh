#!/usr/bin/env bash
# Whole-vault work at 100,000 secrets (issues 16 and 17), release build: `list`, `list
# --names`, `put-version` and `merge` (two sides that each changed 100 secrets, 10 of them
# on both: label conflicts, exit 1) against `age -d` of the same vault, plus `get` at 1,000
# secrets to show reads did not regress. Each command's callgrind instruction count (stable
# on a noisy machine), hyperfine median and peak RSS. With `--before BIN` a second binary
# (e.g. main's) is measured in the same run. Writes bench/results/<date>-whole.json.
# Usage: bench/whole.sh [--before BIN] [--work DIR] (DIR keeps the vaults between runs).
# Needs hyperfine, age and valgrind (apt-get install hyperfine age valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
before="" work="" setup_only=""
while [ $# -gt 0 ]; do
  case $1 in
    --before) before=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --setup-only) setup_only=1; shift ;;
    *) echo "usage: bench/whole.sh [--before BIN] [--work DIR]" >&2; exit 2 ;;
  esac
done
for tool in hyperfine age valgrind; do
  command -v "$tool" >/dev/null || { echo "bench/whole.sh: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
done
after=${SEALBOX_BENCH_BIN:-}
if [ -z "$after" ]; then
  cargo build --release --no-default-features --quiet
  after=$PWD/target/release/sealbox
fi
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
export SEALBOX_IDENTITY=$work/identity.txt
export work
side() { HOME=$work/$1 SEALBOX_VAULT=$work/$1.age "$after" "${@:2}"; }
if [ ! -f "$work/theirs.age" ]; then
  rm -rf "${work:?}"/*
  mkdir -p "$work/base" "$work/ours" "$work/theirs" "$work/small"
  side base init --no-passphrase -q
  awk 'BEGIN { printf "{"; for (i = 0; i < 100000; i++) printf "%s\"big/s%06d\": \"value-%d-abcdefghijklmnopqrstuvwxyz\"", (i ? "," : ""), i, i; printf "}" }' > "$work/100k.json"
  side base import --format json "$work/100k.json" -q
  cp "$work/base.age" "$work/ours.age"
  cp "$work/base.age" "$work/theirs.age"
  changes() { awk -v from="$1" -v tag="$2" 'BEGIN { printf "{"; for (i = from; i < from + 100; i++) printf "%s\"big/s%06d\": \"%s-%d\"", (i > from ? "," : ""), i, tag, i; printf "}" }'; }
  changes 0 ours > "$work/ours.json"
  changes 90 theirs > "$work/theirs.json"
  side ours import --format json "$work/ours.json" --overwrite -q
  side theirs import --format json "$work/theirs.json" --overwrite -q
  HOME=$work/small SEALBOX_VAULT=$work/small.age "$after" init --no-passphrase -q
  awk 'BEGIN { printf "{"; for (i = 0; i < 1000; i++) printf "%s\"app/s%04d\": \"value-%d-abcdefghijklmnopqrstuvwxyz\"", (i ? "," : ""), i, i; printf "}" }' > "$work/1k.json"
  HOME=$work/small SEALBOX_VAULT=$work/small.age "$after" import --format json "$work/1k.json" -q
  rm -f "$work"/*.json
fi
echo "vault: 100,000 secrets, $(stat -c %s "$work/ours.age") bytes"

# name|command (run with bash -c; $B is the binary). put-version writes a copy of the vault.
commands=(
  "age -d|age -d -i $SEALBOX_IDENTITY -o /dev/null $work/ours.age"
  "list|HOME=$work/h SEALBOX_VAULT=$work/ours.age \$B list >/dev/null"
  "list --names|HOME=$work/h SEALBOX_VAULT=$work/ours.age \$B list --names >/dev/null"
  "put-version|HOME=$work/h SEALBOX_VAULT=$work/pv.age \$B put-version big/s050000 --value v\$RANDOM -q"
  "merge|HOME=$work/h \$B merge -q $work/base.age $work/merged.age $work/theirs.age 2>/dev/null; true"
  "get (1,000)|HOME=$work/small SEALBOX_VAULT=$work/small.age \$B get app/s0500 >/dev/null"
)
# Every run starts from the same state: the vaults and the HOME (its record of known vaults
# and its audit log, which a list appends to and reads) as they were after the setup.
prepare() {
  cp "$work/ours.age" "$work/pv.age"; cp "$work/ours.age" "$work/merged.age"
  rm -rf "$work/h"; cp -a "$work/h0" "$work/h"
}
if [ ! -d "$work/h0" ]; then
  cp "$work/ours.age" "$work/pv.age"
  # The copy put-version writes must be a vault this HOME knows: adopt it once.
  HOME=$work/ours SEALBOX_VAULT=$work/pv.age "$after" get big/s000001 >/dev/null 2>&1 || true
  cp -a "$work/ours" "$work/h0"
fi
[ -n "$setup_only" ] && exit 0

bins=("after=$after")
[ -n "$before" ] && bins+=("before=$before")
out=$work/results.jsonl
: > "$out"
for entry in "${bins[@]}"; do
  label=${entry%%=*} B=${entry#*=}
  export B
  for c in "${commands[@]}"; do
    name=${c%%|*} cmd=${c#*|}
    [ "$name" = "age -d" ] && [ "$label" = before ] && continue
    prepare
    # valgrind's own report goes to files (a command that sends its stderr to /dev/null
    # would otherwise hide it); the largest process of the command is the one counted.
    rm -f "$work"/cg.*
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null --log-file="$work/cg.%p" \
      bash -c "$cmd" >/dev/null 2>&1 || true
    instr=$(cat "$work"/cg.* 2>/dev/null | sed -n 's/.*Collected : //p' | sort -n | tail -1 || true)
    prepare
    /usr/bin/time -o "$work/rss" -f %M bash -c "$cmd" >/dev/null 2>&1 || true
    rss=$(tail -1 "$work/rss" 2>/dev/null || true)
    hyperfine --style none --shell bash --warmup 2 --min-runs 10 --prepare "$(declare -f prepare); prepare" \
      --export-json "$work/hf.json" -n "$name" "$cmd" >/dev/null
    python3 - "$work/hf.json" "$label" "$name" "$instr" "$rss" >> "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(json.dumps({"binary": sys.argv[2], "command": sys.argv[3], "instructions": int(sys.argv[4] or 0),
                  "median_s": r["median"], "mean_s": r["mean"], "stddev_s": r["stddev"], "peak_rss_kib": int(sys.argv[5] or 0)}))
PY
    tail -1 "$out"
  done
done
mkdir -p bench/results
python3 - "$out" "bench/results/$(date +%F)-whole.json" <<'PY'
import json, sys, platform
rows = [json.loads(l) for l in open(sys.argv[1])]
age = next(r for r in rows if r["command"] == "age -d")
for r in rows:
    r["x_age_d"] = round(r["median_s"] / age["median_s"], 2)
json.dump({"machine": platform.machine(), "secrets": 100000, "note": "instructions: callgrind count of the largest process of the command (sealbox, or age); get is at 1,000 secrets; before = main at 6889e11", "results": rows}, open(sys.argv[2], "w"), indent=1)
print(f"{'binary':<7} {'command':<13} {'instructions':>14} {'median ms':>10} {'x age -d':>9} {'RSS MiB':>8}")
for r in rows:
    print(f"{r['binary']:<7} {r['command']:<13} {r['instructions']:>14,} {r['median_s'] * 1000:>10.1f} {r['x_age_d']:>9.2f} {r['peak_rss_kib'] / 1024:>8.1f}")
print("wrote", sys.argv[2])
PY
