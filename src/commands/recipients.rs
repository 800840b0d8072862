//! `sealbox recipients list|add|remove`: who can open this vault. Add and remove re-encrypt
//! the whole vault in one locked atomic write. A region's vault keeps its own recipients:
//! these commands change only the vault they run on (`--vault` picks a region's).

use std::path::PathBuf;

use serde_json::json;

use crate::audit::Event;
use crate::cli::{RecipientsArgs, RecipientsCommand};
use crate::crypto;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::store;
use crate::vault::Document;

pub fn run(ctx: &Session, args: RecipientsArgs) -> anyhow::Result<()> {
    match args.command {
        RecipientsCommand::List => list(ctx),
        RecipientsCommand::Add { recipients } => add(ctx, &recipients),
        RecipientsCommand::Remove { recipient, rotate_all, force } => remove(ctx, &recipient, rotate_all, force),
    }
}

fn list(ctx: &Session) -> anyhow::Result<()> {
    let reader = ctx.reader()?;
    let own = &ctx.identities()?.public_keys();
    let recipients = &reader.meta.recipients;
    if ctx.json() {
        let rows: Vec<_> =
            recipients.iter().map(|r| json!({"Recipient": r, "ThisIdentity": is_among(r, own)})).collect();
        return output::print_json(&json!({"Recipients": rows}));
    }
    let mut text = String::new();
    for r in recipients {
        text.push_str(r);
        if is_among(r, own) {
            text.push_str("  (this identity)");
        }
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())
}

fn add(ctx: &Session, given: &[String]) -> anyhow::Result<()> {
    let mut wanted = Vec::new();
    for r in given {
        let r = crypto::validate_recipient(&tidy(r))?;
        if !is_among(&r, &wanted) {
            wanted.push(r);
        }
    }
    let _progress = reencrypting(ctx);
    let (added, all) = ctx.write(|doc| {
        let mut added = Vec::new();
        for r in &wanted {
            // Any spelling of a key already there (with or without its comment) is that key.
            if !is_among(r, &doc.meta.recipients) {
                doc.meta.recipients.push(r.clone());
                added.push(r.clone());
            }
        }
        if !added.is_empty() {
            doc.mark_changed();
        }
        doc.audit_all(added.iter().map(|r| Event::ok("AddRecipient", None, None).with_detail(r)));
        Ok((added, doc.meta.recipients.clone()))
    })?;
    if ctx.json() {
        return output::print_json(&json!({"Added": added, "Recipients": all}));
    }
    if added.is_empty() {
        ctx.info("nothing to add: every key given is a recipient already");
    } else {
        ctx.info(format!(
            "added {} recipient{}; {} re-encrypted to {} recipients",
            added.len(),
            if added.len() == 1 { "" } else { "s" },
            ctx.vault_path.display(),
            all.len()
        ));
    }
    Ok(())
}

/// What a recipient is compared by: its canonical form (`crypto::canonical_recipient`), so
/// one key spelled with and without its comment is one recipient. A stored string this
/// sealbox can't parse compares as its trimmed text.
pub(crate) fn recipient_key(r: &str) -> String {
    crypto::canonical_recipient(r).unwrap_or_else(|_| r.trim().to_string())
}

pub(crate) fn is_among(r: &str, list: &[String]) -> bool {
    let key = recipient_key(r);
    list.iter().any(|x| recipient_key(x) == key)
}

/// A recipient as typed, with runs of whitespace (a pasted `authorized_keys` line) made one
/// space.
fn tidy(given: &str) -> String {
    given.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The command that removes `recipient` from the vault at `vault`, quoted for a shell.
pub(crate) fn remove_command(vault: &std::path::Path, recipient: &str) -> String {
    format!("sealbox --vault {} recipients remove {}", shell_word(&vault.to_string_lossy()), shell_word(recipient))
}

/// `s` as one shell word: as it is when that is safe, else quoted.
pub(crate) fn shell_word(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._+=@:,-".contains(c)) {
        s.to_string()
    } else {
        String::from_utf8_lossy(&crate::envvars::shell_quote(s.as_bytes())).into_owned()
    }
}

/// The file regions of the config whose vault still encrypts to the recipient with this
/// canonical `key`, with their vault paths. A region this identity can't open is reported
/// by `doctor`, not here.
fn regions_encrypting_to(ctx: &Session, key: &str) -> Vec<(String, PathBuf)> {
    let Ok(ids) = ctx.identities() else { return Vec::new() };
    let mut out = Vec::new();
    for (name, rc) in &ctx.config.regions {
        let Some(vault) = rc.vault.as_ref().filter(|v| !rc.is_aws() && **v != ctx.vault_path) else { continue };
        let Ok(reader) = store::open_reader(vault, ids) else { continue };
        if reader.meta.recipients.iter().any(|r| recipient_key(r) == key) {
            out.push((name.clone(), vault.clone()));
        }
    }
    out
}

/// What a removal left to do.
struct Removal {
    exposed: Vec<String>,
    remaining: usize,
}

