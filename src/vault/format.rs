//! The vault plaintext, version 1: what `age -d vault.age` prints.
//!
//! ```text
//! sealbox-vault format=1 catalog=<20 digits> records=<20 digits> end=<20 digits>   (128 bytes)
//! {meta JSON: vault id, recipients, audit key, fences}                            (one line)
//! {catalog JSON: name, record_length, and what `list` shows} ...                 (a line per secret, by name)
//! {record JSON: the whole secret with every version's value} ...                 (a line per secret, by name)
//! ```
//!
//! Reads seek: the header and meta come from the first age chunk, a fence (the first name
//! of every ~32 KiB of catalog, with where its block and records start) finds the catalog
//! block, the block gives the record's offset and length. Writes copy unchanged catalog lines
//! and records as bytes. `end` is checked against the age stream's authenticated length so a
//! truncated file is caught even by a reader that never reaches the last records.

use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::Range;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::model::{ReplicaState, ReplicationStatus, Secret};
use super::names::{self, MAX_VALUE_BYTES};
use crate::error::Error;

pub const MAGIC: &str = "sealbox-vault";
/// Version 2 added the vault key, the generation and one audit position per log; version
/// 1 vaults are read and upgraded at their next write.
pub const FORMAT_VERSION: u32 = 2;
/// The oldest format this sealbox reads.
pub const OLDEST_FORMAT: u32 = 1;
pub const HEADER_LEN: u64 = 128;
/// Catalog bytes per fence: a `get` reads at most about this much catalog.
const FENCE_BYTES: usize = 32 * 1024;
/// No single line of a vault may exceed this (a record holds at most 100 versions of 64 KiB,
/// base64-inflated, plus metadata).
pub const MAX_LINE: u64 = 16 * 1024 * 1024;

fn corrupt(what: impl std::fmt::Display) -> Error {
    Error::decrypt(format!("the vault is corrupted: {what}"))
        .with_hint("restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub catalog: u64,
    pub records: u64,
    pub end: u64,
}

impl Header {
    pub fn encode(&self) -> Vec<u8> {
        let mut line = format!(
            "{MAGIC} format={FORMAT_VERSION} catalog={:020} records={:020} end={:020}",
            self.catalog, self.records, self.end
        )
        .into_bytes();
        line.resize(HEADER_LEN as usize - 1, b' ');
        line.push(b'\n');
        line
    }

    pub fn decode(bytes: &[u8]) -> Result<Header, Error> {
        if bytes.len() < HEADER_LEN as usize {
            if !bytes.starts_with(MAGIC.as_bytes()) {
                return Err(corrupt("it does not start with a sealbox header"));
            }
            return Err(corrupt("the header is cut short"));
        }
        let line = std::str::from_utf8(&bytes[..HEADER_LEN as usize]).map_err(|_| corrupt("the header is not text"))?;
        let mut words = line.split_ascii_whitespace();
        if words.next() != Some(MAGIC) {
            return Err(corrupt("it does not start with a sealbox header"));
        }
        let mut field = |key: &str| -> Result<u64, Error> {
            let word = words.next().ok_or_else(|| corrupt(format!("the header has no {key}")))?;
            word.strip_prefix(key)
                .and_then(|w| w.strip_prefix('='))
                .and_then(|n| n.parse::<u64>().ok())
                .ok_or_else(|| corrupt(format!("the header's {key} is malformed")))
        };
        let format = field("format")?;
        if !(u64::from(OLDEST_FORMAT)..=u64::from(FORMAT_VERSION)).contains(&format) {
            return Err(Error::decrypt(format!(
                "the vault has format version {format}; this sealbox reads version {FORMAT_VERSION}"
            ))
            .with_hint("upgrade sealbox (`cargo install --path .` in a newer checkout)"));
        }
        let header = Header { catalog: field("catalog")?, records: field("records")?, end: field("end")? };
        if !(HEADER_LEN < header.catalog && header.catalog <= header.records && header.records <= header.end) {
            return Err(corrupt("the header's section offsets are out of order"));
        }
        Ok(header)
    }
}

/// The audit chain's key and positions, kept inside the vault so only someone who can open
/// the vault can forge the log, and a cut log is found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditState {
    /// Base64 of a random 32-byte HMAC key.
    pub key: String,
    /// Keys retired by `recipients remove`, oldest first: they check older lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_keys: Vec<String>,
    /// Where each audit log was at this vault's last write by that log's writer, by log id:
    /// every machine or teammate writes its own log.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub logs: BTreeMap<String, LogPosition>,
    /// Format 1: the position of the one log there was (read, never written by format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_mac: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lines: u64,
}

/// One log's position: its last line's seq and MAC.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogPosition {
    pub seq: u64,
    pub mac: String,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A fence: the first name of a catalog block, where that block starts in the catalog
