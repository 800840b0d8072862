//! Crashes, full disks and read-only directories: the vault survives byte-for-byte and a
//! crashed writer's temp file is cleaned by the next write.
//!
//! Runs compare their output exactly ([`Sandbox::case`]) except inside the crash, soak and
//! bit-flip loops, which use raw `sb.run` and check the status (and the lines that matter):
//! there the output depends on where a kill or a flipped byte landed.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::support::*;

fn temp_files(sb: &Sandbox) -> Vec<String> {
    std::fs::read_dir(sb.vault().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

/// A xorshift generator: the test's randomness is reproducible from its seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn sigkill_at_random_moments_loses_no_acknowledged_write() {
    let sb = Sandbox::new();
    // Some bulk so a write spends real time in encrypt/fsync/rename.
    for i in 0..40 {
        let name = format!("bulk/{i:02}");
        sb.case(&["create", &name, "--value-file", "-"])
            .stdin(vec![b'b'; 2000])
            .stderr(format!("created {name} (version [..])\n"))
            .run();
    }
    let mut acknowledged: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let mut kills = 0;
    let mut completed = 0;
    for round in 0..220 {
        let name = format!("k/{:02}", rng.next() % 30);
        let value = format!("v{round}");
        let exists = matches!(acknowledged.get(&name), Some(Some(_)));
        let args: Vec<String> = match (exists, rng.next() % 4) {
            (true, 0) => vec!["delete".into(), name.clone(), "--force-delete-without-recovery".into()],
            (true, _) => vec!["put-version".into(), name.clone(), "--value".into(), value.clone()],
            (false, _) => vec!["create".into(), name.clone(), "--value".into(), value.clone()],
        };
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut child =
            sb.cmd(&argv).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
        // Every fifth writer runs to completion; the others die at a random instant of their life.
        let killed = if round % 5 == 0 {
            false
        } else {
            std::thread::sleep(Duration::from_micros(rng.next() % 60_000));
            child.try_wait().unwrap().is_none()
        };
        if killed {
            child.kill().unwrap();
            kills += 1;
        }
        let status = child.wait().unwrap();
        if !killed {
            assert!(status.success(), "round {round}: {args:?} failed");
            completed += 1;
            let after = if args[0] == "delete" { None } else { Some(value.clone()) };
            acknowledged.insert(name.clone(), after);
        } else {
            // The killed write may or may not have landed; learn which, the vault must open.
            let r = sb.run(&["get", &name]);
            match r.code() {
                0 => {
                    acknowledged.insert(name.clone(), Some(r.stdout_text()));
                }
                3 => {
                    acknowledged.insert(name.clone(), None);
                }
                other => panic!("round {round}: vault unreadable after a kill (exit {other}): {}", r.stderr_text()),
            }
        }
    }
    assert!(kills >= 100, "only {kills} writers were killed mid-flight; raise the delays' spread");
    assert!(completed >= 44, "only {completed} writers completed");
    // Every acknowledged write is there.
    for (name, value) in &acknowledged {
        match value {
            Some(v) => assert_eq!(&sb.get(name), v, "{name}"),
            None => {
                // The hint may name a close name (did you mean …?) or `sealbox list`.
                let want = format!("sealbox: error: secret {name} not found\nsealbox: hint: [..]\n");
                sb.case(&["get", name]).status(3).stderr(want).run();
            }
        }
    }
    // Stale temp files from the kills are removed by the next write.
    sb.create("final", "x");
    assert_eq!(temp_files(&sb), Vec::<String>::new());
    eprintln!("{kills} writers killed and {completed} completed in 220 rounds; {} names checked", acknowledged.len());
}

#[test]
fn file_size_limit_fails_cleanly() {
    let Some(prlimit) = require_tool("prlimit") else { return };
    let sb = Sandbox::new();
    for i in 0..20 {
        let name = format!("s{i}");
        sb.case(&["create", &name, "--value-file", "-"])
            .stdin(vec![b'x'; 4000])
            .stderr(format!("created {name} (version [..])\n"))
            .run();
    }
    let before = sb.vault_bytes();
    let mut c = std::process::Command::new(prlimit);
    c.arg(format!("--fsize={}", before.len() / 2)).arg(env!("CARGO_BIN_EXE_sealbox"));
    c.args(["put-version", "s1", "--value", "new"]);
    c.env_clear().env("HOME", sb.home()).env("PATH", std::env::var_os("PATH").unwrap());
    c.stdin(std::process::Stdio::null());
    sb.case_cmd(c)
        .status(1)
        .stderr(
            "sealbox: error: can't write [HOME]/.local/share/sealbox/.vault.age.tmp-[..]: File too large (os error 27)\n\
             sealbox: hint: the file size limit (ulimit -f) is too low for the vault\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
    assert_eq!(temp_files(&sb), Vec::<String>::new());
    assert_eq!(sb.get("s1").len(), 4000);
}

/// Make a directory unwritable: chmod for a normal user, the immutable flag for root (whom
/// permission bits don't stop).
fn freeze(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    if unsafe_is_root() {
        let ok = std::process::Command::new("chattr").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
        if !ok {
            assert!(!in_ci(), "chattr +i failed under CI: can't make a read-only directory as root");
        }
        ok
    } else {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
        true
    }
}

fn thaw(dir: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::process::Command::new("chattr").arg("-i").arg(dir).status();
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
}

fn unsafe_is_root() -> bool {
    std::process::Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false)
}

#[test]
fn read_only_directory_fails_cleanly() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let before = sb.vault_bytes();
    let dir = sb.vault().parent().unwrap().to_path_buf();
    if !freeze(&dir) {
        return;
    }
    // Raw runs, checked after `thaw`: a failed check must not leave the directory immutable.
    let r = sb.run(&["put-version", "s", "--value", "x"]);
    let r2 = sb.run(&["create", "t", "--value", "x"]);
    let get = sb.run(&["get", "s"]);
    thaw(&dir);
    assert_eq!(r.code(), 1, "{}", r.stderr_text());
    assert!(r.stderr_text().contains("sealbox: error: can't create a temp file"), "{}", r.stderr_text());
    assert!(r.stderr_text().contains("sealbox: hint:"), "{}", r.stderr_text());
    assert_eq!(r2.code(), 1);
    assert_eq!(get.stdout_text(), "v", "reads still work: {}", get.stderr_text());
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn missing_mount_is_a_clear_error() {
    let sb = Sandbox::new();
    let gone = "/nonexistent-mount/sealbox/vault.age";
    // The hint says the directory is missing (a disk not mounted?) when it is; `[..]` because
    // on a shared test machine a run elsewhere may have left the directory behind.
    sb.case(&["--vault", gone, "get", "s"])
        .status(1)
        .stderr(
            "sealbox: error: there is no vault at /nonexistent-mount/sealbox/vault.age\n\
             sealbox: hint: [..]run `sealbox --vault /nonexistent-mount/sealbox/vault.age init`[..]\n",
        )
        .run();
    sb.case(&["--vault", gone, "put-version", "s", "--value", "x"])
        .status(1)
        .stderr(
            "sealbox: error: there is no vault at /nonexistent-mount/sealbox/vault.age\n\
             sealbox: hint: [..]run `sealbox --vault /nonexistent-mount/sealbox/vault.age init`[..]\n",
        )
        .run();
    sb.case(&["--vault", gone, "list"])
        .status(1)
        .stderr(
            "sealbox: error: there is no vault at /nonexistent-mount/sealbox/vault.age\n\
             sealbox: hint: [..]run `sealbox --vault /nonexistent-mount/sealbox/vault.age init`[..]\n",
        )
        .run();
}

/// What one contention worker believes about one of its own secrets, from the answers it got.
#[derive(Clone, Debug, PartialEq)]
enum Believed {
    Absent,
    Live { value: String, canary: Option<String>, tag: Option<String> },
    Scheduled { value: String, canary: Option<String>, tag: Option<String> },
}

/// Run one sealbox command of a contention worker; the lock wait is long so nothing is busy.
fn worker_run(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_sealbox"));
    c.args(args).env_clear().env("HOME", home).env("PATH", std::env::var_os("PATH").unwrap_or_default());
    c.env("SEALBOX_LOCK_TIMEOUT", "300").stdin(std::process::Stdio::null());
    c.output().unwrap()
}

fn ok_json(out: &std::process::Output, what: &str) -> serde_json::Value {
    assert!(out.status.success(), "{what}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{what}: not JSON ({e})"))
}

