//! The audit log: one JSON line per secret touched by an operation, HMAC-chained and keyed
//! from the vault. Values never appear.
//!
//! A line is a JSON object with fields in a fixed order, ending in `mac`:
//! `time, seq, operation, name, version_id, outcome, [detail], uid, user, pid, parent,
//! vault_id, prev, mac`. `mac` = HMAC-SHA256 (hex) over the line's canonical bytes (the line
//! as written, with `,"mac":"…"` removed), keyed by the random key in the vault's meta;
//! `prev` is the previous line's `mac`; `seq` counts lines since the chain began. A line
//! written when the vault could not be opened (a failed decrypt) has no `vault_id` and its
//! `mac` is a plain SHA-256: it is chained like the others but anyone could have made it.
//!
//! The end of the chain is kept in two places so a cut tail is caught: the vault's meta
//! (`audit.lines`/`audit.last_mac`, updated at every vault write) and `<log>.tail` (updated
//! at every append, authenticated with the vault key, one entry per vault id).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::context::Context;
use crate::error::{Error, ExitKind};
use crate::vault::Document;
use crate::vault::format::Meta;

/// Operations that only read: skipped when `[audit] log_reads = false` (failures are
/// still logged).
pub const READ_OPERATIONS: &[&str] = &["GetSecretValue", "DescribeSecret", "ListSecrets", "ListSecretVersionIds"];

/// The operation written as the first line of a new file by `audit rotate`.
pub const LOG_ROTATED: &str = "LogRotated";

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

/// `<log>.lock`: taken exclusively around every append.
pub fn lock_path(log: &Path) -> PathBuf {
    sibling(log, ".lock")
}

/// `<log>.tail`: the last line of each vault, authenticated, so a cut tail is caught.
pub fn tail_path(log: &Path) -> PathBuf {
    sibling(log, ".tail")
}

fn sibling(log: &Path, suffix: &str) -> PathBuf {
    let mut name = log.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    log.with_file_name(name)
}

fn log_reads(ctx: &Context) -> bool {
    ctx.config.audit.as_ref().and_then(|a| a.log_reads).unwrap_or(true)
}

// ---------------------------------------------------------------------------------------
// Keys

/// A vault's id and audit key.
#[derive(Clone)]
pub struct VaultKey {
    pub vault_id: String,
    key: Zeroizing<Vec<u8>>,
}

impl VaultKey {
    pub fn from_meta(meta: &Meta) -> Result<VaultKey, Error> {
        let key = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(meta.audit.key.as_bytes())
                .map_err(|_| Error::decrypt("the vault's audit key is not valid base64"))?,
        );
        if key.len() < 16 {
            return Err(Error::decrypt("the vault's audit key is too short"));
        }
        Ok(VaultKey { vault_id: meta.vault_id.clone(), key })
    }
}

/// Keys of the vaults this process opened, by vault path.
static KEYS: Mutex<Vec<(PathBuf, VaultKey)>> = Mutex::new(Vec::new());
/// Set once a command logged a failure itself, so `dispatch` doesn't log it again.
static FAILURE_LOGGED: AtomicBool = AtomicBool::new(false);
/// Set when an append failed: the failure can't be logged either.
static APPEND_FAILED: AtomicBool = AtomicBool::new(false);

/// Called whenever a vault is opened (Context::reader / Context::write).
pub fn remember_vault(path: &Path, meta: &Meta) {
    if let Ok(key) = VaultKey::from_meta(meta)
        && let Ok(mut keys) = KEYS.lock()
    {
        keys.retain(|(p, _)| p != path);
        keys.push((path.to_path_buf(), key));
    }
}

fn cached_key(path: &Path) -> Option<VaultKey> {
    KEYS.lock().ok()?.iter().find(|(p, _)| p == path).map(|(_, k)| k.clone())
}

