#!/usr/bin/env bash
# Benchmark `sealbox get` on a 1,000-secret vault (release build, hyperfine) with:
#   1. an unprotected identity file,
#   2. a passphrase-protected identity unlocked in the agent,
#   3. the same passphrase-protected identity without the agent (real scrypt cost: the
#      SEALBOX_SCRYPT_WORK_FACTOR test hook is unset here on purpose).
# Usage: bench/agent.sh            (SECRETS=N to change the vault size, RUNS=N the runs)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq hyperfine >/dev/null; fi
fi
cargo build --release --quiet
bin="$PWD/target/release/sealbox"
secrets="${SECRETS:-1000}"
runs="${RUNS:-50}"

work="$(mktemp -d)"
cleanup() {
  HOME="$work/home" XDG_RUNTIME_DIR="$work/run" "$bin" lock -q >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
unset SEALBOX_SCRYPT_WORK_FACTOR SEALBOX_VAULT SEALBOX_IDENTITY SEALBOX_CONFIG SEALBOX_PASSPHRASE_FD \
  XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "building a vault of $secrets secrets..." >&2
"$bin" init --no-passphrase -q
for i in $(seq 1 "$secrets"); do
  printf 'value-%s' "$i" | "$bin" create "app/service-$i/password" -q
done
plain="$HOME/.config/sealbox/identity.txt"
# The same key, passphrase-protected with age's default scrypt cost (logN 18).
protected="$work/protected.txt"
printf 'bench passphrase\n' >"$work/pass"
cp "$plain" "$protected" && chmod 600 "$protected"
SEALBOX_PASSPHRASE_FD=3 "$bin" --identity "$protected" passwd -q 3<"$work/pass"
name="app/service-$((secrets / 2))/password"
test "$("$bin" get "$name")" = "value-$((secrets / 2))"

hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/plain.json" \
  -n "unprotected identity" "$bin --identity $plain get $name"
hyperfine --warmup 1 --runs "$(( runs < 10 ? runs : 10 ))" --export-json "$work/scrypt.json" \
  -n "passphrase, no agent (scrypt)" "SEALBOX_PASSPHRASE_FD=3 $bin --identity $protected get $name 3<$work/pass"
SEALBOX_PASSPHRASE_FD=3 "$bin" --identity "$protected" unlock -q 3<"$work/pass"
hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/agent.json" \
  -n "passphrase + agent" "$bin --identity $protected get $name"
"$bin" lock -q

# hyperfine's JSON: mean, median and min of each run (seconds). The machine may be shared:
# the median and the minimum are steadier than the mean there.
stat() { sed -n "s/.*\"$2\": *\([0-9.e-]*\).*/\1/p" "$1" | head -1; }
report() {
  local what="$1"
  local p a s
  p="$(stat "$work/plain.json" "$what")"; a="$(stat "$work/agent.json" "$what")"; s="$(stat "$work/scrypt.json" "$what")"
  awk -v p="$p" -v a="$a" -v s="$s" -v w="$what" 'BEGIN {
    printf "  %-6s  unprotected %7.2f ms | agent %7.2f ms (%.2fx unprotected) | scrypt %8.1f ms (%.0fx agent, %.0fx unprotected)\n", \
      w, p * 1000, a * 1000, a / p, s * 1000, s / a, s / p
  }'
}
echo
echo "get on a $secrets-secret vault:"
for what in mean median min; do report "$what"; done
