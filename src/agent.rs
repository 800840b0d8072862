//! The unlock agent: a background `sealbox agent` process that holds decrypted identities
//! for a while so that commands need neither a prompt nor an scrypt derivation.
//!
//! It never hands out an identity. A client sends the recipient stanzas of one age header
//! and gets back that file's key (see `crypto::agent`, the only side that touches age).
//!
//! - Socket: `$XDG_RUNTIME_DIR/sealbox/agent.sock`, or `/tmp/sealbox-<uid>/agent.sock` when
//!   `XDG_RUNTIME_DIR` is unset. The directory is 0700 and must belong to us; the socket is
//!   0600; every connection's peer uid is checked with `SO_PEERCRED` and others are refused
//!   (clients check the agent's uid the same way before they send anything).
//! - Protocol, version [`PROTOCOL_VERSION`]: frames of a 4-byte big-endian length and a JSON
//!   object `{"v":1,"op":…}`; the answer is one frame `{"v":1,"result":…}`.
//! - Lifetime: identities expire after their ttl or after an idle period without use; the
//!   agent wipes them (zeroized memory), removes its socket and exits once nothing is
//!   loaded, on `lock`, and on SIGTERM/SIGINT/SIGHUP.
//! - `agent.lock` beside the socket is held (flock) by the live agent and holds its pid, so
//!   two agents never run at once and a socket left by a killed agent is recognised as stale.
//!
//! `unsafe` is needed for a few plain libc calls, each in a small documented function:
//! `getsockopt(SO_PEERCRED)`, `mlock`/`munlock`, `setsid`, `sigwait`.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::crypto::agent::AgentKeys;
use crate::error::Error;

pub const PROTOCOL_VERSION: u32 = 1;
/// The largest frame either side accepts.
const MAX_FRAME: u32 = 1024 * 1024;
/// How long a client waits for the agent before it gives up and falls back.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a freshly started agent waits for its first identity before it exits.
const STARTUP_GRACE: Duration = Duration::from_secs(30);
/// How often the agent checks for expired identities.
const TICK: Duration = Duration::from_millis(100);

/// One recipient stanza of an age header, as sent over the socket.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireStanza {
    pub tag: String,
    pub args: Vec<String>,
    /// base64 (standard, padded)
    pub body: String,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    /// What is loaded (all identities, or only `identity`).
    Status {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        identity: Option<String>,
    },
    /// Load an identity file's unlocked text (and, for an encrypted SSH key, its passphrase).
    Load {
        identity: String,
        text: Zeroizing<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        passphrase: Option<Zeroizing<String>>,
        ttl_secs: u64,
        /// 0: no idle timeout.
        idle_secs: u64,
    },
    /// Unwrap the file key of one age header with the identity loaded from `identity`.
    Unwrap { identity: String, stanzas: Vec<WireStanza> },
    /// Wipe everything and exit.
    Lock,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EntryStatus {
    pub identity: String,
    pub public_keys: Vec<String>,
    /// Unix seconds.
    pub loaded_at: u64,
    pub expires_at: u64,
    pub idle_secs: u64,
    /// When the idle timeout locks it if it is not used before (Unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_expires_at: Option<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Response {
    Status {
        pid: u32,
        entries: Vec<EntryStatus>,
    },
    Loaded {
        entry: EntryStatus,
    },
    Locked {
        wiped: usize,
    },
    /// base64 of the 16-byte file key.
    FileKey {
        file_key: Zeroizing<String>,
    },
    /// None of the stanzas is for this identity.
    NoMatch,
    /// The identity is not (or no longer) loaded.
    NotLoaded,
    /// A stanza was for this identity but did not decrypt, or the request was bad.
    Failed {
        message: String,
    },
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    v: u32,
    #[serde(flatten)]
    body: T,
}

// ---------------------------------------------------------------- paths

