#!/bin/sh
# sealbox rotation script for a `--type database --engine postgres` secret: alternating users.
#
#   sealbox rotate app/db --script examples/rotation/postgres-alternating.sh --every 30
#
# Two roles take turns: `app` and `app_clone` (AWS's naming). Each rotation switches the
# secret to the other role with a new password, and never touches the role that readers of
# AWSCURRENT are using, so there is no moment at which the current credentials stop working
# (the single-user postgres.sh has a short one). The previous credentials keep working until
# the rotation after next.
#   create  prints the secret's JSON with `username` switched to the other role and a new
#           password (32 random letters and digits)
#   set     logs in with the current credentials and runs
#           ALTER ROLE <other role> PASSWORD <new password>
#   test    logs in with the pending credentials
#
# Setup: create both roles with the same privileges (e.g. both members of one group role that
# owns the objects), and let them change each other's password: in PostgreSQL 15 and older,
# give both CREATEROLE; in 16 and newer, grant each one ADMIN OPTION on the other.
# Needs: sh, python3, psql. Values never go into argv (see postgres.sh).
set -eu

step=${1:?usage: postgres-alternating.sh create|set|test (run by sealbox rotate)}
input=$(cat)

# creds WHICH PREFIX: shell variables PREFIXhost … PREFIXdbname from the current or pending
# value (python3 prints them shell-quoted, so eval runs nothing from the value).
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
  printf '%s' "$input" | python3 -c '
import json, secrets, string, sys
secret = json.loads(json.load(sys.stdin)["current"]["value"])
user = secret["username"]
secret["username"] = user[: -len("_clone")] if user.endswith("_clone") else user + "_clone"
alphabet = string.ascii_letters + string.digits
secret["password"] = "".join(secrets.choice(alphabet) for _ in range(32))
print(json.dumps(secret))
'
  ;;
set)
  creds current cur_
  creds pending new_
  if [ "$cur_username" = "$new_username" ]; then
    echo "set: the pending value uses the current role $cur_username; expected the other one" >&2
    exit 1
  fi
  SEALBOX_NEW_PASSWORD=$new_password
  SEALBOX_ROLE=$new_username
  export SEALBOX_NEW_PASSWORD SEALBOX_ROLE
  psql_with cur_ <<'SQL'
\set pw `printenv SEALBOX_NEW_PASSWORD`
\set role `printenv SEALBOX_ROLE`
ALTER ROLE :"role" PASSWORD :'pw';
SQL
  echo "set: $cur_username changed the password of $new_username" >&2
  ;;
test)
  creds pending new_
  who=$(echo 'SELECT current_user' | psql_with new_)
  if [ "$who" != "$new_username" ]; then
    echo "test: logged in as '$who', expected '$new_username'" >&2
    exit 1
  fi
  ;;
*)
  echo "postgres-alternating.sh: unknown step '$step' (expected create, set or test)" >&2
  exit 2
  ;;
esac