/// The key for `ctx`'s vault; `None` (an unkeyed line) only for failure events when the
/// vault can't be opened without asking for anything.
fn key_for(ctx: &Context, only_failures: bool, decrypt_failed: bool) -> Result<Option<VaultKey>, Error> {
    if let Some(k) = cached_key(&ctx.vault_path) {
        return Ok(Some(k));
    }
    if only_failures && (decrypt_failed || !ctx.identities_loaded()) {
        return Ok(None);
    }
    match ctx.reader() {
        Ok(r) => VaultKey::from_meta(&r.meta).map(Some),
        Err(_) if only_failures => Ok(None),
        Err(e) => Err(e),
    }
}

fn mac_hex(key: Option<&[u8]>, bytes: &[u8]) -> String {
    let digest: Vec<u8> = match key.and_then(|k| Hmac::<Sha256>::new_from_slice(k).ok()) {
        Some(mut m) => {
            m.update(bytes);
            m.finalize().into_bytes().to_vec()
        }
        None => Sha256::digest(bytes).to_vec(),
    };
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

// ---------------------------------------------------------------------------------------
// Who is acting

struct Actor {
    uid: Option<u32>,
    user: Option<String>,
    pid: u32,
    parent: Option<String>,
}

fn actor() -> Actor {
    let uid = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|rest| rest.split_whitespace().next().and_then(|u| u.parse::<u32>().ok()))
    });
    let user = uid.and_then(|uid| {
        std::fs::read_to_string("/etc/passwd").ok().and_then(|p| {
            p.lines().find_map(|l| {
                let mut f = l.split(':');
                let name = f.next()?;
                let id = f.nth(1)?;
                (id.parse::<u32>().ok() == Some(uid)).then(|| name.to_string())
            })
        })
    });
    let ppid = std::os::unix::process::parent_id();
    let parent = std::fs::read_to_string(format!("/proc/{ppid}/comm")).ok().map(|s| s.trim_end().to_string());
    Actor { uid, user, pid: std::process::id(), parent }
}

// ---------------------------------------------------------------------------------------
// Writing

/// Append events to the log. A log that can't be written fails the command: sealbox does
/// not act unaudited. Call it BEFORE acting (before printing a value, before saving).
pub fn record(ctx: &Context, events: &[Event]) -> Result<(), Error> {
    let keep_reads = log_reads(ctx);
    let events: Vec<&Event> = events
        .iter()
        .filter(|e| keep_reads || e.outcome != "ok" || !READ_OPERATIONS.contains(&e.operation.as_str()))
        .collect();
    if events.is_empty() {
        return Ok(());
    }
    let only_failures = events.iter().all(|e| e.outcome != "ok");
    let decrypt_failed = events.iter().any(|e| e.outcome == ExitKind::Decrypt.class());
    let key = key_for(ctx, only_failures, decrypt_failed)?;
    append_now(ctx, key.as_ref(), &events).map(|_| ())
}

fn append_now(ctx: &Context, key: Option<&VaultKey>, events: &[&Event]) -> Result<Tail, Error> {
    let now = crate::terminal::now().unwrap_or(ctx.now);
    let path = log_path(ctx);
    let result = append(&path, key, events, now, ctx.lock_timeout());
    if result.is_err() {
        APPEND_FAILED.store(true, Ordering::SeqCst);
    } else if events.iter().any(|e| e.outcome != "ok") {
        FAILURE_LOGGED.store(true, Ordering::SeqCst);
    }
    result
}

/// Log a command's failure, unless the command logged one itself or the log is what
/// failed. Errors here are reported as a warning: the command's own error comes first.
pub fn record_failure(ctx: &Context, operation: &str, name: Option<&str>, err: &anyhow::Error) {
    if FAILURE_LOGGED.load(Ordering::SeqCst) || APPEND_FAILED.load(Ordering::SeqCst) {
        return;
    }
    if crate::error::is_broken_pipe(err) {
        return;
    }
    let kind = crate::error::exit_kind(err);
    if let Err(e) = record(ctx, &[Event::failed(operation, name, kind)]) {
        ctx.warn(format!("the failure could not be logged: {e}"));
    }
}