/// The agent's directory: `$XDG_RUNTIME_DIR/sealbox`, else `/tmp/sealbox-<uid>`.
pub fn runtime_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        // Absolute, since the agent itself runs in `/`.
        Some(dir) => std::path::absolute(&dir).unwrap_or_else(|_| PathBuf::from(dir)).join("sealbox"),
        None => std::env::temp_dir().join(format!("sealbox-{}", current_uid())),
    }
}

pub fn socket_path() -> PathBuf {
    runtime_dir().join("agent.sock")
}

fn lock_file_path() -> PathBuf {
    runtime_dir().join("agent.lock")
}

use crate::hardening::current_uid;

/// Create the agent directory (0700) or check that an existing one is ours and private:
/// under /tmp anyone could have made it first.
fn ensure_runtime_dir(dir: &Path) -> Result<(), Error> {
    if std::fs::symlink_metadata(dir).is_err() {
        crate::fs::ensure_private_dir(dir)?;
    }
    check_private_dir(dir)
}

fn check_private_dir(dir: &Path) -> Result<(), Error> {
    let meta = std::fs::symlink_metadata(dir)
        .map_err(|e| crate::fs::io_error(format!("can't read the agent directory {}", dir.display()), e))?;
    if !meta.is_dir() || meta.uid() != current_uid() || meta.mode() & 0o077 != 0 {
        return Err(Error::other(format!(
            "the agent directory {} is not a private directory of yours (it must be 0700 and owned by uid {})",
            dir.display(),
            current_uid()
        ))
        .with_hint(format!("remove it, or set XDG_RUNTIME_DIR; then run `sealbox unlock` again ({})", dir.display())));
    }
    Ok(())
}

// ---------------------------------------------------------------- durations

/// `8h`, `30m`, `90s`, `1d`, `1h30m`, or plain seconds.
pub fn parse_duration(text: &str) -> Result<Duration, Error> {
    let bad = || Error::usage(format!("invalid duration {text:?}: use e.g. 90s, 30m, 8h, 1d or 1h30m"));
    let s = text.trim();
    if s.is_empty() {
        return Err(bad());
    }
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    let mut total: u64 = 0;
    let mut number = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86400,
            _ => return Err(bad()),
        };
        let n: u64 = number.parse().map_err(|_| bad())?;
        number.clear();
        total = n.checked_mul(unit).and_then(|v| total.checked_add(v)).ok_or_else(bad)?;
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(Duration::from_secs(total))
}

/// `8h`, `30m`, `1h30m`, `45s`: the shortest spelling of a whole number of seconds.
pub fn format_duration(d: Duration) -> String {
    let mut secs = d.as_secs();
    if secs == 0 {
        return "0s".into();
    }
    let mut out = String::new();
    for (unit, label) in [(86400, "d"), (3600, "h"), (60, "m"), (1, "s")] {
        if secs >= unit {
            out.push_str(&format!("{}{label}", secs / unit));
            secs %= unit;
        }
    }
    out
}

// ---------------------------------------------------------------- frames

fn write_frame<T: Serialize>(stream: &mut UnixStream, body: T) -> std::io::Result<()> {
    let bytes =
        Zeroizing::new(serde_json::to_vec(&Envelope { v: PROTOCOL_VERSION, body }).map_err(std::io::Error::other)?);
    let len = u32::try_from(bytes.len()).map_err(std::io::Error::other)?;
    let mut frame = Zeroizing::new(Vec::with_capacity(bytes.len() + 4));
    frame.extend_from_slice(&len.to_be_bytes());
    frame.extend_from_slice(&bytes);
    stream.write_all(&frame)
}

/// Read one frame; `Ok(None)` at a clean end of stream.
fn read_frame<T: serde::de::DeserializeOwned>(stream: &mut UnixStream) -> std::io::Result<Option<T>> {
    let mut len = [0u8; 4];
    match stream.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes(len);
    if len > MAX_FRAME {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "frame too large"));
    }
    let mut buf = Zeroizing::new(vec![0u8; len as usize]);
    stream.read_exact(&mut buf)?;
    let envelope: Envelope<T> =
        serde_json::from_slice(&buf).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    if envelope.v != PROTOCOL_VERSION {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("protocol version {} (this sealbox speaks {PROTOCOL_VERSION})", envelope.v),
        ));
    }
    Ok(Some(envelope.body))
}