/// One worker: 100 operations over its own 4 secrets and one shared secret. Returns what it
/// was told succeeded: the state of its secrets and the version ids it added to the shared one.
fn contention_worker(home: std::path::PathBuf, w: u64, ops: usize) -> (Vec<(String, Believed)>, Vec<String>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (w + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let names: Vec<String> = (0..4).map(|i| format!("c/w{w}/s{i}")).collect();
    let mut state: Vec<Believed> = vec![Believed::Absent; names.len()];
    let mut shared_versions = Vec::new();
    for op in 0..ops {
        let value = format!("w{w}-op{op}");
        if rng.next().is_multiple_of(10) {
            let out = worker_run(&home, &["put-version", "shared", "--value", &value, "-o", "json"]);
            let j = ok_json(&out, "put-version shared");
            shared_versions.push(j["VersionId"].as_str().unwrap().to_string());
            continue;
        }
        let i = (rng.next() % names.len() as u64) as usize;
        let name = names[i].as_str();
        let pick = rng.next() % 8;
        let next = match state[i].clone() {
            Believed::Absent => {
                let out = worker_run(&home, &["create", name, "--value", &value]);
                assert!(out.status.success(), "create {name}: {}", String::from_utf8_lossy(&out.stderr));
                Believed::Live { value, canary: None, tag: None }
            }
            Believed::Live { value: current, canary, tag } => match pick {
                0 | 1 => {
                    let out = worker_run(&home, &["put-version", name, "--value", &value, "-o", "json"]);
                    ok_json(&out, "put-version");
                    Believed::Live { value, canary, tag }
                }
                2 => {
                    let out = worker_run(&home, &["get", name]);
                    assert!(out.status.success(), "get {name}: {}", String::from_utf8_lossy(&out.stderr));
                    assert_eq!(String::from_utf8_lossy(&out.stdout), current, "get {name} at op {op}");
                    Believed::Live { value: current, canary, tag }
                }
                3 => {
                    // Move the custom label `canary` to the current version.
                    let d = ok_json(&worker_run(&home, &["get", name, "-o", "json"]), "get -o json");
                    let vid = d["VersionId"].as_str().unwrap().to_string();
                    let mut args = vec!["stage", name, "canary", "--to", vid.as_str()];
                    if let Some(from) = canary.as_deref() {
                        args.extend(["--from", from]);
                    }
                    let out = worker_run(&home, &args);
                    assert!(out.status.success(), "stage {name}: {}", String::from_utf8_lossy(&out.stderr));
                    Believed::Live { value: current, canary: Some(vid), tag }
                }
                4 | 5 => {
                    let out = worker_run(&home, &["tag", name, &format!("op={value}")]);
                    assert!(out.status.success(), "tag {name}: {}", String::from_utf8_lossy(&out.stderr));
                    Believed::Live { value: current, canary, tag: Some(value) }
                }
                _ => {
                    let out = worker_run(&home, &["delete", name, "--recovery-window-days", "7"]);
                    assert!(out.status.success(), "delete {name}: {}", String::from_utf8_lossy(&out.stderr));
                    Believed::Scheduled { value: current, canary, tag }
                }
            },
            Believed::Scheduled { value: current, canary, tag } => match pick {
                0..=3 => {
                    let out = worker_run(&home, &["restore", name]);
                    assert!(out.status.success(), "restore {name}: {}", String::from_utf8_lossy(&out.stderr));
                    Believed::Live { value: current, canary, tag }
                }
                4 | 5 => {
                    let out = worker_run(&home, &["get", name]);
                    assert_eq!(out.status.code(), Some(5), "get of a deleted {name} at op {op}");
                    Believed::Scheduled { value: current, canary, tag }
                }
                _ => {
                    let out = worker_run(&home, &["delete", name, "--force-delete-without-recovery"]);
                    assert!(out.status.success(), "force delete {name}: {}", String::from_utf8_lossy(&out.stderr));
                    Believed::Absent
                }
            },
        };
        state[i] = next;
    }
    (names.into_iter().zip(state).collect(), shared_versions)
}

#[test]
fn eight_processes_times_100_mixed_operations_lose_nothing() {
    const WORKERS: u64 = 8;
    const OPS: usize = 100;
    let sb = Sandbox::new();
    sb.create("shared", "start");
    let started = std::time::Instant::now();
    let handles: Vec<_> = (0..WORKERS)
        .map(|w| {
            let home = sb.home().to_path_buf();
            std::thread::spawn(move || contention_worker(home, w, OPS))
        })
        .collect();
    // Meanwhile a reader keeps reading and never waits for the writers' lock.
    let mut read_times = Vec::new();
    while handles.iter().any(|h| !h.is_finished()) {
        let t = std::time::Instant::now();
        assert_eq!(sb.run(&["get", "shared", "--version-id", &"0".repeat(32)]).code(), 3);
        read_times.push(t.elapsed());
        std::thread::sleep(Duration::from_millis(50));
    }
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let elapsed = started.elapsed();
    let mut checked = 0;
    for (secrets, _) in &results {
        for (name, believed) in secrets {
            checked += 1;
            let (value, canary, tag, scheduled) = match believed {
                Believed::Absent => {
                    // The hint may name a close name (did you mean …?) or `sealbox list`.
                    let want = format!("sealbox: error: secret {name} not found\nsealbox: hint: [..]\n");
                    sb.case(&["describe", name]).status(3).stderr(want).run();
                    continue;
                }
                Believed::Live { value, canary, tag } => (value, canary, tag, false),
                Believed::Scheduled { value, canary, tag } => (value, canary, tag, true),
            };
            let d = sb.json(&["describe", name]);
            assert_eq!(d["DeletedDate"].is_string(), scheduled, "{name}: {d}");
            // No tags: no `Tags` field (AWS).
            match tag {
                Some(t) => assert_eq!(d["Tags"], serde_json::json!([{"Key": "op", "Value": t}]), "{name}"),
                None => assert!(d.get("Tags").is_none(), "{name}: {d}"),
            }
            if let Some(vid) = canary {
                let stages = d["VersionIdsToStages"][vid.as_str()].as_array().unwrap();
                assert!(stages.contains(&serde_json::json!("canary")), "{name}: {d}");
            }
            if scheduled {
                sb.case(&["get", name])
                    .status(5)
                    .stderr(format!(
                        "sealbox: error: you can't perform this operation on secret {name} because it was marked for deletion\n\
                         sealbox: hint: run `sealbox restore {name}` to cancel the deletion\n"
                    ))
                    .run();
                sb.case(&["restore", name]).stderr(format!("{name} restored\n")).run();
            }
            assert_eq!(&sb.get(name), value, "{name}");
        }
    }
    // Every acknowledged version of the shared secret is there.
    let versions = sb.json(&["versions", "shared", "--include-deprecated"]);
    let present: std::collections::BTreeSet<&str> =
        versions["Versions"].as_array().unwrap().iter().map(|v| v["VersionId"].as_str().unwrap()).collect();
    let acknowledged: Vec<&String> = results.iter().flat_map(|(_, v)| v).collect();
    assert!(acknowledged.len() < 100, "the shared secret would drop deprecated versions past 100");
    for vid in &acknowledged {
        assert!(present.contains(vid.as_str()), "acknowledged version {vid} of shared is missing");
    }
    assert_eq!(present.len(), acknowledged.len() + 1);
    let total = WORKERS as usize * OPS;
    read_times.sort();
    let slowest = read_times.last().copied().unwrap_or_default();
    eprintln!(
        "contention: {total} operations by {WORKERS} processes in {:.1} s = {:.1} ops/s; {checked} secrets and {} shared versions checked; {} concurrent reads, median {:?}, slowest {:?}",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        acknowledged.len(),
        read_times.len(),
        read_times.get(read_times.len() / 2).copied().unwrap_or_default(),
        slowest,
    );
}

#[test]
fn readers_never_block_on_a_held_write_lock() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let lock_path = sb.home().join(".local/share/sealbox/vault.age.lock");
    let lock = std::fs::OpenOptions::new().write(true).open(&lock_path).unwrap();
    lock.lock().unwrap();
    // Every read command completes while the lock is held; the writer gives up with 8.
    let started = std::time::Instant::now();
    assert_eq!(sb.get("s"), "v");
    sb.case(&["list"])
        .stdout(
            "NAME  DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE\n\
             s                  1         [..]  [..]     -              -\n",
        )
        .run();
    sb.case(&["describe", "s"])
        .stdout(
            "Name                                          s\n\
             ARN                                           arn:sealbox:local:[..]:secret:s-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      disabled\n\
             Tags                                          -\n\
             Version [..]  AWSCURRENT\n",
        )
        .run();
    sb.case(&["versions", "s"])
        .stdout(
            "VERSION ID                            STAGES      CREATED\n\
             [..]  AWSCURRENT  [..]\n",
        )
        .run();
    let reads = started.elapsed();
    sb.case(&["--lock-timeout", "0.5", "put-version", "s", "--value", "x"])
        .status(8)
        .stderr(
            "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is busy: another sealbox holds its lock (held by pid [..])\n\
             sealbox: hint: try again, or wait longer with --lock-timeout SECS\n",
        )
        .run();
    assert!(reads < Duration::from_secs(4), "reads took {reads:?} under a held lock");
    drop(lock);
    sb.case(&["put-version", "s", "--value", "x"]).stderr("s: new version [..] [AWSCURRENT]\n").run();
    assert_eq!(sb.get("s"), "x");
}

