//! `sealbox git setup`: make git merge and diff the vault secret by secret. The vault gets a
//! `.gitattributes` line (`/PATH merge=sealbox diff=sealbox`, to commit), its lock and temp
//! files a `.gitignore` line each, and the clone's
//! config names the merge driver and the diff textconv (each clone runs setup once: git
//! never takes a command to run from a repository).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cli::{GitArgs, GitCommand};
use crate::error::Error;
use crate::fs::{self, Links};
use crate::session::Session;

/// What `git config` gets: the driver runs with git's temp files, as DESIGN.md says.
const SETTINGS: [(&str, &str); 3] = [
    ("merge.sealbox.name", "sealbox: merge the vault secret by secret"),
    ("merge.sealbox.driver", "sealbox merge %O %A %B"),
    ("diff.sealbox.textconv", "sealbox textconv"),
];

pub fn run(ctx: &Session, args: GitArgs) -> anyhow::Result<()> {
    match args.command {
        GitCommand::Setup => setup(ctx),
    }
}

fn setup(ctx: &Session) -> anyhow::Result<()> {
    let vault = real_path(&ctx.vault_path)?;
    let dir = fs::parent_dir(&vault);
    let top = PathBuf::from(git(&dir, &["rev-parse", "--show-toplevel"])?.trim_end_matches('\n'));
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    let Ok(relative) = vault.strip_prefix(&top) else {
        return Err(Error::usage(format!(
            "the vault {} is not inside the git work tree {}",
            vault.display(),
            top.display()
        ))
        .with_hint("move the vault into the repository, or pass --vault with a path inside it")
        .into());
    };
    let relative = relative.to_string_lossy().into_owned();
    if relative.is_empty() || relative.chars().any(|c| c.is_whitespace() || "*?[]\\\"#!".contains(c)) {
        return Err(Error::usage(format!("the vault's path {relative} can't be named in .gitattributes"))
            .with_hint("rename the vault file without spaces or any of * ? [ ] \\ \" # !")
            .into());
    }
    let attributes = top.join(".gitattributes");
    let added = add_line(&attributes, &format!("/{relative} merge=sealbox diff=sealbox"))?;
    // The vault's lock and a crashed write's temp file live beside it: never commit them.
    let (dir_part, file) = relative.rsplit_once('/').map_or(("", relative.as_str()), |(d, f)| (d, f));
    let beside = if dir_part.is_empty() { String::new() } else { format!("{dir_part}/") };
    let ignore = top.join(".gitignore");
    add_line(&ignore, &format!("/{beside}{file}.lock"))?;
    add_line(&ignore, &format!("/{beside}.{file}.tmp-*"))?;
    for (key, value) in SETTINGS {
        git(&top, &["config", "--local", key, value])?;
    }
    if added {
        ctx.info(format!(
            "added /{relative} merge=sealbox diff=sealbox to {} (and its lock to .gitignore)",
            attributes.display()
        ));
    } else {
        ctx.info(format!("{} already names /{relative}", attributes.display()));
    }
    ctx.info(format!(
        "set merge.sealbox.driver and diff.sealbox.textconv in {}'s git config; commit .gitattributes and .gitignore, and run `sealbox git setup` once in every clone",
        top.display()
    ));
    Ok(())
}

/// The vault's absolute path with its directory's symlinks resolved (the vault itself may
/// not exist yet).
fn real_path(vault: &Path) -> Result<PathBuf, Error> {
    let absolute = std::path::absolute(vault)
        .map_err(|e| fs::io_error(format!("can't resolve the vault path {}", vault.display()), e))?;
    let dir = fs::parent_dir(&absolute);
    let dir = std::fs::canonicalize(&dir)
        .map_err(|e| fs::io_error(format!("can't open the vault's directory {}", dir.display()), e))?;
    Ok(match absolute.file_name() {
        Some(name) => dir.join(name),
        None => dir,
    })
}

/// Add `line` to the file unless a line with the same words is there. Returns whether the
/// file changed.
fn add_line(path: &Path, line: &str) -> Result<bool, Error> {
    let old = match std::fs::symlink_metadata(path) {
        Err(_) => String::new(),
        Ok(_) => String::from_utf8_lossy(&fs::read_capped(path, fs::MAX_STATE_BYTES, "the file")?).into_owned(),
    };
    let words = |l: &str| l.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    if old.lines().any(|l| words(l) == words(line)) {
        return Ok(false);
    }
    let mut text = old;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    fs::write_file_atomic(path, Links::Refuse, text.as_bytes(), true)?;
    Ok(true)
}

/// Run git in `dir`; its stdout, or its stderr as the error.
fn git(dir: &Path, args: &[&str]) -> Result<String, Error> {
    let out = Command::new("git").current_dir(dir).args(args).output().map_err(|e| {
        fs::io_error("can't run git".into(), e)
            .with_hint("install git, or add the attributes and config by hand (see the README)")
    })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(Error::other(format!("git {} failed in {}: {}", args.join(" "), dir.display(), stderr.trim()))
            .with_hint("run `sealbox git setup` inside the git work tree that holds the vault (`git init` first)"));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
