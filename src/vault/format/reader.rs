//! [`Reader`]: seeking reads over a decrypting stream, so a lookup decrypts only the chunks
//! of the catalog block and the record it needs.

use std::io::{Read, Seek, SeekFrom};
use std::ops::ControlFlow;

use zeroize::Zeroizing;

use super::catalog::{CatalogEntry, CatalogWalk, Line, catalog_entry, parse_record};
use super::{FENCE_BYTES, Fence, HEADER_LEN, Header, MAX_LINE, Meta, corrupt, parse_meta};
use crate::error::Error;
use crate::vault::model::Secret;
use crate::vault::names::{self, Subtree};

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
/// Seeking reads over a decrypting stream: only the chunks a lookup needs are decrypted.
pub struct Reader<R: Read + Seek> {
    inner: R,
    pub header: Header,
    pub meta: Meta,
    /// The vault's path, for errors found after opening (a damaged record chunk).
    path: Option<String>,
}

/// Where a secret's record is, found through the catalog.
#[derive(Debug, Clone)]
pub struct Located {
    pub entry: CatalogEntry,
    pub record_offset: u64,
}

impl<R: Read + Seek> Reader<R> {
    /// Name the vault's path in the errors of later lookups.
    pub fn at_path(mut self, path: &std::path::Path) -> Self {
        self.path = Some(path.display().to_string());
        self
    }

    fn named(&self, mut e: Error) -> Error {
        if let Some(p) = &self.path
            && e.message.starts_with("the vault ")
            && !e.message.starts_with(&format!("the vault {p}"))
        {
            e.message = e.message.replacen("the vault", &format!("the vault {p}"), 1);
        }
        e
    }

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
        // A catalog line is well over one byte: a count beyond the catalog's length is
        // crafted, and nothing may size an allocation from it.
        let catalog_len = header.records - header.catalog;
        if meta.secret_count > catalog_len || (meta.secret_count == 0) != (catalog_len == 0) {
            return Err(corrupt(format!(
                "the meta counts {} secrets but the catalog is {catalog_len} bytes",
                meta.secret_count
            )));
        }
        Ok(Reader { inner, header, meta, path: None })
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

    /// Find one secret's catalog entry by name. Only its catalog block is read.
    pub fn locate(&mut self, name: &str) -> Result<Option<Located>, Error> {
        let result = self.locate_raw(name);
        result.map_err(|e| self.named(e))
    }

