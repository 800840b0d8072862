//! The vault on disk: reads (seeking, no lock) and writes (lock, decrypt, change, encrypt to
//! a temp file in the same directory, fsync, rename, fsync the directory). Owns file modes.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use zeroize::Zeroizing;

use crate::crypto::{self, DecryptingReader, Identities};
use crate::error::Error;
use crate::fs::{self, Links, io_error, unsafe_symlink};
use crate::vault::{Document, Reader};

/// A vault opened for reading: header and meta are loaded, records are read on demand.
pub type VaultReader = Reader<DecryptingReader<BufReader<File>>>;

/// Open the vault for reading. No lock: the rename in [`write`] means a reader sees the
/// old file or the new one, never a mix.
pub fn open_reader(path: &Path, identities: &Identities) -> Result<VaultReader, Error> {
    let file = open_vault_file(path)?;
    // The file's size tells the plaintext length (checked against the vault header), so a
    // reader learns of a cut file without decrypting the last chunk.
    let plaintext_len = plaintext_len_of(&file, path)?;
    // A small buffer, for the age header: the 64 KiB chunks a seeking read needs are then
    // read straight into age's own buffer instead of being copied through this one.
    let stream = crypto::decrypt_from(BufReader::with_capacity(8 * 1024, file), identities, path)?;
    Reader::open(stream, plaintext_len).map(|r| r.at_path(path)).map_err(|e| in_file(e, path))
}

/// The plaintext length the vault file's size implies (None for a header sealbox can't
/// measure, e.g. an armored file: then the reader decrypts the last chunk instead).
fn plaintext_len_of(file: &File, path: &Path) -> Result<Option<u64>, Error> {
    use std::os::unix::fs::FileExt;
    let io = |e| io_error(format!("can't read the vault {}", path.display()), e);
    let file_len = file.metadata().map_err(io)?.len();
    // A header with one or two recipients is a few hundred bytes; many take a second read.
    for size in [2 * 1024, 64 * 1024] {
        let mut head = vec![0u8; size];
        let n = file.read_at(&mut head, 0).map_err(io)?;
        if let Some(len) = crypto::plaintext_len(&head[..n], file_len) {
            return Ok(Some(len));
        }
        if n < size {
            break;
        }
    }
    Ok(None)
}

/// Name the vault's path in an error about "the vault" found while reading it.
pub fn in_file(mut e: Error, path: &Path) -> Error {
    if e.message.starts_with("the vault ") && !e.message.starts_with(&format!("the vault {}", path.display())) {
        e.message = e.message.replacen("the vault", &format!("the vault {}", path.display()), 1);
    }
    e
}

/// The error for a vault file that does not exist.
pub fn no_vault(path: &Path) -> Error {
    Error::other(format!("there is no vault at {}", path.display()))
        .with_hint("run `sealbox init` to create one, or pass --vault PATH")
}

fn open_vault_file(path: &Path) -> Result<File, Error> {
    if let Some(problem) = unsafe_symlink(path) {
        return Err(Error::other(format!("refusing to open the vault: {problem}")).with_hint(
            "pass --vault with the real file's path, or move the link into a directory only you can write",
        ));
    }
    File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            no_vault(path)
        } else {
            io_error(format!("can't open the vault {}", path.display()), e)
        }
    })
}

/// The largest vault plaintext [`load_document`] holds in memory (4 GiB): a header that
/// claims more is refused before anything is allocated.
pub const MAX_PLAINTEXT_BYTES: u64 = 1 << 32;

