//! The unlock agent end to end over a real Unix socket (each test has its own
//! XDG_RUNTIME_DIR and kills its agent on drop), `passwd`, SSH keys, and team recipients.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::*;

const PASS: &str = "correct horse battery staple";

/// A sandbox with a passphrase-protected identity and its own agent directory. Every
/// command it runs sets XDG_RUNTIME_DIR, so tests never share an agent; dropping it kills
/// the agent it started, if one is still alive.
struct Agented {
    sb: Sandbox,
}

impl Agented {
    fn new() -> Agented {
        let sb = Sandbox::empty();
        let run = sb.home().join("run");
        std::fs::create_dir(&run).unwrap();
        std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).unwrap();
        let a = Agented { sb };
        a.run_pass(&["init"], PASS).success();
        a
    }

    fn run_dir(&self) -> PathBuf {
        self.sb.home().join("run")
    }
    fn socket(&self) -> PathBuf {
        self.run_dir().join("sealbox/agent.sock")
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.sb.cmd(args);
        c.env("XDG_RUNTIME_DIR", self.run_dir());
        c
    }

    fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args), None)
    }

    /// Run with the passphrase on descriptor 0 (SEALBOX_PASSPHRASE_FD=0).
    fn run_pass(&self, args: &[&str], passphrase: &str) -> Run {
        let mut c = self.cmd(args);
        c.env("SEALBOX_PASSPHRASE_FD", "0");
        Run::from(c, Some(format!("{passphrase}\n").as_bytes()))
    }

    fn unlock(&self, extra: &[&str]) -> Run {
        let mut args = vec!["unlock"];
        args.extend_from_slice(extra);
        self.run_pass(&args, PASS).success()
    }

    fn status(&self) -> serde_json::Value {
        let out = self.run(&["agent", "status", "-o", "json"]).success();
        serde_json::from_slice(&out.output.stdout).unwrap()
    }

    /// The pid the agent wrote into its lock file, if that process is a live agent.
    fn agent_pid(&self) -> Option<u32> {
        let pid: u32 = std::fs::read_to_string(self.run_dir().join("sealbox/agent.lock")).ok()?.trim().parse().ok()?;
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        let zombie = stat.rsplit(')').next().is_some_and(|rest| rest.trim_start().starts_with('Z'));
        (String::from_utf8_lossy(&cmdline).contains("agent") && !zombie).then_some(pid)
    }

    fn kill_agent(&self) {
        if let Some(pid) = self.agent_pid() {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            wait_until(|| self.agent_pid().is_none(), Duration::from_secs(5));
        }
    }

    fn vault_bytes(&self) -> Vec<u8> {
        self.sb.vault_bytes()
    }
}

impl Drop for Agented {
    fn drop(&mut self) {
        self.kill_agent();
    }
}

fn wait_until(mut condition: impl FnMut() -> bool, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if condition() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    condition()
}

#[test]
fn without_agent_or_passphrase_a_command_fails_with_the_unlock_hint() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    let before = a.vault_bytes();
    a.run(&["get", "app/key"])
        .fails(6, "a passphrase is needed to unlock")
        .stderr_has("sealbox: hint: run: sealbox unlock");
    a.run(&["put-version", "app/key", "--value", "v2"]).fails(6, "a passphrase is needed");
    assert_eq!(a.vault_bytes(), before, "a failed command changed the vault");
    a.run_pass(&["get", "app/key"], "wrong").fails(6, "wrong passphrase for the identity");
    a.run_pass(&["get", "app/key"], PASS).success().stdout_is("v1");
}

