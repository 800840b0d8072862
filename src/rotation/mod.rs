//! Running rotation scripts: one process per step (`create`, `set`, `test`), executed directly
//! (never through a shell) in its own process group, with a cleared environment that carries
//! names and version ids only, the values on stdin as JSON, stdout captured (capped), the last
//! 4 KiB of stderr kept for the error message, and a timeout that kills the whole group.
//!
//! Also the pure helpers of the protocol: the stdin document, the value `create` produced
//! (or a generated one), and whether a rotation claim left in the vault is stale.
//!
//! `unsafe` is needed for one plain libc call, `kill(-pgid, SIGKILL)`, in a small
//! documented function below.

pub mod schedule;
pub mod templates;
pub mod timer;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine as _;
use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};
use zeroize::Zeroizing;

use crate::cli::PasswordArgs;
use crate::error::Error;
use crate::vault::SecretValue;
use crate::vault::model::RotationClaim;
use crate::vault::names::MAX_VALUE_BYTES;

/// Timeout of one step when none is configured.
pub const DEFAULT_TIMEOUT_SECS: u64 = 300;
pub const MAX_TIMEOUT_SECS: u64 = 3600;
pub const MIN_EVERY_DAYS: i64 = 1;
pub const MAX_EVERY_DAYS: i64 = 1000;
/// How much of a failed script's stderr is shown: its last bytes.
pub const STDERR_CAP: usize = 4096;
/// A claim older than three step timeouts plus this margin belongs to a rotation that died.
pub const CLAIM_MARGIN_SECS: u64 = 60;
/// Used for the script's PATH when sealbox itself has none.
const DEFAULT_PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// The three steps the script runs; sealbox itself does `finish`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Create,
    Set,
    Test,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Create => "create",
            Step::Set => "set",
            Step::Test => "test",
        }
    }
}

/// Why a step failed. Never contains a secret value (the script's stderr is the script's own
/// business and is shown separately, capped).
#[derive(Debug)]
pub struct StepFailure {
    pub step: Step,
    /// Short reason: `exited with status 3`, `timed out after 5 s`, …
    pub reason: String,
    /// The last [`STDERR_CAP`] bytes of the script's stderr, lossily decoded.
    pub stderr: String,
}

/// What runs a step: a script file, or a built-in template's shell text.
#[derive(Clone, Copy)]
pub enum Program<'a> {
    Script(&'a Path),
    Template(&'static templates::Template),
}

impl Program<'_> {
    fn command(&self) -> Command {
        match self {
            Program::Script(path) => Command::new(path),
            Program::Template(t) => {
                let mut cmd = Command::new("/bin/sh");
                cmd.arg("-c").arg(t.text()).arg(t.program_name());
                cmd
            }
        }
    }

    fn describe(&self) -> String {
        match self {
            Program::Script(path) => path.display().to_string(),
            Program::Template(t) => format!("the {} template with /bin/sh", t.name),
        }
    }
}

/// What a step needs besides the stdin document.
pub struct StepEnv<'a> {
    pub program: Program<'a>,
    pub name: &'a str,
    pub pending_version_id: &'a str,
    pub current_version_id: &'a str,
    pub vault: &'a Path,
    pub timeout: Duration,
}

/// Validate `--script`: it must exist, be a regular file and be executable by someone.
/// Returns the absolute path that is stored.
pub fn resolve_script(path: &Path) -> Result<PathBuf, Error> {
    let absolute = std::path::absolute(path)
        .map_err(|e| Error::usage(format!("can't resolve the script path {}: {e}", path.display())))?;
    let meta = std::fs::metadata(&absolute).map_err(|e| {
        Error::usage(format!("rotation script {} can't be used: {e}", absolute.display()))
            .with_hint("give --script the path of an executable file")
    })?;
    if !meta.is_file() {
        return Err(Error::usage(format!("rotation script {} is not a regular file", absolute.display())));
    }
    if meta.permissions().mode() & 0o111 == 0 {
        return Err(Error::usage(format!("rotation script {} is not executable", absolute.display()))
            .with_hint(format!("chmod +x {}", absolute.display())));
    }
    Ok(absolute)
}

pub fn validate_every(days: i64) -> Result<u32, Error> {
    if (MIN_EVERY_DAYS..=MAX_EVERY_DAYS).contains(&days) {
        u32::try_from(days).map_err(|_| Error::usage("--every is out of range"))
    } else {
        Err(Error::usage(format!("--every {days} is outside {MIN_EVERY_DAYS}..{MAX_EVERY_DAYS} days")))
    }
}

