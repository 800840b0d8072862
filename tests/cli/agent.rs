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
        a.case_pass(&["init"], PASS)
            .stderr(
                "created identity [HOME]/.config/sealbox/identity.txt\n\
                 created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
                 back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
            )
            .run();
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

    fn case(&self, args: &[&str]) -> Case<'_> {
        self.sb.case_cmd(self.cmd(args))
    }

    /// With the passphrase on descriptor 0 (SEALBOX_PASSPHRASE_FD=0).
    fn case_pass(&self, args: &[&str], passphrase: &str) -> Case<'_> {
        self.case(args).env("SEALBOX_PASSPHRASE_FD", "0").stdin(format!("{passphrase}\n"))
    }

    /// `unlock EXTRA`, expecting the line that states the unlock's limits (`--ttl`, `--idle`).
    fn unlock(&self, extra: &[&str]) -> Run {
        let mut args = vec!["unlock"];
        args.extend_from_slice(extra);
        let option =
            |name: &str, default: &'static str| extra.iter().position(|a| *a == name).map_or(default, |i| extra[i + 1]);
        let (ttl, idle) = (option("--ttl", "8h"), option("--idle", "30m"));
        let idle = if idle == "0" { String::new() } else { format!(", or after {idle} unused") };
        self.case_pass(&args, PASS)
            .stderr(format!(
                "unlocked [HOME]/.config/sealbox/identity.txt until [..] (in {ttl}){idle}; `sealbox lock` wipes it\n"
            ))
            .run()
    }

    fn status(&self) -> serde_json::Value {
        let out = self.case(&["agent", "status", "-o", "json"]).stdout_any("parsed as JSON by the caller").run();
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
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    let before = a.vault_bytes();
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    a.case(&["put-version", "app/key", "--value", "v2"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    assert_eq!(a.vault_bytes(), before, "a failed command changed the vault");
    a.case_pass(&["get", "app/key"], "wrong")
        .status(6)
        .stderr(
            "sealbox: error: wrong passphrase for the identity\n\
             sealbox: hint: try again; `sealbox passwd` changes it once you are in\n",
        )
        .run();
    a.case_pass(&["get", "app/key"], PASS).stdout("v1").run();
}

#[test]
fn unlock_once_then_many_commands_without_a_passphrase() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    let out = a.unlock(&[]);
    let err = out.stderr_text();
    assert!(err.starts_with("unlocked ") && err.contains("identity.txt until ") && err.contains("(in 8h)"), "{err}");
    assert!(err.contains("or after 30m unused"), "{err}");
    for _ in 0..20 {
        a.case(&["get", "app/key", "--no-input"]).stdout("v1").run();
    }
    // Writes go through the agent too.
    a.case(&["put-version", "app/key", "--value", "v2"]).stderr("app/key: new version [..] [AWSCURRENT]\n").run();
    a.case(&["create", "app/other", "--value", "o"]).stderr("created app/other (version [..])\n").run();
    a.case(&["get", "app/key"]).stdout("v2").run();
    a.case(&["get", "app/key", "--stage", "AWSPREVIOUS"]).stdout("v1").run();

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
    let recipients = a
        .case(&["recipients", "list", "-o", "json"])
        .stdout(
            "{\n\
             \x20 \"Recipients\": [\n\
             \x20   {\n\
             \x20     \"Recipient\": \"age1[..]\",\n\
             \x20     \"ThisIdentity\": true\n\
             \x20   }\n\
             \x20 ]\n\
             }\n",
        )
        .run()
        .stdout_text();
    let recipients: serde_json::Value = serde_json::from_str(&recipients).unwrap();
    assert_eq!(ids[0]["PublicKeys"][0], recipients["Recipients"][0]["Recipient"]);
    assert_eq!(recipients["Recipients"][0]["ThisIdentity"], true);
    assert_eq!(ids[0]["IdleTimeoutSeconds"], 1800);
    let text = a
        .case(&["agent", "status"])
        .stdout(
            "agent         running (pid [..])\n\
             socket        [HOME]/run/sealbox/agent.sock\n\
             identity      [HOME]/.config/sealbox/identity.txt\n\
             \x20 public key  age1[..]\n\
             \x20 unlocked    [..]\n\
             \x20 expires     [..]\n\
             \x20 idle lock   [..] unless used (after 30m unused)\n",
        )
        .run()
        .stdout_text();
    assert!(text.contains("agent") && text.contains("running (pid"), "{text}");
    assert!(!text.contains("AGE-SECRET-KEY"), "{text}");
    assert!(!status.to_string().contains("AGE-SECRET-KEY"));
}

#[test]
fn unlocked_identity_expires_after_its_ttl_and_the_agent_exits() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&["--ttl", "3s"]);
    a.case(&["get", "app/key"]).stdout("v1").run();
    let pid = a.agent_pid().expect("an agent runs");
    std::thread::sleep(Duration::from_millis(3500));
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(3)), "agent {pid} outlived its ttl");
    assert!(!a.socket().exists(), "the agent left its socket behind");
    assert_eq!(a.status()["Running"], false);
}

