//! The audit log: one JSON line per secret touched by an operation. Values never appear.
//!
//! This is the API every command records through. (The issue-6 work adds the HMAC chain
//! keyed from the vault, `audit verify`, queries, and last-accessed dates on top of it.)

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use serde::Serialize;

use crate::context::Context;
use crate::error::{Error, ExitKind};

/// What happened to one secret (or, with no name, to the vault).
#[derive(Debug, Clone, Serialize)]
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
pub fn log_path(ctx: &Context) -> PathBuf {
    if let Some(p) = ctx.config.audit.as_ref().and_then(|a| a.path.clone()) {
        return p;
    }
    match crate::context::defaults().ok().and_then(|d| d.state_dir) {
        Some(dir) => dir.join("audit.jsonl"),
        None => ctx.vault_path.with_file_name("audit.jsonl"),
    }
}

/// Append events to the log. A log that can't be written fails the command.
pub fn record(ctx: &Context, events: &[Event]) -> Result<(), Error> {
    if events.is_empty() {
        return Ok(());
    }
    let path = log_path(ctx);
    if let Some(dir) = path.parent() {
        crate::store::ensure_private_dir(dir)?;
    }
    let mut text = Vec::new();
    for e in events {
        let line = serde_json::json!({
            "time": ctx.now.to_string(),
            "event": e,
            "pid": std::process::id(),
        });
        serde_json::to_writer(&mut text, &line).map_err(|e| Error::other(e.to_string()))?;
        text.push(b'\n');
    }
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| crate::store::io_error(format!("can't write the audit log {}", path.display()), e))?;
    file.write_all(&text)
        .map_err(|e| crate::store::io_error(format!("can't write the audit log {}", path.display()), e))
}