/// Before a vault write is saved: log the purges, then keep the log's end in the vault.
pub fn before_save(ctx: &Context, doc: &mut Document, purged: &[String]) -> Result<(), Error> {
    remember_vault(&ctx.vault_path, &doc.meta);
    let key = VaultKey::from_meta(&doc.meta)?;
    let path = log_path(ctx);
    let mut tail = None;
    if !purged.is_empty() {
        let events: Vec<Event> = purged.iter().map(|n| Event::ok("EndSecretDelete", Some(n), None)).collect();
        let refs: Vec<&Event> = events.iter().collect();
        tail = Some(append_now(ctx, Some(&key), &refs)?);
    }
    if !doc.is_changed() {
        return Ok(());
    }
    let tail = match tail {
        Some(t) => Some(t),
        None => peek_tail(&path, ctx.lock_timeout())?,
    };
    if let Some(t) = tail
        && t.seq > doc.meta.audit.lines
        && let Some(mac) = t.mac
    {
        // Never moves back: a log that shrank keeps failing `audit verify`.
        doc.meta.audit.lines = t.seq;
        doc.meta.audit.last_mac = Some(mac);
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Tail {
    seq: u64,
    mac: Option<String>,
}

fn lock_log(path: &Path, timeout: Duration) -> Result<crate::fs::FileLock, Error> {
    // Appends take milliseconds; wait at least 10 s whatever --lock-timeout says.
    crate::fs::lock(&lock_path(path), timeout.max(Duration::from_secs(10))).map_err(|e| match e {
        crate::fs::LockError::Busy { .. } => {
            Error::busy(format!("the audit log {} is busy: its lock is held", path.display()))
                .with_hint("try again; another sealbox is writing the log")
        }
        crate::fs::LockError::Failed(e) => unwritable(path, e),
    })
}

fn unwritable(path: &Path, e: Error) -> Error {
    let hint = e.hint.clone();
    let mut err = Error::other(format!("can't write the audit log {}: {}", path.display(), e.message));
    err.hint = Some(match hint {
        Some(h) => format!("{h}; sealbox refuses to act unaudited (the log is set by [audit] path in the config)"),
        None => "sealbox refuses to act unaudited: fix the log's path or permissions ([audit] path in the config)"
            .to_string(),
    });
    err
}

fn append(
    path: &Path,
    key: Option<&VaultKey>,
    events: &[&Event],
    now: Timestamp,
    timeout: Duration,
) -> Result<Tail, Error> {
    let io = |e: std::io::Error| unwritable(path, crate::fs::io_error("I/O error".into(), e));
    let _lock = lock_log(path, timeout)?;
    let mut file = crate::fs::open_append(path).map_err(|e| unwritable(path, e))?;
    let tail = read_tail(&mut file, true).map_err(io)?;
    let actor = actor();
    let mut seq = tail.seq;
    let mut prev = tail.mac;
    let mut text = String::new();
    for e in events {
        seq += 1;
        let (line, mac) = build_line(now, seq, e, &actor, key, prev.as_deref())?;
        text.push_str(&line);
        text.push('\n');
        prev = Some(mac);
    }
    file.write_all(text.as_bytes()).map_err(io)?;
    // Lines about changes are made durable before the change is; lines about reads are
    // left to the page cache (an fsync per `get` would cost more than the read itself).
    if events.iter().any(|e| !is_read(&e.operation)) {
        file.sync_data().map_err(io)?;
    }
    let new_tail = Tail { seq, mac: prev };
    if let (Some(k), Some(mac)) = (key, new_tail.mac.as_deref()) {
        write_tail_record(path, k, seq, mac)?;
    }
    Ok(new_tail)
}

/// Operations that only read: their lines are not fsynced.
fn is_read(operation: &str) -> bool {
    matches!(operation, "GetSecretValue" | "DescribeSecret" | "ListSecrets" | "ListSecretVersionIds")
}

fn build_line(
    now: Timestamp,
    seq: u64,
    e: &Event,
    actor: &Actor,
    key: Option<&VaultKey>,
    prev: Option<&str>,
) -> Result<(String, String), Error> {
    let mut m = Map::new();
    m.insert("time".into(), now.to_string().into());
    m.insert("seq".into(), seq.into());
    m.insert("operation".into(), e.operation.clone().into());
    m.insert("name".into(), e.name.clone().into());
    m.insert("version_id".into(), e.version_id.clone().into());
    m.insert("outcome".into(), e.outcome.clone().into());
    if let Some(d) = &e.detail {
        m.insert("detail".into(), d.clone().into());
    }
    m.insert("uid".into(), actor.uid.into());
    m.insert("user".into(), actor.user.clone().into());
    m.insert("pid".into(), actor.pid.into());
    m.insert("parent".into(), actor.parent.clone().into());
    m.insert("vault_id".into(), key.map(|k| k.vault_id.clone()).into());
    m.insert("prev".into(), prev.map(str::to_string).into());
    let canonical = serde_json::to_string(&Value::Object(m)).map_err(|e| Error::other(e.to_string()))?;
    let mac = mac_hex(key.map(|k| k.key.as_slice()), canonical.as_bytes());
    let body = canonical.strip_suffix('}').unwrap_or(&canonical);
    Ok((format!("{body},\"mac\":\"{mac}\"}}"), mac))
}

/// The last complete line's seq and mac. With `repair`, a cut last line (a crash in the
/// middle of a write: it was never a record) is removed so the next line starts clean.
fn read_tail(file: &mut File, repair: bool) -> std::io::Result<Tail> {
    let len = file.metadata()?.len();
    let end = end_of_last_newline(file, len)?;
    if end < len && repair {
        file.set_len(end)?;
    }
    if end == 0 {
        return Ok(Tail { seq: 0, mac: None });
    }
    let start = end_of_last_newline(file, end - 1)?;
    let mut last = vec![0u8; (end - 1 - start) as usize];
    file.seek(SeekFrom::Start(start))?;
    file.read_exact(&mut last)?;
    match serde_json::from_slice::<Value>(&last) {
        Ok(v) => Ok(Tail {
            seq: v.get("seq").and_then(Value::as_u64).unwrap_or(0),
            mac: v.get("mac").and_then(Value::as_str).map(str::to_string),
        }),
        // A damaged last line: chain to its bytes; `audit verify` reports it.
        Err(_) => Ok(Tail { seq: 0, mac: Some(mac_hex(None, &last)) }),
    }
}

/// The offset just after the last `\n` before `upto`, or 0 if there is none.
fn end_of_last_newline(file: &mut File, upto: u64) -> std::io::Result<u64> {
    let mut pos = upto;
    let mut chunk = vec![0u8; 8192];
    while pos > 0 {
        let take = pos.min(chunk.len() as u64);
        pos -= take;
        let buf = &mut chunk[..take as usize];
        file.seek(SeekFrom::Start(pos))?;
        file.read_exact(buf)?;
        if let Some(i) = buf.iter().rposition(|&b| b == b'\n') {
            return Ok(pos + i as u64 + 1);
        }
    }
    Ok(0)
}

/// The tail under the lock, without changing anything. A missing log has no tail.
fn peek_tail(path: &Path, timeout: Duration) -> Result<Option<Tail>, Error> {
    if !path.exists() {
        return Ok(None);
    }
    let _lock = lock_log(path, timeout)?;
    let mut file = File::open(path)
        .map_err(|e| unwritable(path, crate::fs::io_error(format!("can't read {}", path.display()), e)))?;
    let t = read_tail(&mut file, false)
        .map_err(|e| unwritable(path, crate::fs::io_error(format!("can't read {}", path.display()), e)))?;
    Ok(Some(t))
}

/// One vault's entry in `<log>.tail`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct TailEntry {
    seq: u64,
    mac: String,
    tag: String,
}

fn tail_tag(key: &VaultKey, seq: u64, mac: &str) -> String {
    mac_hex(Some(&key.key), format!("sealbox-audit-tail\n{}\n{seq}\n{mac}", key.vault_id).as_bytes())
}

fn read_tail_records(log: &Path) -> Option<BTreeMap<String, TailEntry>> {
    let text = std::fs::read(tail_path(log)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Rewrite `<log>.tail` (under the log lock): temp file + rename, so it is old or new.
fn write_tail_record(log: &Path, key: &VaultKey, seq: u64, mac: &str) -> Result<(), Error> {
    let mut records = read_tail_records(log).unwrap_or_default();
    records.insert(key.vault_id.clone(), TailEntry { seq, mac: mac.to_string(), tag: tail_tag(key, seq, mac) });
    let text = serde_json::to_vec(&records).map_err(|e| Error::other(e.to_string()))?;
    crate::fs::write_file_atomic(&tail_path(log), crate::fs::Links::Refuse, &text, true).map_err(|e| unwritable(log, e))
}

// ---------------------------------------------------------------------------------------
// Reading and verifying

/// One parsed line.
#[derive(Debug, Clone)]
pub struct Line {
    pub value: Map<String, Value>,
    pub seq: Option<u64>,
    pub time: Option<Timestamp>,
    pub mac: String,
    pub prev: Option<String>,
    pub vault_id: Option<String>,
    canonical: String,
}

impl Line {
    pub fn str(&self, key: &str) -> Option<&str> {
        self.value.get(key).and_then(Value::as_str)
    }

    pub fn parse(raw: &str) -> Result<Line, String> {
        let value: Value = serde_json::from_str(raw).map_err(|_| "it is not a JSON object".to_string())?;
        let Value::Object(value) = value else { return Err("it is not a JSON object".into()) };
        // `,"mac":"` + 64 hex + `"}` at the very end.
        let n = raw.len();
        let ok_suffix = n >= 74 && raw.is_char_boundary(n - 74) && raw[n - 74..].starts_with(",\"mac\":\"");
        if !ok_suffix || !raw.ends_with("\"}") {
            return Err("it does not end with its mac".into());
        }
        let mac = raw[n - 66..n - 2].to_string();
        if !mac.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
            return Err("its mac is not 64 hex digits".into());
        }
        let canonical = format!("{}}}", &raw[..n - 74]);
        Ok(Line {
            seq: value.get("seq").and_then(Value::as_u64),
            time: value.get("time").and_then(Value::as_str).and_then(|t| t.parse().ok()),
            prev: value.get("prev").and_then(Value::as_str).map(str::to_string),
            vault_id: value.get("vault_id").and_then(Value::as_str).map(str::to_string),
            value,
            mac,
            canonical,
        })
    }
}

fn read_log(path: &Path) -> Result<Option<Vec<u8>>, Error> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(crate::fs::io_error(format!("can't read the audit log {}", path.display()), e)),
    }
}

