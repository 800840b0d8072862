#!/usr/bin/env bash
# What the AWS SDK costs a `get` that never touches AWS, for three release binaries built the
# same way: BEFORE (the SDK linked into sealbox), AFTER (the SDK moved into the helper
# sealbox-region-aws) and NOAWS (--no-default-features). Binary sizes, SDK symbols, dynamic
# relocations, callgrind instructions of `get` at 1,000 secrets (audited, the default) and
# hyperfine means, all in one run on one vault.
# Usage: bench/awshelper.sh BEFORE AFTER NOAWS [HELPER] > bench/results/DATE-awshelper.json
set -euo pipefail
before=$1 after=$2 noaws=$3 helper=${4:-}
n=${SECRETS:-1000}
runs=${RUNS:-300}
for tool in valgrind hyperfine readelf nm strip python3; do
  command -v "$tool" >/dev/null || { echo "bench/awshelper.sh: needs $tool" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home
mkdir -p "$HOME"
python3 -c "
for i in range($n):
    print(f'APP_S{i:05d}=value-{i:05d}-0123456789abcdefghij')
" > "$work/secrets.env"
"$after" init --no-passphrase >/dev/null 2>&1
"$after" import --format dotenv "$work/secrets.env" >/dev/null 2>&1
name=$("$after" list -o json | python3 -c "import json,sys; print(json.load(sys.stdin)['SecretList'][$n // 2]['Name'])")
for bin in "$before" "$after" "$noaws"; do "$bin" get "$name" >/dev/null; done

measure() {
  local label=$1 bin=$2
  strip -o "$work/stripped" "$bin"
  local size stripped relocs sdk instr
  size=$(stat -c %s "$bin")
  stripped=$(stat -c %s "$work/stripped")
  relocs=$(readelf -r "$bin" | grep -c 'R_X86_64_' || true)
  sdk=$(nm -C "$bin" 2>/dev/null | grep -c 'aws_sdk\|aws_smithy\|aws_config\|tokio::' || true)
  instr=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" get "$name" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  printf '"%s": {"path": "%s", "bytes": %s, "stripped_bytes": %s, "relocations": %s, "sdk_symbols": %s, "get_instructions": %s}' \
    "$label" "$bin" "$size" "$stripped" "$relocs" "$sdk" "$instr"
}
{
  echo "{\"secrets\": $n, \"runs\": $runs, \"date\": \"$(date -u +%FT%TZ)\", \"binaries\": {"
  measure before "$before"; echo ,
  measure after "$after"; echo ,
  measure noaws "$noaws"
  if [ -n "$helper" ]; then
    echo ,
    printf '"helper": {"path": "%s", "bytes": %s}' "$helper" "$(stat -c %s "$helper")"
  fi
  echo "},"
} > "$work/out.json"
hyperfine -N --warmup 20 --runs "$runs" --export-json "$work/hf.json" \
  -n before "$before get $name" -n after "$after get $name" -n noaws "$noaws get $name" >&2
python3 - "$work/out.json" "$work/hf.json" <<'EOF'
import json, sys
head = open(sys.argv[1]).read()
hf = json.load(open(sys.argv[2]))
times = {r["command"]: {"mean_ms": r["mean"] * 1e3, "median_ms": r["median"] * 1e3,
                        "stddev_ms": r["stddev"] * 1e3, "min_ms": r["min"] * 1e3} for r in hf["results"]}
out = json.loads(head + '"hyperfine_get": ' + json.dumps(times) + "}")
b = out["binaries"]
out["ratios"] = {
    "after_vs_noaws_bytes": b["after"]["bytes"] / b["noaws"]["bytes"],
    "after_vs_before_bytes": b["after"]["bytes"] / b["before"]["bytes"],
    "after_vs_noaws_instructions": b["after"]["get_instructions"] / b["noaws"]["get_instructions"],
    "after_vs_before_instructions": b["after"]["get_instructions"] / b["before"]["get_instructions"],
    "after_vs_noaws_mean": times["after"]["mean_ms"] / times["noaws"]["mean_ms"],
    "after_vs_before_mean": times["after"]["mean_ms"] / times["before"]["mean_ms"],
}
print(json.dumps(out, indent=2))
EOF
