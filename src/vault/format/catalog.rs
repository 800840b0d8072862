//! The catalog: one line per secret, by name, with what `list` shows and where its record
//! is. [`CatalogWalk`] is the one walk over catalog lines: `Document::decode`,
//! `Reader::locate` and `Reader::scan` all go through it, so every reader checks a line the
//! same way (valid name, strictly increasing, record length within [`MAX_LINE`], offsets
//! that add up).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::{ControlFlow, Range};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{Counter, MAX_LINE, corrupt};
use crate::error::Error;
use crate::vault::model::{ReplicaState, ReplicationStatus, Secret, Tags};
use crate::vault::names::{self, MAX_VALUE_BYTES};

/// One catalog line: what `list` shows, without any value, plus the record's length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub name: String,
    pub record_length: u64,
    pub arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub created: Timestamp,
    pub last_changed: Timestamp,
    #[serde(default, skip_serializing_if = "Tags::is_empty")]
    pub tags: Tags,
    /// Labelled versions and their labels.
    #[serde(default)]
    pub stages: BTreeMap<String, Vec<String>>,
    pub version_count: u32,
    #[serde(default)]
    pub rotation_enabled: bool,
    /// AWS RotationRules' AutomaticallyAfterDays (older catalogs lack it: `list` then reads
    /// the record of a secret that has rotation set up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation_every_days: Option<u32>,
    /// AWS RotationRules' ScheduleExpression and Duration (hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation_schedule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation_window_hours: Option<u32>,
    /// Rotation was ever set up: AWS shows RotationEnabled only then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rotation_configured: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_rotated: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_rotation: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purge_after: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replicas: Vec<(String, ReplicationStatus)>,
    /// On a replica: the primary's region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_region: Option<String>,
}

impl CatalogEntry {
    pub fn of(secret: &Secret, record_length: u64) -> CatalogEntry {
        CatalogEntry {
            name: secret.name.clone(),
            record_length,
            arn: secret.arn.clone(),
            description: secret.description.clone(),
            created: secret.created,
            last_changed: secret.last_changed,
            tags: secret.tags.clone(),
            stages: secret.stages_map(),
            version_count: u32::try_from(secret.versions.len()).unwrap_or(u32::MAX),
            rotation_enabled: secret.rotation.enabled,
            rotation_every_days: secret.rotation.every_days,
            rotation_schedule: secret.rotation.schedule.clone(),
            rotation_window_hours: secret.rotation.window_hours,
            rotation_configured: secret.rotation.is_configured(),
            last_rotated: secret.rotation.last_rotated,
            next_rotation: secret.rotation.next_rotation,
            deleted: secret.deletion.as_ref().map(|d| d.deleted),
            purge_after: secret.deletion.as_ref().map(|d| d.purge_after),
            replicas: secret.replicas.iter().map(|r: &ReplicaState| (r.region.clone(), r.status)).collect(),
            primary_region: secret.replica_of.as_ref().map(|p| p.region.clone()),
        }
    }
}

/// The name and record length of a catalog line as sealbox writes it
/// (`{"name":"…","record_length":N,…`), without a JSON parser: names can't contain `"` or
/// `\`, so they are never escaped. Anything else falls back to serde.
pub(super) fn fast_key(line: &[u8]) -> Option<(&str, u64)> {
    let rest = line.strip_prefix(b"{\"name\":\"")?;
    let quote = rest.iter().position(|&b| b == b'"')?;
    let name = std::str::from_utf8(&rest[..quote]).ok()?;
    if name.contains('\\') {
        return None;
    }
    let rest = rest[quote + 1..].strip_prefix(b",\"record_length\":")?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 19 || !matches!(rest.get(digits), Some(b',' | b'}')) {
        return None;
    }
    let length = std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()?;
    Some((name, length))
}

/// Just what a walk needs from a catalog line: the full entry is parsed only for the lines
/// a command returns.
#[derive(Deserialize)]
struct LineKey<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    record_length: u64,
}

fn line_key(line: &[u8]) -> Result<LineKey<'_>, Error> {
    if let Some((name, record_length)) = fast_key(line) {
        return Ok(LineKey { name: Cow::Borrowed(name), record_length });
    }
    serde_json::from_slice(line).map_err(|e| corrupt(format!("a catalog line does not parse: {e}")))
}

pub(super) fn catalog_entry(line: &[u8]) -> Result<CatalogEntry, Error> {
    serde_json::from_slice(line).map_err(|e| corrupt(format!("a catalog line does not parse: {e}")))
}