/// Every way of reading and writing a damaged vault: exit 6 with `message`, and the damaged
/// file is never rewritten.
#[track_caller]
fn refused_everywhere(sb: &Sandbox, name: &str, message: &str) {
    let before = sb.vault_bytes();
    for args in [
        vec!["get", name],
        vec!["list"],
        vec!["put-version", name, "--value", "new"],
        vec!["create", "another", "--value", "x"],
    ] {
        let r = sb.run(&args);
        assert_eq!(r.code(), 6, "{args:?}: {}", r.stderr_text());
        assert!(r.stderr_text().contains(message), "{args:?}: stderr lacks {message:?}:\n{}", r.stderr_text());
        assert!(!r.stderr_text().contains("panicked"), "{}", r.stderr_text());
        assert!(r.stderr_text().contains("sealbox: hint: "), "{}", r.stderr_text());
    }
    assert_eq!(sb.vault_bytes(), before, "a damaged vault was rewritten");
}

fn replace_once(text: &[u8], from: &str, to: &str) -> Vec<u8> {
    let s = String::from_utf8(text.to_vec()).unwrap();
    assert!(s.contains(from), "{from:?} not in the plaintext");
    s.replacen(from, to, 1).into_bytes()
}

#[test]
fn crafted_vault_with_a_wrong_format_version_is_exit_6() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    let Some(plain) = sb.plaintext() else { return };
    // The vault format is 2 since the trust fields (issue 13).
    sb.seal(&replace_once(&plain, "sealbox-vault format=2 ", "sealbox-vault format=3 "));
    refused_everywhere(&sb, "a", "has format version 3; this sealbox reads version 2");
    sb.case(&["get", "a"])
        .status(6)
        .stderr(
            "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age has format version 3; this sealbox reads version 2\n\
             sealbox: hint: upgrade sealbox (`cargo install --path .` in a newer checkout)\n",
        )
        .run();
    sb.seal(&replace_once(&plain, "{\"format\":2,", "{\"format\":7,"));
    refused_everywhere(&sb, "a", "is corrupted: the meta says format 7");
    sb.seal(&plain);
    assert_eq!(sb.get("a"), "1");
}

