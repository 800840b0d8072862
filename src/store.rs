//! The vault on disk: reads (seeking, no lock) and writes (lock, decrypt, change, encrypt to
//! a temp file in the same directory, fsync, rename, fsync the directory). Owns file modes.

use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use crate::crypto::{self, DecryptingReader, Identities};
use crate::error::Error;
use crate::vault::{Document, Reader};

/// A vault opened for reading: header and meta are loaded, records are read on demand.
pub type VaultReader = Reader<DecryptingReader<BufReader<File>>>;

const TEMP_MARK: &str = ".tmp-";

/// Create a directory (and parents) with mode 0700 where sealbox creates it.
pub fn ensure_private_dir(dir: &Path) -> Result<(), Error> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| io_error(format!("can't create the directory {}", dir.display()), e))
}

pub fn io_error(what: String, e: std::io::Error) -> Error {
    let hint = match e.raw_os_error() {
        Some(libc::ENOSPC) | Some(libc::EDQUOT) => Some("free some disk space and run the command again"),
        Some(libc::EFBIG) => Some("the file size limit (ulimit -f) is too low for the vault"),
        Some(libc::EROFS) => Some("the file system is read-only"),
        Some(libc::EACCES) | Some(libc::EPERM) => Some("check the permissions of the file and its directory"),
        _ => None,
    };
    let err = Error::other(format!("{what}: {e}"));
    match hint {
        Some(h) => err.with_hint(h),
        None => err,
    }
}

/// Create `path` with mode 0600 and write `bytes`, atomically: temp file, fsync, rename,
/// fsync the directory. With `overwrite == false` an existing file is an error.
pub fn write_file_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), Error> {
    if !overwrite && path.exists() {
        return Err(Error::exists(format!("{} already exists", path.display())));
    }
    let dir = parent_dir(path);
    ensure_private_dir(&dir)?;
    let (tmp_path, mut tmp) = create_temp(path)?;
    let result = tmp
        .write_all(bytes)
        .and_then(|()| tmp.sync_all())
        .map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e))
        .and_then(|()| commit(&tmp_path, path, overwrite));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp_path);
    }
    result
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn temp_prefix(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!(".{name}{TEMP_MARK}")
}

/// A new temp file beside `path`, mode 0600 from the start (never chmod after).
fn create_temp(path: &Path) -> Result<(PathBuf, File), Error> {
    let dir = parent_dir(path);
    let mut random = [0u8; 6];
    getrandom::fill(&mut random).map_err(|e| Error::other(format!("no randomness: {e}")))?;
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let tmp_path = dir.join(format!("{}{}-{suffix}", temp_prefix(path), std::process::id()));
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp_path)
        .map_err(|e| io_error(format!("can't create a temp file in {}", dir.display()), e))?;
    Ok((tmp_path, file))
}

/// Rename the synced temp file over `path` and fsync the directory.
fn commit(tmp_path: &Path, path: &Path, overwrite: bool) -> Result<(), Error> {
    if overwrite {
        std::fs::rename(tmp_path, path).map_err(|e| io_error(format!("can't replace {}", path.display()), e))?;
    } else {
        // A hard link fails if the target exists, so two racing creators can't both win.
        std::fs::hard_link(tmp_path, path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::exists(format!("{} already exists", path.display()))
            } else {
                io_error(format!("can't create {}", path.display()), e)
            }
        })?;
        let _ = std::fs::remove_file(tmp_path);
    }
    sync_dir(&parent_dir(path))
}

fn sync_dir(dir: &Path) -> Result<(), Error> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io_error(format!("can't sync the directory {}", dir.display()), e))
}

/// Remove temp files a crashed writer left beside `path`. Only called under the lock, so
/// no live writer owns them.
fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    if let Ok(entries) = std::fs::read_dir(parent_dir(path)) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Open the vault for reading. No lock: the rename in [`write`] means a reader sees the
/// old file or the new one, never a mix.
pub fn open_reader(path: &Path, identities: &Identities) -> Result<VaultReader, Error> {
    let file = open_vault_file(path)?;
    // The file's size tells the plaintext length (checked against the vault header), so a
    // reader learns of a cut file without decrypting the last chunk.
    let plaintext_len = plaintext_len_of(&file, path)?;
    let stream = crypto::decrypt_from(BufReader::with_capacity(64 * 1024, file), identities, path)?;
    Reader::open(stream, plaintext_len).map_err(|e| in_file(e, path))
}