#[test]
fn idle_timeout_locks_an_unused_identity_and_use_postpones_it() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&["--ttl", "1h", "--idle", "3s"]);
    for _ in 0..4 {
        std::thread::sleep(Duration::from_millis(1000));
        // Each use restarts the idle clock: 4 s in total, still unlocked.
        a.case(&["get", "app/key"]).stdout("v1").run();
    }
    std::thread::sleep(Duration::from_millis(4000));
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(3)));
}

#[test]
fn lock_wipes_the_identity_and_stops_the_agent() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&["--idle", "0"]);
    assert!(a.status()["Identities"][0]["IdleExpiresAt"].is_null());
    a.case(&["get", "app/key"]).stdout("v1").run();
    a.case(&["lock"]).stderr("locked: the agent wiped 1 identity and stopped\n").run();
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(3)));
    assert!(!a.socket().exists());
    a.case(&["lock"]).stderr("no agent is running: nothing to lock\n").run();
    let json = a
        .case(&["lock", "-o", "json"])
        .stdout(
            "{\n\
             \x20 \"WasRunning\": false,\n\
             \x20 \"Wiped\": 0\n\
             }\n",
        )
        .run()
        .stdout_text();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap()["WasRunning"], false);
    // Unlocking again starts a new agent.
    a.unlock(&[]);
    a.case(&["get", "app/key"]).stdout("v1").run();
}

#[test]
fn killed_agent_means_a_clean_fallback_not_a_hang() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&[]);
    a.case(&["get", "app/key"]).stdout("v1").run();
    a.kill_agent();
    assert!(a.socket().exists(), "SIGKILL leaves the socket file: the stale case");
    let started = Instant::now();
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    assert!(started.elapsed() < Duration::from_secs(3), "fallback took {:?}", started.elapsed());
    // The identity file still works with a passphrase, and unlock replaces the stale socket.
    a.case_pass(&["get", "app/key"], PASS).stdout("v1").run();
    a.unlock(&[]);
    a.case(&["get", "app/key"]).stdout("v1").run();
}

#[test]
fn stopped_agent_times_out_and_the_command_fails_cleanly() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&[]);
    let pid = a.agent_pid().unwrap().to_string();
    Command::new("kill").args(["-STOP", &pid]).status().unwrap();
    let started = Instant::now();
    let out = std::panic::catch_unwind(|| a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run());
    Command::new("kill").args(["-CONT", &pid]).status().unwrap();
    out.unwrap();
    assert!(started.elapsed() < Duration::from_secs(8), "took {:?}", started.elapsed());
}