#[test]
fn crafted_vault_with_a_duplicate_name_is_exit_6() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    sb.create("b", "2");
    let Some(plain) = sb.plaintext() else { return };
    // Rename b to a in its catalog line and its record: same length, so every offset holds.
    let text = String::from_utf8(plain).unwrap().replace("{\"name\":\"b\",", "{\"name\":\"a\",");
    sb.seal(text.as_bytes());
    refused_everywhere(&sb, "a", "is corrupted: the name a appears twice");
}

#[test]
fn crafted_vault_with_oversize_fields_is_exit_6() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    // A value past the 65,536-byte limit, which no command would store.
    let Some(()) = sb.edit_vault(|doc| {
        let s = doc.get_mut("a").unwrap().unwrap();
        s.versions[0].value = sealbox::vault::SecretValue::text(&"x".repeat(70_000));
    }) else {
        return;
    };
    sb.case(&["get", "a"])
        .status(6)
        .stderr(
            "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is corrupted: version \"[..]\" of a holds 70000 bytes, outside 1..65536\n\
             sealbox: hint: restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read\n",
        )
        .run();
    sb.case(&["put-version", "a", "--value", "y"])
        .status(6)
        .stderr(
            "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is corrupted: version \"[..]\" of a holds 70000 bytes, outside 1..65536\n\
             sealbox: hint: restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read\n",
        )
        .run();
    // A name past the 512-character limit.
    let long = "n".repeat(600);
    sb.edit_vault(|doc| {
        doc.remove("a");
        let now = "2026-01-01T00:00:00Z".parse().unwrap();
        let value = sealbox::vault::SecretValue::text("ok");
        doc.put(sealbox::vault::Secret::new("a", "arn:a".into(), "v1".into(), value.clone(), now));
        doc.put(sealbox::vault::Secret::new(&long, "arn:long".into(), "v1".into(), value, now));
    });
    refused_everywhere(&sb, "a", "names an invalid secret \"nnnn");
}

