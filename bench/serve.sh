#!/usr/bin/env bash
# GetSecretValue throughput and p99 latency of `sealbox serve` (release build) against
# moto_server on the same machine, at 1,000 and 100,000 secrets, 8 concurrent clients.
# A benchmark, not a test: run it by hand on a quiet machine.
#
#   bench/serve.sh [SECONDS_PER_RUN]     (default 20)
#
# Needs the virtualenv of scripts/test.sh (moto_server, boto3) at target/moto-venv or
# $SEALBOX_MOTO_VENV. Each client is a thread with its own boto3 client; every request
# reads a random secret of the set.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-20}"
venv="${SEALBOX_MOTO_VENV:-$PWD/target/moto-venv}"
py="$venv/bin/python"
cargo build --release --quiet
sb="$PWD/target/release/sealbox"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"
"$sb" init --no-passphrase >/dev/null 2>&1

free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.05; done; echo "no server on $1" >&2; exit 1; }

load() { # URL N KEY SECRET: GetSecretValue for $secs seconds from 8 threads
  "$py" - "$@" "$secs" <<'PY'
import sys, time, random, threading, boto3
url, n, key, secret, secs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
lat, lock = [], threading.Lock()
def client():
    c = boto3.client("secretsmanager", endpoint_url=url, region_name="us-east-1",
                     aws_access_key_id=key, aws_secret_access_key=secret)
    mine, end = [], time.time() + secs
    while time.time() < end:
        t = time.perf_counter()
        c.get_secret_value(SecretId=f"bench/s{random.randrange(n):06d}")
        mine.append(time.perf_counter() - t)
    with lock:
        lat.extend(mine)
ts = [threading.Thread(target=client) for _ in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
lat.sort()
print(f"{len(lat)/secs:8.0f} req/s   p50 {lat[len(lat)//2]*1000:6.2f} ms   p99 {lat[int(len(lat)*0.99)]*1000:6.2f} ms")
PY
}

for n in 1000 100000; do
  rm -f "$HOME/.local/share/sealbox/vault.age"
  "$sb" init --no-passphrase >/dev/null 2>&1 || true
  "$py" -c "import json; print(json.dumps({f'bench/s{i:06d}': f'value-{i}' for i in range($n)}))" > "$work/secrets.json"
  "$sb" import --format json "$work/secrets.json" >/dev/null 2>&1
  port=$(free_port)
  "$sb" serve --listen "127.0.0.1:$port" 2>/dev/null & serve_pid=$!
  wait_port "$port"
  eval "$("$sb" serve --credentials --listen "127.0.0.1:$port")"
  printf 'serve %6d secrets: ' "$n"; load "http://127.0.0.1:$port" "$n" "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY"
  kill -TERM "$serve_pid"; wait "$serve_pid" || true

  port=$(free_port)
  "$venv/bin/moto_server" -p "$port" >/dev/null 2>&1 & moto_pid=$!
  wait_port "$port"
  "$py" - "http://127.0.0.1:$port" "$n" <<'PY'
import sys, boto3
c = boto3.client("secretsmanager", endpoint_url=sys.argv[1], region_name="us-east-1",
                 aws_access_key_id="x", aws_secret_access_key="x")
for i in range(int(sys.argv[2])):
    c.create_secret(Name=f"bench/s{i:06d}", SecretString=f"value-{i}")
PY
  printf 'moto  %6d secrets: ' "$n"; load "http://127.0.0.1:$port" "$n" x x
  kill "$moto_pid"; wait "$moto_pid" 2>/dev/null || true
done