pub fn validate_timeout(secs: u64) -> Result<u64, Error> {
    if (1..=MAX_TIMEOUT_SECS).contains(&secs) {
        Ok(secs)
    } else {
        Err(Error::usage(format!("--timeout {secs} is outside 1..{MAX_TIMEOUT_SECS} seconds")))
    }
}

/// One version as the script sees it: `{"version_id", "value"}`. A binary value is base64
/// with `"binary": true`; a value not known yet (pending during `create`) is `null`.
fn version_json(version_id: &str, value: Option<&SecretValue>) -> Value {
    match value {
        None => json!({"version_id": version_id, "value": Value::Null}),
        Some(SecretValue::Text(s)) => json!({"version_id": version_id, "value": s.as_str()}),
        Some(SecretValue::Binary(b)) => json!({
            "version_id": version_id,
            "value": base64::engine::general_purpose::STANDARD.encode(b.as_slice()),
            "binary": true,
        }),
    }
}

/// The stdin document: `{"name", "current": {...}, "pending": {...}}`, in a zeroized buffer.
pub fn stdin_document(
    name: &str,
    current: (&str, &SecretValue),
    pending: (&str, Option<&SecretValue>),
) -> Result<Zeroizing<Vec<u8>>, Error> {
    let doc = json!({
        "name": name,
        "current": version_json(current.0, Some(current.1)),
        "pending": version_json(pending.0, pending.1),
    });
    let mut out = Zeroizing::new(Vec::with_capacity(256));
    serde_json::to_writer(&mut *out, &doc).map_err(|e| Error::other(e.to_string()))?;
    out.push(b'\n');
    Ok(out)
}

/// The pending value from `create`'s stdout: one trailing newline is dropped; empty output
/// means "generate one" from the current value.
pub fn pending_value(stdout: Zeroizing<Vec<u8>>, current: &SecretValue) -> Result<SecretValue, Error> {
    let mut out = stdout;
    if out.last() == Some(&b'\n') {
        out.pop();
        if out.last() == Some(&b'\r') {
            out.pop();
        }
    }
    if out.is_empty() {
        return generated_value(current);
    }
    Ok(SecretValue::from_bytes(out))
}

/// A fresh password (AWS GetRandomPassword defaults), or, when the current value is a JSON
/// object with a string `password` field, the same JSON with only that field replaced.
pub fn generated_value(current: &SecretValue) -> Result<SecretValue, Error> {
    let password = crate::password::generate(&PasswordArgs { length: 32, ..Default::default() })?;
    if let Some(text) = current.as_str()
        && let Ok(Value::Object(mut fields)) = serde_json::from_str::<Value>(text)
        && fields.get("password").is_some_and(Value::is_string)
    {
        fields.insert("password".into(), Value::String(password.to_string()));
        let mut out = Zeroizing::new(Vec::with_capacity(text.len() + 40));
        serde_json::to_writer(&mut *out, &Value::Object(fields)).map_err(|e| Error::other(e.to_string()))?;
        return Ok(SecretValue::from_bytes(out));
    }
    Ok(SecretValue::Text(Zeroizing::new(password.to_string())))
}

/// The step timeout actually used for a configured number of seconds: at most
/// [`MAX_TIMEOUT_SECS`]. `--timeout` refuses more, but a vault (crafted, or written by
/// another version) may store anything up to `u64::MAX`, which must not overflow a deadline.
pub fn effective_timeout(secs: u64) -> Duration {
    Duration::from_secs(secs.min(MAX_TIMEOUT_SECS))
}

/// True when a claim left in the vault can be taken over: its process is gone, or it is far
/// older than any rotation with this timeout could run.
pub fn claim_is_stale(claim: &RotationClaim, timeout_secs: u64, now: Timestamp) -> bool {
    let timeout_secs = effective_timeout(timeout_secs).as_secs();
    let limit = SignedDuration::from_secs(i64::try_from(3 * timeout_secs + CLAIM_MARGIN_SECS).unwrap_or(i64::MAX));
    let too_old = claim.started.checked_add(limit).map(|deadline| deadline < now).unwrap_or(false);
    too_old || !crate::hardening::process_alive(claim.pid)
}

/// Kill every process of the group a step's script leads (it was started with
/// `process_group(0)`, so the group id is its pid). A group already gone is fine.
#[allow(unsafe_code)]
fn kill_process_group(pgid: u32) {
    let Ok(pgid) = libc::pid_t::try_from(pgid) else { return };
    if pgid <= 1 {
        return;
    }
    // SAFETY: kill takes integers; a negative pid addresses the process group we created.
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
}

