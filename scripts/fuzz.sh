#!/usr/bin/env bash
# Run every cargo-fuzz target in fuzz/ for SECONDS each (default 30), starting from the
# committed seed corpus in fuzz/corpus/<target>/. New inputs go to a temp directory, so
# the committed corpus stays small; a crash leaves its input in fuzz/artifacts/<target>/
# and fails the script.
#
# cargo-fuzz needs nightly-only flags (-Zsanitizer=address); RUSTC_BOOTSTRAP=1 lets the
# stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-30}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
cargo fuzz build
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in $(cargo fuzz list); do
  mkdir -p "$work/$target"
  echo "fuzz: $target for ${seconds}s" >&2
  status=0
  cargo fuzz run "$target" "$work/$target" "corpus/$target" -- \
    -max_total_time="$seconds" -seed=20261128 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 >"$work/$target.log" 2>&1 ||
    status=$?
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done |SUMMARY|==[0-9]+==ERROR)' "$work/$target.log" >&2 || true
  if [ "$status" != 0 ]; then
    tail -n 60 "$work/$target.log" >&2
    echo "fuzz: $target failed (exit $status); the input is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
