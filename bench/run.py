#!/usr/bin/env python3
"""Drive the release binary with hyperfine; see bench/run.sh. Writes bench/results/<date>.json."""

import datetime
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "sealbox")
HELLO = os.path.join(ROOT, "bench", "work", "hello")
QUICK = "--quick" in sys.argv
SIZES = [100, 1000] if QUICK else [100, 1000, 10000, 100000]
GROUP = 50  # secrets per "directory": `exec --prefix` reads one group


def name(i):
    return f"bench/g{i // GROUP:05d}/s{i % GROUP:02d}"


def value(rng, i, v):
    if i % 20 == 7:  # 5% of values are 1-4 KiB
        n = rng.randint(1024, 4096)
    else:
        n = 32
    return (f"{i}-{v}-" + "x" * n)[:n]


def hyperfine(label, commands, runs=None, shell=False, env=None):
    """Run hyperfine on a list of (name, command) and return {name: median seconds}."""
    out = tempfile.NamedTemporaryFile(suffix=".json", delete=False)
    out.close()
    args = ["hyperfine", "--style", "none", "--warmup", "3", "--export-json", out.name]
    if shell:
        args += ["--shell", "bash"]  # $RANDOM makes each write unique
    else:
        args.append("-N")
    if runs:
        args += ["--runs", str(runs)]
    else:
        args += ["--min-runs", "10"]
    for n, c in commands:
        args += ["-n", n, c]
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    with open(out.name) as f:
        data = json.load(f)
    os.unlink(out.name)
    res = {r["command"]: {"median": r["median"], "mean": r["mean"], "stddev": r["stddev"] or 0.0, "runs": len(r["times"])}
           for r in data["results"]}
    for n, _ in commands:
        print(f"  {label:>7} {n:<28} {res[n]['median'] * 1000:9.2f} ms", flush=True)
    return res


def peak_rss_kib(cmd, env):
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, capture_output=True, text=True)
    for line in r.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1])
    return None


def sh(cmd, env, **kw):
    return subprocess.run(cmd, env=env, check=True, **kw)


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = f.readline().split(":", 1)[1].strip()
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "kernel": platform.release(),
            "rustc": subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip(),
            "age": subprocess.run(["age", "--version"], capture_output=True, text=True).stdout.strip(),
            "hyperfine": subprocess.run(["hyperfine", "--version"], capture_output=True, text=True).stdout.strip()}


