//! Interim file primitives for the trust record and the audit log (merged with the file-system
//! owner's module).

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::error::Error;

pub use crate::store::{ensure_private_dir, io_error};

pub enum LockError {
    Busy(Option<u32>),
    Failed(Error),
}

pub struct Lock {
    _file: File,
}

const NOFOLLOW: i32 = libc::O_NOFOLLOW | libc::O_CLOEXEC;

pub fn lock(path: &Path, timeout: Duration) -> Result<Lock, LockError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(NOFOLLOW)
        .open(path)
        .map_err(|e| LockError::Failed(io_error(format!("can't open the lock {}", path.display()), e)))?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < timeout => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::Busy(None)),
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(LockError::Failed(io_error(format!("can't lock {}", path.display()), e)));
            }
        }
    }
}

pub fn open_append(path: &Path) -> Result<File, Error> {
    OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(NOFOLLOW)
        .open(path)
        .map_err(|e| io_error(format!("can't open {}", path.display()), e))
}

pub fn create_new(path: &Path) -> Result<File, Error> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(NOFOLLOW)
        .open(path)
        .map_err(|e| io_error(format!("can't create {}", path.display()), e))
}

pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    crate::store::write_file_atomic(path, bytes, true)
}

pub fn read_capped(path: &Path, max: u64) -> Result<Option<Vec<u8>>, Error> {
    let file = match OpenOptions::new().read(true).custom_flags(libc::O_CLOEXEC).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error(format!("can't read {}", path.display()), e)),
    };
    let mut out = Vec::new();
    file.take(max).read_to_end(&mut out).map_err(|e| io_error(format!("can't read {}", path.display()), e))?;
    Ok(Some(out))
}

pub fn update_locked(
    path: &Path,
    timeout: Duration,
    change: impl FnOnce(Option<&[u8]>) -> Result<Option<Vec<u8>>, Error>,
) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        ensure_private_dir(dir)?;
    }
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    let _lock = lock(&path.with_file_name(name), timeout.max(Duration::from_secs(10))).map_err(|e| match e {
        LockError::Busy(_) => Error::busy(format!("{} is busy", path.display())),
        LockError::Failed(e) => e,
    })?;
    let old = read_capped(path, 64 * 1024 * 1024)?;
    if let Some(new) = change(old.as_deref())? {
        replace_file(path, &new)?;
    }
    Ok(())
}