/// Keeps the last `cap` bytes written to it.
#[derive(Default)]
struct Tail {
    bytes: Vec<u8>,
    truncated: bool,
}

fn read_tail(mut r: impl Read, into: Arc<Mutex<Tail>>) {
    let mut buf = [0u8; 4096];
    loop {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                if let Ok(mut t) = into.lock() {
                    t.bytes.extend_from_slice(&buf[..n]);
                    if t.bytes.len() > STDERR_CAP {
                        let cut = t.bytes.len() - STDERR_CAP;
                        t.bytes.drain(..cut);
                        t.truncated = true;
                    }
                }
            }
        }
    }
}

/// Stdout, capped just over the value limit (a value and its newline(s)); past it the rest is
/// read and dropped so the script never blocks on a full pipe.
const STDOUT_CAP: usize = MAX_VALUE_BYTES + 2;

/// What a step printed: at most [`STDOUT_CAP`] bytes, in a buffer allocated once at that
/// capacity (a growing one would leave freed copies of the new secret behind).
struct Captured {
    bytes: Zeroizing<Vec<u8>>,
    overflow: bool,
}

fn read_stdout(mut r: impl Read) -> Captured {
    let mut out = Captured { bytes: Zeroizing::new(Vec::with_capacity(STDOUT_CAP)), overflow: false };
    let mut buf = Zeroizing::new([0u8; 8192]);
    loop {
        match r.read(&mut buf[..]) {
            Ok(0) | Err(_) => return out,
            Ok(n) => {
                if out.bytes.len() + n > STDOUT_CAP {
                    out.overflow = true;
                } else {
                    out.bytes.extend_from_slice(&buf[..n]);
                }
            }
        }
    }
}

fn describe_status(status: std::process::ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("the script exited with status {code}"),
        (None, Some(sig)) => format!("the script was killed by signal {sig}"),
        _ => "the script failed".into(),
    }
}

/// Run one step. Returns the script's stdout on success.
pub fn run_step(env: &StepEnv<'_>, step: Step, stdin: Zeroizing<Vec<u8>>) -> Result<Zeroizing<Vec<u8>>, StepFailure> {
    let fail = |reason: String, stderr: String| StepFailure { step, reason, stderr };
    let mut cmd = env.program.command();
    cmd.arg(step.as_str())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| DEFAULT_PATH.into()))
        .env("SEALBOX_SECRET_NAME", env.name)
        .env("SEALBOX_STEP", step.as_str())
        .env("SEALBOX_VERSION_ID", env.pending_version_id)
        .env("SEALBOX_CURRENT_VERSION_ID", env.current_version_id)
        .env("SEALBOX_VAULT", env.vault)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for key in ["HOME", "LANG"] {
        if let Some(v) = std::env::var_os(key) {
            cmd.env(key, v);
        }
    }
    let mut child =
        cmd.spawn().map_err(|e| fail(format!("can't run {}: {e}", env.program.describe()), String::new()))?;
    let pid = child.id();

    let stdin_thread = child.stdin.take().map(|mut pipe| {
        std::thread::spawn(move || {
            // A script that never reads stdin closes the pipe: that is fine.
            let _ = pipe.write_all(&stdin);
        })
    });
    let stdout_thread: Option<JoinHandle<Captured>> =
        child.stdout.take().map(|pipe| std::thread::spawn(move || read_stdout(pipe)));
    let stderr_tail = Arc::new(Mutex::new(Tail::default()));
    let stderr_thread = child.stderr.take().map(|pipe| {
        let tail = Arc::clone(&stderr_tail);
        std::thread::spawn(move || read_tail(pipe, tail))
    });

    let timeout = env.timeout.min(Duration::from_secs(MAX_TIMEOUT_SECS));
    let outcome = wait_with_timeout(&mut child, timeout);
    // The step is over: whatever it left running in its group goes too, so no pipe stays open.
    kill_process_group(pid);
    let _ = child.wait();
    let grace = Instant::now() + Duration::from_secs(2);
    while !(finished(&stdout_thread) && finished(&stderr_thread)) && Instant::now() < grace {
        std::thread::sleep(Duration::from_millis(5));
    }
    if let Some(h) = stdin_thread
        && h.is_finished()
    {
        let _ = h.join();
    }
    if let Some(h) = stderr_thread
        && h.is_finished()
    {
        let _ = h.join();
    }
    let stderr = stderr_tail
        .lock()
        .map(|t| {
            let text = String::from_utf8_lossy(&t.bytes).into_owned();
            if t.truncated { format!("[… earlier output cut]\n{text}") } else { text }
        })
        .unwrap_or_default();
    let status = match outcome {
        WaitOutcome::Exited(status) => status,
        WaitOutcome::TimedOut => {
            return Err(fail(format!("the script timed out after {} s and was killed", timeout.as_secs()), stderr));
        }
        WaitOutcome::Error(e) => return Err(fail(format!("can't wait for the script: {e}"), stderr)),
    };
    if !status.success() {
        return Err(fail(describe_status(status), stderr));
    }
    let captured = match stdout_thread {
        Some(h) if h.is_finished() => h.join().ok(),
        Some(_) => return Err(fail("the script left its stdout open after it exited".into(), stderr)),
        None => None,
    };
    let captured = captured.unwrap_or(Captured { bytes: Zeroizing::new(Vec::new()), overflow: false });
    if captured.overflow {
        return Err(fail(format!("the script printed more than {MAX_VALUE_BYTES} bytes, the value limit"), stderr));
    }
    Ok(captured.bytes)
}