/// The age payload: after the header (which ends with the `--- MAC` line) come a 16-byte
/// nonce and 64 KiB chunks, each with a 16-byte tag.
fn payload_start(vault: &[u8]) -> usize {
    let mac_line = vault.windows(4).position(|w| w == b"\n---").unwrap() + 1;
    let end = mac_line + vault[mac_line..].iter().position(|&b| b == b'\n').unwrap() + 1;
    end + 16
}

#[test]
fn a_bit_flip_in_any_chunk_is_exit_6_and_never_overwritten() {
    let sb = Sandbox::new();
    for i in 0..60 {
        let name = format!("s{i:03}");
        sb.case(&["create", &name, "--value-file", "-"])
            .stdin(vec![b'a' + (i % 26) as u8; 5000])
            .stderr(format!("created {name} (version [..])\n"))
            .run();
    }
    let good = sb.vault_bytes();
    let Some(plain) = sb.plaintext() else { return };
    let doc = sealbox::vault::Document::decode(zeroize::Zeroizing::new(plain.clone())).unwrap();
    let start = payload_start(&good);
    const CHUNK: usize = 64 * 1024;
    let chunks = plain.len().div_ceil(CHUNK);
    assert!(chunks >= 4, "want several chunks, got {chunks}");
    assert_eq!(good.len() - start, plain.len() + 16 * chunks);
    for k in 0..chunks {
        let chunk_plain = k * CHUNK..((k + 1) * CHUNK).min(plain.len());
        let mut bad = good.clone();
        let at = start + k * (CHUNK + 16) + (chunk_plain.len() / 2);
        bad[at] ^= 0x10;
        std::fs::write(sb.vault(), &bad).unwrap();
        // A secret whose record starts in this chunk, if any: reading it must fail.
        let inside = doc.names().find(|n| doc.record_offset(n).is_some_and(|o| chunk_plain.contains(&(o as usize))));
        if let Some(name) = inside {
            sb.case(&["get", name])
                .status(6)
                .stderr(
                    "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is corrupted: decryption error (a chunk failed authentication: the file was cut or altered)\n\
                     sealbox: hint: restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read\n",
                )
                .run();
        }
        sb.case(&["put-version", "s000", "--value", "y"])
            .status(6)
            .stderr(
                "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is corrupted: decryption error (a chunk failed authentication: the file was cut or altered)\n\
                 sealbox: hint: restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read\n",
            )
            .run();
        let r = sb.run(&["doctor"]);
        assert_eq!(r.code(), 1, "chunk {k}");
        assert!(r.stdout_text().contains("✗ vault: "), "chunk {k}: {}", r.stdout_text());
        assert_eq!(sb.vault_bytes(), bad, "chunk {k}: the damaged vault was rewritten");
    }
    // The age header: its MAC fails.
    let mut bad = good.clone();
    bad[40] ^= 0x01;
    std::fs::write(sb.vault(), &bad).unwrap();
    // A flipped byte in the header's recipient stanza is indistinguishable, for age, from
    // another recipient's file (the hint says both) — unless the flip makes the stanza's
    // base64 invalid, which depends on the random key in this header: then the header does
    // not parse. Either exact message, nothing else.
    let run = sb
        .case(&["get", "s001"])
        .status(6)
        .stderr_any("one of two exact messages, depending on the random header: compared below")
        .run();
    let unparsable =
        "sealbox: error: [HOME]/.local/share/sealbox/vault.age is not an age file, or its header is damaged\n";
    let err = run.stderr_text().replace(&sb.home().display().to_string(), "[HOME]");
    assert!(err == not_a_recipient("[HOME]") || err == unparsable, "{err}");
    assert!(run.output.stdout.is_empty());
    std::fs::write(sb.vault(), &good).unwrap();
    assert_eq!(sb.get("s050").len(), 5000);
    eprintln!("{chunks} chunks flipped one at a time: every one refused with exit 6");
}

