//! The one owner of the file system: every file sealbox creates, truncates, replaces or locks
//! goes through here (DESIGN.md "File-system discipline").
//!
//! - Directories sealbox creates are 0700 ([`ensure_private_dir`]); an existing one reached
//!   through a symlink must be a link of ours in a directory others can't write.
//! - New files are created with `O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC`, mode 0600 from the
//!   start ([`create_new`]); the audit log is opened `O_APPEND|O_NOFOLLOW` ([`open_append`]).
//! - A file is replaced atomically ([`replace_with`], [`write_file_atomic`]): a temp file
//!   `.NAME.tmp-PID-RANDOM` in the same directory, fsync, rename, fsync the directory; the
//!   temp is removed on every error path, and temps of dead processes are swept by the next
//!   writer ([`sweep_stale_temps`]). A symlink at the path is refused ([`Links::Refuse`]), or,
//!   for the vault, the identity and the config ([`Links::FollowSafe`]), followed when it is
//!   safe so the real file is replaced where it is and the link stays a link.
//! - Locks ([`lock`]) are `flock`s on a lock file opened without following links and never
//!   truncated before they are held; the holder's pid is written for the next one's message.
//! - [`update_locked`]: read-modify-replace of a small private file under its lock.
//!
//! Over 600 lines on purpose (a quarter of it tests): the file-system rules are kept in one
//! module so that no other code creates, replaces or locks a file.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use crate::error::Error;

/// What marks a temp file of sealbox's beside its target: `.NAME` + this + `PID-RANDOM`.
const TEMP_MARK: &str = ".tmp-";
/// Flags for every file sealbox creates or writes: never through a symlink at the last
/// component, never inherited by a child process.
const NO_FOLLOW: i32 = libc::O_NOFOLLOW | libc::O_CLOEXEC;
/// How many symlinks [`unsafe_symlink`] follows before it gives up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// An I/O error as a sealbox error, with a hint for the causes a user can fix.
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

/// The refusal of a symlink where sealbox creates or writes a file itself (exit 1).
pub fn symlink_refused(path: &Path) -> Error {
    Error::other(format!("refusing to write {}: it is a symbolic link", path.display()))
        .with_hint("sealbox creates this file itself and never writes through a link: remove the link")
}

/// The directory `path` is in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// True when group or others may replace entries of a directory of this mode: world-writable
/// at all, or group-writable without the sticky bit.
fn others_can_write(mode: u32) -> bool {
    let sticky = mode & 0o1000 != 0;
    mode & 0o002 != 0 || (mode & 0o020 != 0 && !sticky)
}

/// Create `dir` (and its missing parents) with mode 0700, or accept an existing directory.
/// `mkdir` never follows a symlink at the last component; an existing `dir` that is a
/// symlink is accepted only if it is ours and no other user can repoint it (see
/// [`unsafe_symlink`]), and anything else that isn't a directory is refused.
pub fn ensure_private_dir(dir: &Path) -> Result<(), Error> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(meta) if meta.file_type().is_symlink() => {
            let own = meta.uid() == crate::hardening::current_uid();
            if let Some(problem) = unsafe_symlink(dir) {
                return Err(Error::other(format!("refusing to use the directory {}: {problem}", dir.display()))
                    .with_hint("use the real directory's path, or move the link into a directory only you can write"));
            }
            if !own || !dir.is_dir() {
                return Err(Error::other(format!(
                    "refusing to use the directory {}: it is a symbolic link that is not yours or not to a directory",
                    dir.display()
                ))
                .with_hint("remove the link, or use the real directory's path"));
            }
            Ok(())
        }
        Ok(_) => Err(Error::other(format!("{} is not a directory", dir.display()))),
        Err(_) => std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| io_error(format!("can't create the directory {}", dir.display()), e)),
    }
}