def setup_pass(work, n, rng):
    """A pass store with n secrets, when pass and gpg are installed (only up to 1,000)."""
    if not (shutil.which("pass") and shutil.which("gpg")) or n > 1000:
        return None
    home = os.path.join(work, f"pass-{n}")
    os.makedirs(home, mode=0o700)
    env = dict(os.environ, GNUPGHOME=os.path.join(home, "gnupg"), PASSWORD_STORE_DIR=os.path.join(home, "store"),
               HOME=home)
    os.makedirs(env["GNUPGHOME"], mode=0o700)
    sh(["gpg", "--batch", "--quiet", "--passphrase", "", "--quick-gen-key", "bench@sealbox.invalid", "default",
        "default", "never"], env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sh(["pass", "init", "bench@sealbox.invalid"], env, stdout=subprocess.DEVNULL)
    # Insert by encrypting files directly: one gpg call per secret, as `pass insert` would do.
    for i in range(n):
        path = os.path.join(env["PASSWORD_STORE_DIR"], name(i) + ".gpg")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        sh(["gpg", "--batch", "--quiet", "--yes", "-e", "-r", "bench@sealbox.invalid", "-o", path], env,
           input=value(rng, i, 3).encode())
    return env


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    work = tempfile.mkdtemp(prefix="sealbox-bench-")
    rng = random.Random(42)
    results = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "machine": machine(), "sizes": {}}
    floor = hyperfine("floor", [("true", "/bin/true"), ("hello-rust", HELLO)], runs=200)
    results["floor"] = floor
    noop = os.path.join(work, "noop-rotation.sh")
    with open(noop, "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(noop, 0o755)
    try:
        for n in SIZES:
            print(f"size {n}:", flush=True)
            home = os.path.join(work, f"home-{n}")
            os.makedirs(home)
            env = {"HOME": home, "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
            sh([BIN, "init", "--no-passphrase"], env, stderr=subprocess.DEVNULL)
            # The targets are measured without read auditing (`log_reads = false`); `get
            # (audited)` below measures the default, which appends one HMAC-chained line per read.
            cfg_dir = os.path.join(home, ".config/sealbox")
            with open(os.path.join(cfg_dir, "config.toml"), "w") as f:
                f.write("[audit]\nlog_reads = false\n")
            audited = os.path.join(cfg_dir, "audited.toml")
            open(audited, "w").close()
            data = {name(i): [value(rng, i, v) for v in range(3)] for i in range(n)}
            src = os.path.join(work, f"import-{n}.json")
            with open(src, "w") as f:
                json.dump(data, f)
            t0 = datetime.datetime.now()
            sh([BIN, "import", "--format", "json", src], env, stderr=subprocess.DEVNULL)
            import_s = (datetime.datetime.now() - t0).total_seconds()
            vault = os.path.join(home, ".local/share/sealbox/vault.age")
            ident = os.path.join(home, ".config/sealbox/identity.txt")
            mid = name(n // 2)
            group = f"bench/g{(n // 2) // GROUP:05d}/"
            rot = name(n // 2 + 1)
            sh([BIN, "rotate", rot, "--script", noop, "--every", "30"], env, stdout=subprocess.DEVNULL,
               stderr=subprocess.DEVNULL)
            base = BIN
            size = {"secrets": n, "vault_bytes": os.path.getsize(vault), "import_seconds": import_s}
            size["read"] = hyperfine(str(n), [
                ("age -d", f"age -d -i {ident} -o /dev/null {vault}"),
                ("get", f"{base} get {mid}"),
                ("get (audited)", f"{base} --config {audited} get {mid}"),
                ("get --stage AWSPREVIOUS", f"{base} get {mid} --stage AWSPREVIOUS"),
                ("list", f"{base} list"),
                ("exec --prefix (50)", f"{base} exec --prefix {group} -- /bin/true"),
            ], env=env)
            # Writes change the vault on every run; their numbers include the fsyncs.
            write_runs = 10 if n >= 100000 else 20
            size["write"] = hyperfine(str(n), [
                ("put-version", f"{base} put-version {mid} --value v-$RANDOM$RANDOM"),
                ("create", f"{base} create bench/new/$RANDOM$RANDOM$RANDOM --value v"),
                ("rotate (no-op script)", f"{base} rotate {rot}"),
            ], runs=write_runs, shell=True, env=env)
            size["peak_rss_kib"] = {
                "get": peak_rss_kib([BIN, "get", mid], env),
                "put-version": peak_rss_kib([BIN, "put-version", mid, "--value", "rss"], env),
            }
            penv = setup_pass(work, n, rng)
            if penv:
                size["peers"] = hyperfine(str(n), [("pass show", f"pass show {mid}")], env=penv)
            results["sizes"][str(n)] = size
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    out = os.path.join(ROOT, "bench", "results", results["date"][:10] + ("-quick" if QUICK else "") + ".json")
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    print(f"\nwrote {os.path.relpath(out, ROOT)}")


def report(r):
    hello = r["floor"]["hello-rust"]["median"]
    print("\nmedians (ms) and ratios")
    print(f"{'secrets':>8} {'get':>7} {'get/hello':>9} {'get/age-d':>9} {'age -d':>8} {'put':>8} {'put/age-d':>9} "
          f"{'list':>8} {'list/age-d':>10} {'exec50/get':>10} {'rss get':>8} {'rss put':>8}")
    sizes = r["sizes"]
    for n, s in sizes.items():
        rd, wr = s["read"], s["write"]
        get, age = rd["get"]["median"], rd["age -d"]["median"]
        put = wr["put-version"]["median"]
        lst = rd["list"]["median"]
        ex = rd["exec --prefix (50)"]["median"]
        print(f"{n:>8} {get * 1e3:7.2f} {get / hello:9.2f} {get / age:9.2f} {age * 1e3:8.2f} {put * 1e3:8.2f} "
              f"{put / age:9.2f} {lst * 1e3:8.2f} {lst / age:10.2f} {ex / get:10.2f} "
              f"{(s['peak_rss_kib']['get'] or 0) / 1024:7.1f}M {(s['peak_rss_kib']['put-version'] or 0) / 1024:7.1f}M")
    if "1000" in sizes and "100000" in sizes:
        g1 = sizes["1000"]["read"]["get"]["median"]
        g100 = sizes["100000"]["read"]["get"]["median"]
        print(f"\nget at 100,000 / get at 1,000: {g100 / g1:.2f}")
    print(f"process floor: /bin/true {r['floor']['true']['median'] * 1e3:.2f} ms, Rust hello {hello * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