// ---------------------------------------------------------------- client

/// A connection to a running agent.
pub struct Client {
    stream: UnixStream,
}

impl Client {
    /// Connect to the agent, if a socket exists and something answers on it.
    pub fn connect() -> Option<Client> {
        let path = socket_path();
        let stream = UnixStream::connect(&path).ok()?;
        // The agent must be ours too: under /tmp another user could have made the
        // directory and listen there to collect what `unlock` sends.
        if !peer_allowed(peer_uid(&stream).ok()?, current_uid()) {
            return None;
        }
        stream.set_read_timeout(Some(CLIENT_TIMEOUT)).ok()?;
        stream.set_write_timeout(Some(CLIENT_TIMEOUT)).ok()?;
        Some(Client { stream })
    }

    pub fn request(&mut self, request: Request) -> std::io::Result<Response> {
        write_frame(&mut self.stream, request)?;
        read_frame(&mut self.stream)?.ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "the sealbox agent closed the connection")
        })
    }

    pub fn status(&mut self, identity: Option<&Path>) -> std::io::Result<(u32, Vec<EntryStatus>)> {
        match self.request(Request::Status { identity: identity.map(identity_key) })? {
            Response::Status { pid, entries } => Ok((pid, entries)),
            _ => Err(std::io::Error::other("unexpected answer from the sealbox agent")),
        }
    }
}