/// Create the new directory `dir`, mode 0700, failing if anything is at that path already
/// (`mkdir` never follows a symlink there): a directory that only this process made.
pub fn create_private_dir_new(dir: &Path) -> Result<(), Error> {
    std::fs::DirBuilder::new()
        .mode(0o700)
        .create(dir)
        .map_err(|e| io_error(format!("can't create the directory {}", dir.display()), e))
}

/// Overwrite the regular file at `path` with zeros (its whole length, synced) and remove
/// it; anything else at the path (a symlink an editor left) is only removed.
pub fn wipe_and_remove(path: &Path) -> Result<(), Error> {
    let is_file = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
    if is_file {
        let mut file = OpenOptions::new()
            .write(true)
            .custom_flags(NO_FOLLOW)
            .open(path)
            .map_err(|e| io_error(format!("can't wipe {}", path.display()), e))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let zeros = [0u8; 8192];
        let mut left = len;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            file.write_all(&zeros[..n]).map_err(|e| io_error(format!("can't wipe {}", path.display()), e))?;
            left -= n as u64;
        }
        file.sync_all().map_err(|e| io_error(format!("can't wipe {}", path.display()), e))?;
    }
    std::fs::remove_file(path).map_err(|e| io_error(format!("can't remove {}", path.display()), e))
}

/// Create a new file at `path`, mode 0600, failing if anything (a symlink included) is there:
/// `O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC`, opened for reading and writing.
pub fn create_new(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().read(true).write(true).create_new(true).mode(0o600).custom_flags(NO_FOLLOW).open(path)
}

/// Open a log file for appending, creating it 0600 if it is missing:
/// `O_APPEND|O_NOFOLLOW|O_CLOEXEC`, readable (for its tail) and never truncated here. A
/// symlink is refused ([`symlink_refused`]) and so is anything but a regular file.
pub fn open_append(path: &Path) -> Result<File, Error> {
    let file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(NO_FOLLOW)
        .open(path)
        .map_err(|e| open_error(path, e))?;
    require_regular(&file, path)?;
    Ok(file)
}

/// Open an existing regular file to overwrite parts of it in place: never through a link
/// (`O_NOFOLLOW`), never created, never truncated. `Ok(None)` when there is no file.
pub fn open_in_place(path: &Path) -> Result<Option<File>, Error> {
    let file = match OpenOptions::new().read(true).write(true).custom_flags(NO_FOLLOW).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(open_error(path, e)),
    };
    require_regular(&file, path)?;
    Ok(Some(file))
}

/// The error of an `O_NOFOLLOW` open: ELOOP means a symlink is at the path.
fn open_error(path: &Path, e: std::io::Error) -> Error {
    if e.raw_os_error() == Some(libc::ELOOP) {
        symlink_refused(path)
    } else {
        io_error(format!("can't open {}", path.display()), e)
    }
}

fn require_regular(file: &File, path: &Path) -> Result<(), Error> {
    let meta = file.metadata().map_err(|e| io_error(format!("can't read {}", path.display()), e))?;
    if !meta.is_file() {
        return Err(Error::other(format!("refusing to write {}: it is not a regular file", path.display()))
            .with_hint("remove it: sealbox creates this file itself"));
    }
    Ok(())
}

/// Read a whole file of at most `cap` bytes into one zeroized buffer, allocated once from the
/// file's size (a growing buffer would leave freed copies behind). More than `cap` bytes is
/// an error naming `what`.
pub fn read_capped(path: &Path, cap: u64, what: &str) -> Result<Zeroizing<Vec<u8>>, Error> {
    let file = File::open(path).map_err(|e| io_error(format!("can't read {what} {}", path.display()), e))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0).min(cap);
    let mut buf = Zeroizing::new(Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1)));
    file.take(cap.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| io_error(format!("can't read {what} {}", path.display()), e))?;
    if buf.len() as u64 > cap {
        return Err(Error::other(format!("{what} {} is larger than {cap} bytes", path.display())));
    }
    Ok(buf)
}

// ---------------------------------------------------------------------------------------
// Symlinks

