#!/usr/bin/env bash
# Benchmark of the git merge driver (issue 17), release build: `sealbox merge BASE OURS
# THEIRS` of two 100,000-secret vaults that each changed 100 secrets (different ones, plus
# 10 both changed: label conflicts, exit 1), against `age -d` of one of them, in the same
# hyperfine run. Target: merge <= 3x age -d. Nothing is left behind (a temp dir).
# Needs hyperfine and age (apt-get install hyperfine age). A few minutes, most of it setup.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine age; do
  command -v "$tool" >/dev/null || { echo "bench/merge.sh: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
done
# --work DIR keeps the vaults in DIR and reuses them on the next run (setup is most of the time).
work=
if [ "${1:-}" = --work ]; then work=$2; mkdir -p "$work"; fi
cargo build --release --quiet --no-default-features --bin sealbox
bin=$PWD/target/release/sealbox
if [ -z "$work" ]; then work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
export SEALBOX_IDENTITY=$work/identity.txt
# Each side has its own HOME (its own record of known vaults and audit log), as two clones do.
side() { HOME=$work/$1 SEALBOX_VAULT=$work/$1.age "$bin" "${@:2}"; }
if [ ! -s "$work/theirs.age" ]; then
rm -rf "$work/base" "$work/ours" "$work/theirs"
mkdir -p "$work/base" "$work/ours" "$work/theirs"
side base init --no-passphrase -q
awk 'BEGIN { printf "{"; for (i = 0; i < 100000; i++) printf "%s\"big/s%06d\": \"value-%d-abcdefghijklmnopqrstuvwxyz\"", (i ? "," : ""), i, i; printf "}" }' > "$work/100k.json"
side base import --format json "$work/100k.json" -q
cp "$work/base.age" "$work/ours.age"
cp "$work/base.age" "$work/theirs.age"
# Ours changes s000000..s000099, theirs s000090..s000189: 10 secrets changed on both sides.
changes() { awk -v from="$1" -v tag="$2" 'BEGIN { printf "{"; for (i = from; i < from + 100; i++) printf "%s\"big/s%06d\": \"%s-%d\"", (i > from ? "," : ""), i, tag, i; printf "}" }'; }
changes 0 ours > "$work/ours.json"
changes 90 theirs > "$work/theirs.json"
side ours import --format json "$work/ours.json" --overwrite -q
side theirs import --format json "$work/theirs.json" --overwrite -q
fi
echo "vaults: 100,000 secrets, $(stat -c %s "$work/base.age") bytes"

hyperfine -N --warmup 2 --min-runs 10 -i --export-json "$work/hf.json" \
  -n "age -d" "age -d -i $SEALBOX_IDENTITY -o /dev/null $work/ours.age" \
  --prepare "cp $work/ours.age $work/merged.age" \
  -n "sealbox merge" "env HOME=$work/ours SEALBOX_IDENTITY=$SEALBOX_IDENTITY $bin merge -q $work/base.age $work/merged.age $work/theirs.age"

# The merged vault holds every change of both sides.
cp "$work/ours.age" "$work/merged.age"
HOME=$work/ours "$bin" merge -q "$work/base.age" "$work/merged.age" "$work/theirs.age" 2>/dev/null || true
[ "$(HOME=$work/ours SEALBOX_VAULT=$work/merged.age "$bin" get big/s000150 2>/dev/null)" = theirs-150 ]
[ "$(HOME=$work/ours SEALBOX_VAULT=$work/merged.age "$bin" get big/s000050 2>/dev/null)" = ours-50 ]

python3 - "$work/hf.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
age, merge = r["age -d"], r["sealbox merge"]
print(f"age -d: {age * 1000:.0f} ms; sealbox merge: {merge * 1000:.0f} ms; ratio {merge / age:.2f}x (target <= 3x)")
PY