/// How an identity file is named in the agent: its absolute, canonical path.
pub fn identity_key(path: &Path) -> String {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// The public keys the agent holds for `identity`, and a connection to use them, if a live
/// agent has it loaded. Any failure means "no agent": the caller falls back to the file.
pub fn loaded(identity: &Path) -> Option<(Client, Vec<String>)> {
    let mut client = Client::connect()?;
    let (_, entries) = client.status(Some(identity)).ok()?;
    let entry = entries.into_iter().next()?;
    Some((client, entry.public_keys))
}

/// Start `sealbox agent --detached` unless one answers already, and wait until it does.
pub fn ensure_running() -> Result<Client, Error> {
    if let Some(c) = Client::connect() {
        return Ok(c);
    }
    ensure_runtime_dir(&runtime_dir())?;
    let exe = std::env::current_exe().map_err(|e| Error::other(format!("can't find the sealbox binary: {e}")))?;
    let mut child = std::process::Command::new(exe)
        .args(["agent", "--detached"])
        // Hold no directory of the caller's busy (a temp dir, a mount point).
        .current_dir("/")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| Error::other(format!("can't start the sealbox agent: {e}")))?;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(5) {
        if let Some(c) = Client::connect() {
            // The agent lives on after we exit (it called setsid); reap nothing here.
            return Ok(c);
        }
        if let Ok(Some(status)) = child.try_wait() {
            // It exited at once: probably another agent won the race; try once more.
            if let Some(c) = Client::connect() {
                return Ok(c);
            }
            return Err(Error::other(format!("the sealbox agent exited at start ({status})"))
                .with_hint(format!("run `sealbox agent` in a terminal to see why ({})", socket_path().display())));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Err(Error::other(format!("the sealbox agent did not answer on {} within 5 s", socket_path().display())))
}

// ---------------------------------------------------------------- peer credentials

/// The uid of the process at the other end of a Unix socket (`SO_PEERCRED`). std's
/// `UnixStream::peer_cred` is unstable, so this is the one getsockopt call, done by hand.
#[allow(unsafe_code)]
pub fn peer_uid(stream: &UnixStream) -> std::io::Result<u32> {
    let mut cred = libc::ucred { pid: 0, uid: 0, gid: 0 };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: `cred` and `len` are valid, writable locals of the sizes getsockopt expects
    // for SO_PEERCRED; the descriptor is owned by `stream` and open for the whole call.
    let rc = unsafe {
        libc::getsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(cred.uid)
}

/// Only our own uid may talk to the agent (root included: it could read our memory
/// anyway, but it has no business asking us).
pub fn peer_allowed(peer_uid: u32, own_uid: u32) -> bool {
    peer_uid == own_uid
}

// ---------------------------------------------------------------- locked memory

/// Keep `bytes` out of swap while the agent holds them (`mlock`, best effort: it fails
/// quietly when RLIMIT_MEMLOCK is too small). Returns whether the pages are locked.
#[allow(unsafe_code)]
pub fn lock_memory(bytes: &[u8]) -> bool {
    if bytes.is_empty() {
        return false;
    }
    // SAFETY: the range is a live allocation borrowed for the call; mlock only changes
    // paging attributes of the pages that contain it.
    unsafe { libc::mlock(bytes.as_ptr().cast(), bytes.len()) == 0 }
}

/// Undo [`lock_memory`] (after the bytes were zeroized).
#[allow(unsafe_code)]
pub fn unlock_memory(bytes: &[u8]) {
    if !bytes.is_empty() {
        // SAFETY: as in `lock_memory`.
        unsafe {
            libc::munlock(bytes.as_ptr().cast(), bytes.len());
        }
    }
}

// ---------------------------------------------------------------- the agent process

struct Entry {
    keys: AgentKeys,
    status: EntryStatus,
    expires: Instant,
    idle: Option<Duration>,
    last_used: Instant,
}

impl Entry {
    fn expired(&self, now: Instant) -> bool {
        now >= self.expires || self.idle.is_some_and(|idle| now.duration_since(self.last_used) >= idle)
    }

    fn current_status(&self) -> EntryStatus {
        let mut s = self.status.clone();
        s.idle_expires_at = self.idle.map(|idle| {
            let left = idle.saturating_sub(self.last_used.elapsed());
            unix_secs(SystemTime::now() + left).min(self.status.expires_at)
        });
        s
    }
}

struct State {
    entries: Vec<Entry>,
    started: Instant,
    ever_loaded: bool,
    socket: PathBuf,
}

impl State {
    fn drop_expired(&mut self) {
        let now = Instant::now();
        // Dropping an entry zeroizes its keys (see `AgentKeys`).
        self.entries.retain(|e| !e.expired(now));
    }

    fn should_exit(&self) -> bool {
        self.entries.is_empty() && (self.ever_loaded || self.started.elapsed() >= STARTUP_GRACE)
    }

    /// Wipe everything, remove the socket, and end the process. Called with the state
    /// locked, so no request can load anything in between.
    fn shutdown(&mut self) -> ! {
        self.entries.clear();
        let _ = std::fs::remove_file(&self.socket);
        std::process::exit(0)
    }
}

fn unix_secs(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// `sealbox agent`: serve until nothing is loaded any more. `detached` (how `unlock`
/// starts it) first leaves the caller's session and closes inherited descriptors.
pub fn serve(detached: bool) -> Result<(), Error> {
    if detached {
        detach();
    }
    block_termination_signals();
    let dir = runtime_dir();
    ensure_runtime_dir(&dir)?;
    // Held (and holding our pid) until the process ends.
    let _lock = crate::fs::lock(&lock_file_path(), Duration::ZERO).map_err(|e| match e {
        crate::fs::LockError::Busy { .. } => {
            Error::other(format!("another sealbox agent is running ({})", socket_path().display()))
        }
        crate::fs::LockError::Failed(e) => e,
    })?;
    let socket = socket_path();
    // We hold the agent lock, so a socket file here belongs to a dead agent.
    let _ = std::fs::remove_file(&socket);
    let listener = UnixListener::bind(&socket)
        .map_err(|e| crate::fs::io_error(format!("can't listen on {}", socket.display()), e))?;
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| crate::fs::io_error(format!("can't set the mode of {}", socket.display()), e))?;

    let state =
        Arc::new(Mutex::new(State { entries: Vec::new(), started: Instant::now(), ever_loaded: false, socket }));
    {
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(TICK);
                let mut s = match state.lock() {
                    Ok(s) => s,
                    Err(poisoned) => poisoned.into_inner(),
                };
                s.drop_expired();
                if s.should_exit() {
                    s.shutdown();
                }
            }
        });
    }
    {
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            wait_for_termination_signal();
            let mut s = match state.lock() {
                Ok(s) => s,
                Err(poisoned) => poisoned.into_inner(),
            };
            s.shutdown();
        });
    }
    let own_uid = current_uid();
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        match peer_uid(&stream) {
            Ok(uid) if peer_allowed(uid, own_uid) => {}
            _ => continue, // dropped: the peer sees the connection closed
        }
        let state = Arc::clone(&state);
        std::thread::spawn(move || handle_connection(stream, &state));
    }
    Ok(())
}

