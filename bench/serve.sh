#!/usr/bin/env bash
# GetSecretValue throughput and p99 latency of `sealbox serve` (release build) against
# moto_server on the same machine, at 1,000 and 100,000 secrets, 8 concurrent clients.
# A benchmark, not a test: run it by hand on a quiet machine.
#
#   bench/serve.sh [SECONDS_PER_RUN [RESULTS.json]]     (default 20 s, bench/results/DATE-serve.json)
#
# Needs the virtualenv of scripts/test.sh (moto_server, botocore) at target/moto-venv or
# $SEALBOX_MOTO_VENV. The clients are 8 processes (not threads: one GIL would cap them), each
# with one keep-alive HTTP connection, sending GetSecretValue for random secrets of the set,
# requests signed in advance with botocore's SigV4 (2,000 per client; a signature stays valid
# 15 minutes), so a client costs little next to the server it measures. Every answer must be
# HTTP 200 with the secret's value.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-20}"
results="${2:-bench/results/$(date -u +%F)-serve.json}"
venv="${SEALBOX_MOTO_VENV:-$PWD/target/moto-venv}"
py="$venv/bin/python"
cargo build --release --quiet
sb="$PWD/target/release/sealbox"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"

free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 600); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.05; done; echo "no server on $1" >&2; exit 1; }

cat > "$work/load.py" <<'PY'
import http.client, json, multiprocessing as mp, random, sys, time
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

def signed(url, key, secret, n, count):
    creds, out = Credentials(key, secret), []
    for _ in range(count):
        i = random.randrange(n)
        body = json.dumps({"SecretId": f"bench/s{i:06d}"})
        r = AWSRequest("POST", url + "/", data=body, headers={
            "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "secretsmanager.GetSecretValue"})
        SigV4Auth(creds, "secretsmanager", "us-east-1").add_auth(r)
        out.append((body.encode(), dict(r.headers.items()), f"value-{i}"))
    return out

def client(args):
    url, key, secret, n, secs = args
    reqs = signed(url, key, secret, n, 2000)
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port))
    lat, bad, end, k = [], 0, time.time() + secs, 0
    while time.time() < end:
        body, headers, want = reqs[k % len(reqs)]
        k += 1
        t = time.perf_counter()
        conn.request("POST", "/", body, headers)
        resp = conn.getresponse()
        data = resp.read()
        lat.append(time.perf_counter() - t)
        if resp.status != 200 or json.loads(data).get("SecretString") != want:
            bad += 1
    return lat, bad

if __name__ == "__main__":
    url, n, key, secret, secs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
    with mp.Pool(8) as pool:
        parts = pool.map(client, [(url, key, secret, n, secs)] * 8)
    lat = sorted(x for p, _ in parts for x in p)
    bad = sum(b for _, b in parts)
    print(json.dumps({"requests": len(lat), "failed": bad, "req_per_s": round(len(lat) / secs),
                      "p50_ms": round(lat[len(lat) // 2] * 1000, 3),
                      "p99_ms": round(lat[int(len(lat) * 0.99)] * 1000, 3)}))
PY

cat > "$work/fill_moto.py" <<'PY'
# One connection, in order: moto_server answers 500 now and then to concurrent CreateSecrets.
import http.client, json, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
c = http.client.HTTPConnection("127.0.0.1", port)
for i in range(n):
    body = json.dumps({"Name": f"bench/s{i:06d}", "SecretString": f"value-{i}"})
    c.request("POST", "/", body, {"X-Amz-Target": "secretsmanager.CreateSecret",
                                   "Content-Type": "application/x-amz-json-1.1",
                                   "Authorization": "AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=x"})
    r = c.getresponse(); r.read()
    assert r.status == 200, (i, r.status)
PY

runs=()
for n in 1000 100000; do
  rm -rf "$HOME/.local" "$HOME/.config"
  "$sb" init --no-passphrase >/dev/null 2>&1
  "$py" -c "import json; print(json.dumps({f'bench/s{i:06d}': f'value-{i}' for i in range($n)}))" > "$work/secrets.json"
  "$sb" import --format json "$work/secrets.json" >/dev/null 2>&1
  port=$(free_port)
  "$sb" serve --listen "127.0.0.1:$port" 2>/dev/null & serve_pid=$!
  wait_port "$port"
  eval "$("$sb" serve --credentials --listen "127.0.0.1:$port")"
  serve=$("$py" "$work/load.py" "http://127.0.0.1:$port" "$n" "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$secs")
  echo "serve $n secrets: $serve"
  kill -TERM "$serve_pid"; wait "$serve_pid" || true

  port=$(free_port)
  "$venv/bin/moto_server" -p "$port" >/dev/null 2>&1 & moto_pid=$!
  wait_port "$port"
  "$py" "$work/fill_moto.py" "$port" "$n"
  moto=$("$py" "$work/load.py" "http://127.0.0.1:$port" "$n" x x "$secs")
  echo "moto  $n secrets: $moto"
  kill "$moto_pid"; wait "$moto_pid" 2>/dev/null || true
  runs+=("{\"secrets\": $n, \"serve\": $serve, \"moto\": $moto}")
done

moto_version=$("$py" -c 'import moto; print(moto.__version__)')
printf '%s\n' "${runs[@]}" | "$py" -c '
import json, sys
secs, moto, cores, date = sys.argv[1:5]
runs = [json.loads(l) for l in sys.stdin]
for r in runs:
    r["ratio_req_per_s"] = round(r["serve"]["req_per_s"] / r["moto"]["req_per_s"], 1)
print(json.dumps({"date": date, "what": f"GetSecretValue, 8 client processes with keep-alive connections and pre-signed requests, {secs} s per run; sealbox serve (release) vs moto_server {moto}; {cores} cores shared with other work", "runs": runs}, indent=2))
' "$secs" "$moto_version" "$(nproc)" "$(date -u +%F)" > "$results"
echo "wrote $results"
