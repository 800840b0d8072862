//! The client side: connecting to a running agent (checking it is ours), and starting one.

use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

use super::protocol::{EntryStatus, Request, Response, read_frame, write_frame};
use super::{CLIENT_TIMEOUT, ensure_runtime_dir, peer_allowed, peer_uid, runtime_dir, socket_path};
use crate::error::Error;
use crate::hardening::current_uid;

/// A connection to a running agent.
pub struct Client {
    stream: UnixStream,
}

impl Client {
    /// Connect to the agent, if a socket exists and something answers on it.
    pub fn connect() -> Option<Client> {
        Client::connect_within(CLIENT_TIMEOUT)
    }

    /// [`connect`](Self::connect), each read and write of the connection given up after `timeout`.
    pub fn connect_within(timeout: Duration) -> Option<Client> {
        let path = socket_path();
        let stream = UnixStream::connect(&path).ok()?;
        // The agent must be ours too: under /tmp another user could have made the
        // directory and listen there to collect what `unlock` sends.
        if !peer_allowed(peer_uid(&stream).ok()?, current_uid()) {
            return None;
        }
        stream.set_read_timeout(Some(timeout)).ok()?;
        stream.set_write_timeout(Some(timeout)).ok()?;
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
    loaded_within(identity, CLIENT_TIMEOUT)
}

/// [`loaded`], with an agent that takes longer than `timeout` to answer taken as none
/// (shell completion must not wait for a stopped agent).
pub fn loaded_within(identity: &Path, timeout: Duration) -> Option<(Client, Vec<String>)> {
    let mut client = Client::connect_within(timeout)?;
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