/// The plaintext length the vault file's size implies (None for a header sealbox can't
/// measure, e.g. an armored file: then the reader decrypts the last chunk instead).
fn plaintext_len_of(file: &File, path: &Path) -> Result<Option<u64>, Error> {
    use std::os::unix::fs::FileExt;
    let io = |e| io_error(format!("can't read the vault {}", path.display()), e);
    let mut head = vec![0u8; 16 * 1024];
    let n = file.read_at(&mut head, 0).map_err(io)?;
    let file_len = file.metadata().map_err(io)?.len();
    Ok(crypto::plaintext_len(&head[..n], file_len))
}

fn in_file(mut e: Error, path: &Path) -> Error {
    if e.message.starts_with("the vault") {
        e.message = e.message.replacen("the vault", &format!("the vault {}", path.display()), 1);
    }
    e
}

/// If `path` is a symlink (or a chain of them) in a directory others can write (group- or
/// other-writable without the sticky bit, or world-writable at all), describe it: whoever
/// can write that directory can repoint the link at a file of their choosing.
pub fn unsafe_symlink(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let meta = std::fs::symlink_metadata(&current).ok()?;
        if !meta.file_type().is_symlink() {
            return None;
        }
        let dir = parent_dir(&current);
        if let Ok(d) = std::fs::metadata(&dir) {
            let mode = d.mode() & 0o7777;
            let sticky = mode & 0o1000 != 0;
            if mode & 0o002 != 0 || (mode & 0o020 != 0 && !sticky) {
                return Some(format!(
                    "{} is a symlink in {}, a directory others can write (mode {mode:04o})",
                    current.display(),
                    dir.display()
                ));
            }
        }
        let target = std::fs::read_link(&current).ok()?;
        current = if target.is_absolute() { target } else { dir.join(target) };
    }
    None
}

/// The file a vault path names: a symlink (in a safe directory) is followed, so a write
/// replaces the target and leaves the link in place.
fn real_path(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        _ => path.to_path_buf(),
    }
}

fn open_vault_file(path: &Path) -> Result<File, Error> {
    if let Some(problem) = unsafe_symlink(path) {
        return Err(Error::other(format!("refusing to open the vault: {problem}")).with_hint(
            "pass --vault with the real file's path, or move the link into a directory only you can write",
        ));
    }
    File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::other(format!("there is no vault at {}", path.display()))
                .with_hint("run `sealbox init` to create one, or pass --vault PATH")
        } else {
            io_error(format!("can't open the vault {}", path.display()), e)
        }
    })
}

/// Decrypt and parse the whole vault.
pub fn load_document(path: &Path, identities: &Identities) -> Result<Document, Error> {
    let file = open_vault_file(path)?;
    // One allocation of the right size: no copy of the plaintext is left behind, unzeroed,
    // by a growing buffer.
    let capacity = plaintext_len_of(&file, path)?.unwrap_or(0).min(1 << 34) as usize;
    let mut stream = crypto::decrypt_from(BufReader::with_capacity(64 * 1024, file), identities, path)?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(capacity));
    stream.read_to_end(&mut plaintext).map_err(|e| {
        Error::decrypt(format!(
            "the vault {} is corrupted: {e} (a chunk failed authentication: the file was cut or altered)",
            path.display()
        ))
        .with_hint("restore it from a backup or a region; sealbox never overwrites a vault it can't read")
    })?;
    Document::decode(plaintext).map_err(|e| in_file(e, path))
}