fn remove(ctx: &Session, given: &str, rotate_all: bool, force: bool) -> anyhow::Result<()> {
    let target = crypto::validate_recipient(&tidy(given))?;
    let key = crypto::canonical_recipient(&target)?;
    let own = ctx.identities()?.public_keys().clone();
    let now = ctx.now;
    let _progress = reencrypting(ctx);
    let (removal, rotation) = ctx.write(|doc| {
        if !doc.meta.recipients.iter().any(|r| recipient_key(r) == key) {
            return Err(Error::not_found(format!("{target} is not a recipient of {}", ctx.vault_path.display()))
                .with_hint("run `sealbox recipients list`")
                .into());
        }
        if doc.meta.recipients.iter().all(|r| recipient_key(r) == key) {
            return Err(Error::invalid_state(format!(
                "{target} is the last recipient of {}: without it nobody could open the vault",
                ctx.vault_path.display()
            ))
            .with_hint("add the new key first: `sealbox recipients add RECIPIENT`")
            .into());
        }
        if is_among(&target, &own) && !force {
            return Err(Error::invalid_state(format!(
                "{target} is the identity this command is using: removing it locks you out of the vault"
            ))
            .with_hint("pass --force if you hold another of its recipients' keys")
            .into());
        }
        // Every spelling goes: an entry left with another comment would still decrypt.
        doc.meta.recipients.retain(|r| recipient_key(r) != key);
        // The removed key knew the vault key: a new one, so that a vault it makes is not
        // taken for this vault's next generation.
        doc.rotate_vault_key();
        doc.audit(Event::ok("RemoveRecipient", None, None).with_detail(&target));
        let exposed: Vec<String> = doc.names().map(str::to_string).collect();
        let rotation = if rotate_all { Some(mark_due(doc, &exposed, now)?) } else { None };
        Ok((Removal { exposed, remaining: doc.meta.recipients.len() }, rotation))
    })?;
    // Each region keeps its own recipients: say which still let the removed key in.
    let stale_regions = regions_encrypting_to(ctx, &key);
    let warn_regions = || {
        for (region, vault) in &stale_regions {
            ctx.warn(format!("region {region} still encrypts to {target}; run: {}", remove_command(vault, &target)));
        }
    };
    let mut rotation = rotation;
    if rotation.is_none() && !removal.exposed.is_empty() && ctx.interaction.can_prompt && !ctx.json() {
        eprintln!(
            "sealbox: {target} could read {} secret{} before its removal, and may have copies",
            removal.exposed.len(),
            if removal.exposed.len() == 1 { "" } else { "s" }
        );
        if ask_yes_no("rotate all of them now? [y/N] ") {
            let names = removal.exposed.clone();
            rotation = Some(ctx.write(|doc| Ok(mark_due(doc, &names, now)?))?);
        }
    }
    if ctx.json() {
        warn_regions();
        let (due, by_hand) = rotation.clone().unwrap_or_default();
        return output::print_json(&json!({
            "Removed": target,
            "RemainingRecipients": removal.remaining,
            "ExposedSecrets": removal.exposed,
            "MarkedForRotation": due,
            "RotateByHand": by_hand,
        }));
    }
    ctx.info(format!(
        "removed {target}; {} re-encrypted to {} recipient{}",
        ctx.vault_path.display(),
        removal.remaining,
        if removal.remaining == 1 { "" } else { "s" }
    ));
    warn_regions();
    if removal.exposed.is_empty() {
        return Ok(());
    }
    ctx.info(format!(
        "removing a key does not revoke what it already decrypted: it could read these {} secret{}:",
        removal.exposed.len(),
        if removal.exposed.len() == 1 { "" } else { "s" }
    ));
    let mut text = String::new();
    for name in &removal.exposed {
        text.push_str(name);
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())?;
    match rotation {
        None => ctx.info(
            "rotate them: `sealbox recipients remove … --rotate-all` marks every one with rotation set up as due; \
change the others with `sealbox put-version NAME`",
        ),
        Some((due, by_hand)) => {
            if !due.is_empty() {
                ctx.info(format!(
                    "marked {} secret{} with rotation set up as due now: run `sealbox rotate --due` to rotate them",
                    due.len(),
                    if due.len() == 1 { "" } else { "s" }
                ));
            }
            if !by_hand.is_empty() {
                ctx.info(format!(
                    "{} secret{} no rotation set up; give each a new value with `sealbox put-version NAME`: {}",
                    by_hand.len(),
                    if by_hand.len() == 1 { " has" } else { "s have" },
                    by_hand.join(", ")
                ));
            }
        }
    }
    Ok(())
}

/// Make every secret in `names` that has rotation set up due now (`next_rotation = now`),
/// so the next `rotate --due` rotates it. Returns (marked due, to change by hand).
fn mark_due(doc: &mut Document, names: &[String], now: jiff::Timestamp) -> Result<(Vec<String>, Vec<String>), Error> {
    let mut due = Vec::new();
    let mut by_hand = Vec::new();
    for name in names {
        let Some(mut secret) = doc.get(name)? else { continue };
        if secret.rotation.enabled && secret.deletion.is_none() {
            secret.rotation.next_rotation = Some(now);
            doc.put(secret);
            due.push(name.clone());
        } else {
            by_hand.push(name.clone());
        }
    }
    Ok((due, by_hand))
}

fn ask_yes_no(prompt: &str) -> bool {
    eprint!("{prompt}");
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line).is_err() {
        return false;
    }
    matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}

/// A spinner while a large vault (over 8 MiB) is re-encrypted, on a terminal only.
fn reencrypting(ctx: &Session) -> crate::progress::Progress {
    const LARGE: u64 = 8 << 20;
    match std::fs::metadata(&ctx.vault_path) {
        Ok(m) if m.len() > LARGE => crate::progress::Progress::spinner(
            ctx,
            &format!("re-encrypting {} ({} MiB)", ctx.vault_path.display(), m.len() >> 20),
        ),
        _ => crate::progress::Progress::none(),
    }
}
