//! The audit log: one JSON line per secret touched by an operation, HMAC-chained and keyed
//! from the vault it names. Values never appear. `chain` is the pure part (lines, MACs,
//! verification), `log` writes, `query` reads for people; [`AuditLog`] is the one value a
//! session holds (no process-global state: the library can run twice in one process).

pub mod chain;
pub mod log;
pub mod query;

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use serde::Serialize;

pub use chain::{End, Keyring, LOG_ROTATED, Line, Report, VaultKey};
pub use log::{Position, lock_path, tail_path};
pub use query::{PendingReads, last_accessed, last_accessed_versions, pending_deletion_reads, read_lines};

use crate::error::{Error, ExitKind};

/// Operations that only read: skipped when `[audit] log_reads = false` (failures are
/// still logged), and not fsynced.
pub const READ_OPERATIONS: &[&str] = &["GetSecretValue", "DescribeSecret", "ListSecrets", "ListSecretVersionIds"];

pub fn is_read(operation: &str) -> bool {
    READ_OPERATIONS.contains(&operation)
}

/// What happened to one secret (or, with no name, to the vault).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Event {
    /// AWS's API name where there is one (`GetSecretValue`, `PutSecretValue`, …), else a
    /// sealbox name (`RotationStarted`, `EndSecretDelete`, …).
    pub operation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    /// `ok`, or the error class (`ResourceNotFoundException`, …).
    pub outcome: String,
    /// Extra non-secret detail (a rotation step, a region).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Event {
    pub fn ok(operation: &str, name: Option<&str>, version_id: Option<&str>) -> Event {
        Event {
            operation: operation.to_string(),
            name: name.map(str::to_string),
            version_id: version_id.map(str::to_string),
            outcome: "ok".into(),
            detail: None,
        }
    }
    pub fn failed(operation: &str, name: Option<&str>, kind: ExitKind) -> Event {
        Event {
            operation: operation.to_string(),
            name: name.map(str::to_string),
            version_id: None,
            outcome: kind.class().into(),
            detail: None,
        }
    }
    pub fn with_detail(mut self, detail: impl Into<String>) -> Event {
        self.detail = Some(detail.into());
        self
    }
}

/// Where the log lives: config, else `$XDG_STATE_HOME/sealbox/audit.jsonl`, else beside
/// the vault.
pub fn log_path(config: &crate::config::Config, state_dir: Option<&Path>, vault: &Path) -> PathBuf {
    if let Some(p) = config.audit.as_ref().and_then(|a| a.path.clone()) {
        return p;
    }
    match state_dir {
        Some(dir) => dir.join("audit.jsonl"),
        None => vault.with_file_name("audit.jsonl"),
    }
}

/// One audit log, as a session writes it.
pub struct AuditLog {
    pub path: PathBuf,
    log_reads: bool,
    lock_timeout: Duration,
    /// The id a log gets when its first line is written (kept in the known-vaults record, so
    /// a log that disappears is still known to have existed).
    new_log_id: Box<dyn Fn() -> String>,
    /// Set once a command logged a failure itself, so `dispatch` doesn't log it again.
    failure_logged: Cell<bool>,
    /// Set when an append failed: the failure can't be logged either.
    append_failed: Cell<bool>,
    /// Set once a command gave events to log (a read left out by `log_reads = false` too).
    recorded: Cell<bool>,
}

impl AuditLog {
    pub fn new(
        path: PathBuf,
        log_reads: bool,
        lock_timeout: Duration,
        new_log_id: Box<dyn Fn() -> String>,
    ) -> AuditLog {
        AuditLog {
            path,
            log_reads,
            lock_timeout,
            new_log_id,
            failure_logged: Cell::new(false),
            append_failed: Cell::new(false),
            recorded: Cell::new(false),
        }
    }

    /// Append `events` (reads left out when `log_reads = false`); None when nothing was
    /// written. A log that can't be written fails the caller: sealbox does not act unaudited.
    pub fn append(&self, key: Option<&VaultKey>, events: &[Event], now: Timestamp) -> Result<Option<Position>, Error> {
        if !events.is_empty() {
            self.recorded.set(true);
        }
        let events: Vec<&Event> =
            events.iter().filter(|e| self.log_reads || e.outcome != "ok" || !is_read(&e.operation)).collect();
        if events.is_empty() {
            return Ok(None);
        }
        let result = log::append(&self.path, key, &events, now, self.lock_timeout, &*self.new_log_id);
        match &result {
            Err(_) => self.append_failed.set(true),
            Ok(_) if events.iter().any(|e| e.outcome != "ok") => self.failure_logged.set(true),
            Ok(_) => {}
        }
        result.map(Some)
    }

    /// The log's end now (for a vault write that adds no line).
    pub fn position(&self) -> Result<Option<Position>, Error> {
        log::position(&self.path, self.lock_timeout)
    }

    /// True when a failure of this command is already logged, or can't be.
    pub fn failure_handled(&self) -> bool {
        self.failure_logged.get() || self.append_failed.get()
    }

    /// True when this command has logged an event (or would have, but for `log_reads = false`).
    pub fn recorded(&self) -> bool {
        self.recorded.get()
    }

    /// Start the next command of a session that runs several (`serve` answers each request
    /// as one): [`failure_handled`](Self::failure_handled) and [`recorded`](Self::recorded)
    /// speak of the current command only.
    pub fn begin_command(&self) {
        self.failure_logged.set(false);
        self.append_failed.set(false);
        self.recorded.set(false);
    }

    pub fn rotate(
        &self,
        key: &VaultKey,
        if_larger_than: Option<u64>,
        now: Timestamp,
    ) -> Result<Option<PathBuf>, Error> {
        log::rotate(&self.path, key, if_larger_than, now, self.lock_timeout, &*self.new_log_id)
    }
}

/// Verify the log file at `path` (see [`chain::verify`]).
pub fn verify_file(path: &Path, own: &str, keys: &mut dyn Keyring, ends: &[End]) -> Result<Report, Error> {
    let bytes = query::read_log(path)?.unwrap_or_default();
    Ok(chain::verify(&bytes, own, keys, ends))
}