/// If any component of `path` is a symlink (or a chain of them) in a directory others can
/// write (group-writable without the sticky bit, or world-writable at all), describe it:
/// whoever can write that directory can repoint the link at a file of their choosing. An
/// intermediate link counts as much as the last one (`/tmp/link/vault.age`).
pub fn unsafe_symlink(path: &Path) -> Option<String> {
    let absolute = std::path::absolute(path).ok()?;
    // Components still to walk, in reverse order; `resolved` is free of links so far.
    let mut pending: Vec<std::ffi::OsString> = Vec::new();
    push_components(&mut pending, &absolute);
    let mut resolved = PathBuf::from("/");
    let mut links = 0;
    while let Some(part) = pending.pop() {
        if part == ".." {
            resolved.pop();
            continue;
        }
        let candidate = resolved.join(&part);
        let Ok(meta) = std::fs::symlink_metadata(&candidate) else {
            // A missing component: nothing further to follow.
            return None;
        };
        if !meta.file_type().is_symlink() {
            resolved = candidate;
            continue;
        }
        if let Ok(d) = std::fs::metadata(&resolved) {
            let mode = d.mode() & 0o7777;
            if others_can_write(mode) {
                return Some(format!(
                    "{} is a symlink in {}, a directory others can write (mode {mode:04o})",
                    candidate.display(),
                    resolved.display()
                ));
            }
        }
        links += 1;
        if links > MAX_LINKS {
            return None;
        }
        let target = std::fs::read_link(&candidate).ok()?;
        if target.is_absolute() {
            resolved = PathBuf::from("/");
        }
        push_components(&mut pending, &target);
    }
    None
}

/// Push `path`'s normal and `..` components onto `stack` so that the first pops first.
fn push_components(stack: &mut Vec<std::ffi::OsString>, path: &Path) {
    let parts: Vec<std::ffi::OsString> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            Component::ParentDir => Some("..".into()),
            _ => None,
        })
        .collect();
    stack.extend(parts.into_iter().rev());
}

/// How a file that is replaced treats a symlink at its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// A symlink is refused with [`symlink_refused`]: files sealbox owns outright (locks,
    /// audit tail, state files, `inject -o` output).
    Refuse,
    /// A symlink that [`unsafe_symlink`] accepts is followed and the real file is replaced
    /// where it is (the link stays a link): the vault, the identity, the config, which users
    /// keep in dotfile repositories and synced folders.
    FollowSafe,
}

/// The file to replace for `path`: `path` itself, or with [`Links::FollowSafe`] the real
/// file a safe symlink points at.
pub fn target_of(path: &Path, links: Links) -> Result<PathBuf, Error> {
    if let Some(problem) = unsafe_symlink(path) {
        return Err(Error::other(format!("refusing to write {}: {problem}", path.display()))
            .with_hint("use the real file's path, or move the link into a directory only you can write"));
    }
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => match links {
            Links::Refuse => Err(symlink_refused(path)),
            Links::FollowSafe => std::fs::canonicalize(path).map_err(|e| {
                io_error(format!("can't follow the symbolic link {}", path.display()), e)
                    .with_hint("point the link at an existing file, or remove it")
            }),
        },
        _ => Ok(path.to_path_buf()),
    }
}

// ---------------------------------------------------------------------------------------
// Atomic replace

fn temp_prefix(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!(".{name}{TEMP_MARK}")
}

/// A new temp file beside `path` (`.NAME.tmp-PID-RANDOM`), created with [`create_new`].
fn create_temp(path: &Path) -> Result<(PathBuf, File), Error> {
    let dir = parent_dir(path);
    let mut random = [0u8; 6];
    getrandom::fill(&mut random).map_err(|e| Error::other(format!("no randomness: {e}")))?;
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let tmp_path = dir.join(format!("{}{}-{suffix}", temp_prefix(path), std::process::id()));
    let file =
        create_new(&tmp_path).map_err(|e| io_error(format!("can't create a temp file in {}", dir.display()), e))?;
    Ok((tmp_path, file))
}