/// Under `umask 0`, every file sealbox creates is born 0600 (never chmod-ed later) and every
/// directory 0700: proven on the system calls themselves with strace.
#[test]
fn files_are_created_private_from_the_first_instant() {
    use std::os::unix::fs::PermissionsExt;
    let Some(strace) = require_tool("strace") else { return };
    let sb = Sandbox::empty();
    let exe = env!("CARGO_BIN_EXE_sealbox");
    let script = format!(
        "umask 0; set -e; S='{exe}'; $S init --no-passphrase; $S create a --value x; \
         $S put-version a --value y; $S tag a k=v; $S delete a --recovery-window-days 7; $S restore a; \
         $S --vault \"$HOME/second/vault.age\" init --identity \"$HOME/.config/sealbox/identity.txt\"; \
         $S region add backup --vault \"$HOME/backup/vault.age\"; $S replicate a --to backup; \
         $S inject -i \"$HOME/t.tmpl\" -O \"$HOME/out.txt\"; \
         $S audit verify >/dev/null; $S doctor >/dev/null; $S get a >/dev/null"
    );
    std::fs::write(sb.home().join("t.tmpl"), "x={{ sealbox://a }}").unwrap();
    std::fs::set_permissions(sb.home().join("t.tmpl"), std::fs::Permissions::from_mode(0o600)).unwrap();
    let log = sb.home().join("strace.log");
    let out = std::process::Command::new(strace)
        .args(["-f", "-qq", "-e", "trace=open,openat,creat,mkdir,mkdirat,chmod,fchmod,fchmodat,bind,mknod,mknodat"])
        .arg("-o")
        .arg(&log)
        .args(["sh", "-c", &script])
        .env_clear()
        .env("HOME", sb.home())
        .env("PATH", std::env::var_os("PATH").unwrap())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let log = std::fs::read_to_string(&log).unwrap();
    let home = sb.home().display().to_string();
    let mut created = 0;
    for line in log.lines().filter(|l| !l.contains(" exited with ") && !l.contains("resumed>")) {
        if line.contains("chmod(") || line.contains("chmodat(") {
            panic!("a mode was changed after creation: {line}");
        }
        if line.contains("mkdir") {
            assert!(line.contains(", 0700)"), "a directory created without 0700: {line}");
            created += 1;
        }
        if line.contains("O_CREAT") && line.contains(home.as_str()) {
            assert!(line.contains(", 0600)"), "a file created without 0600: {line}");
            created += 1;
        }
        if line.contains("bind(") && line.contains("AF_UNIX") {
            panic!("a socket was bound in this test: {line}");
        }
    }
    assert!(created >= 10, "only {created} creations traced:\n{log}");
    // And the result on disk: nothing under HOME that group or others can touch.
    fn walk(dir: &std::path::Path, found: &mut Vec<(std::path::PathBuf, u32)>) {
        use std::os::unix::fs::MetadataExt;
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let meta = std::fs::symlink_metadata(e.path()).unwrap();
            found.push((e.path(), meta.mode() & 0o777));
            if meta.is_dir() {
                walk(&e.path(), found);
            }
        }
    }
    let mut found = Vec::new();
    walk(sb.home(), &mut found);
    for (path, mode) in &found {
        if path.ends_with("strace.log") {
            continue;
        }
        assert_eq!(mode & 0o077, 0, "{} is mode {mode:o}", path.display());
    }
    eprintln!("{created} file and directory creations traced, all private; {} paths on disk checked", found.len());
}

#[test]
fn symlinked_vault_or_identity_in_a_writable_directory_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.create("s", "v");
    let before = sb.vault_bytes();
    let open = sb.home().join("open");
    std::fs::create_dir(&open).unwrap();
    std::os::unix::fs::symlink(sb.vault(), open.join("vault.age")).unwrap();
    std::os::unix::fs::symlink(sb.identity(), open.join("id.txt")).unwrap();
    let vault_link = open.join("vault.age");
    let id_link = open.join("id.txt");
    let (v, i) = (vault_link.to_str().unwrap(), id_link.to_str().unwrap());
    // In a private directory a link is fine, and a write replaces the target, not the link.
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(sb.case(&["--vault", v, "--identity", i, "get", "s"]).stdout("v").run().stdout_text(), "v");
    sb.case(&["--vault", v, "put-version", "s", "--value", "w"]).stderr("s: new version [..] [AWSCURRENT]\n").run();
    assert!(std::fs::symlink_metadata(&vault_link).unwrap().file_type().is_symlink());
    assert_eq!(sb.get("s"), "w");
    let before_refusals = sb.vault_bytes();
    assert_ne!(before, before_refusals);
    for (mode, what) in
        [(0o777, "world-writable"), (0o1777, "world-writable even with the sticky bit"), (0o770, "group-writable")]
    {
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(mode)).unwrap();
        let refusal = |what: &str, option: &str| {
            format!(
                "sealbox: error: refusing to {what}: [HOME]/open/{} is a symlink in [HOME]/open, a directory others can write (mode {:04o})\n\
                 sealbox: hint: pass {option} with the real file's path, or move the link into a directory only you can write\n",
                if option == "--vault" { "vault.age" } else { "id.txt" },
                mode & 0o7777,
            )
        };
        sb.case(&["--vault", v, "get", "s"]).status(1).stderr(refusal("open the vault", "--vault")).run();
        sb.case(&["--vault", v, "put-version", "s", "--value", "x"])
            .status(1)
            .stderr(refusal("open the vault", "--vault"))
            .run();
        sb.case(&["--identity", i, "get", "s"]).status(6).stderr(refusal("use the identity", "--identity")).run();
        assert_eq!(sb.vault_bytes(), before_refusals, "{what}");
    }
    // Group-writable with the sticky bit: only the owner can replace the link.
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o1770)).unwrap();
    assert_eq!(sb.case(&["--vault", v, "--identity", i, "get", "s"]).stdout("w").run().stdout_text(), "w");
}

#[test]
fn group_or_world_readable_identity_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.create("s", "v");
    for mode in [0o640, 0o604, 0o660, 0o644] {
        std::fs::set_permissions(sb.identity(), std::fs::Permissions::from_mode(mode)).unwrap();
        sb.case(&["get", "s"])
            .status(6)
            .stderr(format!(
                "sealbox: error: the identity [HOME]/.config/sealbox/identity.txt can be read by group or others (mode {mode:o})\n\
                 sealbox: hint: chmod 600 [HOME]/.config/sealbox/identity.txt\n"
            ))
            .run();
    }
    std::fs::set_permissions(sb.identity(), std::fs::Permissions::from_mode(0o400)).unwrap();
    assert_eq!(sb.get("s"), "v");
}