/// One catalog line as a walk yields it, already checked.
pub struct Line<'a> {
    pub name: Cow<'a, str>,
    pub record_length: u64,
    /// The line without its newline.
    pub text: &'a [u8],
    /// Where the line is in the bytes walked, newline included.
    pub span: Range<usize>,
    /// Where its record starts, counted from the `first_record` the walk began at.
    pub record_offset: u64,
}

/// A walk over catalog lines, possibly fed in several pieces (each ending at a line end).
pub(super) struct CatalogWalk {
    previous: Option<String>,
    next_record: u64,
}

impl CatalogWalk {
    /// A walk whose first line's record starts at `first_record`.
    pub fn new(first_record: u64) -> CatalogWalk {
        CatalogWalk { previous: None, next_record: first_record }
    }

    /// Where the record after the last line walked starts.
    pub fn next_record(&self) -> u64 {
        self.next_record
    }

    /// Walk the lines of `bytes`, which must end with a newline, checking each before
    /// `visit` sees it, until `visit` breaks (returning what it broke with). A line is checked against the one before it
    /// even when `visit` then breaks on it, so a duplicate just after a match is caught.
    pub fn walk<'a, B>(
        &mut self,
        bytes: &'a [u8],
        mut visit: impl FnMut(Line<'a>) -> Result<ControlFlow<B>, Error>,
    ) -> Result<Option<B>, Error> {
        let mut pos = 0;
        while pos < bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[pos..])
                .map(|i| pos + i)
                .ok_or_else(|| corrupt("the last catalog line has no end"))?;
            let text = &bytes[pos..end];
            let key = line_key(text)?;
            self.check(&key)?;
            let record_offset = self.next_record;
            self.next_record = record_offset
                .checked_add(key.record_length)
                .ok_or_else(|| corrupt("a catalog line has an impossible record length"))?;
            let line =
                Line { name: key.name, record_length: key.record_length, text, span: pos..end + 1, record_offset };
            pos = end + 1;
            if let ControlFlow::Break(b) = visit(line)? {
                return Ok(Some(b));
            }
        }
        Ok(None)
    }

    /// Names must be valid and strictly increase (a repeat is a duplicate secret, a step
    /// back damage); no record may exceed [`MAX_LINE`].
    fn check(&mut self, key: &LineKey<'_>) -> Result<(), Error> {
        let name = key.name.as_ref();
        if names::validate_name(name).is_err() {
            return Err(corrupt(format!("the catalog names an invalid secret {}", names::printable(name))));
        }
        match self.previous.as_deref() {
            Some(p) if p == name => return Err(corrupt(format!("the name {name} appears twice"))),
            Some(p) if p > name => return Err(corrupt(format!("the catalog is out of order at {name}"))),
            _ => {}
        }
        if key.record_length > MAX_LINE {
            return Err(corrupt(format!(
                "the record of {name} is {} bytes, over the {MAX_LINE}-byte limit",
                key.record_length
            )));
        }
        // Reuse the buffer: this runs for every catalog line a lookup walks.
        match &mut self.previous {
            Some(p) => {
                p.clear();
                p.push_str(name);
            }
            None => self.previous = Some(name.to_string()),
        }
        Ok(())
    }
}

pub(super) fn parse_record(bytes: &[u8], expected_name: &str) -> Result<Secret, Error> {
    let secret: Secret = serde_json::from_slice(bytes)
        .map_err(|e| corrupt(format!("the record of {expected_name} does not parse: {e}")))?;
    if secret.name != expected_name {
        return Err(corrupt(format!(
            "the catalog names {expected_name} but its record is {}",
            names::printable(&secret.name)
        )));
    }
    // No versions at all is a secret created without a value (AWS allows it).
    for v in &secret.versions {
        let len = v.value.len();
        if len == 0 || len > MAX_VALUE_BYTES {
            return Err(corrupt(format!(
                "version {} of {expected_name} holds {len} bytes, outside 1..{MAX_VALUE_BYTES}",
                names::printable(&v.id)
            )));
        }
    }
    Ok(secret)
}

/// Serialize into a buffer of exactly the right size: a growing Vec would leave copies of
/// the values in freed memory.
pub(super) fn serialize_record(secret: &Secret) -> Result<Zeroizing<Vec<u8>>, Error> {
    let mut counter = Counter(0);
    serde_json::to_writer(&mut counter, secret)
        .map_err(|e| Error::other(format!("can't encode {}: {e}", secret.name)))?;
    let mut buf = Zeroizing::new(Vec::with_capacity(counter.0 + 1));
    serde_json::to_writer(&mut *buf, secret).map_err(|e| Error::other(format!("can't encode {}: {e}", secret.name)))?;
    buf.push(b'\n');
    Ok(buf)
}