/// Remove the temp files that dead processes left beside `path` (a crash between create
/// and rename). A temp whose pid is alive belongs to a running writer and stays; with
/// `all`, used under the lock that every writer of `path` holds, every temp goes.
pub fn sweep_stale_temps(path: &Path, all: bool) {
    let prefix = temp_prefix(path);
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else { continue };
        let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
        let stale = all || pid.is_none_or(|p| p != std::process::id() && !crate::hardening::process_alive(p));
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Remove the temps that dead sealbox processes left anywhere in `dir`, whatever file they
/// were for (`.NAME.tmp-PID-RANDOM`, RANDOM 12 hex digits; regular files only, never through
/// a link): an `inject -O` killed before its rename leaves its plaintext beside a target
/// that the next run into the directory may not name again.
pub fn sweep_dead_temps_in(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str().filter(|n| n.starts_with('.')) else { continue };
        let Some((_, rest)) = name.rsplit_once(TEMP_MARK) else { continue };
        let Some((pid, random)) = rest.split_once('-') else { continue };
        let ours = random.len() == 12 && random.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if ours
            && entry.file_type().is_ok_and(|t| t.is_file())
            && pid != std::process::id()
            && !crate::hardening::process_alive(pid)
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Replace (or, without `overwrite`, create) the file at `path` atomically with what `fill`
/// writes into a fresh 0600 temp file in the same directory; `fill` returns the file when it
/// is done (so a buffered or encrypting writer can be unwrapped). Then: fsync the temp,
/// rename it over the target (without `overwrite`, hard-link it, so an existing file is an
/// exit-4 error and two racing creators can't both win), fsync the directory. On any error
/// the temp is removed and the target is untouched. The parent directory is created 0700
/// if missing; `links` says what a symlink at `path` means.
pub fn replace_with(
    path: &Path,
    links: Links,
    overwrite: bool,
    fill: impl FnOnce(File, &Path) -> Result<File, Error>,
) -> Result<(), Error> {
    replace_file(path, links, overwrite, true, fill)
}

/// [`replace_with`] without the two fsyncs: still a temp file renamed over `path` (a reader
/// sees the old file or the new one), but not durable. Only for a file that another program
/// reads back at once and keeps itself: git's merge driver output (`%A`), which git stores
/// as a blob when the driver exits, so a crash before that loses nothing git had.
pub fn replace_unsynced(
    path: &Path,
    links: Links,
    fill: impl FnOnce(File, &Path) -> Result<File, Error>,
) -> Result<(), Error> {
    replace_file(path, links, true, false, fill)
}

fn replace_file(
    path: &Path,
    links: Links,
    overwrite: bool,
    durable: bool,
    fill: impl FnOnce(File, &Path) -> Result<File, Error>,
) -> Result<(), Error> {
    let target = target_of(path, links)?;
    if !overwrite && std::fs::symlink_metadata(&target).is_ok() {
        return Err(Error::exists(format!("{} already exists", path.display())));
    }
    let dir = parent_dir(&target);
    ensure_private_dir(&dir)?;
    sweep_stale_temps(&target, false);
    let (tmp_path, tmp) = create_temp(&target)?;
    let result = fill(tmp, &tmp_path).and_then(|file| {
        if !durable {
            drop(file);
            return std::fs::rename(&tmp_path, &target)
                .map_err(|e| io_error(format!("can't replace {}", path.display()), e));
        }
        file.sync_all().map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e))?;
        drop(file);
        commit(&tmp_path, &target, overwrite)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp_path);
    }
    result
}

/// Replace a small file atomically without making it durable: temp file (never through a
/// link), write, rename — no fsync. For files that a crash may leave one step old without
/// harm (the audit log's tail record, rewritten at every append, even by a `get`): two
/// fsyncs per read would cost more than the read itself.
pub fn replace_quick(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let target = target_of(path, Links::Refuse)?;
    ensure_private_dir(&parent_dir(&target))?;
    sweep_stale_temps(&target, false);
    let (tmp_path, mut tmp) = create_temp(&target)?;
    let result =
        tmp.write_all(bytes).map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e)).and_then(|()| {
            std::fs::rename(&tmp_path, &target).map_err(|e| io_error(format!("can't replace {}", path.display()), e))
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp_path);
    }
    result
}

