//! The audit log's writer: appends under `<log>.lock`, the tail record `<log>.tail`, and
//! `audit rotate`. What a line says and how it is checked is `chain`'s business.
//!
//! The end of the chain is kept in two places so a cut tail is caught: the vault (one
//! position per log id, updated at every vault write) and `<log>.tail` (updated at every
//! append, authenticated with the vault's audit key, one entry per vault id) for the lines
//! of reads, which don't write the vault.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Event;
use super::chain::{self, Actor, LAST_ACCESSED, LOG_ROTATED, Link, VaultKey, mac_hex};
use crate::error::Error;

/// The end of a log after an append: what the vault records as its position in this log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub log_id: String,
    pub seq: u64,
    pub mac: String,
}

/// `<log>.lock`: taken exclusively around every append.
pub fn lock_path(log: &Path) -> PathBuf {
    sibling(log, ".lock")
}

/// `<log>.tail`: the last line of each vault, authenticated, so a cut tail is caught.
pub fn tail_path(log: &Path) -> PathBuf {
    sibling(log, ".tail")
}

pub(crate) fn sibling(log: &Path, suffix: &str) -> PathBuf {
    let mut name = log.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    log.with_file_name(name)
}

pub fn actor() -> Actor {
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

pub(crate) fn unwritable(path: &Path, e: Error) -> Error {
    let hint = e.hint.clone();
    let mut err = Error::other(format!("can't write the audit log {}: {}", path.display(), e.message));
    err.hint = Some(match hint {
        Some(h) => format!("{h}; sealbox refuses to act unaudited (the log is set by [audit] path in the config)"),
        None => "sealbox refuses to act unaudited: fix the log's path or permissions ([audit] path in the config)"
            .to_string(),
    });
    err
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| unwritable(path, crate::fs::io_error("I/O error".into(), e))
}

/// The log's lock. Appends take milliseconds: wait at least 10 s whatever --lock-timeout says.
fn lock_log(path: &Path, timeout: Duration) -> Result<crate::fs::FileLock, Error> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && dir.exists()
        && !dir.is_dir()
    {
        return Err(unwritable(path, Error::other(format!("{} is not a directory", dir.display()))));
    }
    crate::fs::lock(&lock_path(path), timeout.max(Duration::from_secs(10))).map_err(|e| match e {
        crate::fs::LockError::Busy { .. } => {
            Error::busy(format!("the audit log {} is busy: its lock is held", path.display()))
                .with_hint("try again; another sealbox is writing the log")
        }
        crate::fs::LockError::Failed(e) => unwritable(path, e),
    })
}

/// Append `events`, MACed with `key` (None: an unkeyed failure line). `new_log_id` names a
/// log that has no lines yet. Lines about changes are made durable before the change is;
/// lines about reads are left to the page cache (an fsync per `get` would cost more than
/// the read itself).
pub fn append(
    path: &Path,
    key: Option<&VaultKey>,
    events: &[&Event],
    now: Timestamp,
    timeout: Duration,
    new_log_id: &dyn Fn() -> String,
) -> Result<Position, Error> {
    let _lock = lock_log(path, timeout)?;
    let mut file = crate::fs::open_append(path).map_err(|e| unwritable(path, e))?;
    let tail = read_tail(&mut file, true).map_err(io(path))?;
    let log_id = tail.log_id.clone().unwrap_or_else(new_log_id);
    let actor = actor();
    let mut seq = tail.seq;
    let mut prev = tail.mac;
    let mut text = String::new();
    let line_mac = chain::LineMac::new(key.map(|k| k.current()));
    let vault_id = key.map(|k| k.vault_id.as_str());
    for e in events {
        seq += 1;
        let link = Link { seq, log_id: &log_id, prev: prev.as_deref() };
        let (line, mac) = chain::build_line_with(now, &link, e, &actor, vault_id, &line_mac)?;
        text.push_str(&line);
        text.push('\n');
        prev = Some(mac);
    }
    file.write_all(text.as_bytes()).map_err(io(path))?;
    if events.iter().any(|e| !super::is_read(&e.operation)) {
        file.sync_data().map_err(io(path))?;
    }
    let mac = prev.unwrap_or_default();
    if let Some(k) = key {
        write_tail_record(path, k, seq, &mac)?;
    }
    Ok(Position { log_id, seq, mac })
}

