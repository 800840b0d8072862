//! `sealbox edit NAME`: the value in `$VISUAL`, else `$EDITOR`, else `vi`, through a buffer
//! that never reaches a disk.
//!
//! The buffer is a 0600 file in a fresh 0700 directory `sealbox-edit.PID.RANDOM` in
//! `$XDG_RUNTIME_DIR`, else in `/dev/shm` (`SEALBOX_SHM_DIR` names another), and only if
//! that directory is on a RAM-backed file system (tmpfs or ramfs, read from
//! /proc/self/mountinfo); otherwise `edit` refuses. Every file in the directory is
//! overwritten with zeros and removed, and the directory too, on every path out: a [`Buffer`]
//! guard does it on return, error or panic; SIGINT, SIGTERM, SIGHUP and SIGQUIT only set a
//! flag while the editor runs (so sealbox outlives them, wipes, and writes nothing); a
//! sealbox killed outright leaves a directory whose pid is dead, which the next `edit`
//! wipes first. vim and nvim, whatever name they are started by (`vi` and `view` included,
//! when the file they resolve to is vim), get the options that keep swap, backup, undo and
//! viminfo files away (`-n -i NONE` and `set nobackup nowritebackup noswapfile noundofile`).
//!
//! This module needs `unsafe` for one thing: `signal(2)` to install a handler that stores
//! to an atomic (async-signal-safe), since std has no API for it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicI32, Ordering};

use serde_json::json;
use zeroize::Zeroizing;

use super::{new_arn, new_version_id};
use crate::audit::Event;
use crate::cli::NameArg;
use crate::error::Error;
use crate::fs;
use crate::output;
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::model::SecretValue;
use crate::vault::names;

const DIR_PREFIX: &str = "sealbox-edit.";

/// The signal that arrived while the editor ran (0: none).
static INTERRUPTED: AtomicI32 = AtomicI32::new(0);

extern "C" fn note_signal(signal: libc::c_int) {
    INTERRUPTED.store(signal, Ordering::SeqCst);
}

const CAUGHT: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

/// Catch (or, with `false`, stop catching) the signals that would end sealbox while the
/// editor runs. A caught signal's handler is reset to the default in the editor at exec,
/// so the editor still gets Ctrl-C as it always does.
#[allow(unsafe_code)]
fn catch_signals(on: bool) {
    let handler = if on { note_signal as extern "C" fn(libc::c_int) as libc::sighandler_t } else { libc::SIG_DFL };
    for signal in CAUGHT {
        // SAFETY: signal(2) with a valid signal number and either SIG_DFL or a handler
        // that only stores to an atomic, which is async-signal-safe.
        unsafe {
            libc::signal(signal, handler);
        }
    }
}

/// The private buffer directory and its file; wiped and removed when dropped.
struct Buffer {
    dir: PathBuf,
    file: PathBuf,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        wipe_dir(&self.dir);
    }
}

/// Overwrite and remove every file in `dir` (the editor may have left others beside the
/// buffer), then the directory.
fn wipe_dir(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                wipe_dir(&path);
            } else {
                let _ = fs::wipe_and_remove(&path);
            }
        }
    }
    let _ = std::fs::remove_dir(dir);
}

/// The file-system type of the mount that holds `path`, from /proc/self/mountinfo (the
/// longest mount point that contains it; the last one listed when mounts are stacked).
fn fs_type(path: &Path) -> Option<String> {
    let path = std::fs::canonicalize(path).ok()?;
    let info = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let mut best: Option<(usize, String)> = None;
    for line in info.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let (Some(mount), Some(dash)) = (fields.get(4), fields.iter().position(|f| *f == "-")) else { continue };
        let mount = mount.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
        let Some(kind) = fields.get(dash + 1) else { continue };
        if path.starts_with(&mount) && best.as_ref().is_none_or(|(len, _)| mount.len() >= *len) {
            best = Some((mount.len(), kind.to_string()));
        }
    }
    best.map(|(_, kind)| kind)
}

fn is_ram_backed(dir: &Path) -> bool {
    dir.is_dir() && fs_type(dir).is_some_and(|kind| kind == "tmpfs" || kind == "ramfs")
}

