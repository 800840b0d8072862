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
BIN = os.environ.get("SEALBOX_BENCH_BIN") or os.path.join(ROOT, "target", "release", "sealbox")
HELLO = os.path.join(ROOT, "bench", "work", "hello")
QUICK = "--quick" in sys.argv
LARGE = "--large" in sys.argv
SIZES = [100, 1000] if QUICK else [100, 1000, 10000, 100000] + ([1000000] if LARGE else [])
KBS2 = os.environ.get("SEALBOX_BENCH_KBS2") or shutil.which("kbs2")
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


def callgrind(cmd, env):
    """Instructions of one run of `cmd` (a list) under valgrind --tool=callgrind: stable on a
    shared, noisy machine, unlike times."""
    out = tempfile.NamedTemporaryFile(suffix=".cg", delete=False)
    out.close()
    r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}"] + cmd, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    os.unlink(out.name)
    for line in r.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    return None


def counts(label, commands, env):
    res = {}
    for n, c in commands:
        res[n] = callgrind(c, env)
        print(f"  {label:>7} {n:<28} {res[n] or 0:>15,} instructions", flush=True)
    return res


def setup_kbs2(work, n, rng):
    """A kbs2 store (one age file per record, unwrapped key: no agent) with n login records."""
    if not KBS2:
        return None
    home = os.path.join(work, f"kbs2-{n}")
    os.makedirs(home, mode=0o700)
    env = {"HOME": home, "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    sh([KBS2, "init", "--insecure-not-wrapped"], env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for i in range(n):
        sh([KBS2, "new", "-t", "-k", "login", name(i).replace("/", "-")], env,
           input=("bench\x01" + value(rng, i, 3)).encode(), stdout=subprocess.DEVNULL)
    return env


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


def vault_shape(work, n):
    """Bytes per secret at the issue's shape: n secrets, one 32-character value each."""
    home = os.path.join(work, f"shape-{n}")
    os.makedirs(home)
    env = {"HOME": home, "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    sh([BIN, "init", "--no-passphrase", "-q"], env)
    src = os.path.join(work, f"shape-{n}.json")
    with open(src, "w") as f:
        json.dump({f"app/s{i:07d}": f"v{i:07d}-" + "x" * 23 for i in range(n)}, f)
    sh([BIN, "import", "--format", "json", src, "-q"], env)
    size = os.path.getsize(os.path.join(home, ".local/share/sealbox/vault.age"))
    shutil.rmtree(home, ignore_errors=True)
    return {"secrets": n, "vault_bytes": size, "bytes_per_secret": size / n}


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    work = tempfile.mkdtemp(prefix="sealbox-bench-")
    rng = random.Random(42)
    results = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "machine": machine(), "sizes": {}}
    floor = hyperfine("floor", [("true", "/bin/true"), ("hello-rust", HELLO)], runs=200)
    results["floor"] = floor
    results["floor_instructions"] = {"hello-rust": callgrind([HELLO], dict(os.environ))}
    results["shape_100k"] = vault_shape(work, 1000 if QUICK else 100000)
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
            # The default audits reads (one HMAC-chained line per `get`): `get (audited)` is
            # the default command line; `get` passes a config with `log_reads = false`.
            cfg_dir = os.path.join(home, ".config/sealbox")
            unaudited = os.path.join(cfg_dir, "unaudited.toml")
            with open(unaudited, "w") as f:
                f.write("[audit]\nlog_reads = false\n")
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
                ("get", f"{base} --config {unaudited} get {mid}"),
                ("get (audited)", f"{base} get {mid}"),
                ("get --stage AWSPREVIOUS", f"{base} get {mid} --stage AWSPREVIOUS"),
                ("list", f"{base} list"),
                ("list --names", f"{base} list --names"),
                ("exec --prefix (50)", f"{base} exec --prefix {group} -- /bin/true"),
            ], env=env)
            # To a terminal: both through script(1), so the wrapper's cost is on both sides.
            if shutil.which("script"):
                size["terminal"] = hyperfine(str(n), [
                    ("age -d (script)", f"script -qec 'age -d -i {ident} -o /dev/null {vault}' /dev/null"),
                    ("list (script)", f"script -qec '{base} list' /dev/null"),
                ], env=dict(env, COLUMNS="200"))
            audited_env = dict(env)
            size["instructions"] = counts(str(n), [
                ("get (audited)", [BIN, "get", mid]),
                ("get", [BIN, "--config", unaudited, "get", mid]),
                ("list --names", [BIN, "list", "--names"]),
                ("list", [BIN, "list"]),
            ], audited_env)
            # Writes change the vault on every run; their numbers include the fsyncs.
            write_runs = 10 if n >= 100000 else 20
            size["write"] = hyperfine(str(n), [
                ("put-version", f"{base} put-version {mid} --value v-$RANDOM$RANDOM"),
                ("create", f"{base} create bench/new/$RANDOM$RANDOM$RANDOM --value v"),
                ("rotate (no-op script)", f"{base} rotate {rot}"),
            ], runs=write_runs, shell=True, env=env)
            size["instructions"]["put-version"] = callgrind([BIN, "put-version", mid, "--value", "counted"], env)
            size["peak_rss_kib"] = {
                "get": peak_rss_kib([BIN, "get", mid], env),
                "put-version": peak_rss_kib([BIN, "put-version", mid, "--value", "rss"], env),
            }
            size["peers"] = {}
            penv = setup_pass(work, n, rng)
            if penv:
                size["peers"].update(hyperfine(str(n), [("pass show", f"pass show {mid}")], env=penv))
            kenv = setup_kbs2(work, n, random.Random(7)) if n <= 1000 else None
            if kenv:
                label = name(n // 2).replace("/", "-")
                size["peers"].update(hyperfine(str(n), [("kbs2 pass", f"{KBS2} pass {label}")], env=kenv))
                size["instructions"]["kbs2 pass"] = callgrind([KBS2, "pass", label], kenv)
                print(f"  {n:>7} {'kbs2 pass':<28} {size['instructions']['kbs2 pass'] or 0:>15,} instructions")
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
    r["targets"] = targets(r)
    print("\ntargets (issue 16)")
    for t in r["targets"]:
        print(f"  {'met    ' if t['met'] else 'NOT MET'}  {t['target']}: {t['measured']}")


def targets(r):
    """Each target of the performance issue that this run measured, met or not."""
    out = []
    sizes = r["sizes"]

    def add(target, measured, met):
        out.append({"target": target, "measured": measured, "met": bool(met)})

    one = sizes.get("1000")
    if one and "kbs2 pass" in one.get("instructions", {}):
        ours, theirs = one["instructions"]["get (audited)"], one["instructions"]["kbs2 pass"]
        add("get at 1,000 (audited) <= kbs2 pass, instructions", f"{ours:,} vs {theirs:,} ({ours / theirs:.2f}x)",
            ours <= theirs)
        ours, theirs = one["read"]["get (audited)"]["mean"], one["peers"]["kbs2 pass"]["mean"]
        add("get at 1,000 (audited) <= kbs2 pass, hyperfine mean",
            f"{ours * 1e3:.2f} ms vs {theirs * 1e3:.2f} ms ({ours / theirs:.2f}x)", ours <= theirs)
    for big, limit in (("100000", 1.1), ("1000000", 1.2)):
        if one and big in sizes:
            a, b = one["instructions"]["get (audited)"], sizes[big]["instructions"]["get (audited)"]
            add(f"get at {int(big):,} <= {limit}x get at 1,000, instructions", f"{b:,} ({b / a:.2f}x)", b / a <= limit)
    h = sizes.get("100000")
    if h:
        age = h["read"]["age -d"]["median"]
        for cmd, limit in (("list", 1.2), ("list --names", 1.0)):
            m = h["read"][cmd]["median"]
            add(f"{cmd} of 100,000 <= {limit}x age -d (pipe), medians", f"{m * 1e3:.0f} ms vs {age * 1e3:.0f} ms "
                f"({m / age:.2f}x)", m / age <= limit)
        if "terminal" in h:
            m, a = h["terminal"]["list (script)"]["median"], h["terminal"]["age -d (script)"]["median"]
            add("list of 100,000 <= 1.2x age -d (terminal), medians", f"{m * 1e3:.0f} ms vs {a * 1e3:.0f} ms "
                f"({m / a:.2f}x)", m / a <= 1.2)
        put = h["write"]["put-version"]["median"]
        add("put-version at 100,000 <= 2x age -d, medians", f"{put * 1e3:.0f} ms ({put / age:.2f}x)", put / age <= 2)
        rot = h["write"]["rotate (no-op script)"]["median"]
        add("rotate (no-op) at 100,000 <= 3x put-version", f"{rot * 1e3:.0f} ms ({rot / put:.2f}x)", rot / put <= 3)
    for n, sz in sizes.items():
        rss = sz["peak_rss_kib"]["put-version"] or 0
        if int(n) >= 100000:
            add(f"put-version peak RSS at {int(n):,} <= 64 MiB", f"{rss / 1024:.1f} MiB", rss <= 64 * 1024)
    shape = r.get("shape_100k")
    if shape:
        add(f"vault <= 350 bytes per secret ({shape['secrets']:,} secrets, one 32-character value)",
            f"{shape['bytes_per_secret']:.0f} bytes", shape["bytes_per_secret"] <= 350)
    return out


if __name__ == "__main__":
    main()
