//! The agent process: holds unlocked identities until their ttl or idle timeout, answers
//! one connection per thread, and wipes everything on `lock` and on SIGTERM/SIGINT/SIGHUP.
//!
//! `unsafe` is needed for a few plain libc calls, each in a small documented function:
//! `setsid`, closing inherited descriptors, `pthread_sigmask`, `sigwait`.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use super::protocol::{EntryStatus, Request, Response, read_frame, write_frame};
use super::{CLIENT_TIMEOUT, ensure_runtime_dir, lock_file_path, peer_allowed, peer_uid, runtime_dir, socket_path};
use crate::crypto::agent::AgentKeys;
use crate::error::Error;
use crate::hardening::current_uid;

/// How long a freshly started agent waits for its first identity before it exits.
const STARTUP_GRACE: Duration = Duration::from_secs(30);
/// How often the agent checks for expired identities.
const TICK: Duration = Duration::from_millis(100);

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
pub(crate) fn block_termination_signals() {
    let set = termination_signals();
    // SAFETY: a valid sigset_t pointer and a null old-set pointer.
    unsafe {
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

#[allow(unsafe_code)]
pub(crate) fn wait_for_termination_signal() {
    let set = termination_signals();
    let mut sig: libc::c_int = 0;
    // SAFETY: valid pointers to a local sigset_t and c_int.
    unsafe {
        libc::sigwait(&set, &mut sig);
    }
}
