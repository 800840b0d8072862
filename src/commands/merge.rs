//! `sealbox merge BASE OURS THEIRS` (git's merge driver: `%O %A %B`, written to OURS) and
//! `sealbox merge --into VAULT OTHER` (a file-sync conflict copy, no base): the files around
//! the pure `vault::merge`, and each conflict printed with the command that takes theirs.
//!
//! Trust: git's files are temp copies, none of them a vault this machine knows at its path.
//! OURS is judged by its vault id against the record of known vaults (a substituted vault is
//! refused, an older generation warns); THEIRS and BASE must be copies of the same vault as
//! OURS (`merge::lineage`): its key, a key it retired, or a key that succeeded it. Nothing
//! about the temp paths is recorded; the merged vault is judged where git puts it.

use std::path::{Path, PathBuf};

use serde_json::json;

use super::recipients::{recipient_key, shell_word};
use crate::audit::Event;
use crate::cli::MergeArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::store;
use crate::trust;
use crate::vault::Document;
use crate::vault::format::{Meta, RecordSource};
use crate::vault::merge::{self, Conflict, KeyFrom, Lineage};

pub fn run(ctx: &Session, args: MergeArgs) -> anyhow::Result<()> {
    let outcome = match (&args.into, args.files.as_slice()) {
        (Some(vault), [other]) => into(ctx, vault, other)?,
        (None, [base, ours, theirs]) => driver(ctx, base, ours, theirs)?,
        (Some(_), _) => {
            return Err(Error::usage("merge --into VAULT takes one more file: the copy to merge in")
                .with_hint("sealbox merge --into VAULT OTHER")
                .into());
        }
        (None, _) => {
            return Err(Error::usage("merge takes three files, BASE OURS THEIRS, or --into VAULT OTHER")
                .with_hint("`sealbox git setup` makes git run `sealbox merge %O %A %B`")
                .into());
        }
    };
    report(ctx, &outcome)
}

/// What a merge did, for the report.
struct Outcome {
    /// The vault the commands that take theirs act on, when it is not the session's.
    vault: Option<PathBuf>,
    taken: usize,
    merged: usize,
    conflicts: Vec<Conflict>,
    refused_recipients: Vec<String>,
    lineage: Lineage,
    key_from: KeyFrom,
    generation: u64,
}

fn driver(ctx: &Session, base_path: &Path, ours: &Path, theirs: &Path) -> anyhow::Result<Outcome> {
    // git passes an empty base when the two sides have no common ancestor.
    let base_path = match std::fs::metadata(base_path) {
        Ok(m) if m.len() == 0 => None,
        _ => Some(base_path),
    };
    // OURS and THEIRS are decrypted at once (each is a whole vault); BASE is only opened:
    // its records are read for the names where the two sides differ, a few chunks. Errors
    // are reported in the order a one-at-a-time load would meet them: ours, theirs, base.
    let identities = ctx.identities()?;
    let (doc, other) = std::thread::scope(|s| {
        let other = s.spawn(|| store::load_document(theirs, identities));
        let doc = store::load_document(ours, identities);
        let lost = || Error::other("internal: a merge's decrypting thread stopped");
        (doc, other.join().unwrap_or_else(|_| Err(lost())))
    });
    let mut doc = doc?;
    ctx.judge_untracked(ours, &doc)?;
    let other = other?;
    same_vault(&doc.meta, &other.meta, theirs)?;
    let mut base = base_path.map(|p| store::open_reader(p, identities)).transpose()?;
    let base_path = base_path.unwrap_or(Path::new(""));
    if let Some(b) = &base
        && merge::lineage(&doc.meta, &b.meta) == Lineage::Unrelated
        && merge::lineage(&other.meta, &b.meta) == Lineage::Unrelated
    {
        same_vault(&doc.meta, &b.meta, base_path)?;
    }
    let base = base.as_mut().map(|b| b as &mut dyn RecordSource);
    let outcome = apply(base, &mut doc, &other, None)?;
    ctx.save_untracked(ours, &mut doc, &[event(&outcome)])?;
    Ok(outcome)
}