/// The candidates for the buffer's directory, in order.
fn candidates() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        out.push(PathBuf::from(d));
    }
    out.push(std::env::var_os("SEALBOX_SHM_DIR").filter(|d| !d.is_empty()).map_or("/dev/shm".into(), PathBuf::from));
    out
}

/// Wipe the buffers that a sealbox killed outright left behind (their pid is dead).
fn sweep_stale(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(DIR_PREFIX)) else { continue };
        let Some(pid) = rest.split('.').next().and_then(|p| p.parse::<u32>().ok()) else { continue };
        let ours = entry.metadata().is_ok_and(|m| {
            use std::os::unix::fs::MetadataExt;
            m.uid() == crate::hardening::current_uid()
        });
        if ours && pid != std::process::id() && !crate::hardening::process_alive(pid) {
            wipe_dir(&entry.path());
        }
    }
}

fn new_buffer(name: &str, value: &[u8]) -> Result<Buffer, Error> {
    let candidates = candidates();
    for base in &candidates {
        sweep_stale(base);
    }
    let base = candidates.iter().find(|d| is_ram_backed(d)).ok_or_else(|| {
        let mut tried: Vec<String> = candidates.iter().map(|d| d.display().to_string()).collect();
        tried.dedup();
        Error::other(format!(
            "no RAM-backed directory for the edit buffer (not tmpfs or ramfs: {}): refusing to write the value to disk",
            tried.join(", ")
        ))
        .with_hint(
            "set XDG_RUNTIME_DIR to a tmpfs directory (systemd makes /run/user/UID), or use `sealbox put-version`",
        )
    })?;
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|e| Error::other(format!("no randomness: {e}")))?;
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let dir = base.join(format!("{DIR_PREFIX}{}.{suffix}", std::process::id()));
    fs::create_private_dir_new(&dir)?;
    // From here on the guard wipes whatever is in the directory.
    let leaf = name.rsplit('/').next().filter(|l| !l.is_empty()).unwrap_or("secret");
    let buffer = Buffer { file: dir.join(leaf), dir };
    let mut file =
        fs::create_new(&buffer.file).map_err(|e| fs::io_error(format!("can't create {}", buffer.file.display()), e))?;
    std::io::Write::write_all(&mut file, value)
        .map_err(|e| fs::io_error(format!("can't write {}", buffer.file.display()), e))?;
    Ok(buffer)
}

/// vim's own names (Debian's `vim.basic`, `vim.tiny`, `vim.gtk3`… included) and nvim's.
fn is_vim_name(name: &str) -> bool {
    matches!(name, "vim" | "nvim" | "gvim" | "rvim" | "mvim" | "gview" | "rview") || name.starts_with("vim.")
}

/// Whether `program` is vim or nvim: by its name, else by the file it resolves to. `vi`,
/// `view`, `ex` or `editor` are vim on most Linux systems (`/usr/bin/vi` ->
/// `/etc/alternatives/vi` -> `/usr/bin/vim.basic` on Debian) but nvi or busybox elsewhere,
/// which don't take vim's options; following the links tells them apart without running
/// the editor. A `vi` that is a copy of vim rather than a link is not recognised.
fn is_vim(program: &str) -> bool {
    let path = Path::new(program);
    if path.file_name().and_then(|n| n.to_str()).is_some_and(is_vim_name) {
        return true;
    }
    let found = if program.contains('/') {
        Some(path.to_path_buf())
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths).map(|dir| dir.join(program)).find(|candidate| candidate.is_file())
        })
    };
    found
        .and_then(|p| std::fs::canonicalize(p).ok())
        .is_some_and(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(is_vim_name))
}

/// The editor's argv: `$VISUAL`, else `$EDITOR`, else `vi`, split at whitespace, with the
/// options that keep vim's and nvim's swap, backup, undo and viminfo files away.
fn editor_argv(file: &Path) -> Vec<std::ffi::OsString> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    let mut argv: Vec<std::ffi::OsString> = editor.split_whitespace().map(Into::into).collect();
    if argv[0].to_str().is_some_and(is_vim) {
        for a in ["-n", "-i", "NONE", "-c", "set nobackup nowritebackup noswapfile noundofile"] {
            argv.push(a.into());
        }
    }
    argv.push(file.as_os_str().to_owned());
    argv
}