/// section and where its first record starts in the records section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fence(pub String, pub u64, pub u64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub format: u32,
    pub vault_id: String,
    /// Base64 of a random 32-byte key, never printed: a vault sealbox wrote has it, a vault
    /// made by someone who never could open it does not (see `trust.rs`). Format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault_key: Option<String>,
    /// Incremented by every write: a lower one than this machine has seen is a rollback.
    #[serde(default)]
    pub generation: u64,
    /// Vault keys retired by `recipients remove`, oldest first: proof to a machine that knew
    /// one of them that this vault is its successor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_keys: Vec<String>,
    pub created: Timestamp,
    /// The region name this vault uses in ARNs.
    pub region: String,
    /// age recipients (`age1…`, `ssh-…`): every write encrypts to exactly these.
    pub recipients: Vec<String>,
    pub audit: AuditState,
    #[serde(default)]
    pub secret_count: u64,
    /// The earliest purge date of any secret scheduled for deletion, so a write knows
    /// without reading the catalog whether anything is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_purge: Option<Timestamp>,
    /// Name prefixes replicated as a whole (new secrets under them follow), by region.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub replicated_prefixes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub fences: Vec<Fence>,
    /// Fields written by a newer sealbox of the same format, kept as they are.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

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
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
    /// Labelled versions and their labels.
    #[serde(default)]
    pub stages: BTreeMap<String, Vec<String>>,
    pub version_count: u32,
    #[serde(default)]
    pub rotation_enabled: bool,
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
            last_rotated: secret.rotation.last_rotated,
            next_rotation: secret.rotation.next_rotation,
            deleted: secret.deletion.as_ref().map(|d| d.deleted),
            purge_after: secret.deletion.as_ref().map(|d| d.purge_after),
            replicas: secret.replicas.iter().map(|r: &ReplicaState| (r.region.clone(), r.status)).collect(),
            primary_region: secret.replica_of.as_ref().map(|p| p.region.clone()),
        }
    }
}

/// Just what a write needs from a catalog line.
#[derive(Deserialize)]
struct CatalogKey {
    name: String,
    record_length: u64,
}

/// A catalog line's purge date, read only when a purge may be due.
#[derive(Deserialize)]
struct PurgeKey {
    #[serde(default)]
    purge_after: Option<Timestamp>,
}

/// The name and record length of a catalog line as sealbox writes it
/// (`{"name":"…","record_length":N,…`), without a JSON parser: names can't contain `"` or
/// `\`, so they are never escaped. Anything else falls back to serde.
fn fast_key(line: &[u8]) -> Option<(&str, u64)> {
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

/// Just what a lookup needs to walk a catalog block: the full entry is parsed only for
/// the lines a command returns.
#[derive(Deserialize)]
struct LineKey<'a> {
    #[serde(borrow)]
    name: std::borrow::Cow<'a, str>,
    record_length: u64,
}

fn line_key(line: &[u8]) -> Result<LineKey<'_>, Error> {
    if let Some((name, record_length)) = fast_key(line) {
        return Ok(LineKey { name: std::borrow::Cow::Borrowed(name), record_length });
    }
    serde_json::from_slice(line).map_err(|e| corrupt(format!("a catalog line does not parse: {e}")))
}

fn catalog_entry(line: &[u8]) -> Result<CatalogEntry, Error> {
    serde_json::from_slice(line).map_err(|e| corrupt(format!("a catalog line does not parse: {e}")))
}