/// Every line that parses (a query shows what it can; `verify` judges).
pub fn read_lines(path: &Path) -> Result<Vec<Line>, Error> {
    let Some(bytes) = read_log(path)? else { return Ok(Vec::new()) };
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.lines().filter_map(|l| Line::parse(l).ok()).collect())
}

/// The last successful GetSecretValue of each secret of one vault, by name.
pub fn last_accessed(path: &Path, vault_id: &str, only: Option<&str>) -> Result<BTreeMap<String, Timestamp>, Error> {
    let Some(bytes) = read_log(path)? else { return Ok(BTreeMap::new()) };
    let text = String::from_utf8_lossy(&bytes);
    let only_name = only.map(|n| format!("\"name\":{}", Value::from(n)));
    // Latest time per name, compared as text (sealbox writes one fixed RFC 3339 layout).
    let mut latest: BTreeMap<&str, &str> = BTreeMap::new();
    for raw in text.lines() {
        // Cheap filters first, and no full parse: these fields are plain strings in a fixed
        // layout, which keeps `list` fast over a large log. (Advisory; `verify` checks MACs.)
        if !raw.contains("\"operation\":\"GetSecretValue\"") || !raw.contains("\"outcome\":\"ok\"") {
            continue;
        }
        if only_name.as_ref().is_some_and(|n| !raw.contains(n.as_str())) {
            continue;
        }
        if string_field(raw, "vault_id") != Some(vault_id) {
            continue;
        }
        let (Some(name), Some(t)) = (string_field(raw, "name"), string_field(raw, "time")) else { continue };
        match latest.get_mut(name) {
            Some(e) if t > *e => *e = t,
            Some(_) => {}
            None => {
                latest.insert(name, t);
            }
        }
    }
    Ok(latest.into_iter().filter_map(|(n, t)| Some((n.to_string(), t.parse::<Timestamp>().ok()?))).collect())
}