/// [`replace_with`] for bytes already in memory.
pub fn write_file_atomic(path: &Path, links: Links, bytes: &[u8], overwrite: bool) -> Result<(), Error> {
    replace_with(path, links, overwrite, |mut file, tmp_path| {
        file.write_all(bytes).map_err(|e| io_error(format!("can't write {}", tmp_path.display()), e))?;
        Ok(file)
    })
}

/// Rename the synced temp file over `path` (or link it in) and fsync the directory.
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

/// fsync a directory, so a rename or a new entry in it survives a crash.
pub fn sync_dir(dir: &Path) -> Result<(), Error> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io_error(format!("can't sync the directory {}", dir.display()), e))
}

// ---------------------------------------------------------------------------------------
// Locks

/// An exclusive `flock` on a lock file. Released on drop (and by the kernel if the process
/// dies), so a killed holder never blocks the next one.
#[derive(Debug)]
pub struct FileLock {
    file: File,
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Why [`lock`] gave up.
#[derive(Debug)]
pub enum LockError {
    /// Still held by another process after the timeout; its pid if it wrote one.
    Busy { holder: Option<u32> },
    /// The lock file can't be used (a symlink, not a regular file, I/O).
    Failed(Error),
}

/// Take the exclusive lock on the file at `lock_path` (created 0600 if missing, its
/// directory 0700), waiting up to `timeout`. The file is opened `O_NOFOLLOW|O_CLOEXEC`
/// without truncation: a symlink there is refused, and so is anything but a regular file
/// with one link, so the pid written once the lock is held can't land in another file.
pub fn lock(lock_path: &Path, timeout: Duration) -> Result<FileLock, LockError> {
    ensure_private_dir(&parent_dir(lock_path)).map_err(LockError::Failed)?;
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(NO_FOLLOW)
        .open(lock_path)
        .map_err(|e| LockError::Failed(open_error(lock_path, e)))?;
    let meta =
        file.metadata().map_err(|e| LockError::Failed(io_error(format!("can't read {}", lock_path.display()), e)))?;
    if !meta.is_file() || meta.nlink() != 1 {
        return Err(LockError::Failed(
            Error::other(format!(
                "refusing to use the lock {}: it is not a plain file of its own (another name links to it)",
                lock_path.display()
            ))
            .with_hint("remove it: sealbox creates the lock file itself"),
        ));
    }
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) => {
                if started.elapsed() >= timeout {
                    let mut holder = String::with_capacity(16);
                    let _ = (&file).take(16).read_to_string(&mut holder);
                    return Err(LockError::Busy { holder: holder.trim().parse().ok() });
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(LockError::Failed(io_error(format!("can't lock {}", lock_path.display()), e)));
            }
        }
    }
    // Record the holder for the busy message of the next process; best effort.
    let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| write!(file, "{}", std::process::id()));
    Ok(FileLock { file })
}

/// `path` with `suffix` appended to its file name (`vault.age` → `vault.age.lock`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// The largest file [`update_locked`] reads.
pub const MAX_STATE_BYTES: u64 = 16 * 1024 * 1024;

