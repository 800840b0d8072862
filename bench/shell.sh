#!/usr/bin/env bash
# Benchmark of the scripted path (issue 5), release build, hyperfine:
#   - `get` of one secret and `exec --prefix` of 50 secrets, on a 1,000-secret vault,
#     against `age -d` of the same vault file, in the same run;
#   - `import` of 100,000 secrets (one lock, one write).
# Prints the ratios. About a minute. Needs hyperfine and age (apt-get install hyperfine age).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine age; do
  command -v "$tool" >/dev/null || { echo "bench/shell.sh: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
done
cargo build --release --quiet
bin=$PWD/target/release/sealbox
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work SEALBOX_VAULT=$work/vault.age SEALBOX_IDENTITY=$work/identity.txt
"$bin" init --no-passphrase -q

# 1,000 secrets: 50 under bench/app/ (the exec prefix), 950 elsewhere; 40-byte values.
awk 'BEGIN { srand(1); printf "{"; for (i = 0; i < 1000; i++) {
  name = (i < 50) ? sprintf("bench/app/key-%02d", i) : sprintf("bench/other/s%04d", i);
  v = ""; for (j = 0; j < 40; j++) v = v sprintf("%c", 97 + int(rand() * 26));
  printf "%s\"%s\": \"%s\"", (i ? "," : ""), name, v } printf "}" }' > "$work/1k.json"
"$bin" import --format json "$work/1k.json" -q
echo "vault: 1,000 secrets, $(stat -c %s "$SEALBOX_VAULT") bytes"

hyperfine -N --warmup 5 --min-runs 40 --export-json "$work/hf.json" \
  -n "age -d" "age -d -i $SEALBOX_IDENTITY $SEALBOX_VAULT" \
  -n "sealbox get" "$bin get bench/other/s0500" \
  -n "sealbox exec --prefix (50)" "$bin exec --prefix bench/app/ -- true"

# 100,000 secrets in one import.
awk 'BEGIN { printf "{"; for (i = 0; i < 100000; i++) printf "%s\"big/s%06d\": \"value-%d-abcdefghijklmnopqrstuvwxyz\"", (i ? "," : ""), i, i; printf "}" }' > "$work/100k.json"
export SEALBOX_VAULT=$work/big.age
"$bin" init --no-passphrase --identity "$SEALBOX_IDENTITY" -q
start=$(date +%s.%N)
"$bin" import --format json "$work/100k.json" -q
end=$(date +%s.%N)
import_secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')

python3 - "$work/hf.json" "$import_secs" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
age = results["age -d"]
print()
for name, r in results.items():
    print(f"{name:28} mean {r['mean'] * 1000:6.2f} ms   median {r['median'] * 1000:6.2f} ms")
for name in ["sealbox get", "sealbox exec --prefix (50)"]:
    r = results[name]
    print(f"ratio {name} / age -d: mean {r['mean'] / age['mean']:.2f}, median {r['median'] / age['median']:.2f}"
          + ("   (target <= 1.5)" if name == "sealbox get" else ""))
print(f"import of 100,000 secrets (one write): {sys.argv[2]} s")
PY
