#!/bin/sh
# sealbox rotation script for a `--type database --engine postgres` secret: single-user strategy.
#
#   sealbox rotate app/db --script examples/rotation/postgres.sh --every 30
#
# The secret is AWS's JSON ({"engine","host","port","username","password","dbname"}).
#   create  prints nothing: sealbox makes the pending value, the same JSON with a new password
#   set     logs in with the current credentials (or, when an earlier `set` already changed the
#           password and a later step failed, with the pending ones) and runs
#           ALTER ROLE <username> PASSWORD <new password>
#   test    logs in with the pending credentials
#
# Values arrive on stdin as JSON and never go into argv: passwords reach psql through
# PGPASSWORD in psql's own environment, and the new password reaches the server as a psql
# variable quoted with :'pw' (so quotes and backslashes in it are safe).
# Needs: sh, python3 (to read the JSON), psql.
set -eu

step=${1:?usage: postgres.sh create|set|test (run by sealbox rotate)}
input=$(cat)

# creds WHICH PREFIX: set PREFIXhost, PREFIXport, PREFIXusername, PREFIXpassword, PREFIXdbname
# from the current or pending value. python3 prints shell-quoted assignments (shlex.quote), so
# eval never runs anything from the value.
creds() {
  eval "$(printf '%s' "$input" | python3 -c '
import json, shlex, sys
which, prefix = sys.argv[1], sys.argv[2]
value = json.load(sys.stdin)[which]["value"]
if value is None:
    sys.exit("the %s value is missing" % which)
secret = json.loads(value)
for key, default in (("host", "localhost"), ("port", "5432"), ("username", None),
                     ("password", None), ("dbname", "postgres")):
    v = secret.get(key, default)
    if v is None:
        sys.exit("the %s value has no %s field" % (which, key))
    print("%s%s=%s" % (prefix, key, shlex.quote(str(v))))
' "$1" "$2")"
}

# psql_with PREFIX: run psql (SQL on stdin) as the credentials loaded under PREFIX.
psql_with() {
  (
    eval "PGPASSWORD=\${$1password}"
    export PGPASSWORD
    PGCONNECT_TIMEOUT=10
    export PGCONNECT_TIMEOUT
    eval "exec psql -X -q -At -v ON_ERROR_STOP=1 -h \"\${$1host}\" -p \"\${$1port}\" -U \"\${$1username}\" -d \"\${$1dbname}\""
  )
}

case "$step" in
create)
  # Empty output: sealbox generates the new password (AWS GetRandomPassword defaults).
  ;;
set)
  creds current cur_
  creds pending new_
  login=cur_
  if ! echo 'SELECT 1' | psql_with cur_ >/dev/null 2>&1; then
    # A resumed rotation whose earlier `set` already applied the pending password.
    login=new_
  fi
  SEALBOX_NEW_PASSWORD=$new_password
  SEALBOX_ROLE=$new_username
  export SEALBOX_NEW_PASSWORD SEALBOX_ROLE
  psql_with "$login" <<'SQL'
\set pw `printenv SEALBOX_NEW_PASSWORD`
\set role `printenv SEALBOX_ROLE`
ALTER ROLE :"role" PASSWORD :'pw';
SQL
  echo "set: the password of role $new_username changed" >&2
  ;;
test)
  creds pending new_
  who=$(echo 'SELECT current_user' | psql_with new_)
  if [ "$who" != "$new_username" ]; then
    echo "test: logged in as '$who', expected '$new_username'" >&2
    exit 1
  fi
  echo "test: logged in as $who with the pending password" >&2
  ;;
*)
  echo "postgres.sh: unknown step '$step' (expected create, set or test)" >&2
  exit 2
  ;;
esac
