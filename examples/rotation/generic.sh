#!/bin/sh
# sealbox rotation script that only generates and stores: nothing outside the vault changes.
# For API keys or tokens that a person pastes elsewhere, or to try the protocol.
#
#   sealbox rotate app/token --script examples/rotation/generic.sh --every 90
#
# sealbox runs it once per step with the step as its only argument and the values on stdin as
# JSON: {"name", "current": {"version_id", "value"}, "pending": {"version_id", "value"}}.
#   create  what it prints becomes the pending value; printing nothing (as here) makes sealbox
#           generate one: a 32-character password, or for a JSON secret with a "password"
#           field, the same JSON with a new password
#   set     apply the pending value to the real system: nothing to do here
#   test    prove the pending value works: nothing to prove here
# A non-zero exit fails the rotation (sealbox exits 7; AWSCURRENT stays as it was).
set -eu
cat >/dev/null   # the values: not needed here
case "${1:-}" in
create | set | test) exit 0 ;;
*)
  echo "generic.sh: unknown step '${1:-}' (expected create, set or test)" >&2
  exit 2
  ;;
esac
