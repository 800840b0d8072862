# sealbox's built-in rotation template for MySQL and MariaDB (`rotate NAME --template mysql` or
# `--template mysql-alternating`). sealbox runs it as `sh -c TEMPLATE NAME STEP` for the steps
# `set` and `test` (it makes the pending value itself: `create` never reaches here).
#
# stdin: shell assignments that sealbox quoted ('…' with ' written '\''), never run anything:
#   strategy=single|alternating
#   current_host current_port current_username current_password current_dbname
#   pending_host … pending_dbname                     (the AWSPENDING value)
#   master_host … master_dbname                       (alternating: the masterarn secret)
# A host starting with / is the server's socket file. Credentials reach the client in an
# option file on a pipe (--defaults-file=/dev/fd/3), never in argv or the environment. Values
# reach SQL as hex literals decoded into user variables, and statements that need a literal
# are built by the server with QUOTE(): quotes, backslashes and % are applied verbatim.
set -eu
eval "$(cat)"

client=$(command -v mariadb || command -v mysql || true)
if [ -z "$client" ]; then
  echo "$0: neither mariadb nor mysql (the client) is on PATH" >&2
  exit 127
fi

hex() {
  printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n'
}

# An option-file value: in double quotes, with \ and " escaped.
option() {
  printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'
}

# as WHO: run the client, SQL on stdin, logged in with WHO's credentials.
as() {
  eval "host=\$${1}_host port=\$${1}_port user=\$${1}_username db=\$${1}_dbname pw=\$${1}_password"
  case "$host" in
  /*) where="socket=\"$(option "$host")\"" ;;
  *) where="host=\"$(option "$host")\"
port=$port" ;;
  esac
  database=
  [ -z "$db" ] || database="database=\"$(option "$db")\""
  "$client" --defaults-file=/dev/fd/3 -N -B --raw 3<<EOF
[client]
user="$(option "$user")"
password="$(option "$pw")"
$where
$database
connect-timeout=10
EOF
}

# var NAME VALUE: SQL that sets @NAME to VALUE, without VALUE in the SQL text.
var() {
  printf "SET @%s = CONVERT(X'%s' USING utf8mb4);\n" "$1" "$(hex "$2")"
}

# SQL that runs the statement in @s (built with QUOTE(), so no value is spliced in unquoted).
run_s() {
  echo 'PREPARE st FROM @s; EXECUTE st; DEALLOCATE PREPARE st;'
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
    # MariaDB lets a user without privileges change its own password only with SET PASSWORD =
    # PASSWORD('…'); MySQL 8 has no PASSWORD() and takes the plain text.
    {
      var pw "$pending_password"
      echo "SET @s = IF(VERSION() LIKE '%MariaDB%', CONCAT('SET PASSWORD = PASSWORD(', QUOTE(@pw), ')'),"
      echo "  CONCAT('SET PASSWORD = ', QUOTE(@pw)));"
      run_s
    } | as "$login"
    echo "set: the password of $pending_username changed" >&2
  else
    base_host=$({
      var base "$current_username"
      echo "SELECT Host FROM mysql.user WHERE User = @base ORDER BY Host = '%' DESC LIMIT 1;"
    } | as master)
    [ -n "$base_host" ] || base_host=%
    exists=$({
      var u "$pending_username"
      var h "$base_host"
      echo "SELECT COUNT(*) FROM mysql.user WHERE User = @u AND Host = @h;"
    } | as master)
    grants=
    if [ "$exists" = 0 ]; then
      grants=$({
        var base "$current_username"
        var h "$base_host"
        echo "SET @s = CONCAT('SHOW GRANTS FOR ', QUOTE(@base), '@', QUOTE(@h));"
        run_s
      } | as master)
    fi
    {
      var u "$pending_username"
      var h "$base_host"
      var pw "$pending_password"
      if [ "$exists" = 0 ]; then
        echo "SET @s = CONCAT('CREATE USER ', QUOTE(@u), '@', QUOTE(@h), ' IDENTIFIED BY ', QUOTE(@pw));"
        run_s
        # AWS's way: each of the current user's grants, up to its " TO …", granted to the clone.
        printf '%s\n' "$grants" | while IFS= read -r grant; do
          [ -n "$grant" ] || continue
          var g "${grant% TO *}"
          echo "SET @s = CONCAT(@g, ' TO ', QUOTE(@u), '@', QUOTE(@h));"
          run_s
        done
      else
        echo "SET @s = CONCAT('ALTER USER ', QUOTE(@u), '@', QUOTE(@h), ' IDENTIFIED BY ', QUOTE(@pw));"
        run_s
      fi
    } | as master
    if [ "$exists" = 0 ]; then
      echo "set: $master_username created $pending_username@$base_host with the grants of $current_username" >&2
    else
      echo "set: $master_username set the password of $pending_username@$base_host" >&2
    fi
  fi
  ;;
test)
  who=$(echo "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1);" | as pending) || {
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