#[test]
fn unlock_once_then_many_commands_without_a_passphrase() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    let out = a.unlock(&[]);
    let err = out.stderr_text();
    assert!(err.starts_with("unlocked ") && err.contains("identity.txt until ") && err.contains("(in 8h)"), "{err}");
    assert!(err.contains("or after 30m unused"), "{err}");
    for _ in 0..20 {
        a.run(&["get", "app/key", "--no-input"]).success().stdout_is("v1");
    }
    // Writes go through the agent too.
    a.run(&["put-version", "app/key", "--value", "v2"]).success();
    a.run(&["create", "app/other", "--value", "o"]).success();
    a.run(&["get", "app/key"]).success().stdout_is("v2");
    a.run(&["get", "app/key", "--stage", "AWSPREVIOUS"]).success().stdout_is("v1");

    // The socket and its directory are private.
    let sock = std::fs::metadata(a.socket()).unwrap();
    assert_eq!(sock.permissions().mode() & 0o777, 0o600);
    let dir = std::fs::metadata(a.socket().parent().unwrap()).unwrap();
    assert_eq!(dir.permissions().mode() & 0o777, 0o700);

    // Status names the file and the key that is loaded, never the key itself.
    let status = a.status();
    assert_eq!(status["Running"], true);
    assert_eq!(status["Pid"].as_u64().unwrap() as u32, a.agent_pid().unwrap());
    let ids = status["Identities"].as_array().unwrap();
    assert_eq!(ids.len(), 1);
    let identity = std::fs::canonicalize(a.sb.identity()).unwrap();
    assert_eq!(ids[0]["Identity"], identity.display().to_string());
    let recipients = a.run(&["recipients", "list", "-o", "json"]).success().stdout_text();
    let recipients: serde_json::Value = serde_json::from_str(&recipients).unwrap();
    assert_eq!(ids[0]["PublicKeys"][0], recipients["Recipients"][0]["Recipient"]);
    assert_eq!(recipients["Recipients"][0]["ThisIdentity"], true);
    assert_eq!(ids[0]["IdleTimeoutSeconds"], 1800);
    let text = a.run(&["agent", "status"]).success().stdout_text();
    assert!(text.contains("agent") && text.contains("running (pid"), "{text}");
    assert!(!text.contains("AGE-SECRET-KEY"), "{text}");
    assert!(!status.to_string().contains("AGE-SECRET-KEY"));
}

#[test]
fn unlocked_identity_expires_after_its_ttl_and_the_agent_exits() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&["--ttl", "3s"]);
    a.run(&["get", "app/key"]).success().stdout_is("v1");
    let pid = a.agent_pid().expect("an agent runs");
    std::thread::sleep(Duration::from_millis(3500));
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed").stderr_has("run: sealbox unlock");
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(3)), "agent {pid} outlived its ttl");
    assert!(!a.socket().exists(), "the agent left its socket behind");
    assert_eq!(a.status()["Running"], false);
}

#[test]
fn idle_timeout_locks_an_unused_identity_and_use_postpones_it() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&["--ttl", "1h", "--idle", "3s"]);
    for _ in 0..4 {
        std::thread::sleep(Duration::from_millis(1000));
        // Each use restarts the idle clock: 4 s in total, still unlocked.
        a.run(&["get", "app/key"]).success().stdout_is("v1");
    }
    std::thread::sleep(Duration::from_millis(4000));
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed").stderr_has("run: sealbox unlock");
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(3)));
}

#[test]
fn lock_wipes_the_identity_and_stops_the_agent() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&["--idle", "0"]);
    assert!(a.status()["Identities"][0]["IdleExpiresAt"].is_null());
    a.run(&["get", "app/key"]).success();
    a.run(&["lock"]).success().stderr_has("locked: the agent wiped 1 identity and stopped");
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed").stderr_has("run: sealbox unlock");
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(3)));
    assert!(!a.socket().exists());
    a.run(&["lock"]).success().stderr_has("no agent is running: nothing to lock");
    let json = a.run(&["lock", "-o", "json"]).success().stdout_text();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap()["WasRunning"], false);
    // Unlocking again starts a new agent.
    a.unlock(&[]);
    a.run(&["get", "app/key"]).success().stdout_is("v1");
}

#[test]
fn killed_agent_means_a_clean_fallback_not_a_hang() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&[]);
    a.run(&["get", "app/key"]).success();
    a.kill_agent();
    assert!(a.socket().exists(), "SIGKILL leaves the socket file: the stale case");
    let started = Instant::now();
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed").stderr_has("run: sealbox unlock");
    assert!(started.elapsed() < Duration::from_secs(3), "fallback took {:?}", started.elapsed());
    // The identity file still works with a passphrase, and unlock replaces the stale socket.
    a.run_pass(&["get", "app/key"], PASS).success().stdout_is("v1");
    a.unlock(&[]);
    a.run(&["get", "app/key"]).success().stdout_is("v1");
}

