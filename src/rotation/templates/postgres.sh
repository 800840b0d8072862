# sealbox's built-in rotation template for PostgreSQL (`rotate NAME --template postgres` or
# `--template postgres-alternating`). sealbox runs it as `sh -c TEMPLATE NAME STEP` for the
# steps `set` and `test` (it makes the pending value itself: `create` never reaches here).
#
# stdin: shell assignments that sealbox quoted ('…' with ' written '\''), never run anything:
#   strategy=single|alternating
#   current_host current_port current_username current_password current_dbname
#   pending_host … pending_dbname                     (the AWSPENDING value)
#   master_host … master_dbname                       (alternating: the masterarn secret)
# Passwords reach psql in PGPASSWORD, in psql's own environment only (libpq reads a password
# from there or from a passfile; a file would outlive a step killed at its timeout). Values
# reach SQL as hex, decoded by the server into psql variables, and are quoted by psql
# (:'pw' for a literal, :"role" for a name): quotes, backslashes and % are applied verbatim.
set -eu
eval "$(cat)"

# hex VALUE: the bytes of VALUE in hex (printf is a shell builtin: VALUE is in no argv).
hex() {
  printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n'
}

# as WHO: run psql, SQL on stdin, logged in with WHO's credentials (current, pending, master).
as() {
  eval "host=\$${1}_host port=\$${1}_port user=\$${1}_username db=\$${1}_dbname PGPASSWORD=\$${1}_password"
  PGCONNECT_TIMEOUT=10 PGPASSWORD=$PGPASSWORD psql -X -q -At -v ON_ERROR_STOP=1 \
    -h "$host" -p "$port" -U "$user" -d "$db"
}

# var NAME VALUE: SQL that sets the psql variable NAME to VALUE, without VALUE in the SQL text.
var() {
  printf "SELECT convert_from(decode('%s', 'hex'), 'UTF8') AS %s \\\\gset\n" "$(hex "$2")" "$1"
}

logs_in() {
  echo 'SELECT 1' | as "$1" >/dev/null 2>&1
}

case "$1" in
set)
  if [ "$strategy" = single ]; then
    login=current
    if ! logs_in current && logs_in pending; then
      # Resumed: an earlier `set` applied the pending password, then a later step failed.
      login=pending
    fi
    { var pw "$pending_password"; echo "ALTER ROLE CURRENT_USER PASSWORD :'pw';"; } | as "$login"
    echo "set: the password of role $pending_username changed" >&2
  else
    {
      var role "$pending_username"
      var base "$current_username"
      var pw "$pending_password"
      cat <<'SQL'
SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS found \gset
\if :found
ALTER ROLE :"role" PASSWORD :'pw';
\else
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
GRANT :"base" TO :"role";
\echo created role :role as a member of :base
\endif
SQL
    } | as master >&2
    echo "set: $master_username set the password of $pending_username" >&2
  fi
  ;;
test)
  who=$(echo 'SELECT current_user' | as pending) || {
    echo "test: $pending_username can't log in with the pending password" >&2
    exit 1
  }
  if [ "$who" != "$pending_username" ]; then
    echo "test: logged in as '$who', expected '$pending_username'" >&2
    exit 1
  fi
  echo "test: $who logs in with the pending password" >&2
  ;;
*)
  echo "$0: unknown step '$1' (expected set or test)" >&2
  exit 2
  ;;
esac
