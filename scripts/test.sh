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
# git merge driver tests (tests/cli/git_merge.rs) run real git.
command -v git >/dev/null || apt_install git
# ssh-keygen: SSH-key identities with the unlock agent (tests/cli/agent.rs).
command -v ssh-keygen >/dev/null || apt_install openssh-client
# python3: runs the toy age plugin tests/cli/fixtures/age-plugin-sealboxtest.
command -v python3 >/dev/null || apt_install python3

# strace: the file-mode test proves on the system calls that files are born 0600.
command -v strace >/dev/null || apt_install strace
# chattr (e2fsprogs) and prlimit (util-linux): read-only directory and file-size-limit tests.
command -v chattr >/dev/null || apt_install e2fsprogs
command -v prlimit >/dev/null || apt_install util-linux
# PostgreSQL server and psql, and python3 (examples/rotation/postgres.sh reads its JSON with
# it): the rotation end-to-end test starts its own cluster. Debian keeps initdb and pg_ctl off
# PATH, under /usr/lib/postgresql/<version>/bin.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  apt_install postgresql
fi
command -v psql >/dev/null || apt_install postgresql-client
command -v python3 >/dev/null || apt_install python3
# MariaDB server and client: the mysql rotation templates' tests start their own server on a
# Unix socket (tests/cli/rotation_templates.rs). Debian keeps mariadbd in /usr/sbin.
if [ ! -x /usr/sbin/mariadbd ] || ! command -v mariadb-install-db >/dev/null; then
  apt_install mariadb-server
fi
command -v mariadb >/dev/null || apt_install mariadb-client
# Shell integration (issue 5): make for the Makefile test, pass + gpg for `import --format
# pass`, script(1) for the terminal tests.
command -v make >/dev/null || apt_install make
command -v gpg >/dev/null || apt_install gnupg
command -v pass >/dev/null || apt_install pass
command -v script >/dev/null || apt_install bsdutils
command -v zsh >/dev/null || apt_install zsh
command -v fish >/dev/null || apt_install fish
# Everyday use (issue 14): `get --clip` is tested with a real xclip under a real Xvfb (the
# test starts Xvfb on a free display itself), `edit` with vim's options.
command -v xclip >/dev/null || apt_install xclip
command -v Xvfb >/dev/null || apt_install xvfb

# moto_server (AWS Secrets Manager emulator) for tests/cli/aws.rs, and boto3 and the AWS CLI
# for tests/cli/serve.rs, in a virtualenv under
# target/ (the tests look there, or at $SEALBOX_MOTO_VENV).
moto_venv="${SEALBOX_MOTO_VENV:-$PWD/target/moto-venv}"
if [ ! -x "$moto_venv/bin/moto_server" ] || [ ! -x "$moto_venv/bin/aws" ]; then
  python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
  rm -rf "$moto_venv"
  python3 -m venv "$moto_venv"
  "$moto_venv/bin/pip" install -q 'moto[server]' boto3 awscli  # boto3/awscli: tests/cli/serve.rs
fi
export SEALBOX_MOTO_VENV="$moto_venv"

cargo test --locked --all-targets "$@"
