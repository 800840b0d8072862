#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what the tests need first
# (Debian packages as root, or through sudo), then `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "test.sh: need root to install: $*" >&2; return 1; fi
}
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# age CLI: the vault's emergency exit is tested with it.
command -v age >/dev/null || apt_install age

# moto_server (AWS Secrets Manager emulator) for tests/cli/aws.rs, in a virtualenv under
# target/ (the tests look there, or at $SEALBOX_MOTO_VENV).
moto_venv="${SEALBOX_MOTO_VENV:-$PWD/target/moto-venv}"
if [ ! -x "$moto_venv/bin/moto_server" ]; then
  python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
  rm -rf "$moto_venv"
  python3 -m venv "$moto_venv"
  "$moto_venv/bin/pip" install -q 'moto[server]'
fi
export SEALBOX_MOTO_VENV="$moto_venv"

cargo test --locked --all-targets "$@"