/// Run the editor on the buffer and read it back; an error when it failed or was interrupted.
fn run_editor(buffer: &Buffer) -> Result<Zeroizing<Vec<u8>>, Error> {
    let argv = editor_argv(&buffer.file);
    INTERRUPTED.store(0, Ordering::SeqCst);
    catch_signals(true);
    // The editor keeps sealbox's core limit of 0: a crashing editor dumps no plaintext.
    let status = Command::new(&argv[0]).args(&argv[1..]).status();
    catch_signals(false);
    let editor = argv[0].to_string_lossy().into_owned();
    let status = status.map_err(|e| {
        Error::other(format!("can't run the editor {editor}: {e}")).with_hint("set VISUAL or EDITOR to an editor")
    })?;
    let signal = INTERRUPTED.load(Ordering::SeqCst);
    if signal != 0 {
        return Err(Error::other(format!("interrupted (signal {signal}): nothing written")));
    }
    if !status.success() {
        return Err(Error::other(format!("the editor {editor} failed ({status}): nothing written")));
    }
    fs::read_capped(&buffer.file, names::MAX_VALUE_BYTES as u64 + 1, "the edited value")
}

pub fn run(ctx: &Session, args: NameArg) -> anyhow::Result<()> {
    let name = args.name.as_str();
    names::validate_name(name)?;
    let existing = ctx.reader()?.read_secret(name)?;
    let original: Zeroizing<Vec<u8>> = match &existing {
        Some(secret) => {
            secret.ensure_writable()?;
            let current =
                secret.current().ok_or_else(|| Error::not_found(format!("secret {name} has no AWSCURRENT version")))?;
            // The editor sees the value: that is a read, logged before it happens.
            ctx.record(&[Event::ok("GetSecretValue", Some(name), Some(&current.id)).with_detail("edit")])?;
            Zeroizing::new(current.value.as_bytes().to_vec())
        }
        None => Zeroizing::new(Vec::new()),
    };
    let buffer = new_buffer(name, &original)?;
    let mut edited = run_editor(&buffer)?;
    drop(buffer);
    // Editors end the last line with a newline; a value that had none keeps none.
    if !original.ends_with(b"\n") && edited.ends_with(b"\n") {
        let mut len = edited.len() - 1;
        if edited[..len].ends_with(b"\r") {
            len -= 1;
        }
        edited.truncate(len);
    }
    if edited[..] == original[..] {
        if ctx.json() {
            return output::print_json(&json!({"Name": name, "Changed": false}));
        }
        ctx.info(format!("{name}: no change"));
        return Ok(());
    }
    names::validate_value_len(edited.len())?;
    let value = SecretValue::from_bytes(edited);
    let now = ctx.now;
    let version_id = new_version_id();
    let (arn, created) = ctx.write(|tx| match tx.get(name)? {
        Some(mut secret) => {
            let out = secret.put_value(version_id.clone(), value, &[], now)?;
            tx.audit(Event::ok("PutSecretValue", Some(name), Some(&out.version_id)).with_detail("edit"));
            if let Some(pending) = &out.abandoned_rotation {
                tx.audit(Event::ok("RotationAbandoned", Some(name), Some(pending)).with_detail("edit"));
            }
            let arn = secret.arn.clone();
            tx.put(secret);
            Ok((arn, false))
        }
        None => {
            let arn = new_arn(tx, name)?;
            tx.put(Secret::new(name, arn.clone(), version_id.clone(), value, now));
            tx.audit(Event::ok("CreateSecret", Some(name), Some(&version_id)).with_detail("edit"));
            Ok((arn, true))
        }
    })?;
    if ctx.json() {
        return output::print_json(&json!({"ARN": arn, "Name": name, "VersionId": version_id}));
    }
    if created {
        ctx.info(format!("created {name} (version {version_id})"));
    } else {
        ctx.info(format!("{name}: new version {version_id} [AWSCURRENT]"));
    }
    Ok(())
}