/// The value of `"key":"…"` in a raw line, when it has no escapes.
fn string_field<'a>(raw: &'a str, key: &str) -> Option<&'a str> {
    let pat = format!("\"{key}\":\"");
    let start = raw.find(&pat)? + pat.len();
    let len = raw[start..].find('"')?;
    let v = &raw[start..start + len];
    (!v.contains('\\')).then_some(v)
}

/// The outcome of `audit verify`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Lines in the file.
    pub lines: u64,
    /// Lines whose MAC was checked with this vault's key.
    pub verified: u64,
    /// Lines written when the vault could not be opened (plain SHA-256, chain-checked).
    pub unkeyed: u64,
    /// Lines of other vaults sharing this log (chain-checked; their MACs need their key).
    pub other_vaults: u64,
    pub first_seq: Option<u64>,
    pub last_seq: Option<u64>,
    /// The file starts with a `LogRotated` line that continues an archived file.
    pub continues_archive: bool,
    /// The first broken line (1-based) and what is wrong with it.
    pub broken_line: Option<u64>,
    pub problem: Option<String>,
}

/// Check the whole chain of `path` with `key`; `recorded` is the vault's (lines, last_mac);
/// `check_tail_record` is false for an archived file.
pub fn verify(
    path: &Path,
    key: &VaultKey,
    recorded: (u64, Option<&str>),
    check_tail_record: bool,
) -> Result<Report, Error> {
    let bytes = read_log(path)?.unwrap_or_default();
    let mut report = Report::default();
    let fail = |mut r: Report, line: u64, why: String| {
        r.broken_line = Some(line);
        r.problem = Some(why);
        Ok(r)
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            return fail(report, line, "it is not valid UTF-8".into());
        }
    };
    let raws: Vec<&str> = text.split_terminator('\n').collect();
    report.lines = raws.len() as u64;
    // Seqs of all lines, for telling a reordered line from a dropped one.
    let seqs: Vec<Option<u64>> = raws.iter().map(|r| Line::parse(r).ok().and_then(|l| l.seq)).collect();
    let mut prev: Option<Line> = None;
    for (i, raw) in raws.iter().enumerate() {
        let n = i as u64 + 1;
        let line = match Line::parse(raw) {
            Ok(l) => l,
            Err(why) => return fail(report, n, format!("line {n} is not an audit line: {why} (edited or cut)")),
        };
        let Some(seq) = line.seq else {
            return fail(report, n, format!("line {n} has no seq (edited)"));
        };
        match line.vault_id.as_deref() {
            Some(id) if id == key.vault_id => {
                if mac_hex(Some(&key.key), line.canonical.as_bytes()) != line.mac {
                    return fail(report, n, format!("line {n} was altered: its MAC does not match its content"));
                }
                report.verified += 1;
            }
            None => {
                if mac_hex(None, line.canonical.as_bytes()) != line.mac {
                    return fail(report, n, format!("line {n} was altered: its digest does not match its content"));
                }
                report.unkeyed += 1;
            }
            Some(_) => report.other_vaults += 1,
        }
        match &prev {
            None => {
                if line.prev.is_some() {
                    if line.str("operation") == Some(LOG_ROTATED) {
                        report.continues_archive = true;
                    } else {
                        return fail(
                            report,
                            n,
                            format!("line {n} follows a line that is not in the file: the start of the log was cut"),
                        );
                    }
                }
                report.first_seq = Some(seq);
            }
            Some(p) => {
                let expected = p.seq.unwrap_or(0) + 1;
                if line.prev.as_deref() != Some(p.mac.as_str()) {
                    let why = if seq < expected {
                        format!("line {n} was inserted or repeated (seq {seq} after seq {})", expected - 1)
                    } else if let Some(j) = seqs[i + 1..].iter().position(|s| *s == Some(expected)) {
                        format!(
                            "line {n} is out of order: line {} (seq {expected}) should come before it (lines reordered)",
                            n + 1 + j as u64
                        )
                    } else if seq > expected {
                        let missing = seq - expected;
                        format!(
                            "{missing} line(s) were dropped before line {n} (seq {expected}{} missing)",
                            if missing > 1 { format!("..{}", seq - 1) } else { String::new() }
                        )
                    } else {
                        format!("line {n} does not chain to line {}: a line was replaced or inserted", n - 1)
                    };
                    return fail(report, n, why);
                }
                if seq != expected {
                    return fail(report, n, format!("line {n} has seq {seq}, expected {expected} (edited)"));
                }
            }
        }
        report.last_seq = Some(seq);
        prev = Some(line);
    }
    let last_seq = report.last_seq.unwrap_or(0);
    let last_line = report.lines;
    // The vault's record of the end, then the tail record's: lines may follow them (reads
    // don't write the vault) but not be missing.
    let mut ends: Vec<(u64, String, &str)> = Vec::new();
    if let (lines, Some(mac)) = recorded
        && lines > 0
    {
        ends.push((lines, mac.to_string(), "the vault recorded at its last write"));
    }
    if check_tail_record {
        let records = read_tail_records(path);
        match records.as_ref().and_then(|r| r.get(&key.vault_id)) {
            Some(t) if tail_tag(key, t.seq, &t.mac) == t.tag => ends.push((t.seq, t.mac.clone(), "the tail record")),
            Some(_) => ends.push((0, String::new(), "altered")),
            None if report.verified > 0 => ends.push((0, String::new(), "missing")),
            None => {}
        }
    }
    for (seq, mac, whose) in ends {
        if whose == "altered" || whose == "missing" {
            return fail(
                report,
                last_line + 1,
                format!(
                    "the tail record {} is {whose}: lines may have been cut from the end",
                    tail_path(path).display()
                ),
            );
        }
        if report.first_seq.is_some_and(|f| seq < f) {
            continue; // in an archived file
        }
        if seq > last_seq {
            let line = last_line + 1;
            return fail(
                report,
                line,
                format!(
                    "the log was cut: it ends at seq {last_seq} (line {last_line}) but {whose} is seq {seq}; line {line} onwards is missing"
                ),
            );
        }
        let first = report.first_seq.unwrap_or(1);
        let at = seq - first + 1;
        if seqs.get(at as usize - 1).copied().flatten() == Some(seq) {
            let line = Line::parse(raws[at as usize - 1]).map(|l| l.mac).unwrap_or_default();
            if line != mac {
                return fail(report, at, format!("line {at} is not the line {whose} (the end was cut and rewritten)"));
            }
        }
    }
    Ok(report)
}

