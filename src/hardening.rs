//! Process hardening at start-up, before any plaintext is in memory: no core dumps and
//! no ptrace attach by other processes of the same user (PR_SET_DUMPABLE = 0), and EFBIG
//! rather than death by SIGXFSZ when a file size limit is hit.
//!
//! Also the plain libc calls other modules need: the effective uid, whether a pid is alive,
//! `mlock`/`munlock` of the agent's keys.
//!
//! This module needs `unsafe`: plain libc calls on local values.

/// The soft core-size limit found at start, so `exec` can give the child the user's own.
static ORIGINAL_CORE_LIMIT: std::sync::OnceLock<libc::rlim_t> = std::sync::OnceLock::new();

#[allow(unsafe_code)]
pub fn harden() {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit get a pointer to a valid local struct; prctl takes
    // integers. Failure is harmless: we keep running with the defaults.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_CORE, &mut limit) == 0 {
            let _ = ORIGINAL_CORE_LIMIT.set(limit.rlim_cur);
            limit.rlim_cur = 0;
            libc::setrlimit(libc::RLIMIT_CORE, &limit);
        }
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
        // Past RLIMIT_FSIZE, get EFBIG (and a clear error, with the temp file removed)
        // instead of being killed by SIGXFSZ halfway through a write.
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// Give back the user's soft core limit and SIGXFSZ's default action (for a child that
/// replaces this process or is spawned by it).
#[allow(unsafe_code)]
pub fn restore_core_limit() {
    // SAFETY: resetting a signal disposition to its default takes plain integers.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
    }
    if let Some(&cur) = ORIGINAL_CORE_LIMIT.get() {
        let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // SAFETY: as in `harden`.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_CORE, &mut limit) == 0 {
                limit.rlim_cur = cur.min(limit.rlim_max);
                libc::setrlimit(libc::RLIMIT_CORE, &limit);
            }
        }
    }
}

/// The variables that name inherited descriptors carrying a passphrase.
pub const PASSPHRASE_FD_VARIABLES: [&str; 2] = ["SEALBOX_PASSPHRASE_FD", "SEALBOX_NEW_PASSPHRASE_FD"];

/// Mark the passphrase descriptors close-on-exec, at start-up before any child can be
/// spawned: a rotation script, `exec`'s program, gpg, an editor or an age plugin never
/// inherits them. Reading them still works (`/dev/fd/N` opens a new descriptor).
pub fn keep_passphrase_descriptors_from_children() {
    for variable in PASSPHRASE_FD_VARIABLES {
        if let Some(fd) = std::env::var(variable).ok().and_then(|s| s.trim().parse::<i32>().ok()) {
            close_on_exec(fd);
        }
    }
}

/// Mark an inherited descriptor close-on-exec (the passphrase descriptor, before `exec`
/// hands the process over to another program). A descriptor that isn't open is ignored.
#[allow(unsafe_code)]
pub fn close_on_exec(fd: i32) {
    // 0-2 are the child's stdio even when the passphrase came on stdin.
    if fd <= 2 {
        return;
    }
    // SAFETY: fcntl on an integer descriptor; an invalid one just returns -1 (EBADF).
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags >= 0 {
            libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC);
        }
    }
}

/// The effective uid (`geteuid`; std exposes no safe wrapper).
pub fn current_uid() -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: plain syscall without arguments; it can't fail.
    unsafe {
        libc::geteuid()
    }
}

/// `kill(pid, 0)`: false only when no such process exists (ESRCH). A process of another
/// user (EPERM) counts as alive.
#[allow(unsafe_code)]
pub fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 sends nothing; it only checks that the pid exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Keep `bytes` out of swap while the agent holds them (`mlock`, best effort: it fails
/// quietly when RLIMIT_MEMLOCK is too small). Returns whether the pages are locked.
#[allow(unsafe_code)]
pub fn lock_memory(bytes: &[u8]) -> bool {
    if bytes.is_empty() {
        return false;
    }
    // SAFETY: the range is a live allocation borrowed for the call; mlock only changes
    // paging attributes of the pages that contain it.
    unsafe { libc::mlock(bytes.as_ptr().cast(), bytes.len()) == 0 }
}

/// Undo [`lock_memory`] (after the bytes were zeroized).
#[allow(unsafe_code)]
pub fn unlock_memory(bytes: &[u8]) {
    if !bytes.is_empty() {
        // SAFETY: as in `lock_memory`.
        unsafe {
            libc::munlock(bytes.as_ptr().cast(), bytes.len());
        }
    }
}

/// Ask for transparent huge pages over a large buffer that is about to be filled (a whole
/// vault's plaintext): one fault per 2 MiB instead of one per 4 KiB page, which on these
/// machines is most of a whole-vault load's system time. Advice only: ignored where THP is
/// off, and harmless on failure.
#[allow(unsafe_code)]
pub fn advise_huge_pages(buf: &mut [u8]) {
    const HUGE: usize = 2 * 1024 * 1024;
    if buf.len() < 2 * HUGE {
        return;
    }
    let start = buf.as_mut_ptr() as usize;
    let aligned = start.next_multiple_of(4096);
    let len = (start + buf.len() - aligned) / 4096 * 4096;
    // SAFETY: the range lies inside `buf`, page-aligned; MADV_HUGEPAGE changes no contents.
    unsafe {
        libc::madvise(aligned as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
    }
}

/// Wipe a whole-vault plaintext buffer (its full capacity) with `explicit_bzero(3)`: a memset
/// the compiler may not remove, at memset speed. zeroize's byte-wise volatile writes cost
/// about 1.4 instructions a byte, 90 M for a 66 MB vault, which a merge pays three times.
#[allow(unsafe_code)]
pub fn wipe(buf: &mut Vec<u8>) {
    let spare = buf.capacity() - buf.len();
    // SAFETY: the pointer and length cover the vector's allocation (its initialised part
    // and its spare capacity), which this function has exclusive access to; explicit_bzero
    // writes zero bytes there and nothing else.
    unsafe {
        libc::explicit_bzero(buf.as_mut_ptr().cast(), buf.len() + spare);
    }
    buf.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locked_memory_is_best_effort() {
        let secret = zeroize::Zeroizing::new(vec![7u8; 64]);
        let locked = lock_memory(&secret);
        if locked {
            unlock_memory(&secret);
        }
        assert!(!lock_memory(&[]));
    }
}