fn parse_record(bytes: &[u8], expected_name: &str) -> Result<Secret, Error> {
    let secret: Secret = serde_json::from_slice(bytes)
        .map_err(|e| corrupt(format!("the record of {expected_name} does not parse: {e}")))?;
    if secret.name != expected_name {
        return Err(corrupt(format!(
            "the catalog names {expected_name} but its record is {}",
            names::printable(&secret.name)
        )));
    }
    if secret.versions.is_empty() {
        return Err(corrupt(format!("the record of {expected_name} has no versions")));
    }
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

/// Counts bytes, so a buffer holding plaintext can be allocated once at its final size.
pub(crate) struct Counter(pub(crate) usize);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Serialize into a buffer of exactly the right size: a growing Vec would leave copies of
/// the values in freed memory.
fn serialize_record(secret: &Secret) -> Result<Zeroizing<Vec<u8>>, Error> {
    let mut counter = Counter(0);
    serde_json::to_writer(&mut counter, secret)
        .map_err(|e| Error::other(format!("can't encode {}: {e}", secret.name)))?;
    let mut buf = Zeroizing::new(Vec::with_capacity(counter.0 + 1));
    serde_json::to_writer(&mut *buf, secret).map_err(|e| Error::other(format!("can't encode {}: {e}", secret.name)))?;
    buf.push(b'\n');
    Ok(buf)
}

enum Body {
    /// Unchanged since load: catalog line and record as byte ranges of the plaintext.
    Raw {
        catalog: Range<usize>,
        record: Range<usize>,
    },
    Parsed(Box<Secret>),
}

struct Entry {
    name: String,
    body: Body,
}

/// A whole vault in memory, for a write. Unchanged secrets stay as bytes.
pub struct Document {
    plaintext: Zeroizing<Vec<u8>>,
    pub meta: Meta,
    entries: Vec<Entry>,
    changed: bool,
    /// At or before the earliest purge date of the unchanged (raw) entries: from the meta at
    /// load, made exact by the first scan. Raw lines are only parsed for it when it is due.
    raw_next_purge: Option<Timestamp>,
    /// Names put, changed or removed since load, in the order first touched.
    touched: Vec<String>,
    /// Names that did not exist at load and were put since (new secrets follow a
    /// replicated prefix).
    inserted: Vec<String>,
}

impl Document {
    pub fn new(meta: Meta) -> Document {
        Document {
            plaintext: Zeroizing::new(Vec::new()),
            meta,
            entries: Vec::new(),
            changed: true,
            raw_next_purge: None,
            touched: Vec::new(),
            inserted: Vec::new(),
        }
    }

    /// Parse a whole plaintext. Every line is checked: offsets, order, lengths, meta.
    pub fn decode(plaintext: Zeroizing<Vec<u8>>) -> Result<Document, Error> {
        let header = Header::decode(&plaintext)?;
        if header.end != plaintext.len() as u64 {
            return Err(corrupt(format!(
                "the header says {} bytes of plaintext but there are {}",
                header.end,
                plaintext.len()
            )));
        }
        let (catalog_start, records_start, end) =
            (header.catalog as usize, header.records as usize, header.end as usize);
        let meta_bytes = &plaintext[HEADER_LEN as usize..catalog_start];
        let meta = parse_meta(meta_bytes)?;
        let mut entries = Vec::with_capacity(usize::try_from(meta.secret_count).unwrap_or(0));
        let mut pos = catalog_start;
        let mut record_pos = records_start;
        let mut line_no = 0usize;
        while pos < records_start {
            line_no += 1;
            let line_end = plaintext[pos..records_start]
                .iter()
                .position(|&b| b == b'\n')
                .map(|i| pos + i)
                .ok_or_else(|| corrupt(format!("catalog line {line_no} has no end")))?;
            let line = &plaintext[pos..line_end];
            let key = match fast_key(line) {
                Some((name, record_length)) => CatalogKey { name: name.to_string(), record_length },
                None => serde_json::from_slice(line)
                    .map_err(|e| corrupt(format!("catalog line {line_no} does not parse: {e}")))?,
            };
            if names::validate_name(&key.name).is_err() {
                return Err(corrupt(format!(
                    "catalog line {line_no} names an invalid secret {}",
                    names::printable(&key.name)
                )));
            }
            if key.record_length > MAX_LINE {
                return Err(corrupt(format!(
                    "the record of {} is {} bytes, over the {MAX_LINE}-byte limit",
                    key.name, key.record_length
                )));
            }
            if let Some(prev) = entries.last().map(|e: &Entry| e.name.as_str()) {
                if prev == key.name {
                    return Err(corrupt(format!("the name {} appears twice", key.name)));
                }
                if prev > key.name.as_str() {
                    return Err(corrupt(format!("catalog line {line_no} is out of order")));
                }
            }
            let record_end = (record_pos as u64)
                .checked_add(key.record_length)
                .filter(|&e| e <= end as u64 && key.record_length <= MAX_LINE)
                .ok_or_else(|| corrupt(format!("the record of {} runs past the end", key.name)))?
                as usize;
            if key.record_length == 0 || plaintext[record_end - 1] != b'\n' {
                return Err(corrupt(format!("the record of {} has the wrong length", key.name)));
            }
            entries.push(Entry {
                name: key.name,
                body: Body::Raw { catalog: pos..line_end + 1, record: record_pos..record_end },
            });
            pos = line_end + 1;
            record_pos = record_end;
        }
        if record_pos != end {
            return Err(corrupt(format!("{} bytes after the last record", end - record_pos)));
        }
        if entries.len() as u64 != meta.secret_count {
            return Err(corrupt(format!(
                "the meta counts {} secrets but the catalog has {}",
                meta.secret_count,
                entries.len()
            )));
        }
        let raw_next_purge = meta.next_purge;
        Ok(Document {
            plaintext,
            meta,
            entries,
            changed: false,
            raw_next_purge,
            touched: Vec::new(),
            inserted: Vec::new(),
        })
    }

    pub fn is_changed(&self) -> bool {
        self.changed
    }

    /// Names of the secrets put, changed or removed since load (for replication pushes).
    pub fn touched(&self) -> &[String] {
        &self.touched
    }

    /// Names of the secrets that did not exist at load and were put since.
    pub fn inserted(&self) -> &[String] {
        &self.inserted
    }

    fn touch(&mut self, name: &str) {
        if !self.touched.iter().any(|n| n == name) {
            self.touched.push(name.to_string());
        }
    }

    /// Force a rewrite even when no secret changed (e.g. after a meta change).
    pub fn mark_changed(&mut self) {
        self.changed = true;
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn find(&self, name: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|e| e.name.as_str().cmp(name))
    }

    pub fn contains(&self, name: &str) -> bool {
        self.find(name).is_ok()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// Names starting with `prefix`, in order.
    pub fn names_with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let start = self.entries.partition_point(|e| e.name.as_str() < prefix);
        self.entries[start..].iter().map(|e| e.name.as_str()).take_while(move |n| n.starts_with(prefix))
    }

    /// A copy of the secret, parsed from its record.
    pub fn get(&self, name: &str) -> Result<Option<Secret>, Error> {
        let Ok(i) = self.find(name) else { return Ok(None) };
        self.parse(i).map(Some)
    }

    fn parse(&self, i: usize) -> Result<Secret, Error> {
        let e = &self.entries[i];
        match &e.body {
            Body::Raw { record, .. } => parse_record(&self.plaintext[record.clone()], &e.name),
            Body::Parsed(s) => Ok((**s).clone()),
        }
    }

    /// The secret, to change in place: it will be re-serialized at encode.
    pub fn get_mut(&mut self, name: &str) -> Result<Option<&mut Secret>, Error> {
        let Ok(i) = self.find(name) else { return Ok(None) };
        if let Body::Raw { .. } = self.entries[i].body {
            let parsed = self.parse(i)?;
            self.entries[i].body = Body::Parsed(Box::new(parsed));
        }
        self.changed = true;
        self.touch(name);
        match &mut self.entries[i].body {
            Body::Parsed(s) => Ok(Some(s)),
            Body::Raw { .. } => Ok(None),
        }
    }

    /// Insert or replace a secret.
    pub fn put(&mut self, secret: Secret) {
        self.changed = true;
        self.touch(&secret.name);
        match self.find(&secret.name) {
            Ok(i) => self.entries[i].body = Body::Parsed(Box::new(secret)),
            Err(i) => {
                if !self.inserted.contains(&secret.name) {
                    self.inserted.push(secret.name.clone());
                }
                self.entries.insert(i, Entry { name: secret.name.clone(), body: Body::Parsed(Box::new(secret)) })
            }
        }
    }

    /// Insert or replace many secrets in one merge pass: O(n + k log k) where `put` in a
    /// loop is O(n·k) (each insert shifts the entries after it). For bulk imports.
    pub fn put_many(&mut self, mut secrets: Vec<Secret>) {
        if secrets.is_empty() {
            return;
        }
        secrets.sort_by(|a, b| a.name.cmp(&b.name));
        // A later duplicate wins, as with repeated `put`.
        secrets.reverse();
        secrets.dedup_by(|later, earlier| later.name == earlier.name);
        secrets.reverse();
        self.changed = true;
        let mut seen: std::collections::HashSet<String> = self.touched.iter().cloned().collect();
        for s in &secrets {
            if seen.insert(s.name.clone()) {
                self.touched.push(s.name.clone());
            }
        }
        let old = std::mem::take(&mut self.entries);
        let mut merged = Vec::with_capacity(old.len() + secrets.len());
        let mut old = old.into_iter().peekable();
        for s in secrets {
            while let Some(e) = old.next_if(|e| e.name < s.name) {
                merged.push(e);
            }
            if old.peek().is_some_and(|e| e.name == s.name) {
                old.next();
            }
            merged.push(Entry { name: s.name.clone(), body: Body::Parsed(Box::new(s)) });
        }
        merged.extend(old);
        self.entries = merged;
    }

    pub fn remove(&mut self, name: &str) -> Option<Secret> {
        let i = self.find(name).ok()?;
        let secret = self.parse(i).ok();
        self.entries.remove(i);
        self.changed = true;
        self.touch(name);
        secret
    }

    /// Names of secrets whose recovery window has passed. Unchanged secrets are only looked
    /// at when the earliest purge date among them has come.
    pub fn due_for_purge(&mut self, now: Timestamp) -> Vec<String> {
        let scan_raw = self.raw_next_purge.is_some_and(|t| t <= now);
        let mut due = Vec::new();
        let mut earliest: Option<Timestamp> = None;
        for e in &self.entries {
            match &e.body {
                Body::Raw { catalog, .. } if scan_raw => {
                    let purge = serde_json::from_slice::<PurgeKey>(&self.plaintext[catalog.clone()])
                        .ok()
                        .and_then(|k| k.purge_after);
                    match purge {
                        Some(t) if t <= now => due.push(e.name.clone()),
                        Some(t) => earliest = Some(earliest.map_or(t, |x| x.min(t))),
                        None => {}
                    }
                }
                Body::Raw { .. } => {}
                Body::Parsed(s) => {
                    if s.is_due_for_purge(now) {
                        due.push(e.name.clone());
                    }
                }
            }
        }
        if scan_raw {
            self.raw_next_purge = earliest;
        }
        due
    }

    /// Where a secret's record starts in the plaintext, for a secret unchanged since load.
    pub fn record_offset(&self, name: &str) -> Option<u64> {
        let i = self.find(name).ok()?;
        match &self.entries[i].body {
            Body::Raw { record, .. } => Some(record.start as u64),
            Body::Parsed(_) => None,
        }
    }

    /// Catalog lines that disagree with their records (what `list` would show wrongly), as
    /// messages naming the secret and the field. Records that don't parse are reported too.
    pub fn catalog_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for e in &self.entries {
            let Body::Raw { catalog, record, .. } = &e.body else { continue };
            let secret = match parse_record(&self.plaintext[record.clone()], &e.name) {
                Ok(s) => s,
                Err(err) => {
                    problems.push(err.message);
                    continue;
                }
            };
            let line = &self.plaintext[catalog.start..catalog.end - 1];
            match serde_json::from_slice::<CatalogEntry>(line) {
                Ok(listed) => {
                    let expected = CatalogEntry::of(&secret, record.len() as u64);
                    if listed != expected {
                        let (a, b) = (serde_json::to_value(&listed), serde_json::to_value(&expected));
                        let fields: Vec<String> = match (a, b) {
                            (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) => {
                                let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
                                keys.into_iter().filter(|k| a.get(*k) != b.get(*k)).cloned().collect()
                            }
                            _ => vec!["?".into()],
                        };
                        problems.push(format!(
                            "the catalog line of {} disagrees with its record ({})",
                            e.name,
                            fields.join(", ")
                        ));
                    }
                }
                Err(err) => problems.push(format!("the catalog line of {} does not parse: {err}", e.name)),
            }
        }
        problems
    }

    /// Every secret, parsed (for whole-vault operations such as `doctor` or `export`).
    pub fn secrets(&self) -> impl Iterator<Item = Result<Secret, Error>> + '_ {
        (0..self.entries.len()).map(|i| self.parse(i))
    }

    /// Write the whole plaintext: header, meta, catalog, records.
    pub fn encode_to<W: Write>(&mut self, out: &mut W) -> Result<(), Error> {
        let io = |e: std::io::Error| Error::other(format!("can't write the vault: {e}"));
        // Serialize changed records first: their lengths go in the catalog.
        let mut fresh: Vec<Option<Zeroizing<Vec<u8>>>> = Vec::with_capacity(self.entries.len());
        let mut catalog = Vec::with_capacity(self.entries.len() * 160);
        let mut fences = Vec::new();
        let mut record_offset = 0u64;
        let mut block_start = usize::MAX;
        let mut next_purge: Option<Timestamp> = None;
        let mut any_raw = false;
        for e in &self.entries {
            if block_start == usize::MAX || catalog.len() - block_start >= FENCE_BYTES {
                block_start = catalog.len();
                fences.push(Fence(e.name.clone(), catalog.len() as u64, record_offset));
            }
            let (record_len, purge_after) = match &e.body {
                Body::Raw { catalog: c, record } => {
                    catalog.extend_from_slice(&self.plaintext[c.clone()]);
                    fresh.push(None);
                    any_raw = true;
                    (record.len() as u64, None)
                }
                Body::Parsed(s) => {
                    let record = serialize_record(s)?;
                    let entry = CatalogEntry::of(s, record.len() as u64);
                    serde_json::to_writer(&mut catalog, &entry).map_err(|e| Error::other(e.to_string()))?;
                    catalog.push(b'\n');
                    let len = record.len() as u64;
                    fresh.push(Some(record));
                    (len, s.deletion.as_ref().map(|d| d.purge_after))
                }
            };
            if let Some(p) = purge_after {
                next_purge = Some(next_purge.map_or(p, |n| n.min(p)));
            }
            record_offset += record_len;
        }
        self.meta.fences = fences;
        self.meta.secret_count = self.entries.len() as u64;
        if any_raw && let Some(raw) = self.raw_next_purge {
            next_purge = Some(next_purge.map_or(raw, |n| n.min(raw)));
        }
        self.meta.next_purge = next_purge;
        self.meta.format = FORMAT_VERSION;
        let mut meta = serde_json::to_vec(&self.meta).map_err(|e| Error::other(e.to_string()))?;
        meta.push(b'\n');
        let catalog_start = HEADER_LEN + meta.len() as u64;
        let records_start = catalog_start + catalog.len() as u64;
        let header = Header { catalog: catalog_start, records: records_start, end: records_start + record_offset };
        out.write_all(&header.encode()).map_err(io)?;
        out.write_all(&meta).map_err(io)?;
        out.write_all(&catalog).map_err(io)?;
        for (e, fresh) in self.entries.iter().zip(&fresh) {
            match (&e.body, fresh) {
                (_, Some(bytes)) => out.write_all(bytes).map_err(io)?,
                (Body::Raw { record, .. }, None) => out.write_all(&self.plaintext[record.clone()]).map_err(io)?,
                (Body::Parsed(_), None) => return Err(Error::other("internal: a changed record was not serialized")),
            }
        }
        Ok(())
    }

    pub fn encode(&mut self) -> Result<Zeroizing<Vec<u8>>, Error> {
        let mut out = Zeroizing::new(Vec::with_capacity(self.plaintext.len() + 1024));
        self.encode_to(&mut *out)?;
        Ok(out)
    }
}