fn finished<T>(handle: &Option<JoinHandle<T>>) -> bool {
    handle.as_ref().is_none_or(|h| h.is_finished())
}

enum WaitOutcome {
    Exited(std::process::ExitStatus),
    TimedOut,
    Error(std::io::Error),
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> WaitOutcome {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return WaitOutcome::Exited(status),
            Ok(None) => {}
            Err(e) => return WaitOutcome::Error(e),
        }
        if Instant::now() >= deadline {
            return WaitOutcome::TimedOut;
        }
        std::thread::sleep(pause.min(deadline.saturating_duration_since(Instant::now())));
        pause = (pause * 2).min(Duration::from_millis(25));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_document_shapes() {
        let cur = SecretValue::text("old");
        let doc = stdin_document("app/db", ("v1", &cur), ("v2", None)).unwrap();
        let v: Value = serde_json::from_slice(&doc).unwrap();
        assert_eq!(
            v,
            json!({"name": "app/db", "current": {"version_id": "v1", "value": "old"},
                   "pending": {"version_id": "v2", "value": null}})
        );
        let bin = SecretValue::Binary(Zeroizing::new(vec![0xff, 0x00]));
        let doc = stdin_document("b", ("v1", &cur), ("v2", Some(&bin))).unwrap();
        let v: Value = serde_json::from_slice(&doc).unwrap();
        assert_eq!(v["pending"], json!({"version_id": "v2", "value": "/wA=", "binary": true}));
    }

    #[test]
    fn pending_value_rules() {
        let cur = SecretValue::text("old");
        let v = pending_value(Zeroizing::new(b"new\n".to_vec()), &cur).unwrap();
        assert_eq!(v.as_str(), Some("new"));
        let v = pending_value(Zeroizing::new(b"new\n\n".to_vec()), &cur).unwrap();
        assert_eq!(v.as_str(), Some("new\n"));
        let v = pending_value(Zeroizing::new(Vec::new()), &cur).unwrap();
        assert_eq!(v.as_str().unwrap().chars().count(), 32);
        let db = SecretValue::text(r#"{"engine":"postgres","username":"app","password":"old","port":5432}"#);
        let v = pending_value(Zeroizing::new(b"\n".to_vec()), &db).unwrap();
        let parsed: Value = serde_json::from_str(v.as_str().unwrap()).unwrap();
        assert_eq!(parsed["username"], "app");
        assert_eq!(parsed["port"], 5432);
        assert_ne!(parsed["password"], "old");
        assert_eq!(parsed["password"].as_str().unwrap().chars().count(), 32);
        let keys: Vec<_> = parsed.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["engine", "username", "password", "port"]);
    }

    #[test]
    fn limits() {
        assert!(validate_every(0).is_err());
        assert!(validate_every(1001).is_err());
        assert_eq!(validate_every(1000).unwrap(), 1000);
        assert!(validate_timeout(0).is_err());
        assert!(validate_timeout(3601).is_err());
    }

    #[test]
    fn stale_claims() {
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        let mine = RotationClaim { version_id: "v".into(), pid: std::process::id(), started: now };
        assert!(!claim_is_stale(&mine, 10, now));
        let old = RotationClaim { started: Timestamp::from_second(1_800_000_000 - 91).unwrap(), ..mine.clone() };
        assert!(claim_is_stale(&old, 10, now));
        let dead = RotationClaim { pid: u32::MAX - 1, ..mine };
        assert!(claim_is_stale(&dead, 10, now));
    }
}