/// `audit rotate`: move the log aside and start a new file whose first line continues the
/// chain (`prev` = the old file's last MAC). Returns the archive's path.
pub fn rotate(ctx: &Context, key: &VaultKey, if_larger_than: Option<u64>) -> Result<Option<PathBuf>, Error> {
    let path = log_path(ctx);
    let _lock = lock_log(&path, ctx.lock_timeout())?;
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    if size == 0 || if_larger_than.is_some_and(|max| size <= max) {
        return Ok(None);
    }
    let io = |e: std::io::Error| unwritable(&path, crate::fs::io_error("I/O error".into(), e));
    let mut old = crate::fs::open_append(&path).map_err(|e| unwritable(&path, e))?;
    let tail = read_tail(&mut old, true).map_err(io)?;
    drop(old);
    let now = crate::terminal::now().unwrap_or(ctx.now);
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut archive = sibling(&path, &format!(".{stamp}"));
    let mut n = 1;
    while archive.exists() {
        n += 1;
        archive = sibling(&path, &format!(".{stamp}-{n}"));
    }
    std::fs::rename(&path, &archive).map_err(io)?;
    let file_name = archive.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let event = Event::ok(LOG_ROTATED, None, None).with_detail(file_name);
    let (line, mac) = build_line(now, tail.seq + 1, &event, &actor(), Some(key), tail.mac.as_deref())?;
    let mut f = crate::fs::create_new(&path).map_err(io)?;
    f.write_all(format!("{line}\n").as_bytes()).map_err(io)?;
    f.sync_data().map_err(io)?;
    write_tail_record(&path, key, tail.seq + 1, &mac)?;
    Ok(Some(archive))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;

    fn key() -> VaultKey {
        VaultKey { vault_id: "v1".into(), key: Zeroizing::new(vec![7u8; 32]) }
    }

    #[test]
    fn a_line_parses_back_and_its_mac_covers_everything_but_itself() {
        let actor = Actor { uid: Some(1), user: Some("u".into()), pid: 2, parent: Some("sh".into()) };
        let e = Event::ok("GetSecretValue", Some("app/db"), Some("vid"));
        let (line, mac) = build_line(Timestamp::UNIX_EPOCH, 1, &e, &actor, Some(&key()), None).unwrap();
        let parsed = Line::parse(&line).unwrap();
        assert_eq!(parsed.mac, mac);
        assert_eq!(mac_hex(Some(&[7u8; 32]), parsed.canonical.as_bytes()), mac);
        assert!(!parsed.canonical.contains("\"mac\""));
        assert_eq!(parsed.str("operation"), Some("GetSecretValue"));
        assert_eq!(parsed.seq, Some(1));
        let edited = line.replace("app/db", "app/dc");
        let p = Line::parse(&edited).unwrap();
        assert_ne!(mac_hex(Some(&[7u8; 32]), p.canonical.as_bytes()), p.mac);
    }

    #[test]
    fn the_tail_is_the_last_complete_line_and_a_cut_line_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let actor = Actor { uid: None, user: None, pid: 1, parent: None };
        let long = Event::ok("GetSecretValue", Some(&"n".repeat(500)), None).with_detail("d".repeat(9000));
        let (l1, _) = build_line(Timestamp::UNIX_EPOCH, 1, &long, &actor, Some(&key()), None).unwrap();
        let (l2, m2) = build_line(Timestamp::UNIX_EPOCH, 2, &long, &actor, Some(&key()), None).unwrap();
        let complete = format!("{l1}\n{l2}\n");
        std::fs::write(&path, format!("{complete}{}", "x".repeat(20000))).unwrap();
        let mut f = OpenOptions::new().read(true).write(true).open(&path).unwrap();
        assert_eq!(read_tail(&mut f, false).unwrap(), Tail { seq: 2, mac: Some(m2.clone()) });
        assert_eq!(std::fs::metadata(&path).unwrap().len(), complete.len() as u64 + 20000);
        assert_eq!(read_tail(&mut f, true).unwrap(), Tail { seq: 2, mac: Some(m2) });
        assert_eq!(std::fs::read_to_string(&path).unwrap(), complete);
        std::fs::write(&path, "no newline at all").unwrap();
        let mut f = OpenOptions::new().read(true).write(true).open(&path).unwrap();
        assert_eq!(read_tail(&mut f, true).unwrap(), Tail { seq: 0, mac: None });
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }
}
