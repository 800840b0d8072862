//! Reading the log for people: the lines of a query, and last-accessed dates. Advisory:
//! `audit verify` judges; a query shows only the lines the chain vouches for.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::Timestamp;
use serde_json::Value;

use super::chain::Line;
use crate::error::Error;

pub fn read_log(path: &Path) -> Result<Option<Vec<u8>>, Error> {
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
    latest_reads(path, vault_id, only, |raw| string_field(raw, "name"))
}

/// When each version of secret `name` was last read (AWS ListSecretVersionIds'
/// LastAccessedDate), by version id.
pub fn last_accessed_versions(path: &Path, vault_id: &str, name: &str) -> Result<BTreeMap<String, Timestamp>, Error> {
    latest_reads(path, vault_id, Some(name), |raw| {
        string_field(raw, "name").filter(|n| *n == name).and(string_field(raw, "version_id"))
    })
}

/// The last successful read of each (name, version id) of one vault: what `audit rotate`
/// carries into the new file.
pub fn last_reads(path: &Path, vault_id: &str) -> Result<BTreeMap<(String, String), Timestamp>, Error> {
    const BETWEEN: &str = "\",\"version_id\":\"";
    // `"name":"N","version_id":"V"` are adjacent in sealbox's fixed layout: the key is the
    // slice `N","version_id":"V`, split again below.
    let by_key = latest_reads(path, vault_id, None, |raw| {
        let (name, vid) = (string_field(raw, "name")?, string_field(raw, "version_id")?);
        let start = raw.find(&format!("\"name\":\"{name}{BETWEEN}{vid}\""))? + "\"name\":\"".len();
        raw.get(start..start + name.len() + BETWEEN.len() + vid.len())
    })?;
    Ok(by_key
        .into_iter()
        .filter_map(|(k, t)| {
            let (name, vid) = k.split_once(BETWEEN)?;
            Some(((name.to_string(), vid.to_string()), t))
        })
        .collect())
}

/// The latest successful GetSecretValue per key (what `key_of` picks from a line); a
/// `LastAccessed` line carried over by `audit rotate` counts as a read at its `detail` time.
fn latest_reads(
    path: &Path,
    vault_id: &str,
    only: Option<&str>,
    key_of: impl for<'a> Fn(&'a str) -> Option<&'a str>,
) -> Result<BTreeMap<String, Timestamp>, Error> {
    let Some(bytes) = read_log(path)? else { return Ok(BTreeMap::new()) };
    let only_name = only.map(|n| format!("\"name\":{}", Value::from(n)));
    // Latest time per key, compared as text (sealbox writes one fixed RFC 3339 layout).
    let mut latest: BTreeMap<&str, &str> = BTreeMap::new();
    // Only the lines of reads (and of reads carried over by `audit rotate`), found by
    // searching the whole log as bytes (a log of a million lines is mostly other operations;
    // only the lines found are read as text), and no full parse: these fields are plain
    // strings in a fixed layout, which keeps `list` fast over a large log. (Advisory;
    // `verify` checks MACs.)
    const READ: &str = "\"operation\":\"GetSecretValue\"";
    for op in [READ, CARRIED] {
        let carried = op == CARRIED;
        for at in memchr::memmem::find_iter(&bytes, op.as_bytes()) {
            let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
            let Ok(raw) = std::str::from_utf8(&bytes[start..end]) else { continue };
            if !raw.contains("\"outcome\":\"ok\"") {
                continue;
            }
            if only_name.as_ref().is_some_and(|n| !raw.contains(n.as_str())) {
                continue;
            }
            if string_field(raw, "vault_id") != Some(vault_id) {
                continue;
            }
            let time = if carried { string_field(raw, "detail") } else { string_field(raw, "time") };
            let (Some(key), Some(t)) = (key_of(raw), time) else { continue };
            match latest.get_mut(key) {
                Some(e) if t > *e => *e = t,
                Some(_) => {}
                None => {
                    latest.insert(key, t);
                }
            }
        }
    }
    Ok(latest.into_iter().filter_map(|(n, t)| Some((n.to_string(), t.parse::<Timestamp>().ok()?))).collect())
}

const CARRIED: &str = "\"operation\":\"LastAccessed\"";

/// The value of `"key":"…"` in a raw line, when it has no escapes.
fn string_field<'a>(raw: &'a str, key: &str) -> Option<&'a str> {
    let pat = format!("\"{key}\":\"");
    let start = raw.find(&pat)? + pat.len();
    let len = raw[start..].find('"')?;
    let v = &raw[start..start + len];
    (!v.contains('\\')).then_some(v)
}

/// The reads that failed because a secret is scheduled for deletion, since it was
/// scheduled (DESIGN.md "Deletion, part 2"): whoever still uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingReads {
    pub count: u64,
    pub last_time: Timestamp,
    /// `user (parent, pid N)` of the latest attempt.
    pub last_actor: String,
}

/// Whether `line` is a failed GetSecretValue of one of the `scheduled` secrets (name → when
/// it was scheduled) of this vault, at or after it was scheduled.
pub fn is_pending_deletion_read(line: &Line, vault_id: &str, scheduled: &BTreeMap<String, Timestamp>) -> bool {
    line.str("operation") == Some("GetSecretValue")
        && line.str("outcome").is_some_and(|o| o != "ok")
        && line.vault_id.as_deref() == Some(vault_id)
        && line.str("name").and_then(|n| scheduled.get(n)).is_some_and(|since| line.time.is_some_and(|t| t >= *since))
}

/// `user (parent, pid N)` of a line; `user (parent, pid N, serve AKID)` for a request that
/// `sealbox serve` answered (the process is serve, the caller is whoever holds that key).
pub fn actor_of(line: &Line) -> String {
    let user = line.str("user").map(str::to_string).or_else(|| line.value.get("uid").map(|u| u.to_string()));
    let serve = line.str("detail").filter(|d| d.starts_with("serve ")).map(|d| format!(", {d}")).unwrap_or_default();
    format!(
        "{} ({}, pid {}{serve})",
        user.unwrap_or_else(|| "?".into()),
        line.str("parent").unwrap_or("?"),
        line.value.get("pid").map(|p| p.to_string()).unwrap_or_else(|| "?".into())
    )
}

/// [`PendingReads`] per scheduled secret that something still tried to read.
pub fn pending_deletion_reads(
    path: &Path,
    vault_id: &str,
    scheduled: &BTreeMap<String, Timestamp>,
) -> Result<BTreeMap<String, PendingReads>, Error> {
    let mut out: BTreeMap<String, PendingReads> = BTreeMap::new();
    if scheduled.is_empty() {
        return Ok(out);
    }
    let Some(bytes) = read_log(path)? else { return Ok(out) };
    let text = String::from_utf8_lossy(&bytes);
    for raw in text.lines() {
        // Cheap filter first; only candidate lines are parsed.
        if !raw.contains("\"operation\":\"GetSecretValue\"") || raw.contains("\"outcome\":\"ok\"") {
            continue;
        }
        let Ok(line) = Line::parse(raw) else { continue };
        if !is_pending_deletion_read(&line, vault_id, scheduled) {
            continue;
        }
        let (Some(name), Some(time)) = (line.str("name"), line.time) else { continue };
        let entry = out.entry(name.to_string()).or_insert_with(|| PendingReads {
            count: 0,
            last_time: time,
            last_actor: actor_of(&line),
        });
        entry.count += 1;
        if time >= entry.last_time {
            entry.last_time = time;
            entry.last_actor = actor_of(&line);
        }
    }
    Ok(out)
}