/// Fences must start at the beginning and grow with the names, inside their sections.
fn validate_fences(fences: &[Fence], header: &Header) -> Result<(), Error> {
    let catalog_len = header.records - header.catalog;
    let records_len = header.end - header.records;
    if catalog_len > 0 && fences.first().is_none_or(|f| f.1 != 0 || f.2 != 0) {
        return Err(corrupt("the meta's fences don't start at the catalog"));
    }
    for pair in fences.windows(2) {
        if !(pair[0].0 < pair[1].0 && pair[0].1 < pair[1].1 && pair[0].2 <= pair[1].2) {
            return Err(corrupt("the meta's fences are out of order"));
        }
    }
    if fences.last().is_some_and(|f| f.1 >= catalog_len || f.2 >= records_len) {
        return Err(corrupt("a fence points past its section"));
    }
    Ok(())
}

fn parse_meta(bytes: &[u8]) -> Result<Meta, Error> {
    let meta: Meta =
        serde_json::from_slice(bytes).map_err(|e| corrupt(format!("the meta line does not parse: {e}")))?;
    if meta.format != FORMAT_VERSION {
        return Err(corrupt(format!("the meta says format {}", meta.format)));
    }
    Ok(meta)
}

/// Seeking reads over a decrypting stream: only the chunks a lookup needs are decrypted.
pub struct Reader<R: Read + Seek> {
    inner: R,
    pub header: Header,
    pub meta: Meta,
}