#[test]
fn stopped_agent_times_out_and_the_command_fails_cleanly() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&[]);
    let pid = a.agent_pid().unwrap().to_string();
    Command::new("kill").args(["-STOP", &pid]).status().unwrap();
    let started = Instant::now();
    let out = a.run(&["get", "app/key"]);
    Command::new("kill").args(["-CONT", &pid]).status().unwrap();
    assert_eq!(out.code(), 6, "{}", out.stderr_text());
    assert!(started.elapsed() < Duration::from_secs(8), "took {:?}", started.elapsed());
}

#[test]
fn stale_socket_file_is_ignored_and_replaced_by_unlock() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    let dir = a.socket().parent().unwrap().to_path_buf();
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    drop(std::os::unix::net::UnixListener::bind(a.socket()).unwrap());
    assert!(a.socket().exists());
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed").stderr_has("run: sealbox unlock");
    a.run_pass(&["get", "app/key"], PASS).success().stdout_is("v1");
    assert_eq!(a.status()["Running"], false);
    a.unlock(&[]);
    a.run(&["get", "app/key"]).success().stdout_is("v1");
}

#[test]
fn wrong_passphrase_starts_no_agent() {
    let a = Agented::new();
    a.run_pass(&["unlock"], "nope").fails(6, "wrong passphrase for the identity");
    assert!(a.agent_pid().is_none());
    assert!(!a.socket().exists());
    a.run(&["unlock"]).fails(6, "a passphrase is needed").stderr_has("SEALBOX_PASSPHRASE_FD=3 sealbox unlock");
    // (no passphrase on stdin: these fail before reading it)
    a.run(&["unlock", "--ttl", "0s"]).fails(2, "--ttl must be between 1s and 30d");
    a.run(&["unlock", "--ttl", "8x"]).fails(2, "invalid duration \"8x\"");
}

#[test]
fn the_agent_serves_only_the_identity_file_it_unlocked() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&[]);
    // Another HOME's vault and identity, same agent directory: the agent is not used for it.
    let other = Sandbox::new();
    let mut c = other.cmd(&["create", "x", "--value", "y"]);
    c.env("XDG_RUNTIME_DIR", a.run_dir());
    Run::from(c, None).success();
    let mut c = a.cmd(&["--vault", other.vault().to_str().unwrap(), "get", "x"]);
    c.env("SEALBOX_IDENTITY", other.identity());
    Run::from(c, None).success().stdout_is("y");
    let mut c = a.cmd(&["--vault", other.vault().to_str().unwrap(), "get", "x"]);
    c.env("SEALBOX_IDENTITY", other.identity());
    c.env("SEALBOX_PASSPHRASE_FD", "99"); // never read: that identity needs no passphrase
    Run::from(c, None).success();
    // And our own identity can't open the other vault through the agent.
    a.run(&["--vault", other.vault().to_str().unwrap(), "get", "x"]).fails(6, "not one of the vault's recipients");
}

#[test]
fn passwd_changes_then_removes_the_passphrase() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    let dir = a.sb.home();
    std::fs::write(dir.join("old"), format!("{PASS}\n")).unwrap();
    std::fs::write(dir.join("new"), "second passphrase\n").unwrap();
    let passwd = |script: &str| {
        let sealbox = a.cmd(&[]);
        let mut sh = Command::new("sh");
        sh.args(["-c", script]).env_clear().current_dir(dir).env("SEALBOX", sealbox.get_program());
        for (k, v) in sealbox.get_envs() {
            if let Some(v) = v {
                sh.env(k, v);
            }
        }
        Run::from(sh, None)
    };
    // Without the new passphrase and no terminal: exit 6, file untouched.
    let before = std::fs::read(a.sb.identity()).unwrap();
    passwd("SEALBOX_PASSPHRASE_FD=3 exec \"$SEALBOX\" passwd 3<old")
        .fails(6, "a passphrase is needed")
        .stderr_has("SEALBOX_NEW_PASSPHRASE_FD");
    assert_eq!(std::fs::read(a.sb.identity()).unwrap(), before);

    passwd("SEALBOX_PASSPHRASE_FD=3 SEALBOX_NEW_PASSPHRASE_FD=4 exec \"$SEALBOX\" passwd 3<old 4<new")
        .success()
        .stderr_has("changed the passphrase of");
    let mode = std::fs::metadata(a.sb.identity()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    a.run_pass(&["get", "app/key"], PASS).fails(6, "wrong passphrase");
    a.run_pass(&["get", "app/key"], "second passphrase").success().stdout_is("v1");

    a.run_pass(&["passwd", "--remove"], "second passphrase").success().stderr_has("is now unprotected");
    let text = std::fs::read_to_string(a.sb.identity()).unwrap();
    assert!(text.contains("AGE-SECRET-KEY-1"), "not a plain identity file");
    assert_eq!(std::fs::metadata(a.sb.identity()).unwrap().permissions().mode() & 0o777, 0o600);
    a.run(&["get", "app/key"]).success().stdout_is("v1");

    // An unprotected identity takes its new passphrase from SEALBOX_PASSPHRASE_FD.
    a.run_pass(&["passwd"], PASS).success().stderr_has("set the passphrase of");
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed");
    a.run_pass(&["get", "app/key"], PASS).success().stdout_is("v1");
    let json = a.run_pass(&["passwd", "-o", "json", "--remove"], PASS).success().stdout_text();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["PassphraseProtected"], false);
    assert_eq!(json["Changed"], true);
}