#[test]
fn stale_socket_file_is_ignored_and_replaced_by_unlock() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    let dir = a.socket().parent().unwrap().to_path_buf();
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    drop(std::os::unix::net::UnixListener::bind(a.socket()).unwrap());
    assert!(a.socket().exists());
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    a.case_pass(&["get", "app/key"], PASS).stdout("v1").run();
    assert_eq!(a.status()["Running"], false);
    a.unlock(&[]);
    a.case(&["get", "app/key"]).stdout("v1").run();
}

#[test]
fn wrong_passphrase_starts_no_agent() {
    let a = Agented::new();
    a.case_pass(&["unlock"], "nope")
        .status(6)
        .stderr(
            "sealbox: error: wrong passphrase for the identity\n\
             sealbox: hint: try again; `sealbox passwd` changes it once you are in\n",
        )
        .run();
    assert!(a.agent_pid().is_none());
    assert!(!a.socket().exists());
    a.case(&["unlock"])
        .status(6)
        .stderr(
            "sealbox: error: a passphrase is needed to unlock [HOME]/.config/sealbox/identity.txt, and there is no terminal to ask on\n\
             sealbox: hint: run it in a terminal, or pass the passphrase on a descriptor: SEALBOX_PASSPHRASE_FD=3 sealbox unlock 3<passfile\n",
        )
        .run();
    // (no passphrase on stdin: these fail before reading it)
    a.case(&["unlock", "--ttl", "0s"]).status(2).stderr("sealbox: error: --ttl must be between 1s and 30d\n").run();
    a.case(&["unlock", "--ttl", "8x"])
        .status(2)
        .stderr("sealbox: error: invalid duration \"8x\": use e.g. 90s, 30m, 8h, 1d or 1h30m\n")
        .run();
}

#[test]
fn the_agent_serves_only_the_identity_file_it_unlocked() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&[]);
    // Another HOME's vault and identity, same agent directory: the agent is not used for it.
    let other = Sandbox::new();
    let mut c = other.cmd(&["create", "x", "--value", "y"]);
    c.env("XDG_RUNTIME_DIR", a.run_dir());
    other.case_cmd(c).stderr("created x (version [..])\n").run();
    let mut c = a.cmd(&["--vault", other.vault().to_str().unwrap(), "get", "x"]);
    c.env("SEALBOX_IDENTITY", other.identity());
    a.sb.case_cmd(c).stdout("y").run();
    let mut c = a.cmd(&["--vault", other.vault().to_str().unwrap(), "get", "x"]);
    c.env("SEALBOX_IDENTITY", other.identity());
    c.env("SEALBOX_PASSPHRASE_FD", "99"); // never read: that identity needs no passphrase
    a.sb.case_cmd(c).stdout("y").run();
    // And our own identity can't open the other vault through the agent.
    a.case(&["--vault", other.vault().to_str().unwrap(), "get", "x"]).status(6).stderr(not_a_recipient("[..]")).run();
}