/// What the crash test with rotation and replication believes about one secret.
#[derive(Clone, Debug, Default)]
struct Acked {
    value: Option<String>,
    replicated: bool,
}

/// Learn the state of `name` after a killed writer: its value (the killed write may or may
/// not have landed) and whether it is replicated to `backup`.
fn observe(sb: &Sandbox, name: &str, round: usize) -> Acked {
    let r = sb.run(&["get", name]);
    match r.code() {
        0 => {
            let d = sb.json(&["describe", name]);
            let replicated =
                d["ReplicationStatus"].as_array().is_some_and(|list| list.iter().any(|s| s["Region"] == "backup"));
            Acked { value: Some(r.stdout_text()), replicated }
        }
        3 => Acked::default(),
        other => panic!("round {round}: vault unreadable after a kill (exit {other}): {}", r.stderr_text()),
    }
}

#[test]
fn sigkill_during_rotate_and_replicate_loses_no_acknowledged_write() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let region = sb.home().join("backup/vault.age");
    sb.case(&["region", "add", "backup", "--vault", region.to_str().unwrap()])
        .stderr("created the vault [HOME]/backup/vault.age for region backup\n")
        .run();
    // A rotation script: `create` prints a fresh value; `set` and `test` succeed.
    let script = sb.home().join("scripts/rotate.sh");
    std::fs::create_dir_all(script.parent().unwrap()).unwrap();
    std::fs::write(&script, "#!/bin/sh\ncat >/dev/null\n[ \"$1\" = create ] && echo \"rotated-$$\"\nexit 0\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    let script = script.to_str().unwrap().to_string();
    for i in 0..30 {
        let name = format!("bulk/{i:02}");
        sb.case(&["create", &name, "--value-file", "-"])
            .stdin(vec![b'b'; 2000])
            .stderr(format!("created {name} (version [..])\n"))
            .run();
    }
    let mut acked: BTreeMap<String, Acked> = BTreeMap::new();
    let mut rng = Rng(0xdead_beef_0bad_f00d);
    let (mut kills, mut completed) = (0, 0);
    let mut by_op: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for round in 0..120 {
        let name = format!("r/{:02}", rng.next() % 12);
        let state = acked.get(&name).cloned().unwrap_or_default();
        let value = format!("v{round}");
        let (op, args): (&str, Vec<String>) = match (&state.value, rng.next() % 4) {
            (None, _) => ("create", vec!["create".into(), name.clone(), "--value".into(), value.clone()]),
            (Some(_), 0) => ("put-version", vec!["put-version".into(), name.clone(), "--value".into(), value.clone()]),
            (Some(_), 1) => ("rotate", vec!["rotate".into(), name.clone(), "--script".into(), script.clone()]),
            (Some(_), _) if !state.replicated => {
                ("replicate", vec!["replicate".into(), name.clone(), "--to".into(), "backup".into()])
            }
            (Some(_), 2) => ("rotate", vec!["rotate".into(), name.clone(), "--script".into(), script.clone()]),
            (Some(_), _) => ("put-version", vec!["put-version".into(), name.clone(), "--value".into(), value.clone()]),
        };
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut child =
            sb.cmd(&argv).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().unwrap();
        let killed = if round % 5 == 0 {
            false
        } else {
            std::thread::sleep(Duration::from_micros(rng.next() % 80_000));
            child.try_wait().unwrap().is_none()
        };
        if killed {
            child.kill().unwrap();
            kills += 1;
        }
        let out = child.wait_with_output().unwrap();
        let counts = by_op.entry(op).or_default();
        if killed {
            counts.0 += 1;
            acked.insert(name.clone(), observe(&sb, &name, round));
        } else {
            counts.1 += 1;
            completed += 1;
            assert!(out.status.success(), "round {round}: {args:?}: {}", String::from_utf8_lossy(&out.stderr));
            let now = observe(&sb, &name, round);
            match op {
                "create" | "put-version" => assert_eq!(now.value.as_deref(), Some(value.as_str()), "round {round}"),
                "rotate" => {
                    let v = now.value.clone().unwrap();
                    assert!(v.starts_with("rotated-"), "round {round}: after a rotation the value is {v:?}");
                }
                _ => assert!(now.replicated, "round {round}: replicate returned 0 but no replica is listed"),
            }
            if state.replicated || op == "replicate" {
                // An acknowledged write to a replicated secret reached the region too.
                let r = sb.run(&["--vault", region.to_str().unwrap(), "get", &name]);
                assert_eq!(r.code(), 0, "round {round}: {}", r.stderr_text());
                assert_eq!(Some(r.stdout_text()), now.value, "round {round}: the replica of {name} is stale");
            }
            acked.insert(name.clone(), now);
        }
    }
    assert!(kills >= 50, "only {kills} writers were killed mid-flight");
    // Retry every push a kill interrupted, then every replica matches its primary.
    sb.case(&["--lock-timeout", "30", "sync"])
        .stdout_any("one line per replica the kills left behind, which varies")
        .stderr("sync: [..] in sync, 0 failed\n")
        .run();
    for (name, state) in &acked {
        let Some(value) = &state.value else {
            // The hint names the nearest secrets when there are some: which ones the kills
            // left varies from run to run.
            sb.case(&["get", name])
                .status(3)
                .stderr(format!("sealbox: error: secret {name} not found\nsealbox: hint: [..]\n"))
                .run();
            continue;
        };
        assert_eq!(&sb.get(name), value, "{name}");
        if state.replicated {
            let r = sb.run(&["--vault", region.to_str().unwrap(), "get", name]);
            assert_eq!(&r.stdout_text(), value, "{name} in backup: {}", r.stderr_text());
        }
    }
    // The next writes clean stale temp files in both vaults' directories.
    sb.create("final", "x");
    sb.case(&["replicate", "final", "--to", "backup"]).stderr("replicated final to region backup\n").run();
    assert_eq!(temp_files(&sb), Vec::<String>::new());
    let leftover: Vec<String> = std::fs::read_dir(region.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert_eq!(leftover, Vec::<String>::new());
    let doctor = sb.run(&["doctor"]);
    assert!(!doctor.stdout_text().contains("✗ vault") && !doctor.stdout_text().contains("✗ labels"));
    eprintln!(
        "rotate/replicate crash test: {kills} killed, {completed} completed; by operation (killed, completed): {by_op:?}"
    );
}

mod quoting_properties {
    use proptest::prelude::*;

    /// `eval` the lines in `sh` and print the variables back, NUL-separated.
    fn through_sh(script: &[u8], vars: &[&str]) -> Vec<u8> {
        use std::io::Write;
        let printer: String = vars.iter().map(|v| format!("printf '%s\\0' \"${v}\"; ")).collect();
        let mut child = std::process::Command::new("sh")
            .args(["-c", &format!("eval \"$(cat)\"; {printer}")])
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(script).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        out.stdout
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        /// Any bytes but NUL, quoted by `env --format shell`'s quoting, come back from `sh`
        /// exactly: quotes, backslashes, `$`, backticks, newlines, invalid UTF-8 and all.
        #[test]
        fn shell_quoting_round_trips_any_bytes_through_sh(
            a in proptest::collection::vec(1u8..=255, 0..300),
            b in proptest::collection::vec(prop_oneof![Just(b'\''), Just(b'"'), Just(b'\\'), Just(b'$'), Just(b'`'), Just(b'\n'), 1u8..=255], 1..64),
        ) {
            let mut script = sealbox::envvars::shell_line("A", &a);
            script.extend(sealbox::envvars::shell_line("B", &b));
            let mut expected = a.clone();
            expected.push(0);
            expected.extend(&b);
            expected.push(0);
            prop_assert_eq!(through_sh(&script, &["A", "B"]), expected);
        }

        /// Any text (no NUL) written as a dotenv line reads back the same through the dotenv
        /// reader `import --format dotenv` uses.
        #[test]
        fn dotenv_quoting_round_trips_any_text(value in "[^\u{0}]{0,200}") {
            let line = String::from_utf8(sealbox::envvars::dotenv_line("V", value.as_bytes())).unwrap();
            let parsed = sealbox::envvars::parse_dotenv(&line).unwrap();
            prop_assert_eq!(parsed, vec![("V".to_string(), value)]);
        }
    }
}

/// While sealbox holds plaintext it can't dump core: caught mid-rotation (its script blocks),
/// the live process has a core limit of 0, and to anyone but root its /proc entries belong
/// to root (PR_SET_DUMPABLE=0), so another process of the same user can't read its memory.
#[test]
fn a_running_sealbox_cannot_dump_core() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let sb = Sandbox::new();
    sb.create("s", "v");
    let dir = sb.home().join("scripts");
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("rotate.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\ndir=$(dirname \"$0\")\ncat >/dev/null\nif [ \"$1\" = create ]; then\n  echo $PPID > \"$dir/parent\"\n  \
         i=0; while [ -e \"$dir/hold\" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n  echo new\nfi\nexit 0\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::write(dir.join("hold"), "").unwrap();
    // Start it with the highest core limit the user may have, so 0 can only come from sealbox.
    let exe = env!("CARGO_BIN_EXE_sealbox");
    let start = format!(
        "ulimit -c unlimited 2>/dev/null || ulimit -c \"$(ulimit -H -c)\"; [ \"$(ulimit -c)\" != 0 ] || exit 99; \
         exec '{exe}' rotate s --script '{}'",
        script.display()
    );
    let mut child = std::process::Command::new("sh")
        .args(["-c", &start])
        .env_clear()
        .env("HOME", sb.home())
        .env("PATH", std::env::var_os("PATH").unwrap())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while !dir.join("parent").exists() {
        assert!(child.try_wait().unwrap().is_none(), "sealbox (or the core limit setup) exited early");
        assert!(started.elapsed() < Duration::from_secs(20), "the rotation script never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(50));
    let pid: u32 = std::fs::read_to_string(dir.join("parent")).unwrap().trim().parse().unwrap();
    assert_eq!(pid, child.id(), "the script's parent is the sealbox process");
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let core = limits.lines().find(|l| l.starts_with("Max core file size")).unwrap().to_string();
    let owner = std::fs::metadata(format!("/proc/{pid}/mem")).map(|m| m.uid());
    std::fs::remove_file(dir.join("hold")).unwrap();
    assert!(child.wait().unwrap().success());
    let soft = core.split_whitespace().nth(4).unwrap();
    assert_eq!(soft, "0", "{core}");
    if !unsafe_is_root() {
        assert_eq!(owner.unwrap(), 0, "a dumpable process's /proc/PID/mem belongs to its user");
    }
    assert_eq!(sb.get("s"), "new");
}
