//! `sealbox import --from-region REGION [--prefix P]`: pull every labelled version of the
//! AWS secrets under a prefix into the vault, in one locked write.

use serde_json::{Value, json};

use super::new_arn;
use crate::audit::Event;
use crate::aws::{self, ImportAction};
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::names;

pub fn run(ctx: &Session, region: &str, prefix: Option<&str>, overwrite: bool) -> anyhow::Result<()> {
    let prefix = prefix.unwrap_or_default().to_string();
    names::validate_prefix(&prefix)?;
    let config = aws::require_aws_region(ctx, region)?;
    let unreachable = |m: String| Error::other(format!("can't read AWS region {region}: {m}"));
    // Everything is fetched before the vault is locked: no lock is held over the network.
    // AWS lists by string prefix: ask for the root's, keep the subtree.
    let tree = names::Subtree::new(&prefix);
    let mut listed = aws::list(region, config, tree.root()).map_err(unreachable)?;
    listed.retain(|n, _| tree.contains(n));
    let mut pulled = Vec::new();
    let mut skipped = Vec::new();
    let mut empty = Vec::new();
    for (name, remote) in listed {
        if remote.deleted.is_some() {
            skipped.push(name);
            continue;
        }
        let versions = aws::fetch_versions(region, config, &remote.aws_name).map_err(unreachable)?;
        if versions.is_empty() {
            // CreateSecret without a value makes a secret with no version: nothing to import.
            empty.push(name);
            continue;
        }
        pulled.push((name, remote, versions));
    }
    let now = ctx.now;
    let results = ctx.write(|doc| {
        let mut results = Vec::new();
        for (name, remote, versions) in pulled {
            let existing = doc.get(&name)?;
            let (secret, action) =
                aws::import_into(existing, &name, || new_arn(doc, &name), &remote, versions, overwrite, now)?;
            if action != ImportAction::Unchanged {
                doc.put(secret.clone());
            }
            results.push((name, action, secret.current().map(|v| v.id.clone())));
        }
        let events: Vec<Event> = results
            .iter()
            .filter(|(_, action, _)| *action != ImportAction::Unchanged)
            .map(|(name, action, vid)| {
                let op = if *action == ImportAction::Created { "CreateSecret" } else { "PutSecretValue" };
                Event::ok(op, Some(name), vid.as_deref()).with_detail(format!("import from {region}"))
            })
            .collect();
        doc.audit_all(events);
        Ok(results)
    })?;
    let word = |a: ImportAction| match a {
        ImportAction::Created => "Created",
        ImportAction::Updated => "Updated",
        ImportAction::Unchanged => "Unchanged",
    };
    if ctx.json() {
        let list: Vec<Value> = results.iter().map(|(n, a, _)| json!({"Name": n, "Status": word(*a)})).collect();
        return output::print_json(&json!({
            "Region": region,
            "Imported": list,
            "SkippedScheduledForDeletion": skipped,
            "SkippedWithoutVersions": empty,
        }));
    }
    for name in &skipped {
        ctx.info(format!("skipped {name}: scheduled for deletion in AWS"));
    }
    for name in &empty {
        ctx.info(format!("skipped {name}: it has no version in AWS"));
    }
    let count = |a| results.iter().filter(|(_, x, _)| *x == a).count();
    ctx.info(format!(
        "imported from {region}: {} created, {} updated, {} unchanged",
        count(ImportAction::Created),
        count(ImportAction::Updated),
        count(ImportAction::Unchanged)
    ));
    Ok(())
}
