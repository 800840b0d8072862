//! `sealbox mv OLD NEW` (and `mv OLD/ NEW/` for a subtree): a rename that keeps every
//! version, label, tag, description, rotation setting, date and the ARN's suffix.
//!
//! Replicas follow: the primary's write renames (the replica states move with the secret,
//! so the plan pushes the new name to the same regions); then each region's replica of the
//! old name is removed, as `replicate --remove` does.

use serde_json::json;

use crate::audit::Event;
use crate::cli::MvArgs;
use crate::error::Error;
use crate::output;
use crate::replication;
use crate::session::Session;
use crate::vault::names;

/// The ARN of a renamed secret: the same vault and random suffix, the new name.
fn renamed_arn(arn: &str, old: &str, new: &str) -> String {
    let marker = format!(":secret:{old}-");
    match arn.rfind(&marker) {
        Some(at) => format!("{}:secret:{new}-{}", &arn[..at], &arn[at + marker.len()..]),
        None => arn.to_string(),
    }
}

/// The (old, new) pairs of a move: one secret, or every secret in the subtree `OLD/`.
fn pairs(doc: &crate::vault::Document, old: &str, new: &str) -> Result<Vec<(String, String)>, Error> {
    let subtree = old.ends_with('/') || new.ends_with('/');
    if !subtree {
        return Ok(vec![(old.to_string(), new.to_string())]);
    }
    if !(old.ends_with('/') && new.ends_with('/')) {
        return Err(Error::usage(format!("moving a subtree needs a `/` at the end of both names: {old} {new}"))
            .with_hint(format!("sealbox mv {} {}", with_slash(old), with_slash(new))));
    }
    let tree = names::Subtree::new(old);
    let found: Vec<(String, String)> = doc
        .names_in_subtree(old)
        .filter(|n| n.len() > tree.below().len())
        .map(|n| (n.to_string(), format!("{new}{}", &n[tree.below().len()..])))
        .collect();
    if found.is_empty() {
        return Err(Error::not_found(format!("no secrets under {old}"))
            .with_hint("run `sealbox list --tree` to see the names in this vault"));
    }
    Ok(found)
}

fn with_slash(s: &str) -> String {
    if s.ends_with('/') { s.to_string() } else { format!("{s}/") }
}

pub fn run(ctx: &Session, args: MvArgs) -> anyhow::Result<()> {
    let (old, new) = (args.old.as_str(), args.new.as_str());
    names::validate_prefix(old)?;
    names::validate_prefix(new)?;
    if old == new {
        return Err(Error::usage(format!("{old} and {new} are the same name")).into());
    }
    if names::in_subtree(new.trim_end_matches('/'), old.trim_end_matches('/')) && old.ends_with('/') {
        return Err(Error::usage(format!("can't move {old} into itself ({new})")).into());
    }
    let (moved, removals) = ctx.write(|tx| {
        let pairs = pairs(tx, old, new)?;
        let mut moved = Vec::new();
        let mut removals: Vec<(String, String)> = Vec::new();
        // Everything is checked before anything moves: a refused move changes nothing.
        for (from, to) in &pairs {
            names::validate_name(to)?;
            let secret = super::existing(tx, from)?;
            if secret.is_scheduled_for_deletion() {
                return Err(Error::marked_for_deletion(from).into());
            }
            secret.ensure_not_replica()?;
            if tx.contains(to) && !pairs.iter().any(|(f, _)| f == to) {
                return Err(Error::exists(format!("secret {to} already exists"))
                    .with_hint(format!("pick another name, or delete {to} first"))
                    .into());
            }
        }
        let mut taken = Vec::new();
        for (from, _) in &pairs {
            if let Some(secret) = tx.remove(from) {
                taken.push(secret);
            }
        }
        for (mut secret, (from, to)) in taken.into_iter().zip(&pairs) {
            for region in secret.active_replica_regions() {
                removals.push((region.to_string(), from.clone()));
            }
            secret.arn = renamed_arn(&secret.arn, from, to);
            secret.name = to.clone();
            tx.audit(Event::ok("RenameSecret", Some(from), None).with_detail(format!("to {to}")));
            tx.audit(Event::ok("RenameSecret", Some(to), None).with_detail(format!("from {from}")));
            moved.push(json!({"ARN": secret.arn, "Name": to, "PreviousName": from}));
            tx.put(secret);
        }
        Ok((moved, removals))
    })?;
    // The new names were pushed by the write; now the old replicas go.
    let vault_id = ctx.reader()?.meta.vault_id.clone();
    for (region, name) in &removals {
        if let Err(e) = replication::remove_from_region(ctx, region, std::slice::from_ref(name), &vault_id) {
            ctx.warn(format!("the old replica {name} in region {region} was not removed: {}", e.message));
        }
    }
    if ctx.json() {
        return output::print_json(&json!({"Moved": moved}));
    }
    for m in &moved {
        ctx.info(format!("moved {} to {}", m["PreviousName"].as_str().unwrap_or(""), m["Name"].as_str().unwrap_or("")));
    }
    if moved.len() > 1 {
        ctx.info(format!("mv: {} moved", moved.len()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::renamed_arn;

    #[test]
    fn the_arn_keeps_its_suffix() {
        assert_eq!(
            renamed_arn("arn:sealbox:local:v1:secret:app/db-AbC123", "app/db", "app/pg"),
            "arn:sealbox:local:v1:secret:app/pg-AbC123"
        );
    }
}