/// Where a secret's record is, found through the catalog.
#[derive(Debug, Clone)]
pub struct Located {
    pub entry: CatalogEntry,
    pub record_offset: u64,
}

impl<R: Read + Seek> Reader<R> {
    /// Open a decrypting stream. `plaintext_len` is the length the age file's size implies
    /// (see `crypto::plaintext_len`); without it the last chunk is decrypted to learn it.
    /// Either way a file cut after the chunks a lookup reads is caught here.
    pub fn open(mut inner: R, plaintext_len: Option<u64>) -> Result<Reader<R>, Error> {
        let mut head = [0u8; HEADER_LEN as usize];
        let n = read_full(&mut inner, &mut head)?;
        let header = Header::decode(&head[..n])?;
        let len = match plaintext_len {
            Some(len) => len,
            // Seeking to the end authenticates the last chunk.
            None => inner.seek(SeekFrom::End(0)).map_err(stream_error)?,
        };
        if len != header.end {
            return Err(corrupt(format!("the header says {} bytes of plaintext but there are {len}", header.end)));
        }
        let meta_len = header.catalog - HEADER_LEN;
        if meta_len > MAX_LINE {
            return Err(corrupt("the meta line is too long"));
        }
        let meta_bytes = read_at(&mut inner, HEADER_LEN, meta_len as usize)?;
        let meta = parse_meta(&meta_bytes)?;
        validate_fences(&meta.fences, &header)?;
        Ok(Reader { inner, header, meta })
    }

