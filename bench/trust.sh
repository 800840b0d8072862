#!/usr/bin/env bash
# What the trust checks cost a read: `get` at 1,000 secrets, audited (the default), counted
# in instructions by callgrind (stable on a shared machine), for two sealbox binaries built
# the same way. Usage: bench/trust.sh BEFORE_BINARY AFTER_BINARY [SECRETS]
# Each binary gets its own HOME with a vault it made itself; the count is of the second `get`
# (the first one records the vault in the record of known vaults).
set -euo pipefail
before=$1 after=$2 n=${3:-1000}
command -v valgrind >/dev/null || { echo "bench/trust.sh: needs valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c "
import sys
for i in range($n):
    print(f'APP_S{i:05d}=value-{i:05d}-0123456789abcdefghij')
" > "$work/secrets.env"
count() {
  local bin=$1 home=$2
  mkdir -p "$home"
  HOME=$home "$bin" init --no-passphrase >/dev/null 2>&1
  HOME=$home "$bin" import --format dotenv "$work/secrets.env" >/dev/null 2>&1
  HOME=$home "$bin" get app_s00500 >/dev/null 2>&1 || HOME=$home "$bin" get APP_S00500 >/dev/null
  local name
  name=$(HOME=$home "$bin" list -o json | python3 -c 'import json,sys; print(json.load(sys.stdin)["SecretList"][500]["Name"])')
  HOME=$home "$bin" get "$name" >/dev/null
  HOME=$home valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" get "$name" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
b=$(count "$before" "$work/before")
a=$(count "$after" "$work/after")
python3 -c "
b, a = $b, $a
print(f'get at $n secrets: before {b:,} instructions, after {a:,} ({(a - b) / b * 100:+.1f}%)')
print('{\"secrets\": $n, \"before\": %d, \"after\": %d, \"ratio\": %.4f}' % (b, a, a / b))
"