#[test]
fn passwd_changes_then_removes_the_passphrase() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
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
        a.sb.case_cmd(sh)
    };
    // Without the new passphrase and no terminal: exit 6, file untouched.
    let before = std::fs::read(a.sb.identity()).unwrap();
    passwd("SEALBOX_PASSPHRASE_FD=3 exec \"$SEALBOX\" passwd 3<old")
        .status(6)
        .stderr(
            "sealbox: error: a passphrase is needed to protect [HOME]/.config/sealbox/identity.txt (new), and there is no terminal to ask on\n\
             sealbox: hint: run it in a terminal, or give the new passphrase on a descriptor: SEALBOX_NEW_PASSPHRASE_FD=4 sealbox passwd 4<newpassfile\n",
        )
        .run();
    assert_eq!(std::fs::read(a.sb.identity()).unwrap(), before);

    passwd("SEALBOX_PASSPHRASE_FD=3 SEALBOX_NEW_PASSPHRASE_FD=4 exec \"$SEALBOX\" passwd 3<old 4<new")
        .stderr(
            "changed the passphrase of [HOME]/.config/sealbox/identity.txt (a running agent keeps what it holds until it locks)\n",
        )
        .run();
    let mode = std::fs::metadata(a.sb.identity()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    a.case_pass(&["get", "app/key"], PASS)
        .status(6)
        .stderr(
            "sealbox: error: wrong passphrase for the identity\n\
             sealbox: hint: try again; `sealbox passwd` changes it once you are in\n",
        )
        .run();
    a.case_pass(&["get", "app/key"], "second passphrase").stdout("v1").run();

    a.case_pass(&["passwd", "--remove"], "second passphrase")
        .stderr(
            "sealbox: warning: [HOME]/.config/sealbox/identity.txt is now unprotected: anyone who can read it can open your vaults (keep it for throwaway machines)\n",
        )
        .run();
    let text = std::fs::read_to_string(a.sb.identity()).unwrap();
    assert!(text.contains("AGE-SECRET-KEY-1"), "not a plain identity file");
    assert_eq!(std::fs::metadata(a.sb.identity()).unwrap().permissions().mode() & 0o777, 0o600);
    a.case(&["get", "app/key"]).stdout("v1").run();

    // An unprotected identity takes its new passphrase from SEALBOX_PASSPHRASE_FD.
    a.case_pass(&["passwd"], PASS)
        .stderr(
            "set the passphrase of [HOME]/.config/sealbox/identity.txt (a running agent keeps what it holds until it locks)\n",
        )
        .run();
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    a.case_pass(&["get", "app/key"], PASS).stdout("v1").run();
    let json = a.case_pass(&["passwd", "-o", "json", "--remove"], PASS)
        .stdout(
            "{\n\
             \x20 \"Identity\": \"[HOME]/.config/sealbox/identity.txt\",\n\
             \x20 \"Changed\": true,\n\
             \x20 \"PassphraseProtected\": false\n\
             }\n",
        )
        .stderr(
            "sealbox: warning: [HOME]/.config/sealbox/identity.txt is now unprotected: anyone who can read it can open your vaults (keep it for throwaway machines)\n",
        )
        .run().stdout_text();
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
        a.case_pass(&["--vault", vault, "--identity", key, "init"], PASS)
            .stderr(format!(
                "using identity [HOME]/id_{kind}\n\
                 created vault [HOME]/{kind}.age for ssh-{kind} [..]\n"
            ))
            .run();
        a.case_pass(&["--vault", vault, "--identity", key, "create", "s", "--value", kind], PASS)
            .stderr("created s (version [..])\n")
            .run();
        a.case(&["--vault", vault, "--identity", key, "get", "s"])
            .status(6)
            .stderr(format!(
                "sealbox: error: a passphrase is needed to unlock the SSH key [HOME]/id_{kind}, and there is no terminal to ask on\n\
                 sealbox: hint: run: sealbox unlock (or pass the passphrase on a descriptor: SEALBOX_PASSPHRASE_FD=3 sealbox ... 3<passfile)\n"
            ))
            .run();
        a.case_pass(&["--vault", vault, "--identity", key, "unlock"], "bad")
            .status(6)
            .stderr(
                "sealbox: error: wrong passphrase for the SSH key\n\
                 sealbox: hint: try again, or check it with `ssh-keygen -y`\n",
            )
            .run();
        a.case_pass(&["--vault", vault, "--identity", key, "unlock"], PASS)
            .stderr(format!(
                "unlocked [HOME]/id_{kind} until [..] (in 8h), or after 30m unused; `sealbox lock` wipes it\n"
            ))
            .run();
        let status = a.status();
        let public = std::fs::read_to_string(format!("{key}.pub")).unwrap();
        let public_key = status["Identities"][0]["PublicKeys"][0].as_str().unwrap().to_string();
        assert!(public.starts_with(&public_key), "{public} vs {public_key}");
        for _ in 0..3 {
            a.case(&["--vault", vault, "--identity", key, "get", "s"]).stdout(kind).run();
        }
        a.case(&["--vault", vault, "--identity", key, "put-version", "s", "--value", "2"])
            .stderr("s: new version [..] [AWSCURRENT]\n")
            .run();
        a.case(&["lock"]).stderr("locked: the agent wiped 1 identity and stopped\n").run();
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
    bob.case(&["--vault", alice_vault, "get", "app/db"]).status(6).stderr(not_a_recipient("[..]")).run();

    alice
        .case(&["recipients", "add", &bob_key])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    alice
        .case(&["recipients", "add", &bob_key])
        .stderr("nothing to add: every key given is a recipient already\n")
        .run();
    alice.case(&["recipients", "list"]).stdout(format!("{alice_key}  (this identity)\n{bob_key}\n")).run();
    bob.case(&["--vault", alice_vault, "get", "app/db"]).stdout("s3cret").run();
    bob.case(&["--vault", alice_vault, "recipients", "list"])
        .stdout(format!("{alice_key}\n{bob_key}  (this identity)\n"))
        .run();
    alice
        .case(&["recipients", "add", "age1notakey"])
        .status(2)
        .stderr("sealbox: error: invalid age recipient age1notakey: invalid Bech32 encoding\n")
        .run();

    // Refusals leave the vault untouched.
    let before = alice.vault_bytes();
    alice
        .case(&["recipients", "remove", &alice_key])
        .status(5)
        .stderr(
            "sealbox: error: age1[..] is the identity this command is using: removing it locks you out of the vault\n\
             sealbox: hint: pass --force if you hold another of its recipients' keys\n",
        )
        .run();
    alice
        .case(&["recipients", "remove", &public_key(&Sandbox::new())])
        .status(3)
        .stderr(
            "sealbox: error: age1[..] is not a recipient of [HOME]/.local/share/sealbox/vault.age\n\
             sealbox: hint: run `sealbox recipients list`\n",
        )
        .run();
    assert_eq!(alice.vault_bytes(), before);

    let out = alice.case(&["recipients", "remove", &bob_key])
        .stdout(
            "app/api\n\
             app/db\n",
        )
        .stderr(
            "removed age1[..]; [HOME]/.local/share/sealbox/vault.age re-encrypted to 1 recipient\n\
             removing a key does not revoke what it already decrypted: it could read these 2 secrets:\n\
             rotate them: `sealbox recipients remove … --rotate-all` marks every one with rotation set up as due; change the others with `sealbox put-version NAME`\n",
        )
        .run();
    let err = out.stderr_text();
    assert!(err.contains("removing a key does not revoke what it already decrypted"), "{err}");
    assert!(err.contains("--rotate-all"), "{err}");
    assert_eq!(out.stdout_text(), "app/api\napp/db\n");
    alice.case(&["recipients", "list"]).stdout(format!("{alice_key}  (this identity)\n")).run();
    bob.case(&["--vault", alice_vault, "get", "app/db"]).status(6).stderr(not_a_recipient("[..]")).run();
    alice.case(&["get", "app/db"]).stdout("s3cret").run();
    if require_tool("age").is_some() {
        let out = Command::new("age").args(["-d", "-i"]).arg(bob.identity()).arg(alice.vault()).output().unwrap();
        assert!(!out.status.success(), "age -d with the removed key still decrypts");
        let out = Command::new("age").args(["-d", "-i"]).arg(alice.identity()).arg(alice.vault()).output().unwrap();
        assert!(out.status.success());
    }

    // The last recipient can't go, even with --force.
    alice.case(&["recipients", "remove", &alice_key, "--force"])
        .status(5)
        .stderr(
            "sealbox: error: age1[..] is the last recipient of [HOME]/.local/share/sealbox/vault.age: without it nobody could open the vault\n\
             sealbox: hint: add the new key first: `sealbox recipients add RECIPIENT`\n",
        )
        .run();

    // --rotate-all reports what it could mark due and what needs a new value by hand.
    alice
        .case(&["recipients", "add", &bob_key])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    let json = alice.json(&["recipients", "remove", &bob_key, "--rotate-all"]);
    assert_eq!(json["Removed"], bob_key.as_str());
    assert_eq!(json["RemainingRecipients"], 1);
    assert_eq!(json["ExposedSecrets"], serde_json::json!(["app/api", "app/db"]));
    assert_eq!(json["MarkedForRotation"], serde_json::json!([]));
    assert_eq!(json["RotateByHand"], serde_json::json!(["app/api", "app/db"]));

    // --force removes your own key when another of yours remains a recipient.
    alice
        .case(&["recipients", "add", &bob_key])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    alice.case(&["recipients", "remove", &alice_key, "--force"])
        .stdout(
            "app/api\n\
             app/db\n",
        )
        .stderr(
            "removed age1[..]; [HOME]/.local/share/sealbox/vault.age re-encrypted to 1 recipient\n\
             removing a key does not revoke what it already decrypted: it could read these 2 secrets:\n\
             rotate them: `sealbox recipients remove … --rotate-all` marks every one with rotation set up as due; change the others with `sealbox put-version NAME`\n",
        )
        .run();
    alice.case(&["get", "app/db"]).status(6).stderr(not_a_recipient("[HOME]")).run();
    bob.case(&["--vault", alice_vault, "get", "app/db"])
        .stdout("s3cret")
        .stderr(
            "sealbox: warning: the vault key of [..]/.local/share/sealbox/vault.age changed since this machine last saw it (a `recipients remove`, here or on another machine); accepted because the vault holds the key known here\n",
        )
        .run();
}