/// Decrypt and parse the whole vault. The buffer is allocated once, at the length the
/// vault's header states (the header is in the first chunk, authenticated before it is
/// read) and the file's size confirms: never from the file size alone, so a sparse 20 GB
/// file fails at its first chunk instead of reserving 20 GB, and no copy of the plaintext
/// is left behind, unzeroed, by a growing buffer.
pub fn load_document(path: &Path, identities: &Identities) -> Result<Document, Error> {
    use crate::vault::format::{HEADER_LEN, Header};
    let file = open_vault_file(path)?;
    let implied = plaintext_len_of(&file, path)?;
    // A small buffer for the age header; the 64 KiB chunks then bypass it (std's BufReader
    // hands a read at least its size straight to the file), so no extra copy.
    let mut stream = crypto::decrypt_from(BufReader::with_capacity(8 * 1024, file), identities, path)?;
    let corrupted = |e: std::io::Error| {
        Error::decrypt(format!(
            "the vault {} is corrupted: {e} (a chunk failed authentication: the file was cut or altered)",
            path.display()
        ))
        .with_hint(crate::vault::format::RESTORE_HINT)
    };
    let mut head = Zeroizing::new(Vec::with_capacity(HEADER_LEN as usize));
    (&mut stream).take(HEADER_LEN).read_to_end(&mut head).map_err(corrupted)?;
    let header = Header::decode(&head).map_err(|e| in_file(e, path))?;
    if header.end > MAX_PLAINTEXT_BYTES {
        return Err(Error::decrypt(format!(
            "the vault {} says it holds {} bytes of plaintext, over the {MAX_PLAINTEXT_BYTES}-byte limit",
            path.display(),
            header.end
        ))
        .with_hint(crate::vault::format::RESTORE_HINT));
    }
    if let Some(len) = implied.filter(|&len| len != header.end) {
        return Err(in_file(
            Error::decrypt(format!(
                "the vault is corrupted: the header says {} bytes of plaintext but there are {len}",
                header.end
            ))
            .with_hint(crate::vault::format::RESTORE_HINT),
            path,
        ));
    }
    // Allocated zeroed at its final size (fresh pages from the system: no memset, and no
    // growing buffer leaving copies) and filled by exact reads; a stream longer than the
    // header says is refused after.
    let len = usize::try_from(header.end).map_err(|_| Error::decrypt("the vault is too large to load"))?;
    if len < head.len() {
        return Err(in_file(Error::decrypt("the vault is corrupted: its header is cut"), path));
    }
    let mut plaintext = Zeroizing::new(vec![0u8; len]);
    crate::hardening::advise_huge_pages(&mut plaintext);
    plaintext[..head.len()].copy_from_slice(&head);
    let mut filled = head.len();
    while filled < len {
        match stream.read(&mut plaintext[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(corrupted(e)),
        }
    }
    if filled < len {
        plaintext.truncate(filled);
    } else {
        let mut extra = [0u8; 1];
        if stream.read(&mut extra).map_err(corrupted)? > 0 {
            // One byte past what the header states: `decode` reports the difference.
            let mut longer = Zeroizing::new(Vec::with_capacity(len + 1));
            longer.extend_from_slice(&plaintext);
            longer.push(extra[0]);
            plaintext = longer;
        }
    }
    Document::decode(plaintext).map_err(|e| in_file(e, path))
}

/// Encrypt `doc` to its recipients and put it at `path` atomically (see
/// [`fs::replace_with`]; a safe symlink is followed and its target replaced).
pub fn save_document(path: &Path, doc: &mut Document, overwrite: bool) -> Result<(), Error> {
    fs::replace_with(path, Links::FollowSafe, overwrite, |tmp, tmp_path| encrypt_into(doc, tmp, tmp_path))
}

/// [`save_document`] without fsyncs, for git's merge driver output (see
/// [`fs::replace_unsynced`]): never for a vault sealbox itself keeps.
pub fn save_merge_result(path: &Path, doc: &mut Document) -> Result<(), Error> {
    fs::replace_unsynced(path, Links::FollowSafe, |tmp, tmp_path| encrypt_into(doc, tmp, tmp_path))
}

fn encrypt_into(doc: &mut Document, tmp: File, tmp_path: &Path) -> Result<File, Error> {
    let io = |e| io_error(format!("can't write {}", tmp_path.display()), e);
    let recipients = doc.meta.recipients.clone();
    let mut writer = crypto::encrypt_to(&recipients, BufWriter::with_capacity(256 * 1024, tmp))?;
    doc.encode_to(&mut writer)?;
    let buffered = writer.finish().map_err(io)?;
    buffered.into_inner().map_err(|e| io(e.into_error()))
}

/// The exclusive write lock on `<vault>.lock` (see [`fs::lock`]).
pub type WriteLock = fs::FileLock;

pub fn lock_path(vault: &Path) -> PathBuf {
    fs::with_suffix(vault, ".lock")
}

/// Take the vault's write lock, waiting up to `timeout` (exit 8 after that).
pub fn acquire_lock(vault: &Path, timeout: Duration) -> Result<WriteLock, Error> {
    fs::lock(&lock_path(vault), timeout).map_err(|e| match e {
        fs::LockError::Busy { holder } => Error::busy(format!(
            "the vault {} is busy: another sealbox holds its lock{}",
            vault.display(),
            fs::held_by(holder)
        ))
        .with_hint("try again, or wait longer with --lock-timeout SECS"),
        fs::LockError::Failed(e) => e,
    })
}

/// The file a write of the vault at `path` replaces: a symlink in a safe directory is
/// followed (the link stays), one in a directory others can write is refused.
pub fn writable_path(path: &Path) -> Result<PathBuf, Error> {
    if let Some(problem) = unsafe_symlink(path) {
        return Err(Error::other(format!("refusing to open the vault: {problem}")).with_hint(
            "pass --vault with the real file's path, or move the link into a directory only you can write",
        ));
    }
    fs::target_of(path, Links::FollowSafe)
}

/// The vault's write lock; temp files a crashed writer left are swept once it is held
/// (under the lock no live writer owns a temp beside the vault).
pub fn lock_vault(path: &Path, timeout: Duration) -> Result<fs::FileLock, Error> {
    let lock = acquire_lock(path, timeout)?;
    fs::sweep_stale_temps(path, true);
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
    Ok(doc.meta.clone())
}