fn ssh_keygen(dir: &std::path::Path, name: &str, kind: &str, passphrase: &str) -> Option<PathBuf> {
    require_tool("ssh-keygen")?;
    let path = dir.join(name);
    let mut args = vec!["-q", "-t", kind, "-N", passphrase, "-C", "test", "-f"];
    let p = path.to_str().unwrap().to_string();
    args.push(&p);
    if kind == "rsa" {
        args.extend(["-b", "2048"]);
    }
    assert!(Command::new("ssh-keygen").args(&args).status().unwrap().success());
    Some(path)
}

#[test]
fn encrypted_ssh_keys_unlock_through_the_agent() {
    for kind in ["ed25519", "rsa"] {
        let a = Agented::new();
        let Some(key) = ssh_keygen(a.sb.home(), &format!("id_{kind}"), kind, PASS) else { return };
        let vault = a.sb.home().join(format!("{kind}.age"));
        let vault = vault.to_str().unwrap();
        let key = key.to_str().unwrap();
        a.run_pass(&["--vault", vault, "--identity", key, "init"], PASS).success();
        a.run_pass(&["--vault", vault, "--identity", key, "create", "s", "--value", kind], PASS).success();
        a.run(&["--vault", vault, "--identity", key, "get", "s"])
            .fails(6, "a passphrase is needed to unlock the SSH key")
            .stderr_has("run: sealbox unlock");
        a.run_pass(&["--vault", vault, "--identity", key, "unlock"], "bad")
            .fails(6, "wrong passphrase for the SSH key");
        a.run_pass(&["--vault", vault, "--identity", key, "unlock"], PASS).success();
        let status = a.status();
        let public = std::fs::read_to_string(format!("{key}.pub")).unwrap();
        let public_key = status["Identities"][0]["PublicKeys"][0].as_str().unwrap().to_string();
        assert!(public.starts_with(&public_key), "{public} vs {public_key}");
        for _ in 0..3 {
            a.run(&["--vault", vault, "--identity", key, "get", "s"]).success().stdout_is(kind);
        }
        a.run(&["--vault", vault, "--identity", key, "put-version", "s", "--value", "2"]).success();
        a.run(&["lock"]).success();
    }
}

fn public_key(sb: &Sandbox) -> String {
    let text = std::fs::read_to_string(sb.identity()).unwrap();
    text.lines().find_map(|l| l.strip_prefix("# public key: ")).unwrap().to_string()
}