    /// The catalog block (as a byte range of the plaintext) that would hold `name`, with the
    /// record offset of its first entry.
    fn block_for(&self, name: &str) -> Option<(u64, u64, u64)> {
        let fences = &self.meta.fences;
        let i = fences.partition_point(|f| f.0.as_str() <= name);
        let i = i.checked_sub(1)?;
        let start = self.header.catalog + fences[i].1;
        let end = fences.get(i + 1).map_or(self.header.records, |f| self.header.catalog + f.1);
        Some((start, end, self.header.records + fences[i].2))
    }

    /// Find one secret's catalog entry by name.
    pub fn locate(&mut self, name: &str) -> Result<Option<Located>, Error> {
        let Some((start, end, first_record)) = self.block_for(name) else { return Ok(None) };
        let block = read_at(&mut self.inner, start, (end - start) as usize)?;
        let mut record_offset = first_record;
        let mut previous: Option<String> = None;
        let mut found = None;
        for line in block.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let key = line_key(line)?;
            // The line after a match is read too, so a duplicate name is caught.
            check_order(&mut previous, &key.name)?;
            if found.is_some() {
                break;
            }
            match key.name.as_ref().cmp(name) {
                std::cmp::Ordering::Less => {
                    record_offset = record_offset
                        .checked_add(key.record_length)
                        .ok_or_else(|| corrupt("a catalog line has an impossible record length"))?;
                }
                std::cmp::Ordering::Equal => found = Some(Located { entry: catalog_entry(line)?, record_offset }),
                std::cmp::Ordering::Greater => break,
            }
        }
        Ok(found)
    }

    /// Every catalog entry whose name starts with `prefix`, in order.
    pub fn scan(&mut self, prefix: &str) -> Result<Vec<Located>, Error> {
        let (start, mut record_offset) = match self.block_for(prefix) {
            Some((start, _, rec)) => (start, rec),
            None => (self.header.catalog, self.header.records),
        };
        let len = self.header.records - start;
        let mut out = Vec::new();
        // Read block by block so a narrow prefix reads little of a large catalog.
        let mut pos = start;
        let mut carry: Vec<u8> = Vec::new();
        let mut previous: Option<String> = None;
        while pos < start + len {
            let take = ((start + len) - pos).min(4 * FENCE_BYTES as u64);
            let mut chunk = read_at(&mut self.inner, pos, take as usize)?;
            pos += take;
            if !carry.is_empty() {
                carry.append(&mut chunk);
                chunk = std::mem::take(&mut carry);
            }
            let complete = chunk.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            carry = chunk[complete..].to_vec();
            for line in chunk[..complete].split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                let key = line_key(line)?;
                check_order(&mut previous, &key.name)?;
                if key.name.starts_with(prefix) {
                    let len = key.record_length;
                    out.push(Located { entry: catalog_entry(line)?, record_offset });
                    record_offset = record_offset.saturating_add(len);
                } else if key.name.as_ref() > prefix {
                    return Ok(out);
                } else {
                    record_offset = record_offset.saturating_add(key.record_length);
                }
            }
        }
        if !carry.is_empty() {
            return Err(corrupt("the last catalog line has no end"));
        }
        Ok(out)
    }

    pub fn read_record(&mut self, at: &Located) -> Result<Secret, Error> {
        let len = at.entry.record_length;
        if len > MAX_LINE {
            return Err(corrupt(format!(
                "the record of {} is {len} bytes, over the {MAX_LINE}-byte limit",
                at.entry.name
            )));
        }
        if at.record_offset.checked_add(len).is_none_or(|end| end > self.header.end) {
            return Err(corrupt(format!("the record of {} runs past the end", at.entry.name)));
        }
        let bytes = Zeroizing::new(read_at(&mut self.inner, at.record_offset, len as usize)?);
        parse_record(&bytes, &at.entry.name)
    }

    pub fn read_secret(&mut self, name: &str) -> Result<Option<Secret>, Error> {
        match self.locate(name)? {
            Some(at) => self.read_record(&at).map(Some),
            None => Ok(None),
        }
    }
}