#[test]
fn recipients_changes_need_the_agent_or_a_passphrase_like_any_write() {
    let a = Agented::new();
    let other = Sandbox::new();
    let before = a.vault_bytes();
    a.case(&["recipients", "add", &public_key(&other)]).status(6).stderr(NEEDS_PASSPHRASE).run();
    assert_eq!(a.vault_bytes(), before);
    a.unlock(&[]);
    a.case(&["recipients", "add", &public_key(&other)])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    let vault = a.sb.vault();
    other.case(&["--vault", vault.to_str().unwrap(), "list"]).stderr("no secrets\n").run();
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
        sb.case_cmd(c)
    };
    sb.create("app/key", "v1");

    // Without the plugin binary the recipient is refused and nothing is written.
    let before = sb.vault_bytes();
    sb.case(&["recipients", "add", &recipient])
        .status(2)
        .stderr(
            "sealbox: error: the recipient age1sealboxtest1qydvn8py needs age-plugin-sealboxtest, which is not on PATH\n\
             sealbox: hint: install age-plugin-sealboxtest somewhere on PATH\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);

    with_plugin(&["recipients", "add", &recipient])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    let id = id_file.to_str().unwrap();
    with_plugin(&["--identity", id, "get", "app/key"]).stdout("v1").run();
    sb.case(&["--identity", id, "get", "app/key"])
        .status(6)
        .stderr(
            "sealbox: error: the identity [HOME]/plugin-identity.txt needs age-plugin-sealboxtest, which is not on PATH\n\
             sealbox: hint: install age-plugin-sealboxtest somewhere on PATH\n",
        )
        .run();
    // Every later write re-encrypts to the plugin recipient, so it needs the plugin too.
    sb.case(&["put-version", "app/key", "--value", "v2"])
        .status(1)
        .stderr(
            "sealbox: error: the recipient age1sealboxtest1qydvn8py needs age-plugin-sealboxtest, which is not on PATH\n\
             sealbox: hint: install age-plugin-sealboxtest somewhere on PATH\n",
        )
        .run();
    with_plugin(&["put-version", "app/key", "--value", "v2"]).stderr("app/key: new version [..] [AWSCURRENT]\n").run();
    with_plugin(&["--identity", id, "get", "app/key"]).stdout("v2").run();
    // Plugin identities need no unlock; the agent refuses them.
    let mut c = sb.cmd(&["--identity", id, "unlock"]);
    c.env("PATH", &path).env("XDG_RUNTIME_DIR", sb.home());
    sb.case_cmd(c)
        .status(2)
        .stderr(
            "sealbox: error: identities of age plugins can't be loaded into the agent: the plugin itself asks for a PIN or touch\n\
             sealbox: hint: use the identity file directly; it has no passphrase to unlock\n",
        )
        .run();
    assert!(!sb.home().join("sealbox/agent.sock").exists(), "an agent was started for nothing");
    // The Go age CLI decrypts the same vault through the same plugin.
    if require_tool("age").is_some() {
        let out = Command::new("age").args(["-d", "-i", id]).arg(sb.vault()).env("PATH", &path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.starts_with(b"sealbox-vault format=2"));
    }
    // Removing the plugin recipient leaves a vault it can't open.
    with_plugin(&["recipients", "remove", &recipient])
        .stdout("app/key\n")
        .stderr(
            "removed age1sealboxtest1qydvn8py; [HOME]/.local/share/sealbox/vault.age re-encrypted to 1 recipient\n\
             removing a key does not revoke what it already decrypted: it could read these 1 secret:\n\
             rotate them: `sealbox recipients remove … --rotate-all` marks every one with rotation set up as due; change the others with `sealbox put-version NAME`\n",
        )
        .run();
    with_plugin(&["--identity", id, "get", "app/key"]).status(6).stderr(not_a_recipient("[HOME]")).run();
}