fn handle_connection(mut stream: UnixStream, state: &Mutex<State>) {
    // A client that stalls must not pin a thread forever.
    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
    let _ = stream.set_write_timeout(Some(CLIENT_TIMEOUT));
    loop {
        let request: Request = match read_frame(&mut stream) {
            Ok(Some(r)) => r,
            Ok(None) => return,
            Err(e) => {
                let _ = write_frame(&mut stream, Response::Failed { message: format!("bad request: {e}") });
                return;
            }
        };
        let mut s = match state.lock() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        s.drop_expired();
        if let Request::Lock = request {
            let wiped = s.entries.len();
            s.entries.clear();
            let _ = write_frame(&mut stream, Response::Locked { wiped });
            s.shutdown();
        }
        let response = answer(&mut s, request);
        drop(s);
        if write_frame(&mut stream, response).is_err() {
            return;
        }
    }
}

fn answer(s: &mut State, request: Request) -> Response {
    match request {
        Request::Status { identity } => Response::Status {
            pid: std::process::id(),
            entries: s
                .entries
                .iter()
                .filter(|e| identity.as_ref().is_none_or(|i| *i == e.status.identity))
                .map(Entry::current_status)
                .collect(),
        },
        Request::Load { identity, text, passphrase, ttl_secs, idle_secs } => {
            let keys = match AgentKeys::load(&text, passphrase.as_ref().map(|p| p.as_str()), Path::new(&identity)) {
                Ok(k) => k,
                Err(e) => return Response::Failed { message: e.message },
            };
            drop(text);
            let now = Instant::now();
            let wall = SystemTime::now();
            let ttl = Duration::from_secs(ttl_secs.max(1));
            let idle = (idle_secs > 0).then(|| Duration::from_secs(idle_secs));
            let status = EntryStatus {
                identity: identity.clone(),
                public_keys: keys.public_keys.clone(),
                loaded_at: unix_secs(wall),
                expires_at: unix_secs(wall + ttl),
                idle_secs,
                idle_expires_at: None,
            };
            s.entries.retain(|e| e.status.identity != identity);
            s.entries.push(Entry { keys, status, expires: now + ttl, idle, last_used: now });
            s.ever_loaded = true;
            match s.entries.last() {
                Some(e) => Response::Loaded { entry: e.current_status() },
                None => Response::Failed { message: "internal error".into() },
            }
        }
        Request::Unwrap { identity, stanzas } => {
            let Some(entry) = s.entries.iter_mut().find(|e| e.status.identity == identity) else {
                return Response::NotLoaded;
            };
            entry.last_used = Instant::now();
            match entry.keys.unwrap(&stanzas) {
                Ok(Some(file_key)) => Response::FileKey { file_key },
                Ok(None) => Response::NoMatch,
                Err(message) => Response::Failed { message },
            }
        }
        Request::Lock => Response::Locked { wiped: 0 },
    }
}

