//! Crashes, full disks and read-only directories: the vault survives byte-for-byte and a
//! crashed writer's temp file is cleaned by the next write.

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
        sb.run_stdin(&["create", &format!("bulk/{i:02}"), "--value-file", "-"], &vec![b'b'; 2000]).success();
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
                sb.run(&["get", name]).fails(3, "not found");
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
        sb.run_stdin(&["create", &format!("s{i}"), "--value-file", "-"], &vec![b'x'; 4000]).success();
    }
    let before = sb.vault_bytes();
    let mut c = std::process::Command::new(prlimit);
    c.arg(format!("--fsize={}", before.len() / 2)).arg(env!("CARGO_BIN_EXE_sealbox"));
    c.args(["put-version", "s1", "--value", "new"]);
    c.env_clear().env("HOME", sb.home()).env("PATH", std::env::var_os("PATH").unwrap());
    c.stdin(std::process::Stdio::null());
    let r = Run::from(c, None);
    assert_eq!(r.code(), 1, "{}", r.stderr_text());
    assert!(r.stderr_text().contains("File too large"), "{}", r.stderr_text());
    assert!(r.stderr_text().contains("ulimit -f"), "{}", r.stderr_text());
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
    sb.run(&["--vault", gone, "get", "s"])
        .fails(1, "there is no vault at /nonexistent-mount")
        .stderr_has("sealbox init");
    sb.run(&["--vault", gone, "put-version", "s", "--value", "x"]).fails(1, "there is no vault");
    sb.run(&["--vault", gone, "list"]).fails(1, "there is no vault");
}
