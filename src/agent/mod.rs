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
//!
//! Files: [`protocol`] (messages and frames), [`client`] (connecting, starting the agent),
//! [`server`] (the agent process); here, the paths, durations and peer checks both sides use.
//!
//! `unsafe` is needed here for one plain libc call, `getsockopt(SO_PEERCRED)`, in a small
//! documented function (`mlock` is in `hardening`, the server's calls in `server`).

use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::Error;
use crate::hardening::current_uid;

pub mod client;
pub mod protocol;
pub mod server;

pub use client::{Client, ensure_running, identity_key, loaded, loaded_within};
pub use protocol::{EntryStatus, PROTOCOL_VERSION, Request, Response, WireStanza};
pub use server::serve;

/// How long either side waits for the other before it gives up.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);

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
}
