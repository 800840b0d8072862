#!/usr/bin/env bash
# The performance benchmark: builds vaults of 100, 1,000, 10,000 and 100,000 secrets through
# `sealbox import`, times sealbox and its baselines with hyperfine in one run, and writes
# bench/results/<date>.json plus a table of medians, callgrind instruction counts, ratios and
# the performance issue's targets, met or not. Usage: bench/run.sh [--quick] [--large]
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v valgrind >/dev/null || missing+=(valgrind)
command -v script >/dev/null || missing+=(bsdutils)
command -v age >/dev/null || missing+=(age)
[ -x /usr/bin/time ] || missing+=(time)
if [ "${SEALBOX_BENCH_PEERS:-1}" = 1 ]; then
  command -v pass >/dev/null || missing+=(pass)
  command -v gpg >/dev/null || missing+=(gnupg)
fi
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cargo build --release --locked --quiet
mkdir -p bench/work
# The process floor: a trivial Rust binary, built the same way.
if [ ! -x bench/work/hello ]; then
  printf 'fn main() { println!("hello"); }\n' > bench/work/hello.rs
  rustc -O -o bench/work/hello bench/work/hello.rs
fi
# The peer: kbs2 (one age file per secret, as the issue measures it), built once.
if [ -z "${SEALBOX_BENCH_KBS2:-}" ] && ! command -v kbs2 >/dev/null; then
  [ -x bench/work/kbs2/bin/kbs2 ] || cargo install --locked --quiet kbs2 --version 0.7.3 --root bench/work/kbs2
  export SEALBOX_BENCH_KBS2=$PWD/bench/work/kbs2/bin/kbs2
fi
# SEALBOX_BENCH_BIN measures another build (e.g. --no-default-features) with the same script.
exec python3 bench/run.py "$@"
