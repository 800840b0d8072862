//! `sealbox exec`: run a command with secrets in its environment. The command replaces
//! sealbox (execve), so its exit status, signals, stdin and terminal are its own.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;

use super::resolve::{self, Request};
use crate::cli::ExecArgs;
use crate::error::Error;
use crate::session::Session;

/// What `--pristine` keeps from sealbox's own environment.
pub const PRISTINE_KEEP: [&str; 4] = ["PATH", "HOME", "TERM", "LANG"];

/// sealbox variables a child may keep: paths and settings, never key material. Every other
/// `SEALBOX_*` (the passphrase descriptor, test hooks, anything added later) is removed.
pub const SEALBOX_KEEP: [&str; 4] = ["SEALBOX_VAULT", "SEALBOX_IDENTITY", "SEALBOX_CONFIG", "SEALBOX_LOCK_TIMEOUT"];

pub fn run(ctx: &Session, args: ExecArgs) -> anyhow::Result<()> {
    let Some((program, program_args)) = args.command.split_first() else {
        return Err(Error::usage("no command to run").with_hint("sealbox exec --prefix app/ -- CMD [ARGS]").into());
    };
    let collected = resolve::collect(
        ctx,
        &Request { prefixes: &args.prefixes, envs: &args.envs, expand_json: args.expand_json, strict: args.strict },
    )?;
    ctx.record(&collected.events)?;

    let mut cmd = std::process::Command::new(program);
    cmd.args(program_args);
    if args.pristine {
        cmd.env_clear();
        for key in PRISTINE_KEEP {
            if let Some(v) = std::env::var_os(key) {
                cmd.env(key, v);
            }
        }
    } else {
        for (key, _) in std::env::vars_os() {
            let k = key.as_bytes();
            if k.starts_with(b"SEALBOX_") && !SEALBOX_KEEP.iter().any(|keep| keep.as_bytes() == k) {
                cmd.env_remove(&key);
            }
        }
    }
    for (var, v) in &collected.vars {
        cmd.env(var, OsStr::from_bytes(&v.value));
    }
    // The passphrase descriptor must not reach the child either.
    if let Some(fd) = std::env::var("SEALBOX_PASSPHRASE_FD").ok().and_then(|s| s.trim().parse::<i32>().ok()) {
        crate::hardening::close_on_exec(fd);
    }
    crate::hardening::restore_core_limit();
    let err = cmd.exec();
    // Only reached when the exec failed: report it the way shells and env(1) do.
    let code = if err.kind() == std::io::ErrorKind::NotFound { 127 } else { 126 };
    eprintln!("sealbox: error: can't run {}: {err}", program.to_string_lossy());
    if code == 127 {
        eprintln!("sealbox: hint: check the command name and PATH");
    }
    std::process::exit(code)
}