/// Read-modify-replace a small private file under its lock (`<path>.lock`): `change` gets
/// the current bytes (None if the file is missing) and returns the new bytes, or None to
/// leave the file as it is. The file is replaced atomically (0600, [`Links::Refuse`]); a
/// busy lock after `timeout` is an exit-3 error. Returns what `change` returned.
pub fn update_locked(
    path: &Path,
    timeout: Duration,
    change: impl FnOnce(Option<&[u8]>) -> Result<Option<Vec<u8>>, Error>,
) -> Result<(), Error> {
    let lock_path = with_suffix(path, ".lock");
    let _lock = lock(&lock_path, timeout).map_err(|e| match e {
        LockError::Busy { holder } => {
            Error::busy(format!("{} is busy: another sealbox holds its lock{}", path.display(), held_by(holder)))
                .with_hint("try again, or wait longer with --lock-timeout SECS")
        }
        LockError::Failed(e) => e,
    })?;
    let old = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => return Err(symlink_refused(path)),
        Ok(_) => Some(read_capped(path, MAX_STATE_BYTES, "the file")?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error(format!("can't read {}", path.display()), e)),
    };
    if let Some(new) = change(old.as_ref().map(|b| b.as_slice()))? {
        let new = Zeroizing::new(new);
        write_file_atomic(path, Links::Refuse, &new, true)?;
    }
    Ok(())
}

/// ` (held by pid N)` for a busy message, or nothing when the holder is unknown.
pub fn held_by(holder: Option<u32>) -> String {
    holder.map(|p| format!(" (held by pid {p})")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_intermediate_symlink_in_a_world_writable_dir_is_unsafe() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::os::unix::fs::PermissionsExt::from_mode(0o1777)).unwrap();
        let real = dir.path().join("real");
        std::fs::create_dir(&real).unwrap();
        std::fs::write(real.join("vault.age"), "x").unwrap();
        std::os::unix::fs::symlink(&real, shared.join("link")).unwrap();
        let problem = unsafe_symlink(&shared.join("link/vault.age")).unwrap();
        assert!(problem.contains("link is a symlink in"), "{problem}");
        // The same link in a private directory is fine.
        std::os::unix::fs::symlink(&real, dir.path().join("ok")).unwrap();
        assert_eq!(unsafe_symlink(&dir.path().join("ok/vault.age")), None);
        assert_eq!(unsafe_symlink(&real.join("vault.age")), None);
    }

    #[test]
    fn replace_follows_a_safe_link_and_refuses_one_it_must_not_follow() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_file_atomic(&link, Links::FollowSafe, b"new", true).unwrap();
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        let err = write_file_atomic(&link, Links::Refuse, b"x", true).unwrap_err();
        assert!(err.message.contains("it is a symbolic link"), "{}", err.message);
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn stale_temps_of_dead_processes_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.env");
        let dead = dir.path().join(format!(".out.env{TEMP_MARK}{}-abcdef", u32::MAX - 1));
        let live = dir.path().join(format!(".out.env{TEMP_MARK}1-abcdef"));
        std::fs::write(&dead, "plaintext").unwrap();
        std::fs::write(&live, "busy").unwrap();
        write_file_atomic(&path, Links::Refuse, b"v", true).unwrap();
        assert!(!dead.exists());
        assert!(live.exists());
    }

    #[test]
    fn a_lock_through_a_symlink_or_a_hard_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        let sym = dir.path().join("a.lock");
        std::os::unix::fs::symlink(&victim, &sym).unwrap();
        assert!(matches!(lock(&sym, Duration::ZERO), Err(LockError::Failed(e)) if e.message.contains("symbolic link")));
        let hard = dir.path().join("b.lock");
        std::fs::hard_link(&victim, &hard).unwrap();
        assert!(matches!(lock(&hard, Duration::ZERO), Err(LockError::Failed(_))));
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        let held = lock(&dir.path().join("c.lock"), Duration::ZERO).unwrap();
        match lock(&dir.path().join("c.lock"), Duration::ZERO) {
            Err(LockError::Busy { holder }) => assert_eq!(holder, Some(std::process::id())),
            other => panic!("{other:?}"),
        }
        drop(held);
    }

    #[test]
    fn update_locked_reads_changes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.json");
        update_locked(&path, Duration::ZERO, |old| {
            assert!(old.is_none());
            Ok(Some(b"1".to_vec()))
        })
        .unwrap();
        update_locked(&path, Duration::ZERO, |old| {
            assert_eq!(old, Some(&b"1"[..]));
            Ok(None)
        })
        .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"1");
        assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
    }
}