/// Leave the session of the command that started us (so its terminal's hangup does not
/// reach us) and close every inherited descriptor above stderr (a passphrase descriptor,
/// a test harness's pipe), so that we hold nothing of the caller's open.
#[allow(unsafe_code)]
fn detach() {
    // SAFETY: setsid takes no arguments; it fails harmlessly if we already lead a group.
    unsafe {
        libc::setsid();
    }
    let fds: Vec<i32> = match std::fs::read_dir("/proc/self/fd") {
        Ok(entries) => entries.flatten().filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok())).collect(),
        Err(_) => Vec::new(),
    };
    for fd in fds.into_iter().filter(|&fd| fd > 2) {
        // SAFETY: closing a descriptor number we do not otherwise use; at this point the
        // process owns no Rust object holding one (the read_dir handle is already dropped,
        // and closing its stale number only returns EBADF).
        unsafe {
            libc::close(fd);
        }
    }
}

fn termination_signals() -> libc::sigset_t {
    #[allow(unsafe_code)]
    // SAFETY: sigemptyset/sigaddset initialise a local sigset_t.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP] {
            libc::sigaddset(&mut set, sig);
        }
        set
    }
}

/// Block SIGTERM/SIGINT/SIGHUP in every thread (threads inherit the mask), so that one
/// thread can wait for them with `sigwait` and wipe the keys before exiting.
#[allow(unsafe_code)]
fn block_termination_signals() {
    let set = termination_signals();
    // SAFETY: a valid sigset_t pointer and a null old-set pointer.
    unsafe {
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

#[allow(unsafe_code)]
fn wait_for_termination_signal() {
    let set = termination_signals();
    let mut sig: libc::c_int = 0;
    // SAFETY: valid pointers to a local sigset_t and c_int.
    unsafe {
        libc::sigwait(&set, &mut sig);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("8h").unwrap(), Duration::from_secs(8 * 3600));
        assert_eq!(parse_duration("30m").unwrap(), Duration::from_secs(1800));
        assert_eq!(parse_duration("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("1d").unwrap(), Duration::from_secs(86400));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("45").unwrap(), Duration::from_secs(45));
        for bad in ["", "h", "8x", "5m3", "-1s", "1.5h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(format_duration(Duration::from_secs(5400)), "1h30m");
        assert_eq!(format_duration(Duration::from_secs(8 * 3600)), "8h");
        assert_eq!(format_duration(Duration::from_secs(0)), "0s");
    }

    #[test]
    fn peer_credentials_are_our_uid_and_others_are_refused() {
        let (a, b) = UnixStream::pair().unwrap();
        let own = current_uid();
        assert_eq!(peer_uid(&a).unwrap(), own);
        assert_eq!(peer_uid(&b).unwrap(), own);
        assert!(peer_allowed(peer_uid(&a).unwrap(), own));
        assert!(!peer_allowed(own.wrapping_add(1), own));
        assert!(!peer_allowed(0, 1000));
        assert!(!peer_allowed(1000, 0));
    }

    #[test]
    fn frames_round_trip_and_reject_other_versions() {
        let (mut a, mut b) = UnixStream::pair().unwrap();
        write_frame(&mut a, Request::Status { identity: Some("/x".into()) }).unwrap();
        match read_frame::<Request>(&mut b).unwrap() {
            Some(Request::Status { identity }) => assert_eq!(identity.as_deref(), Some("/x")),
            _ => panic!("wrong request"),
        }
        let body = br#"{"v":2,"op":"lock"}"#;
        a.write_all(&(body.len() as u32).to_be_bytes()).unwrap();
        a.write_all(body).unwrap();
        let err = read_frame::<Request>(&mut b).err().unwrap();
        assert!(err.to_string().contains("protocol version 2"), "{err}");
        a.write_all(&(MAX_FRAME + 1).to_be_bytes()).unwrap();
        assert!(read_frame::<Request>(&mut b).is_err());
        drop(a);
        assert!(read_frame::<Request>(&mut b).unwrap().is_none());
    }

    #[test]
    fn locked_memory_is_best_effort() {
        let secret = Zeroizing::new(vec![7u8; 64]);
        let locked = lock_memory(&secret);
        if locked {
            unlock_memory(&secret);
        }
        assert!(!lock_memory(&[]));
    }
}
