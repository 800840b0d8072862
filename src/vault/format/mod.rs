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
//!
//! The module is split by reader: [`Document`] (a whole vault in memory, for writes),
//! [`Reader`] (seeking lookups over the decrypting stream) and `catalog` (the catalog line,
//! its parsing, and the one walk over catalog lines both of them use).

use std::collections::BTreeMap;
use std::io::Write;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::Error;

mod catalog;
mod document;
mod reader;
#[cfg(test)]
mod tests;

pub use catalog::{CatalogEntry, Line};
pub use document::Document;
pub use reader::{Located, Reader};

/// Records by name, as the bytes they are stored as: a merge's base is read through this,
/// so the pure merge needs no file; a [`Reader`] decrypts only the chunks asked for.
pub trait RecordSource {
    fn meta(&self) -> &Meta;
    /// The record of `name` as stored (a line ending in a newline), if there is one.
    fn record(&mut self, name: &str) -> Result<Option<zeroize::Zeroizing<Vec<u8>>>, Error>;
}

impl<R: std::io::Read + std::io::Seek> RecordSource for Reader<R> {
    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn record(&mut self, name: &str) -> Result<Option<zeroize::Zeroizing<Vec<u8>>>, Error> {
        self.record_bytes(name)
    }
}

/// Parse a record as [`RecordSource::record`] gives it.
pub fn parse_record(bytes: &[u8], name: &str) -> Result<crate::vault::model::Secret, Error> {
    catalog::parse_record(bytes, name)
}

pub const MAGIC: &str = "sealbox-vault";
/// Version 2 added the vault key, the generation and one audit position per log; version
/// 1 vaults are read and upgraded at their next write.
pub const FORMAT_VERSION: u32 = 2;
/// The oldest format this sealbox reads.
pub const OLDEST_FORMAT: u32 = 1;
pub const HEADER_LEN: u64 = 128;
/// Catalog bytes per fence: a walk of the catalog (`locate`) reads at most about this much.
const FENCE_BYTES: usize = 32 * 1024;
/// Record bytes per fence: a `get` walks the records of one block, so a small block keeps
/// it to the one chunk that holds the record, most of the time.
const RECORD_FENCE_BYTES: u64 = 16 * 1024;
/// About the most fences a vault has (larger vaults get larger blocks): at some 40 bytes a
/// fence the meta stays inside the first 64 KiB chunk with the header, and reading them
/// costs a `get` little.
const MAX_FENCES: u64 = 800;
/// No single line of a vault may exceed this (a record holds at most 100 versions of 64 KiB,
/// base64-inflated, plus metadata).
pub const MAX_LINE: u64 = 16 * 1024 * 1024;

/// What to do about a damaged vault: the same words wherever the damage is found.
pub const RESTORE_HINT: &str = "restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read";

/// A damaged vault: exit 6, with the hint to restore it.
pub fn corrupt(what: impl std::fmt::Display) -> Error {
    Error::decrypt(format!("the vault is corrupted: {what}")).with_hint(RESTORE_HINT)
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

fn parse_meta(bytes: &[u8]) -> Result<Meta, Error> {
    let meta = match parse_meta_fast(bytes) {
        Some(meta) => meta,
        None => serde_json::from_slice(bytes).map_err(|e| corrupt(format!("the meta line does not parse: {e}")))?,
    };
    if !(OLDEST_FORMAT..=FORMAT_VERSION).contains(&meta.format) {
        return Err(corrupt(format!("the meta says format {}", meta.format)));
    }
    Ok(meta)
}

/// The meta with its fences read by hand: serde (through the `flatten` of unknown fields)
/// buffers every fence before reading it, a thousand instructions a fence, paid by every
/// `get`. The fences are the array after `,"fences":`, as sealbox writes them
/// (`[["name",catalog,record],…]`; names never need escaping); anything else — and any doubt
/// — is left to serde.
fn parse_meta_fast(bytes: &[u8]) -> Option<Meta> {
    const KEY: &[u8] = b",\"fences\":";
    let at = memchr::memmem::rfind(bytes, KEY)?;
    let (fences, used) = parse_fences(&bytes[at + KEY.len()..])?;
    let rest = &bytes[at + KEY.len() + used..];
    let mut head = Vec::with_capacity(at + rest.len());
    head.extend_from_slice(&bytes[..at]);
    head.extend_from_slice(rest);
    let mut meta: Meta = serde_json::from_slice(&head).ok()?;
    if !meta.fences.is_empty() || meta.extra.contains_key("fences") {
        return None;
    }
    meta.fences = fences;
    Some(meta)
}

/// `[["name",1,2],…]` at the start of `b`: the fences and the bytes they take.
fn parse_fences(b: &[u8]) -> Option<(Vec<Fence>, usize)> {
    let number = |b: &[u8], i: &mut usize| -> Option<u64> {
        let start = *i;
        let mut n: u64 = 0;
        while let Some(d) = b.get(*i).filter(|d| d.is_ascii_digit()) {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
            *i += 1;
        }
        // JSON numbers have no leading zeros.
        (*i > start && (*i - start == 1 || b[start] != b'0')).then_some(n)
    };
    let expect = |b: &[u8], i: &mut usize, c: u8| -> Option<()> { (b.get(*i) == Some(&c)).then(|| *i += 1) };
    let mut i = 0;
    expect(b, &mut i, b'[')?;
    let mut fences = Vec::new();
    if expect(b, &mut i, b']').is_some() {
        return Some((fences, i));
    }
    loop {
        expect(b, &mut i, b'[')?;
        expect(b, &mut i, b'"')?;
        let len = memchr::memchr(b'"', &b[i..])?;
        let name = std::str::from_utf8(&b[i..i + len]).ok()?;
        if name.contains('\\') {
            return None;
        }
        i += len + 1;
        expect(b, &mut i, b',')?;
        let catalog = number(b, &mut i)?;
        expect(b, &mut i, b',')?;
        let record = number(b, &mut i)?;
        expect(b, &mut i, b']')?;
        fences.push(Fence(name.to_string(), catalog, record));
        if expect(b, &mut i, b']').is_some() {
            return Some((fences, i));
        }
        expect(b, &mut i, b',')?;
    }
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