#[test]
fn recipients_add_and_remove_with_two_identities() {
    let alice = Sandbox::new();
    let bob = Sandbox::new();
    let (alice_key, bob_key) = (public_key(&alice), public_key(&bob));
    alice.create("app/db", "s3cret");
    alice.create("app/api", "k3y");
    let alice_vault = alice.vault();
    let alice_vault = alice_vault.to_str().unwrap();

    // Bob can't read Alice's vault yet.
    bob.run(&["--vault", alice_vault, "get", "app/db"]).fails(6, "not one of the vault's recipients");

    alice.run(&["recipients", "add", &bob_key]).success().stderr_has("added 1 recipient;");
    alice.run(&["recipients", "add", &bob_key]).success().stderr_has("nothing to add");
    alice.run(&["recipients", "list"]).success().stdout_is(&format!("{alice_key}  (this identity)\n{bob_key}\n"));
    bob.run(&["--vault", alice_vault, "get", "app/db"]).success().stdout_is("s3cret");
    bob.run(&["--vault", alice_vault, "recipients", "list"])
        .success()
        .stdout_is(&format!("{alice_key}\n{bob_key}  (this identity)\n"));
    let bad = alice.run(&["recipients", "add", "age1notakey"]);
    assert_eq!(bad.code(), 2, "{}", bad.stderr_text());

    // Refusals leave the vault untouched.
    let before = alice.vault_bytes();
    alice.run(&["recipients", "remove", &alice_key]).fails(5, "is the identity this command is using");
    alice.run(&["recipients", "remove", &public_key(&Sandbox::new())]).fails(3, "is not a recipient");
    assert_eq!(alice.vault_bytes(), before);

    let out = alice.run(&["recipients", "remove", &bob_key]).success();
    let err = out.stderr_text();
    assert!(err.contains("removing a key does not revoke what it already decrypted"), "{err}");
    assert!(err.contains("--rotate-all"), "{err}");
    assert_eq!(out.stdout_text(), "app/api\napp/db\n");
    alice.run(&["recipients", "list"]).success().stdout_is(&format!("{alice_key}  (this identity)\n"));
    bob.run(&["--vault", alice_vault, "get", "app/db"]).fails(6, "not one of the vault's recipients");
    alice.run(&["get", "app/db"]).success().stdout_is("s3cret");
    if require_tool("age").is_some() {
        let out = Command::new("age").args(["-d", "-i"]).arg(bob.identity()).arg(alice.vault()).output().unwrap();
        assert!(!out.status.success(), "age -d with the removed key still decrypts");
        let out = Command::new("age").args(["-d", "-i"]).arg(alice.identity()).arg(alice.vault()).output().unwrap();
        assert!(out.status.success());
    }

    // The last recipient can't go, even with --force.
    alice.run(&["recipients", "remove", &alice_key, "--force"]).fails(5, "is the last recipient");

    // --rotate-all reports what it could mark due and what needs a new value by hand.
    alice.run(&["recipients", "add", &bob_key]).success();
    let json = alice.json(&["recipients", "remove", &bob_key, "--rotate-all"]);
    assert_eq!(json["Removed"], bob_key.as_str());
    assert_eq!(json["RemainingRecipients"], 1);
    assert_eq!(json["ExposedSecrets"], serde_json::json!(["app/api", "app/db"]));
    assert_eq!(json["MarkedForRotation"], serde_json::json!([]));
    assert_eq!(json["RotateByHand"], serde_json::json!(["app/api", "app/db"]));

    // --force removes your own key when another of yours remains a recipient.
    alice.run(&["recipients", "add", &bob_key]).success();
    alice.run(&["recipients", "remove", &alice_key, "--force"]).success();
    alice.run(&["get", "app/db"]).fails(6, "not one of the vault's recipients");
    bob.run(&["--vault", alice_vault, "get", "app/db"]).success().stdout_is("s3cret");
}

#[test]
fn recipients_changes_need_the_agent_or_a_passphrase_like_any_write() {
    let a = Agented::new();
    let other = Sandbox::new();
    let before = a.vault_bytes();
    a.run(&["recipients", "add", &public_key(&other)]).fails(6, "a passphrase is needed");
    assert_eq!(a.vault_bytes(), before);
    a.unlock(&[]);
    a.run(&["recipients", "add", &public_key(&other)]).success();
    let vault = a.sb.vault();
    other.run(&["--vault", vault.to_str().unwrap(), "list"]).success();
}

/// A PATH with the toy plugin `tests/cli/fixtures/age-plugin-sealboxtest` (Python) first.
fn plugin_path(sb: &Sandbox) -> Option<String> {
    require_tool("python3")?;
    let bin = sb.home().join("plugin-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cli/fixtures/age-plugin-sealboxtest");
    std::fs::copy(fixture, bin.join("age-plugin-sealboxtest")).unwrap();
    std::fs::set_permissions(bin.join("age-plugin-sealboxtest"), std::fs::Permissions::from_mode(0o755)).unwrap();
    Some(format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default()))
}

