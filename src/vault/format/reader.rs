//! [`Reader`]: seeking reads over a decrypting stream, so a lookup decrypts only the chunks
//! of the catalog block and the record it needs.

use std::io::{Read, Seek, SeekFrom};
use std::ops::ControlFlow;

use zeroize::Zeroizing;

use super::catalog::{CatalogEntry, CatalogWalk, Line, catalog_entry, parse_record};
use super::{FENCE_BYTES, Fence, HEADER_LEN, Header, MAX_LINE, Meta, corrupt, parse_meta};
use crate::error::Error;
use crate::vault::model::Secret;
use crate::vault::names::Subtree;

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
        let mut pos = range.start;
        let mut carry: Vec<u8> = Vec::new();
        while pos < range.end {
            let take = (range.end - pos).min(4 * FENCE_BYTES as u64);
            let mut chunk = read_at(&mut self.inner, pos, take as usize)?;
            pos += take;
            if !carry.is_empty() {
                carry.append(&mut chunk);
                chunk = std::mem::take(&mut carry);
            }
            let complete = chunk.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            carry = chunk[complete..].to_vec();
            if let Some(b) = walk.walk(&chunk[..complete], &mut visit)? {
                return Ok(Some(b));
            }
        }
        if !carry.is_empty() {
            return Err(corrupt("the last catalog line has no end"));
        }
        Ok(None)
    }

    pub fn read_record(&mut self, at: &Located) -> Result<Secret, Error> {
        let result = self.read_record_raw(at);
        result.map_err(|e| self.named(e))
    }

    fn read_record_raw(&mut self, at: &Located) -> Result<Secret, Error> {
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