/// The log's end under its lock, without changing anything. A missing or empty log has none.
pub fn position(path: &Path, timeout: Duration) -> Result<Option<Position>, Error> {
    if !path.exists() {
        return Ok(None);
    }
    let _lock = lock_log(path, timeout)?;
    let mut file = File::open(path).map_err(io(path))?;
    let t = read_tail(&mut file, false).map_err(io(path))?;
    Ok(match (t.log_id, t.mac) {
        (Some(log_id), Some(mac)) if t.seq > 0 => Some(Position { log_id, seq: t.seq, mac }),
        _ => None,
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Tail {
    seq: u64,
    mac: Option<String>,
    log_id: Option<String>,
}

/// The last complete line's seq, mac and log id. With `repair`, a cut last line (a crash
/// in the middle of a write: it was never a record) is removed so the next line starts clean.
fn read_tail(file: &mut File, repair: bool) -> std::io::Result<Tail> {
    let len = file.metadata()?.len();
    let end = end_of_last_newline(file, len)?;
    if end < len && repair {
        file.set_len(end)?;
    }
    if end == 0 {
        return Ok(Tail { seq: 0, mac: None, log_id: None });
    }
    let start = end_of_last_newline(file, end - 1)?;
    let mut last = vec![0u8; (end - 1 - start) as usize];
    file.seek(SeekFrom::Start(start))?;
    file.read_exact(&mut last)?;
    match serde_json::from_slice::<Value>(&last) {
        Ok(v) => Ok(Tail {
            seq: v.get("seq").and_then(Value::as_u64).unwrap_or(0),
            mac: v.get("mac").and_then(Value::as_str).map(str::to_string),
            log_id: v.get("log").and_then(Value::as_str).map(str::to_string),
        }),
        // A damaged last line: chain to its bytes; `audit verify` reports it.
        Err(_) => Ok(Tail { seq: 0, mac: Some(mac_hex(None, &last)), log_id: None }),
    }
}

/// The offset just after the last `\n` before `upto`, or 0 if there is none.
fn end_of_last_newline(file: &mut File, upto: u64) -> std::io::Result<u64> {
    let mut pos = upto;
    // A line is a few hundred bytes: a small buffer first, a larger one for a long line.
    let mut chunk = vec![0u8; 1024];
    while pos > 0 {
        let take = pos.min(chunk.len() as u64);
        pos -= take;
        let buf = &mut chunk[..take as usize];
        file.seek(SeekFrom::Start(pos))?;
        file.read_exact(buf)?;
        if let Some(i) = buf.iter().rposition(|&b| b == b'\n') {
            return Ok(pos + i as u64 + 1);
        }
        if chunk.len() < 64 * 1024 {
            chunk = vec![0u8; 64 * 1024];
        }
    }
    Ok(0)
}

/// One vault's entry in `<log>.tail`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct TailEntry {
    pub seq: u64,
    pub mac: String,
    tag: String,
}

fn tail_tag(key: &VaultKey, seq: u64, mac: &str) -> String {
    mac_hex(Some(key.current()), format!("sealbox-audit-tail\n{}\n{seq}\n{mac}", key.vault_id).as_bytes())
}

/// `<log>.tail` is two slots of equal size, each a line `{"n":…,"vaults":{…},"sum":…}` and
/// whatever fills the slot after it (spaces, or the end of a longer line written before). A write overwrites, in place, the slot that does not
/// hold the newest record — no rename, no temp file, no directory entry touched on a `get` —
/// so a write cut by a crash leaves the other slot whole; `sum` (SHA-256 of `vaults`) tells a
/// torn slot. The first format (one JSON map, replaced whole) is still read.
const TAIL_SLOT: usize = 4096;

#[derive(Serialize, Deserialize)]
struct TailSlot {
    n: u64,
    vaults: BTreeMap<String, TailEntry>,
    sum: String,
}

fn slot_sum(vaults: &BTreeMap<String, TailEntry>) -> String {
    use sha2::Digest;
    let bytes = serde_json::to_vec(vaults).unwrap_or_default();
    chain::hex(&sha2::Sha256::digest(&bytes))
}

/// What a `.tail` file holds: the newest whole record, its number, and the slot size (None
/// for the first format, which is rewritten whole).
struct TailFile {
    n: u64,
    vaults: BTreeMap<String, TailEntry>,
    slot: Option<usize>,
}

fn parse_tail_file(bytes: &[u8]) -> Option<TailFile> {
    if !bytes.starts_with(b"{\"n\":") {
        let vaults = serde_json::from_slice::<BTreeMap<String, TailEntry>>(bytes).ok()?;
        return Some(TailFile { n: 0, vaults, slot: None });
    }
    let slot = bytes.len() / 2;
    if slot < 2 || bytes.len() != 2 * slot {
        return None;
    }
    let parse = |line: &[u8]| {
        let end = line.iter().position(|&b| b == b'\n')?;
        serde_json::from_slice::<TailSlot>(&line[..end]).ok()
    };
    let mut slots: Vec<TailSlot> = bytes.chunks(slot).filter_map(parse).collect();
    // The newest slot that is whole; a torn one (its sum fails) leaves the other.
    slots.sort_by_key(|t| std::cmp::Reverse(t.n));
    slots.into_iter().find(|t| t.sum == slot_sum(&t.vaults)).map(|t| TailFile {
        n: t.n,
        vaults: t.vaults,
        slot: Some(slot),
    })
}

fn read_tail_records(log: &Path) -> Option<BTreeMap<String, TailEntry>> {
    let text = crate::fs::read_capped(&tail_path(log), crate::fs::MAX_STATE_BYTES, "the audit tail record").ok()?;
    parse_tail_file(&text).map(|t| t.vaults)
}

/// What `<log>.tail` says of one vault.
pub enum TailRecord {
    /// No entry for the vault (or no tail file).
    Missing,
    /// An entry made with the vault's key.
    Valid(TailEntry),
    /// An entry that was not made with the vault's key.
    Forged,
}

pub fn tail_record(log: &Path, key: &VaultKey) -> TailRecord {
    match read_tail_records(log).and_then(|r| r.get(&key.vault_id).cloned()) {
        Some(t) if tail_tag(key, t.seq, &t.mac) == t.tag => TailRecord::Valid(t),
        Some(_) => TailRecord::Forged,
        None => TailRecord::Missing,
    }
}

/// Record `seq`/`mac` as `key`'s vault's end in `<log>.tail` (under the log lock), never
/// through a link: in place in the slot not holding the newest record, or — for a new file,
/// the first format, or a record outgrowing its slots — a whole new file, atomically.
fn write_tail_record(log: &Path, key: &VaultKey, seq: u64, mac: &str) -> Result<(), Error> {
    use std::os::unix::fs::FileExt;
    let path = tail_path(log);
    let mut file = crate::fs::open_in_place(&path).map_err(|e| unwritable(log, e))?;
    let current = match file.as_mut() {
        Some(f) => {
            let mut bytes = Vec::new();
            (&mut *f).take(crate::fs::MAX_STATE_BYTES).read_to_end(&mut bytes).map_err(io(log))?;
            parse_tail_file(&bytes)
        }
        None => None,
    };
    let (n, mut vaults, slot) = match current {
        Some(t) => (t.n + 1, t.vaults, t.slot),
        None => (1, BTreeMap::new(), None),
    };
    vaults.insert(key.vault_id.clone(), TailEntry { seq, mac: mac.to_string(), tag: tail_tag(key, seq, mac) });
    let sum = slot_sum(&vaults);
    let mut line = serde_json::to_vec(&TailSlot { n, vaults, sum }).map_err(|e| Error::other(e.to_string()))?;
    line.push(b'\n');
    // In place: only the line (what follows its newline in the slot is never read).
    if let (Some(f), Some(size)) = (&file, slot)
        && line.len() <= size
    {
        let at = (n % 2) * size as u64;
        let failed = |e| unwritable(log, crate::fs::io_error(format!("can't write {}", path.display()), e));
        return f.write_all_at(&line, at).map_err(failed);
    }
    drop(file);
    let size = line.len().next_power_of_two().max(TAIL_SLOT);
    line.resize(size, b' ');
    let whole = [line.as_slice(), line.as_slice()].concat();
    crate::fs::replace_quick(&path, &whole).map_err(|e| unwritable(log, e))
}

/// `audit rotate`: move the log aside and start a new file whose first line continues the
/// chain (`prev` = the old file's last MAC, same log id). Returns the archive's path.
pub fn rotate(
    path: &Path,
    key: &VaultKey,
    if_larger_than: Option<u64>,
    now: Timestamp,
    timeout: Duration,
    new_log_id: &dyn Fn() -> String,
) -> Result<Option<PathBuf>, Error> {
    let _lock = lock_log(path, timeout)?;
    let size = std::fs::symlink_metadata(path).map(|m| m.len()).unwrap_or(0);
    if size == 0 || if_larger_than.is_some_and(|max| size <= max) {
        return Ok(None);
    }
    let mut old = crate::fs::open_append(path).map_err(|e| unwritable(path, e))?;
    let tail = read_tail(&mut old, true).map_err(io(path))?;
    drop(old);
    // The last read of every version, carried into the new file (see `LAST_ACCESSED`): a
    // query then reads only the current file however many archives there are, and the dates
    // survive archives that are compressed, shipped elsewhere or deleted.
    let carried = super::query::last_reads(path, &key.vault_id)?;
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut archive = sibling(path, &format!(".{stamp}"));
    let mut n = 1;
    while archive.exists() {
        n += 1;
        archive = sibling(path, &format!(".{stamp}-{n}"));
    }
    std::fs::rename(path, &archive).map_err(io(path))?;
    let file_name = archive.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let event = Event::ok(LOG_ROTATED, None, None).with_detail(file_name);
    let log_id = tail.log_id.clone().unwrap_or_else(new_log_id);
    let link = Link { seq: tail.seq + 1, log_id: &log_id, prev: tail.mac.as_deref() };
    let actor = actor();
    let (line, mut mac) = chain::build_line(now, &link, &event, &actor, Some(key))?;
    let mut text = format!("{line}\n");
    let mut seq = tail.seq + 1;
    for ((name, version_id), time) in &carried {
        seq += 1;
        let event = Event::ok(LAST_ACCESSED, Some(name), Some(version_id)).with_detail(time.to_string());
        let link = Link { seq, log_id: &log_id, prev: Some(&mac) };
        let (line, next) = chain::build_line(now, &link, &event, &actor, Some(key))?;
        text.push_str(&line);
        text.push('\n');
        mac = next;
    }
    let mut f = crate::fs::create_new(path).map_err(io(path))?;
    f.write_all(text.as_bytes()).map_err(io(path))?;
    f.sync_data().map_err(io(path))?;
    write_tail_record(path, key, seq, &mac)?;
    Ok(Some(archive))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;

    #[test]
    fn the_tail_is_the_last_complete_line_and_a_cut_line_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let actor = Actor { uid: None, user: None, pid: 1, parent: None };
        let long = Event::ok("GetSecretValue", Some(&"n".repeat(500)), None).with_detail("d".repeat(9000));
        let (l1, m1) = chain::build_line(
            Timestamp::UNIX_EPOCH,
            &Link { seq: 1, log_id: "L", prev: None },
            &long,
            &actor,
            Some(&key),
        )
        .unwrap();
        let link = Link { seq: 2, log_id: "L", prev: Some(&m1) };
        let (l2, m2) = chain::build_line(Timestamp::UNIX_EPOCH, &link, &long, &actor, Some(&key)).unwrap();
        let complete = format!("{l1}\n{l2}\n");
        std::fs::write(&path, format!("{complete}{}", "x".repeat(20000))).unwrap();
        let mut f = OpenOptions::new().read(true).write(true).open(&path).unwrap();
        let want = Tail { seq: 2, mac: Some(m2), log_id: Some("L".into()) };
        assert_eq!(read_tail(&mut f, false).unwrap(), want);
        assert_eq!(std::fs::metadata(&path).unwrap().len(), complete.len() as u64 + 20000);
        assert_eq!(read_tail(&mut f, true).unwrap(), want);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), complete);
        std::fs::write(&path, "no newline at all").unwrap();
        let mut f = OpenOptions::new().read(true).write(true).open(&path).unwrap();
        assert_eq!(read_tail(&mut f, true).unwrap(), Tail { seq: 0, mac: None, log_id: None });
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }

    fn entry(key: &VaultKey, seq: u64) -> TailEntry {
        TailEntry { seq, mac: format!("{seq:064x}"), tag: tail_tag(key, seq, &format!("{seq:064x}")) }
    }

    /// Two slots, written in turn in place; a torn slot (a crash in the middle of its
    /// write) leaves the other, one write older, as the record; the first format is read
    /// and replaced by slots at the next write.
    #[test]
    fn the_tail_record_alternates_between_two_slots_and_survives_a_torn_write() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("log");
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let old: BTreeMap<String, TailEntry> = [("v1".to_string(), entry(&key, 3))].into();
        std::fs::write(tail_path(&log), serde_json::to_vec(&old).unwrap()).unwrap();
        assert_eq!(read_tail_records(&log).unwrap()["v1"].seq, 3);
        let seq_of = |log: &Path| read_tail_records(log).unwrap()["v1"].seq;
        for seq in 4..=7 {
            write_tail_record(&log, &key, seq, &format!("{seq:064x}")).unwrap();
            assert_eq!(seq_of(&log), seq);
            assert_eq!(std::fs::metadata(tail_path(&log)).unwrap().len(), 2 * TAIL_SLOT as u64);
            assert!(matches!(tail_record(&log, &key), TailRecord::Valid(t) if t.seq == seq));
        }
        let ino = |log: &Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(tail_path(log)).unwrap());
        let before = ino(&log);
        write_tail_record(&log, &key, 8, &format!("{:064x}", 8)).unwrap();
        assert_eq!(ino(&log), before, "written in place, not replaced");
        // A torn newest slot (seq 8) that still parses: its sum tells, the other slot stands.
        let mut bytes = std::fs::read(tail_path(&log)).unwrap();
        let at = bytes.windows(7).position(|w| w == b"\"seq\":8").unwrap();
        bytes[at + 6] = b'9';
        std::fs::write(tail_path(&log), &bytes).unwrap();
        assert_eq!(seq_of(&log), 7);
        // One that doesn't parse at all, likewise.
        bytes[at..at + 7].copy_from_slice(b"\"seq\":[");
        std::fs::write(tail_path(&log), &bytes).unwrap();
        assert_eq!(seq_of(&log), 7);
        write_tail_record(&log, &key, 9, &format!("{:064x}", 9)).unwrap();
        assert_eq!(seq_of(&log), 9);
        // A second vault in the same log keeps its own entry.
        let other = VaultKey::for_test("v2", &[&[8u8; 32]]);
        write_tail_record(&log, &other, 1, &format!("{:064x}", 1)).unwrap();
        assert_eq!(seq_of(&log), 9);
        assert_eq!(read_tail_records(&log).unwrap()["v2"].seq, 1);
    }

    /// Many vaults outgrow a slot: the file is rewritten whole with larger slots.
    #[test]
    fn a_tail_record_outgrowing_its_slot_is_rewritten_with_larger_slots() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("log");
        for i in 0..40 {
            let key = VaultKey::for_test(&format!("vault-{i:02}"), &[&[i as u8; 32]]);
            write_tail_record(&log, &key, i + 1, &format!("{:064x}", i + 1)).unwrap();
        }
        let records = read_tail_records(&log).unwrap();
        assert_eq!(records.len(), 40);
        assert_eq!(records["vault-39"].seq, 40);
        let len = std::fs::metadata(tail_path(&log)).unwrap().len() as usize;
        assert!(len > 2 * TAIL_SLOT && (len / 2).is_power_of_two(), "{len}");
    }
}