fn into(ctx: &Session, vault: &Path, other_path: &Path) -> anyhow::Result<Outcome> {
    let other = ctx.load_untracked(other_path, false)?;
    let shown = (vault != ctx.vault_path).then(|| vault.to_path_buf());
    ctx.write_vault(vault, ctx.lock_timeout(), |tx| {
        same_vault(&tx.meta, &other.meta, other_path)?;
        let outcome = apply(None, tx, &other, shown)?;
        tx.audit(event(&outcome));
        Ok(outcome)
    })
}

/// Refuse a copy that is not of this vault (exit 6, like any vault sealbox does not know).
fn same_vault(ours: &Meta, theirs: &Meta, path: &Path) -> Result<(), Error> {
    if merge::lineage(ours, theirs) != Lineage::Unrelated {
        return Ok(());
    }
    let why = if ours.vault_id != theirs.vault_id {
        format!("it is vault {}, this one is vault {}", theirs.vault_id, ours.vault_id)
    } else {
        "its vault key is not this vault's, nor one this vault retired, nor one that succeeded it".to_string()
    };
    Err(Error::decrypt(format!("{} is not a copy of this vault: {why}", path.display())).with_hint(
        "sealbox merges only copies of one vault; keep one side with `git checkout --ours` or `--theirs` instead",
    ))
}

/// Merge `other` into `doc`: its secrets and its meta (the save adds one to the generation).
fn apply<'b>(
    mut base: Option<&mut (dyn RecordSource + 'b)>,
    doc: &mut Document,
    other: &Document,
    vault: Option<PathBuf>,
) -> anyhow::Result<Outcome> {
    let plan = merge::plan(base.as_deref_mut(), doc, other)?;
    let fresh = merge::FreshKeys { vault_key: trust::new_key()?, audit_key: trust::new_key()? };
    let merged = merge::merge_meta(base.map(|b| b.meta()), &doc.meta, &other.meta, &recipient_key, fresh);
    let lineage = merge::lineage(&doc.meta, &other.meta);
    doc.put_many(plan.put);
    for name in &plan.remove {
        doc.remove(name);
    }
    doc.meta = merged.meta;
    doc.mark_changed();
    Ok(Outcome {
        vault,
        taken: plan.taken,
        merged: plan.merged,
        conflicts: plan.conflicts,
        refused_recipients: merged.refused_recipients,
        lineage,
        key_from: merged.key_from,
        generation: doc.meta.generation.saturating_add(1),
    })
}

fn event(outcome: &Outcome) -> Event {
    Event::ok("MergeVault", None, None).with_detail(format!(
        "{} taken, {} merged, {} conflicts",
        outcome.taken,
        outcome.merged,
        outcome.conflicts.len()
    ))
}