#[test]
fn sigterm_wipes_and_removes_the_socket() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    a.unlock(&[]);
    let pid = a.agent_pid().unwrap();
    Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(wait_until(|| a.agent_pid().is_none(), Duration::from_secs(5)), "agent ignored SIGTERM");
    assert!(!a.socket().exists(), "SIGTERM left the socket behind");
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
}

#[test]
fn one_agent_holds_several_identity_files_and_lock_wipes_them_all() {
    let a = Agented::new();
    a.case_pass(&["create", "app/key", "--value", "v1"], PASS).stderr("created app/key (version [..])\n").run();
    // A second, unprotected identity file with its own vault.
    let second_vault = a.sb.home().join("second.age");
    let second_id = a.sb.home().join("second.txt");
    let (v, i) = (second_vault.to_str().unwrap(), second_id.to_str().unwrap());
    a.case(&["--vault", v, "--identity", i, "init", "--no-passphrase"])
        .stderr(
            "created identity [HOME]/second.txt\n\
             created vault [HOME]/second.age for age1[..]\n\
             back up [HOME]/second.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
        )
        .run();
    a.case(&["--vault", v, "--identity", i, "create", "s", "--value", "2"]).stderr("created s (version [..])\n").run();
    a.unlock(&["--ttl", "1h"]);
    a.case(&["--identity", i, "unlock", "--ttl", "2h"])
        .stderr(
            "note: [HOME]/second.txt has no passphrase, so commands can read it without the agent (loading it anyway)\n\
             unlocked [HOME]/second.txt until [..] (in 2h), or after 30m unused; `sealbox lock` wipes it\n",
        )
        .run();
    let status = a.status();
    let ids = status["Identities"].as_array().unwrap();
    assert_eq!(ids.len(), 2, "{status}");
    assert_ne!(ids[0]["ExpiresAt"], ids[1]["ExpiresAt"]);
    a.case(&["get", "app/key"]).stdout("v1").run();
    a.case(&["--vault", v, "--identity", i, "get", "s"]).stdout("2").run();
    a.case(&["lock"]).stderr("locked: the agent wiped 2 identities and stopped\n").run();
    a.case(&["get", "app/key"]).status(6).stderr(NEEDS_PASSPHRASE).run();
}