/// Encrypt `doc` to `recipients` and put it at `path` atomically.
pub fn save_document(path: &Path, doc: &mut Document, overwrite: bool) -> Result<(), Error> {
    let dir = parent_dir(path);
    ensure_private_dir(&dir)?;
    let (tmp_path, tmp) = create_temp(path)?;
    let result = (|| {
        let recipients = doc.meta.recipients.clone();
        let mut writer = crypto::encrypt_to(&recipients, BufWriter::with_capacity(256 * 1024, tmp))?;
        doc.encode_to(&mut writer)?;
        let buffered = writer.finish().map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e))?;
        let file = buffered
            .into_inner()
            .map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e.into_error()))?;
        file.sync_all().map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e))?;
        commit(&tmp_path, path, overwrite)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp_path);
    }
    result
}

/// The exclusive write lock on `<vault>.lock`. Released on drop (and by the kernel if the
/// process dies), so a killed writer never blocks the next one.
pub struct WriteLock {
    _file: File,
}

pub fn lock_path(vault: &Path) -> PathBuf {
    let mut name = vault.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    vault.with_file_name(name)
}

pub fn acquire_lock(vault: &Path, timeout: Duration) -> Result<WriteLock, Error> {
    let path = lock_path(vault);
    ensure_private_dir(&parent_dir(&path))?;
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(|e| io_error(format!("can't open the lock {}", path.display()), e))?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(2);
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) => {
                if started.elapsed() >= timeout {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    let who = if holder.is_empty() { String::new() } else { format!(" (held by pid {holder})") };
                    return Err(Error::busy(format!(
                        "the vault {} is busy: another sealbox holds its lock{who}",
                        vault.display()
                    ))
                    .with_hint("try again, or wait longer with --lock-timeout SECS"));
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(io_error(format!("can't lock {}", path.display()), e));
            }
        }
    }
    // Record the holder for the busy message of the next process; best effort.
    let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| write!(file, "{}", std::process::id()));
    Ok(WriteLock { _file: file })
}

/// The file a write of the vault at `path` replaces: a symlink in a safe directory is
/// followed (the link stays), one in a directory others can write is refused.
pub fn writable_path(path: &Path) -> Result<PathBuf, Error> {
    if let Some(problem) = unsafe_symlink(path) {
        return Err(Error::other(format!("refusing to open the vault: {problem}")).with_hint(
            "pass --vault with the real file's path, or move the link into a directory only you can write",
        ));
    }
    Ok(real_path(path))
}

/// The vault's write lock; temp files a crashed writer left are swept once it is held.
pub fn lock_vault(path: &Path, timeout: Duration) -> Result<WriteLock, Error> {
    let lock = acquire_lock(path, timeout)?;
    remove_stale_temps(path);
    Ok(lock)
}

/// Create a new vault file; fails if one exists.
pub fn create_vault(path: &Path, doc: &mut Document) -> Result<(), Error> {
    let _lock = acquire_lock(path, Duration::from_secs(5))?;
    if path.exists() {
        return Err(Error::exists(format!("a vault already exists at {}", path.display())));
    }
    save_document(path, doc, false)
}

/// Create a new, empty vault at `path` (failing if one exists): a fresh vault id, vault key
/// and audit key, `region` as the name used in its ARNs, encrypted to `recipients`.
pub fn create_empty_vault(
    path: &Path,
    region: &str,
    recipients: Vec<String>,
    now: jiff::Timestamp,
) -> Result<crate::vault::format::Meta, Error> {
    use base64::Engine as _;
    let mut key = Zeroizing::new([0u8; 32]);
    getrandom::fill(&mut *key).map_err(|e| Error::other(format!("no randomness: {e}")))?;
    let meta = crate::vault::format::Meta {
        format: crate::vault::format::FORMAT_VERSION,
        vault_id: uuid::Uuid::new_v4().simple().to_string(),
        vault_key: Some(crate::trust::new_key()?),
        generation: 1,
        previous_keys: Vec::new(),
        created: now,
        region: region.to_string(),
        recipients,
        audit: crate::vault::format::AuditState {
            key: base64::engine::general_purpose::STANDARD.encode(*key),
            previous_keys: Vec::new(),
            logs: Default::default(),
            last_mac: None,
            lines: 0,
        },
        secret_count: 0,
        next_purge: None,
        replicated_prefixes: Default::default(),
        fences: Vec::new(),
        extra: Default::default(),
    };
    let mut doc = Document::new(meta);
    create_vault(path, &mut doc)?;
    Ok(doc.meta)
}