/// The conflict as a sentence, and the command that takes theirs.
fn describe(c: &Conflict, sealbox: &str) -> (String, Option<String>) {
    let quoted = |s: &Option<String>| shell_word(s.as_deref().unwrap_or(""));
    match c {
        Conflict::Label { name, label, ours, theirs } => {
            let at = |v: &Option<String>| v.as_deref().map_or("no version".to_string(), |v| format!("version {v}"));
            let command = match (ours, theirs) {
                (Some(o), Some(t)) => format!("{sealbox} stage {name} {label} --to {t} --from {o}"),
                (None, Some(t)) => format!("{sealbox} stage {name} {label} --to {t}"),
                (Some(o), None) => format!("{sealbox} stage {name} {label} --from {o}"),
                (None, None) => String::new(),
            };
            let text = format!(
                "{name}: both sides moved {label}: it stays on {} here, theirs has it on {}",
                at(ours),
                at(theirs)
            );
            (text, Some(command).filter(|c| !c.is_empty()))
        }
        Conflict::Description { name, theirs } => (
            format!("{name}: both sides changed the description; this side's is kept"),
            Some(format!("{sealbox} update {name} --description {}", quoted(theirs))),
        ),
        Conflict::Tag { name, key, theirs } => (
            format!("{name}: both sides changed the tag {key}; this side's is kept"),
            Some(match theirs {
                Some(v) => format!("{sealbox} tag {name} {}", shell_word(&format!("{key}={v}"))),
                None => format!("{sealbox} untag {name} {}", shell_word(key)),
            }),
        ),
        Conflict::Deletion { name, theirs_scheduled } => (
            format!(
                "{name}: both sides changed its deletion: it is {} here, {} in theirs",
                if *theirs_scheduled { "not scheduled" } else { "scheduled" },
                if *theirs_scheduled { "scheduled" } else { "not scheduled" }
            ),
            Some(if *theirs_scheduled {
                format!("{sealbox} delete {name}")
            } else {
                format!("{sealbox} restore {name}")
            }),
        ),
        Conflict::Removed { name, removed_by_theirs } => (
            format!(
                "{name}: {} removed it and {} changed it: it is kept as changed",
                if *removed_by_theirs { "theirs" } else { "this side" },
                if *removed_by_theirs { "this side" } else { "theirs" }
            ),
            Some(format!("{sealbox} delete {name} --force-delete-without-recovery")),
        ),
        Conflict::VersionValue { name, version_id } => (
            format!(
                "{name}: version {version_id} has another value in theirs (sealbox never makes that); this side's is kept"
            ),
            None,
        ),
    }
}

fn report(ctx: &Session, outcome: &Outcome) -> anyhow::Result<()> {
    let sealbox = match &outcome.vault {
        Some(v) => format!("sealbox --vault {}", shell_word(&v.to_string_lossy())),
        None => "sealbox".to_string(),
    };
    if outcome.lineage == Lineage::Older {
        ctx.warn(
            "theirs was made under a vault key this side retired (`recipients remove`), so anyone removed since could have made it: check what it changed (`git log -p`)",
        );
    }
    for r in &outcome.refused_recipients {
        ctx.warn(format!(
            "theirs adds the recipient {r}, not taken because theirs is an older copy; if it belongs, run `{sealbox} recipients add {}`",
            shell_word(r)
        ));
    }
    let described: Vec<(String, Option<String>)> = outcome.conflicts.iter().map(|c| describe(c, &sealbox)).collect();
    if ctx.json() {
        let rows: Vec<_> = outcome
            .conflicts
            .iter()
            .zip(&described)
            .map(|(c, (text, command))| json!({"Name": c.name(), "Conflict": text, "TakeTheirs": command}))
            .collect();
        output::print_json(&json!({
            "Taken": outcome.taken,
            "Merged": outcome.merged,
            "Conflicts": rows,
            "Generation": outcome.generation,
            "NewVaultKey": outcome.key_from == KeyFrom::Fresh,
        }))?;
    } else {
        for (text, command) in &described {
            eprintln!("sealbox: conflict: {text}");
            if let Some(command) = command {
                eprintln!("sealbox: hint: to take theirs: {command}");
            }
        }
        ctx.info(format!(
            "merged: {} secret{} as theirs has {}, {} merged from both sides, {} conflict{}; generation {}",
            outcome.taken,
            if outcome.taken == 1 { "" } else { "s" },
            if outcome.taken == 1 { "it" } else { "them" },
            outcome.merged,
            outcome.conflicts.len(),
            if outcome.conflicts.len() == 1 { "" } else { "s" },
            outcome.generation
        ));
    }
    if outcome.conflicts.is_empty() {
        return Ok(());
    }
    let n = outcome.conflicts.len();
    Err(Error::other(format!(
        "the merge has {n} conflict{}: this side was kept where both changed, and nothing was lost",
        if n == 1 { "" } else { "s" }
    ))
    .with_hint("take theirs with the commands above where you want it, then `git add` the vault and commit")
    .into())
}