/// Catalog names must strictly increase: a repeat is a duplicate secret, a step back damage.
fn check_order(previous: &mut Option<String>, name: &str) -> Result<(), Error> {
    if names::validate_name(name).is_err() {
        return Err(corrupt(format!("the catalog names an invalid secret {}", names::printable(name))));
    }
    match previous.as_deref() {
        Some(p) if p == name => return Err(corrupt(format!("the name {name} appears twice"))),
        Some(p) if p > name => {
            return Err(corrupt(format!("the catalog is out of order at {name}")));
        }
        _ => {}
    }
    // Reuse the buffer: this runs for every catalog line a lookup walks.
    match previous {
        Some(p) => {
            p.clear();
            p.push_str(name);
        }
        None => *previous = Some(name.to_string()),
    }
    Ok(())
}

fn stream_error(e: std::io::Error) -> Error {
    corrupt(format!("{e} (a chunk failed authentication: the file was cut or altered)"))
}

fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<usize, Error> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(stream_error(e)),
        }
    }
    Ok(n)
}

fn read_at<R: Read + Seek>(r: &mut R, offset: u64, len: usize) -> Result<Vec<u8>, Error> {
    r.seek(SeekFrom::Start(offset)).map_err(stream_error)?;
    let mut buf = Vec::with_capacity(len);
    r.take(len as u64).read_to_end(&mut buf).map_err(stream_error)?;
    if buf.len() != len {
        return Err(corrupt("it ends before its last section"));
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::model::SecretValue;
    use std::io::Cursor;

    fn meta() -> Meta {
        Meta {
            format: FORMAT_VERSION,
            vault_id: "vid".into(),
            vault_key: None,
            generation: 0,
            previous_keys: Vec::new(),
            created: Timestamp::from_second(1_700_000_000).unwrap(),
            region: "local".into(),
            recipients: vec!["age1x".into()],
            audit: AuditState {
                key: "k".into(),
                previous_keys: Vec::new(),
                logs: Default::default(),
                last_mac: None,
                lines: 0,
            },
            secret_count: 0,
            next_purge: None,
            replicated_prefixes: BTreeMap::new(),
            fences: vec![],
            extra: serde_json::Map::new(),
        }
    }

    fn secret(name: &str, value: &str) -> Secret {
        Secret::new(
            name,
            format!("arn:{name}"),
            format!("id-{name}"),
            SecretValue::text(value),
            Timestamp::from_second(1_700_000_000).unwrap(),
        )
    }

    fn build(n: usize) -> Zeroizing<Vec<u8>> {
        let mut doc = Document::new(meta());
        for i in (0..n).rev() {
            doc.put(secret(&format!("app/s{i:06}"), &format!("value-{i}")));
        }
        doc.encode().unwrap()
    }

    #[test]
    fn round_trip_and_lookup() {
        let bytes = build(3000);
        let doc = Document::decode(bytes.clone()).unwrap();
        assert_eq!(doc.len(), 3000);
        assert!(doc.meta.fences.len() > 3, "{} fences", doc.meta.fences.len());
        let mut r = Reader::open(Cursor::new(bytes.to_vec()), None).unwrap();
        for i in [0usize, 1, 1499, 2999] {
            let s = r.read_secret(&format!("app/s{i:06}")).unwrap().unwrap();
            assert_eq!(s.current().unwrap().value.as_str(), Some(format!("value-{i}").as_str()));
        }
        assert!(r.read_secret("app/s999999").unwrap().is_none());
        assert!(r.read_secret("a").unwrap().is_none());
        assert!(r.read_secret("zzz").unwrap().is_none());
        let found = r.scan("app/s0012").unwrap();
        assert_eq!(found.len(), 100);
        let s = r.read_record(&found[57]).unwrap();
        assert_eq!(s.name, "app/s001257");
        assert_eq!(r.scan("").unwrap().len(), 3000);
        assert_eq!(r.scan("b").unwrap().len(), 0);
    }

    #[test]
    fn unchanged_records_are_copied_as_bytes() {
        let bytes = build(50);
        let mut doc = Document::decode(bytes.clone()).unwrap();
        let again = doc.encode().unwrap();
        assert_eq!(*again, *bytes);
        doc.get_mut("app/s000010").unwrap().unwrap().description = Some("changed".into());
        doc.remove("app/s000020");
        doc.put(secret("app/new", "n"));
        let changed = doc.encode().unwrap();
        let doc2 = Document::decode(changed).unwrap();
        assert_eq!(doc2.len(), 50);
        assert_eq!(doc2.get("app/s000010").unwrap().unwrap().description.as_deref(), Some("changed"));
        assert!(doc2.get("app/s000020").unwrap().is_none());
        assert!(doc2.get("app/new").unwrap().is_some());
    }

    #[test]
    fn put_many_merges_like_repeated_put() {
        let bytes = build(30);
        let mut bulk = Document::decode(bytes.clone()).unwrap();
        let mut one_by_one = Document::decode(bytes).unwrap();
        let incoming: Vec<Secret> = ["app/s000005", "zz", "app/a", "app/s000029x", "app/a", "0"]
            .iter()
            .enumerate()
            .map(|(i, n)| secret(n, &format!("new-{i}")))
            .collect();
        for s in incoming.clone() {
            one_by_one.put(s);
        }
        bulk.put_many(incoming);
        assert_eq!(bulk.names().collect::<Vec<_>>(), one_by_one.names().collect::<Vec<_>>());
        assert_eq!(bulk.len(), 34);
        let a = bulk.get("app/a").unwrap().unwrap();
        assert_eq!(a.current().unwrap().value.as_str(), Some("new-4"));
        assert_eq!(bulk.encode().unwrap(), one_by_one.encode().unwrap());
        let mut touched = bulk.touched().to_vec();
        touched.sort();
        assert_eq!(touched, ["0", "app/a", "app/s000005", "app/s000029x", "zz"]);
    }

    /// A catalog whose record lengths add up past u64::MAX: an error, not an overflow panic.
    #[test]
    fn impossible_record_lengths_are_errors() {
        let line = |name: &str, len: u64| {
            format!(
                "{{\"name\":\"{name}\",\"record_length\":{len},\"arn\":\"x\",\"created\":\"2026-01-01T00:00:00Z\",\"last_changed\":\"2026-01-01T00:00:00Z\",\"version_count\":1}}\n"
            )
        };
        let catalog = line("a", u64::MAX) + &line("b", 2);
        let mut m = meta();
        m.secret_count = 2;
        m.fences = vec![Fence("a".into(), 0, 0)];
        let mut meta_line = serde_json::to_vec(&m).unwrap();
        meta_line.push(b'\n');
        let records = b"x\n";
        let catalog_start = HEADER_LEN + meta_line.len() as u64;
        let records_start = catalog_start + catalog.len() as u64;
        let header = Header { catalog: catalog_start, records: records_start, end: records_start + 2 };
        let mut bytes = header.encode();
        bytes.extend(&meta_line);
        bytes.extend(catalog.as_bytes());
        bytes.extend(records);
        let err = Document::decode(Zeroizing::new(bytes.clone())).err().unwrap();
        assert!(err.message.contains("over the 16777216-byte limit"), "{}", err.message);
        let mut r = Reader::open(Cursor::new(bytes), None).unwrap();
        let err = r.read_secret("b").err().unwrap();
        assert!(err.message.contains("impossible record length"), "{}", err.message);
        let found = r.scan("").unwrap();
        assert_eq!(found.len(), 2);
        for at in &found {
            assert_eq!(r.read_record(at).err().unwrap().kind, crate::error::ExitKind::Decrypt);
        }
    }

    #[test]
    fn purges_are_found_in_unchanged_lines_and_the_next_date_is_kept_exact() {
        let t = |d: i64| Timestamp::from_second(1_700_000_000 + d * 86_400).unwrap();
        let mut doc = Document::decode(build(30)).unwrap();
        for (name, days) in [("app/s000003", 7), ("app/s000010", 20)] {
            let mut s = doc.get(name).unwrap().unwrap();
            s.schedule_deletion(days, t(0)).unwrap();
            doc.put(s);
        }
        let bytes = doc.encode().unwrap();
        assert_eq!(doc.meta.next_purge, Some(t(7)));
        // Reloaded: both are raw lines now; nothing is due before day 7.
        let mut doc = Document::decode(bytes).unwrap();
        assert!(doc.due_for_purge(t(6)).is_empty());
        assert_eq!(doc.due_for_purge(t(8)), ["app/s000003"]);
        doc.remove("app/s000003");
        let bytes = doc.encode().unwrap();
        assert_eq!(doc.meta.next_purge, Some(t(20)), "the scan made the next purge date exact");
        let mut doc = Document::decode(bytes).unwrap();
        assert!(doc.due_for_purge(t(19)).is_empty());
        assert_eq!(doc.due_for_purge(t(21)), ["app/s000010"]);
    }

    #[test]
    fn fast_key_agrees_with_serde() {
        let line = br#"{"name":"a/b@c.d","record_length":123,"arn":"x"}"#;
        assert_eq!(fast_key(line), Some(("a/b@c.d", 123)));
        assert_eq!(fast_key(br#"{"record_length":1,"name":"x"}"#), None);
        assert_eq!(fast_key(br#"{"name":"x","record_length":12x}"#), None);
        assert_eq!(fast_key(br#"{"name":"x"y","record_length":1}"#), None);
    }

    #[test]
    fn damage_is_reported_not_panicked() {
        let bytes = build(20);
        for cut in [0, 10, 127, 128, 200, bytes.len() - 1] {
            let err = Document::decode(Zeroizing::new(bytes[..cut].to_vec())).err().unwrap();
            assert_eq!(err.kind, crate::error::ExitKind::Decrypt, "cut at {cut}");
        }
        for i in (0..bytes.len()).step_by(7) {
            let mut flipped = bytes.to_vec();
            flipped[i] ^= 0x20;
            let _ = Document::decode(Zeroizing::new(flipped.clone()));
            if let Ok(mut r) = Reader::open(Cursor::new(flipped), None) {
                let _ = r.read_secret("app/s000007");
                let _ = r.scan("app/");
            }
        }
        let mut v2 = bytes.to_vec();
        v2[21] = b'3';
        let err = Document::decode(Zeroizing::new(v2)).err().unwrap();
        assert!(err.message.contains("format version 3"), "{}", err.message);
    }
}
