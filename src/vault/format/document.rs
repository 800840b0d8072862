//! [`Document`]: a whole vault in memory, for a write. Unchanged secrets stay as bytes of
//! the plaintext and are copied as they are; only the secrets a command touches are parsed
//! and re-serialized.

use std::io::Write;
use std::ops::{ControlFlow, Range};

use jiff::Timestamp;
use serde::Deserialize;
use zeroize::Zeroizing;

use super::catalog::{CatalogEntry, CatalogWalk, parse_record, serialize_record};
use super::{
    FENCE_BYTES, FORMAT_VERSION, Fence, HEADER_LEN, Header, MAX_FENCES, Meta, RECORD_FENCE_BYTES, corrupt, parse_meta,
};
use crate::error::Error;
use crate::vault::model::Secret;
use crate::vault::names::Subtree;

/// A catalog line's purge date, read only when a purge may be due.
#[derive(Deserialize)]
struct PurgeKey {
    #[serde(default)]
    purge_after: Option<Timestamp>,
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
        let catalog = &plaintext[catalog_start..records_start];
        // Sized from the catalog itself, never from the meta's count (a crafted count of
        // 10^15 would abort the allocation); the two are compared below.
        let mut entries = Vec::with_capacity(memchr::memchr_iter(b'\n', catalog).count());
        let mut walk = CatalogWalk::new(records_start as u64);
        walk.walk(catalog, |line| {
            let record_end = line
                .record_offset
                .checked_add(line.record_length)
                .filter(|&e| e <= end as u64)
                .ok_or_else(|| corrupt(format!("the record of {} runs past the end", line.name)))?
                as usize;
            if line.record_length == 0 || plaintext[record_end - 1] != b'\n' {
                return Err(corrupt(format!("the record of {} has the wrong length", line.name)));
            }
            let catalog = catalog_start + line.span.start..catalog_start + line.span.end;
            let record = line.record_offset as usize..record_end;
            entries.push(Entry { name: line.name.into_owned(), body: Body::Raw { catalog, record } });
            Ok(ControlFlow::<()>::Continue(()))
        })?;
        let record_pos = walk.next_record() as usize;
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

    /// Names in the subtree `prefix` selects (see [`Subtree`]), in order: the root, then the
    /// one run of names below it.
    pub fn names_in_subtree<'a>(&'a self, prefix: &str) -> impl Iterator<Item = &'a str> + 'a {
        let tree = Subtree::new(prefix);
        let root = match self.find(tree.root()) {
            Ok(i) if !tree.is_whole_vault() => Some(self.entries[i].name.as_str()),
            _ => None,
        };
        let below = tree.below();
        let start = self.entries.partition_point(|e| e.name.as_str() < below.as_str());
        let run =
            self.entries[start..].iter().map(|e| e.name.as_str()).take_while(move |n| n.starts_with(below.as_str()));
        root.into_iter().chain(run)
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

    /// The bytes of a secret's record, for a secret unchanged since load (a merge compares
    /// copies by them without parsing).
    pub fn record_bytes(&self, name: &str) -> Option<&[u8]> {
        let i = self.find(name).ok()?;
        match &self.entries[i].body {
            Body::Raw { record, .. } => Some(&self.plaintext[record.clone()]),
            Body::Parsed(_) => None,
        }
    }

    /// Every secret's name, in order, with its record's bytes when it is unchanged since
    /// load (a merge walks two documents side by side with this).
    pub fn records(&self) -> impl Iterator<Item = (&str, Option<&[u8]>)> {
        self.entries.iter().map(|e| match &e.body {
            Body::Raw { record, .. } => (e.name.as_str(), Some(&self.plaintext[record.clone()])),
            Body::Parsed(_) => (e.name.as_str(), None),
        })
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
        // Serialize changed records first: their lengths go in the catalog, and the records'
        // total sizes the fences' blocks.
        let mut fresh: Vec<Option<Zeroizing<Vec<u8>>>> = Vec::with_capacity(self.entries.len());
        let mut records_total = 0u64;
        for e in &self.entries {
            let (record, len) = match &e.body {
                Body::Raw { record, .. } => (None, record.len() as u64),
                Body::Parsed(s) => {
                    let record = serialize_record(s)?;
                    let len = record.len() as u64;
                    (Some(record), len)
                }
            };
            records_total += len;
            fresh.push(record);
        }
        // Small blocks keep a `get` to the chunk that holds its record; at most about
        // MAX_FENCES of them keep the meta (read by every `get`) inside the first chunk.
        let record_fence = RECORD_FENCE_BYTES.max(records_total / MAX_FENCES);
        let catalog_fence = (FENCE_BYTES as u64).max(2 * record_fence) as usize;
        let mut catalog = Vec::with_capacity(self.entries.len() * 160);
        let mut fences = Vec::new();
        let mut record_offset = 0u64;
        let mut block_start = usize::MAX;
        let mut block_record_start = 0u64;
        let mut next_purge: Option<Timestamp> = None;
        let mut any_raw = false;
        for (e, record) in self.entries.iter().zip(&fresh) {
            if block_start == usize::MAX
                || catalog.len() - block_start >= catalog_fence
                || record_offset - block_record_start >= record_fence
            {
                block_start = catalog.len();
                block_record_start = record_offset;
                fences.push(Fence(e.name.clone(), catalog.len() as u64, record_offset));
            }
            let (record_len, purge_after) = match (&e.body, record) {
                (Body::Raw { catalog: c, record }, _) => {
                    catalog.extend_from_slice(&self.plaintext[c.clone()]);
                    any_raw = true;
                    (record.len() as u64, None)
                }
                (Body::Parsed(s), Some(record)) => {
                    let entry = CatalogEntry::of(s, record.len() as u64);
                    serde_json::to_writer(&mut catalog, &entry).map_err(|e| Error::other(e.to_string()))?;
                    catalog.push(b'\n');
                    (record.len() as u64, s.deletion.as_ref().map(|d| d.purge_after))
                }
                (Body::Parsed(_), None) => return Err(Error::other("internal: a changed record was not serialized")),
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

impl Drop for Document {
    fn drop(&mut self) {
        // Wiped here at memset speed; the empty vector left behind costs Zeroizing nothing.
        let mut plaintext = std::mem::take(&mut *self.plaintext);
        crate::hardening::wipe(&mut plaintext);
    }
}