    fn locate_raw(&mut self, name: &str) -> Result<Option<Located>, Error> {
        let Some((start, end, first_record)) = self.block_for(name) else { return Ok(None) };
        let mut found = None;
        self.walk(start..end, first_record, |line| {
            // The line after a match is checked too (by the walk), so a duplicate is caught.
            if found.is_some() {
                return Ok(ControlFlow::Break(()));
            }
            match line.name.as_ref().cmp(name) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => {
                    found = Some(Located { entry: catalog_entry(line.text)?, record_offset: line.record_offset })
                }
                std::cmp::Ordering::Greater => return Ok(ControlFlow::Break(())),
            }
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(found)
    }

    /// Every catalog entry whose name starts with the string `prefix`, in order (shell
    /// completion, `list --filter name=`); a `--prefix` is a [`Reader::scan_subtree`].
    pub fn scan(&mut self, prefix: &str) -> Result<Vec<Located>, Error> {
        let result = self.scan_raw(prefix);
        result.map_err(|e| self.named(e))
    }

    fn scan_raw(&mut self, prefix: &str) -> Result<Vec<Located>, Error> {
        let (start, first_record) = match self.block_for(prefix) {
            Some((start, _, rec)) => (start, rec),
            None => (self.header.catalog, self.header.records),
        };
        let mut out = Vec::new();
        let records = self.header.records;
        self.walk(start..records, first_record, |line| {
            if line.name.starts_with(prefix) {
                out.push(Located { entry: catalog_entry(line.text)?, record_offset: line.record_offset });
            } else if line.name.as_ref() > prefix {
                return Ok(ControlFlow::Break(()));
            }
            Ok(ControlFlow::Continue(()))
        })?;
        // A whole-catalog scan sees every line: the meta's count must be exact.
        if prefix.is_empty() && out.len() as u64 != self.meta.secret_count {
            return Err(corrupt(format!(
                "the meta counts {} secrets but the catalog has {}",
                self.meta.secret_count,
                out.len()
            )));
        }
        Ok(out)
    }

    /// Every catalog entry in the subtree `prefix` selects (see [`Subtree`]), in order: the
    /// root by lookup, then the one run of names below it. Commands that select by
    /// `--prefix` use this; [`Reader::scan`] is the plain string prefix.
    pub fn scan_subtree(&mut self, prefix: &str) -> Result<Vec<Located>, Error> {
        let result = self.scan_subtree_raw(prefix);
        result.map_err(|e| self.named(e))
    }

    fn scan_subtree_raw(&mut self, prefix: &str) -> Result<Vec<Located>, Error> {
        let tree = Subtree::new(prefix);
        if tree.is_whole_vault() {
            return self.scan("");
        }
        let mut out: Vec<Located> = self.locate(tree.root())?.into_iter().collect();
        out.extend(self.scan(&tree.below())?);
        Ok(out)
    }

    /// The names in the subtree `prefix` selects, in order, without parsing whole catalog
    /// lines (`list --names`, `list --tree`): a line is parsed only when it may record a
    /// deletion, to leave scheduled secrets out unless `include_deleted`.
    pub fn names_in_subtree(&mut self, prefix: &str, include_deleted: bool) -> Result<Vec<String>, Error> {
        let result = self.names_in_subtree_raw(prefix, include_deleted);
        result.map_err(|e| self.named(e))
    }

    fn names_in_subtree_raw(&mut self, prefix: &str, include_deleted: bool) -> Result<Vec<String>, Error> {
        let mut out = Vec::new();
        self.subtree_lines_raw(prefix, |line| {
            // `"deleted":` outside a string is a key: the entry's deletion date, or a tag
            // of that name (then the parse tells).
            if include_deleted
                || memchr::memmem::find(line.text, b"\"deleted\":").is_none()
                || catalog_entry(line.text)?.deleted.is_none()
            {
                out.push(line.name.into_owned());
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Every catalog line in the subtree `prefix` selects, in order, checked as a walk
    /// checks them but not parsed: for a listing that reads only some fields of each.
    pub fn subtree_lines(
        &mut self,
        prefix: &str,
        visit: impl FnMut(Line<'_>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let result = self.subtree_lines_raw(prefix, visit);
        result.map_err(|e| self.named(e))
    }

    fn subtree_lines_raw(
        &mut self,
        prefix: &str,
        mut visit: impl FnMut(Line<'_>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let tree = Subtree::new(prefix);
        let (root, below) =
            if tree.is_whole_vault() { (None, String::new()) } else { (Some(tree.root()), tree.below()) };
        if let Some(root) = root
            && let Some((start, end, first_record)) = self.block_for(root)
        {
            self.walk(start..end, first_record, |line| {
                match line.name.as_ref().cmp(root) {
                    std::cmp::Ordering::Less => return Ok(ControlFlow::Continue(())),
                    std::cmp::Ordering::Equal => visit(line)?,
                    std::cmp::Ordering::Greater => {}
                }
                Ok(ControlFlow::Break(()))
            })?;
        }
        let (start, first_record) = match self.block_for(&below) {
            Some((start, _, rec)) => (start, rec),
            None => (self.header.catalog, self.header.records),
        };
        let records = self.header.records;
        let mut count = 0u64;
        self.walk(start..records, first_record, |line| {
            if line.name.starts_with(below.as_str()) {
                count += 1;
                visit(line)?;
            } else if line.name.as_ref() > below.as_str() {
                return Ok(ControlFlow::Break(()));
            }
            Ok(ControlFlow::Continue(()))
        })?;
        if below.is_empty() && count != self.meta.secret_count {
            return Err(corrupt(format!(
                "the meta counts {} secrets but the catalog has {count}",
                self.meta.secret_count
            )));
        }
        Ok(())
    }

    /// Walk the catalog lines in `range` (plaintext offsets from a line start; that line's
    /// record is at `first_record`) until `visit` breaks, reading a chunk at a time so a
    /// narrow walk reads little of a large catalog.
    fn walk<B>(
        &mut self,
        range: std::ops::Range<u64>,
        first_record: u64,
        mut visit: impl FnMut(Line<'_>) -> Result<ControlFlow<B>, Error>,
    ) -> Result<Option<B>, Error> {
        let mut walk = CatalogWalk::new(first_record);
        // One buffer for the whole walk, filled by sequential reads after one seek: no
        // allocation, zeroing or copy per piece; the cut line at a piece's end moves to the front.
        let mut buf: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::new());
        let (mut pos, mut kept) = (range.start, 0usize);
        if pos < range.end {
            self.inner.seek(SeekFrom::Start(pos)).map_err(stream_error)?;
        }
        while pos < range.end {
            let take = (range.end - pos).min(4 * FENCE_BYTES as u64) as usize;
            let need = kept + take;
            if buf.len() < need {
                let mut bigger = Zeroizing::new(vec![0u8; need]);
                bigger[..kept].copy_from_slice(&buf[..kept]);
                buf = bigger;
            }
            if read_full(&mut self.inner, &mut buf[kept..need])? != take {
                return Err(corrupt("it ends before its last section"));
            }
            pos += take as u64;
            let complete = memchr::memrchr(b'\n', &buf[..need]).map_or(0, |i| i + 1);
            if let Some(b) = walk.walk(&buf[..complete], &mut visit)? {
                return Ok(Some(b));
            }
            buf.copy_within(complete..need, 0);
            kept = need - complete;
            if kept as u64 > MAX_LINE {
                return Err(corrupt(format!("a catalog line is over the {MAX_LINE}-byte limit")));
            }
        }
        if kept > 0 {
            return Err(corrupt("the last catalog line has no end"));
        }
        Ok(None)
    }

    pub fn read_record(&mut self, at: &Located) -> Result<Secret, Error> {
        let result = self.read_record_raw(at);
        result.map_err(|e| self.named(e))
    }

    fn read_record_raw(&mut self, at: &Located) -> Result<Secret, Error> {
        let bytes = self.record_at(at)?;
        parse_record(&bytes, &at.entry.name)
    }

    /// One secret's record as it is stored, by name (a merge compares copies by these
    /// bytes): its catalog block and the record's chunk are read, nothing else.
    pub fn record_bytes(&mut self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, Error> {
        let result = match self.locate_raw(name) {
            Ok(Some(at)) => self.record_at(&at).map(Some),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        };
        result.map_err(|e| self.named(e))
    }

    fn record_at(&mut self, at: &Located) -> Result<Zeroizing<Vec<u8>>, Error> {
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
        Ok(Zeroizing::new(read_at(&mut self.inner, at.record_offset, len as usize)?))
    }

    /// One secret by name. The fence's block is found as for [`Reader::locate`], but its
    /// *records* are walked rather than its catalog lines: a record line starts with its
    /// name, so the chunks read are only the ones that hold the record and those before it
    /// in its block — usually one — not a catalog block and then the record.
    pub fn read_secret(&mut self, name: &str) -> Result<Option<Secret>, Error> {
        let result = self.read_secret_raw(name);
        result.map_err(|e| self.named(e))
    }

    fn read_secret_raw(&mut self, name: &str) -> Result<Option<Secret>, Error> {
        let fences = &self.meta.fences;
        let Some(i) = fences.partition_point(|f| f.0.as_str() <= name).checked_sub(1) else { return Ok(None) };
        let start = self.header.records + fences[i].2;
        let end = fences.get(i + 1).map_or(self.header.end, |f| self.header.records + f.2);
        let mut walk = RecordWalk {
            buf: Zeroizing::new(Vec::with_capacity(((end - start) as usize).min(2 * CHUNK as usize))),
            line_start: 0,
            pos: start,
            end,
        };
        let mut previous = String::new();
        loop {
            let Some(k) = walk.next_line(&mut self.inner)? else { return Ok(None) };
            let line = &walk.buf[walk.line_start..walk.line_start + k];
            let Some(line_name) = record_key(line) else {
                // Not the layout sealbox writes: the catalog tells.
                return match self.locate_raw(name)? {
                    Some(at) => self.read_record_raw(&at).map(Some),
                    None => Ok(None),
                };
            };
            check_record_name(&previous, line_name)?;
            match line_name.cmp(name) {
                std::cmp::Ordering::Less => {
                    previous.clear();
                    previous.push_str(line_name);
                    walk.line_start += k + 1;
                }
                std::cmp::Ordering::Equal => {
                    let secret = parse_record(line, name)?;
                    // The record after it is checked too, so a duplicate is caught.
                    walk.line_start += k + 1;
                    if let Some(next) = walk.next_prefix(&mut self.inner)? {
                        match record_key(next) {
                            Some(next_name) => check_record_name(name, next_name)?,
                            None => {
                                // A name too long to end within the prefix, or no name at all.
                                let shown = next.strip_prefix(b"{\"name\":\"").unwrap_or(next);
                                let shown = String::from_utf8_lossy(&shown[..shown.len().min(RECORD_PREFIX)]);
                                let shown = shown.split(['"', '\n']).next().unwrap_or_default();
                                return Err(corrupt(format!(
                                    "a record names an invalid secret {}",
                                    names::printable(shown)
                                )));
                            }
                        }
                    }
                    return Ok(Some(secret));
                }
                std::cmp::Ordering::Greater => return Ok(None),
            }
        }
    }
}

/// Record names are valid and strictly increase: a repeat is a duplicate secret.
fn check_record_name(previous: &str, name: &str) -> Result<(), Error> {
    if names::validate_name(name).is_err() {
        return Err(corrupt(format!("a record names an invalid secret {}", names::printable(name))));
    }
    match previous.cmp(name) {
        _ if previous.is_empty() => Ok(()),
        std::cmp::Ordering::Equal => Err(corrupt(format!("the name {name} appears twice"))),
        std::cmp::Ordering::Greater => Err(corrupt(format!("the records are out of order at {name}"))),
        std::cmp::Ordering::Less => Ok(()),
    }
}

/// The records of one fence's block, read a chunk at a time into one wiped buffer.
struct RecordWalk {
    buf: Zeroizing<Vec<u8>>,
    /// Where the next line starts in `buf`.
    line_start: usize,
    /// The plaintext offset of the end of `buf`, and of the block.
    pos: u64,
    end: u64,
}

/// The longest record prefix a check needs: `{"name":"`, a name of at most 512 bytes, `",`.
const RECORD_PREFIX: usize = 9 + names::MAX_NAME_LEN + 2;

impl RecordWalk {
    /// The length of the next whole line (without its newline), or None at the block's end.
    fn next_line<R: Read + Seek>(&mut self, inner: &mut R) -> Result<Option<usize>, Error> {
        loop {
            if let Some(k) = memchr::memchr(b'\n', &self.buf[self.line_start..]) {
                return Ok(Some(k));
            }
            if self.pos >= self.end {
                if self.line_start < self.buf.len() {
                    return Err(corrupt("the last record has no end"));
                }
                return Ok(None);
            }
            if self.buf.len() - self.line_start > MAX_LINE as usize {
                return Err(corrupt(format!("a record is over the {MAX_LINE}-byte limit")));
            }
            self.read_chunk(inner)?;
        }
    }

    /// The first bytes of the next line (enough to hold its name), or None at the block's end.
    fn next_prefix<R: Read + Seek>(&mut self, inner: &mut R) -> Result<Option<&[u8]>, Error> {
        while self.buf.len() - self.line_start < RECORD_PREFIX
            && memchr::memchr(b'\n', &self.buf[self.line_start..]).is_none()
            && self.pos < self.end
        {
            self.read_chunk(inner)?;
        }
        let rest = &self.buf[self.line_start..];
        Ok((!rest.is_empty()).then_some(rest))
    }

    /// Append the rest of the plaintext chunk `pos` is in: each read decrypts one chunk.
    fn read_chunk<R: Read + Seek>(&mut self, inner: &mut R) -> Result<(), Error> {
        let take = (self.end - self.pos).min(CHUNK - self.pos % CHUNK);
        let more = Zeroizing::new(read_at(inner, self.pos, take as usize)?);
        self.pos += take;
        let kept = self.buf.len() - self.line_start;
        if self.buf.capacity() < kept + more.len() {
            // Grown by hand so that no copy of a record is freed unwiped.
            let mut bigger = Zeroizing::new(Vec::with_capacity((kept + more.len()).max(2 * self.buf.capacity())));
            bigger.extend_from_slice(&self.buf[self.line_start..]);
            self.buf = bigger;
        } else {
            self.buf.copy_within(self.line_start.., 0);
            self.buf.truncate(kept);
        }
        self.line_start = 0;
        self.buf.extend_from_slice(&more);
        Ok(())
    }
}

/// age's plaintext chunk size: a read within one chunk decrypts it once.
const CHUNK: u64 = 64 * 1024;

/// The name a record line starts with (`{"name":"…",`), without a JSON parser (names never
/// need escaping); None for any other layout.
fn record_key(line: &[u8]) -> Option<&str> {
    let rest = line.strip_prefix(b"{\"name\":\"")?;
    let quote = rest.iter().position(|&b| b == b'"')?;
    let name = std::str::from_utf8(&rest[..quote]).ok()?;
    (!name.contains('\\') && rest.get(quote + 1) == Some(&b',')).then_some(name)
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