#[test]
fn age_plugin_recipients_and_identities_work_through_the_plugin_protocol() {
    let sb = Sandbox::new();
    let Some(path) = plugin_path(&sb) else { return };
    let plugin = sb.home().join("plugin-bin/age-plugin-sealboxtest");
    let print = |arg: &str| {
        let out = Command::new(&plugin).arg(arg).env("PATH", &path).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let (recipient, identity) = (print("--print-recipient"), print("--print-identity"));
    assert!(recipient.starts_with("age1sealboxtest1"), "{recipient}");
    let id_file = sb.home().join("plugin-identity.txt");
    std::fs::write(&id_file, format!("# toy plugin identity\n{identity}\n")).unwrap();
    std::fs::set_permissions(&id_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let with_plugin = |args: &[&str]| {
        let mut c = sb.cmd(args);
        c.env("PATH", &path);
        Run::from(c, None)
    };
    sb.create("app/key", "v1");

    // Without the plugin binary the recipient is refused and nothing is written.
    let before = sb.vault_bytes();
    sb.run(&["recipients", "add", &recipient]).fails(2, "needs age-plugin-sealboxtest, which is not on PATH");
    assert_eq!(sb.vault_bytes(), before);

    with_plugin(&["recipients", "add", &recipient]).success();
    let id = id_file.to_str().unwrap();
    with_plugin(&["--identity", id, "get", "app/key"]).success().stdout_is("v1");
    sb.run(&["--identity", id, "get", "app/key"])
        .fails(6, "needs age-plugin-sealboxtest, which is not on PATH")
        .stderr_has("install age-plugin-sealboxtest somewhere on PATH");
    // Every later write re-encrypts to the plugin recipient, so it needs the plugin too.
    sb.run(&["put-version", "app/key", "--value", "v2"]).fails(1, "needs age-plugin-sealboxtest");
    with_plugin(&["put-version", "app/key", "--value", "v2"]).success();
    with_plugin(&["--identity", id, "get", "app/key"]).success().stdout_is("v2");
    // Plugin identities need no unlock; the agent refuses them.
    let mut c = sb.cmd(&["--identity", id, "unlock"]);
    c.env("PATH", &path).env("XDG_RUNTIME_DIR", sb.home());
    Run::from(c, None).fails(2, "identities of age plugins can't be loaded into the agent");
    assert!(!sb.home().join("sealbox/agent.sock").exists(), "an agent was started for nothing");
    // The Go age CLI decrypts the same vault through the same plugin.
    if require_tool("age").is_some() {
        let out = Command::new("age").args(["-d", "-i", id]).arg(sb.vault()).env("PATH", &path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.starts_with(b"sealbox-vault format=1"));
    }
    // Removing the plugin recipient leaves a vault it can't open.
    with_plugin(&["recipients", "remove", &recipient]).success();
    with_plugin(&["--identity", id, "get", "app/key"]).fails(6, "not one of the vault's recipients");
}

#[test]
fn sigterm_wipes_and_removes_the_socket() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    a.unlock(&[]);
    let pid = a.agent_pid().unwrap();
    Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(5)), "agent ignored SIGTERM");
    assert!(!a.socket().exists(), "SIGTERM left the socket behind");
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed").stderr_has("run: sealbox unlock");
}

#[test]
fn one_agent_holds_several_identity_files_and_lock_wipes_them_all() {
    let a = Agented::new();
    a.run_pass(&["create", "app/key", "--value", "v1"], PASS).success();
    // A second, unprotected identity file with its own vault.
    let second_vault = a.sb.home().join("second.age");
    let second_id = a.sb.home().join("second.txt");
    let (v, i) = (second_vault.to_str().unwrap(), second_id.to_str().unwrap());
    a.run(&["--vault", v, "--identity", i, "init", "--no-passphrase"]).success();
    a.run(&["--vault", v, "--identity", i, "create", "s", "--value", "2"]).success();
    a.unlock(&["--ttl", "1h"]);
    a.run(&["--identity", i, "unlock", "--ttl", "2h"]).success().stderr_has("has no passphrase");
    let status = a.status();
    let ids = status["Identities"].as_array().unwrap();
    assert_eq!(ids.len(), 2, "{status}");
    assert_ne!(ids[0]["ExpiresAt"], ids[1]["ExpiresAt"]);
    a.run(&["get", "app/key"]).success().stdout_is("v1");
    a.run(&["--vault", v, "--identity", i, "get", "s"]).success().stdout_is("2");
    a.run(&["lock"]).success().stderr_has("wiped 2 identities");
    a.run(&["get", "app/key"]).fails(6, "a passphrase is needed");
}
