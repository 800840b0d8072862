//! Replication to regions: pushing a primary secret's whole state (versions, labels,
//! description, tags) to read-only replicas in other vault files, and recording each push's
//! outcome on the primary.
//!
//! Every push happens after the primary's write is committed and its lock released, under
//! the region vault's own lock. Inside that lock the primary's secret is read again (no
//! lock needed for a read), so whichever pusher runs last writes the newest state: two
//! racing writers of the primary can't leave an older copy in the region.
//! A push that fails never fails the command: it warns and records `Failed` on the primary.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;

use crate::audit::Event;
use crate::error::Error;
use crate::session::Session;
use crate::store;
use crate::vault::format::Meta;
use crate::vault::model::{PrimaryRef, ReplicaState, ReplicationStatus};
use crate::vault::{Document, Secret};

/// The longest a push waits for a region vault's lock: a busy region must not hold up the
/// primary's command, and `sync` retries.
const REGION_LOCK_TIMEOUT: Duration = Duration::from_secs(2);

/// Secrets a primary write must push once it is committed, with the regions to push to.
#[derive(Debug, Default)]
pub struct Plan {
    pub targets: Vec<(String, Vec<String>)>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }
}

/// What one push (or removal) did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub name: String,
    pub region: String,
    pub status: ReplicationStatus,
    pub message: Option<String>,
    /// The region holds a promoted (standalone) copy now: stop pushing there.
    pub promoted: bool,
}

impl Outcome {
    fn ok(name: &str, region: &str) -> Outcome {
        Outcome {
            name: name.into(),
            region: region.into(),
            status: ReplicationStatus::InSync,
            message: None,
            promoted: false,
        }
    }
    fn failed(name: &str, region: &str, message: impl Into<String>) -> Outcome {
        Outcome {
            name: name.into(),
            region: region.into(),
            status: ReplicationStatus::Failed,
            message: Some(message.into()),
            promoted: false,
        }
    }
}

/// Region names: 1–64 ASCII letters, digits, `.`, `_`, `-`, starting with a letter or digit.
pub fn validate_region_name(name: &str) -> Result<(), Error> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid region name {name:?}: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )))
    }
}

/// Inside a primary write, after the command's change: the touched secrets that have
/// replicas (or are new under a replicated prefix). Their replica states become
/// `InProgress` in the same write, so a crash mid-push is visible in `describe`.
pub fn plan(doc: &mut Document) -> Result<Plan, Error> {
    let mut plan = Plan::default();
    if doc.touched().is_empty() {
        return Ok(plan);
    }
    let touched = doc.touched().to_vec();
    for name in touched {
        let Some(secret) = doc.get(&name)? else { continue };
        if secret.replica_of.is_some() {
            continue;
        }
        let mut regions: Vec<String> = secret.active_replica_regions().into_iter().map(str::to_string).collect();
        if doc.inserted().contains(&name) {
            for region in prefix_regions(&doc.meta, &name) {
                if !secret.replicas.iter().any(|r| r.region == region) && !regions.contains(&region) {
                    regions.push(region);
                }
            }
        }
        if regions.is_empty() {
            continue;
        }
        if let Some(s) = doc.get_mut(&name)? {
            for region in &regions {
                set_state(&mut s.replicas, region, ReplicationStatus::InProgress, None, None, false);
            }
        }
        plan.targets.push((name, regions));
    }
    Ok(plan)
}

/// Regions that a replicated prefix covering `name` names.
pub fn prefix_regions(meta: &Meta, name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (prefix, regions) in &meta.replicated_prefixes {
        if name.starts_with(prefix.as_str()) {
            for r in regions {
                if !out.contains(r) {
                    out.push(r.clone());
                }
            }
        }
    }
    out
}

fn set_state(
    replicas: &mut Vec<ReplicaState>,
    region: &str,
    status: ReplicationStatus,
    message: Option<String>,
    last_sync: Option<Timestamp>,
    promoted: bool,
) {
    match replicas.iter_mut().find(|r| r.region == region) {
        Some(r) => {
            r.status = status;
            r.message = message;
            if last_sync.is_some() {
                r.last_sync = last_sync;
            }
            r.promoted = promoted;
        }
        None => {
            replicas.push(ReplicaState { region: region.to_string(), status, message, last_sync, promoted });
            replicas.sort_by(|a, b| a.region.cmp(&b.region));
        }
    }
}

/// After a primary write is committed: push, warn about failures, record the outcomes.
/// Never fails the command.
pub fn push_planned(ctx: &Session, plan: Plan) {
    if plan.is_empty() {
        return;
    }
    let outcomes = push_all(ctx, &plan.targets, &[]);
    warn_failures(ctx, &outcomes);
    record_or_warn(ctx, &outcomes, "ReplicationPush");
}

/// [`record_outcomes`], warning instead of failing: the pushes are done either way.
pub fn record_or_warn(ctx: &Session, outcomes: &[Outcome], operation: &str) {
    if let Err(e) = record_outcomes(ctx, outcomes, operation) {
        ctx.warn(format!("the replication status could not be recorded: {}", error_text(&e)));
    }
}

/// Push each secret to each of its regions: one locked write per region, however many
/// secrets go there.
pub fn push_all(ctx: &Session, targets: &[(String, Vec<String>)], force_overwrite: &[String]) -> Vec<Outcome> {
    let mut by_region: Vec<(String, Vec<String>)> = Vec::new();
    for (name, regions) in targets {
        for region in regions {
            match by_region.iter_mut().find(|(r, _)| r == region) {
                Some((_, names)) => names.push(name.clone()),
                None => by_region.push((region.clone(), vec![name.clone()])),
            }
        }
    }
    let mut outcomes = Vec::new();
    for (region, names) in by_region {
        outcomes.extend(push_region(ctx, &region, &names, force_overwrite.contains(&region)));
    }
    outcomes
}

/// Print one warning per failed push.
pub fn warn_failures(ctx: &Session, outcomes: &[Outcome]) {
    for o in outcomes.iter().filter(|o| o.status == ReplicationStatus::Failed) {
        let retry = if o.promoted { String::new() } else { format!("; `sealbox sync {}` retries", o.name) };
        ctx.warn(format!(
            "secret {} was not replicated to region {}: {}{retry}",
            o.name,
            o.region,
            o.message.as_deref().unwrap_or("failed")
        ));
    }
}

/// The primary's vault path as replicas record it.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A region's config, or a usage error when it is not in the config.
pub fn region_config<'a>(ctx: &'a Session, region: &str) -> Result<&'a crate::config::RegionConfig, Error> {
    ctx.config.regions.get(region).ok_or_else(|| {
        Error::usage(format!("region {region} is not in the config {}", ctx.config_path.display()))
            .with_hint(format!("add it with `sealbox region add {region} --vault PATH` (or `--aws AWS_REGION`)"))
    })
}

/// A region's vault path from the config, or why there is none.
pub fn region_vault(ctx: &Session, region: &str) -> Result<PathBuf, Error> {
    let config = ctx.config.regions.get(region).ok_or_else(|| {
        Error::usage(format!("region {region} is not in the config {}", ctx.config_path.display()))
            .with_hint(format!("add it with `sealbox region add {region} --vault PATH`"))
    })?;
    config.vault.clone().ok_or_else(|| Error::usage(format!("region {region} is an AWS region, not a vault file")))
}

fn region_timeout(ctx: &Session) -> Duration {
    ctx.lock_timeout().min(REGION_LOCK_TIMEOUT)
}

/// Why a region vault can't be written, before touching it: a missing vault is never
/// created by a push (a backup disk that is not mounted must stay untouched).
///
/// A directory or vault file with no write permission bits at all is taken as read-only
/// even for root (whom the kernel would let write): someone marked it so on purpose.
fn check_reachable(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let no_write_bits = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o222 == 0);
    if path.is_file() {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if no_write_bits(&dir) {
            return Err(format!("the region directory {} is read-only", dir.display()));
        }
        if no_write_bits(path) {
            return Err(format!("the region vault {} is read-only", path.display()));
        }
        Ok(())
    } else if path.exists() {
        Err(format!("the region vault {} is not a file", path.display()))
    } else {
        Err(format!("the region vault {} is unreachable: no such file", path.display()))
    }
}

enum PushResult {
    InSync,
    Promoted,
    Taken(String),
}

/// Copy the primary's current state of each of `names` into `region`'s vault, under its lock.
pub fn push_region(ctx: &Session, region: &str, names: &[String], force_overwrite: bool) -> Vec<Outcome> {
    if crate::aws::aws_region(ctx, region).is_some() {
        return names.iter().map(|n| crate::aws::push_one(ctx, n, region, force_overwrite)).collect();
    }
    let all_failed = |message: String| names.iter().map(|n| Outcome::failed(n, region, message.clone())).collect();
    let path = match region_vault(ctx, region) {
        Ok(p) => p,
        Err(e) => return all_failed(e.message),
    };
    if let Err(m) = check_reachable(&path) {
        return all_failed(m);
    }
    let primary_path = absolute(&ctx.vault_path);
    // The region vault goes through the same transaction as the primary: a substituted or
    // rolled-back region is refused before anything is pushed into it.
    let result = ctx.write_vault(&path, region_timeout(ctx), |doc| {
        // Read the primary again now that the region is locked: the newest state wins.
        let mut reader = ctx.reader()?;
        if doc.meta.vault_id == reader.meta.vault_id {
            return Err(Error::other(format!(
                "the region vault {} has the primary vault's own id (a copy of the primary vault?)",
                path.display()
            ))
            .into());
        }
        let primary = PrimaryRef {
            vault_id: reader.meta.vault_id.clone(),
            region: reader.meta.region.clone(),
            vault_path: Some(primary_path.display().to_string()),
        };
        let ours = |s: &Secret| s.replica_of.as_ref().is_some_and(|p| p.vault_id == primary.vault_id);
        let mut results = Vec::with_capacity(names.len());
        for name in names {
            let Some(secret) = reader.read_secret(name)? else {
                // Gone from the primary since (a forced delete): nothing to push.
                results.push(PushResult::InSync);
                continue;
            };
            let copy = secret.replica_copy(primary.clone(), region);
            let result = match doc.get(name)? {
                Some(existing) if ours(&existing) && existing == copy => PushResult::InSync,
                Some(existing) if ours(&existing) || force_overwrite => {
                    doc.put(copy);
                    doc.audit(updated(name, &primary.region));
                    PushResult::InSync
                }
                Some(existing) if existing.promoted_from.as_ref().is_some_and(|p| p.vault_id == primary.vault_id) => {
                    PushResult::Promoted
                }
                Some(existing) => PushResult::Taken(match &existing.replica_of {
                    Some(p) => format!("a replica of another vault ({})", p.vault_id),
                    None => "a standalone secret".to_string(),
                }),
                None => {
                    doc.put(copy);
                    doc.audit(updated(name, &primary.region));
                    PushResult::InSync
                }
            };
            results.push(result);
        }
        Ok(results)
    });
    let results = match result {
        Ok(r) => r,
        Err(e) => return all_failed(error_text(&e)),
    };
    names
        .iter()
        .zip(results)
        .map(|(name, result)| match result {
            PushResult::InSync => Outcome::ok(name, region),
            PushResult::Promoted => {
                let mut o = Outcome::failed(name, region, format!("promoted to standalone in region {region}"));
                o.promoted = true;
                o
            }
            PushResult::Taken(what) => Outcome::failed(
                name,
                region,
                format!(
                    "secret {name} already exists in region {region} as {what}; replicate with --force-overwrite to replace it"
                ),
            ),
        })
        .collect()
}

/// Delete the replicas of `names` from `region` (a promoted or foreign secret of the same
/// name stays). Returns how many replicas were deleted.
pub fn remove_from_region(
    ctx: &Session,
    region: &str,
    names: &[String],
    primary_vault_id: &str,
) -> Result<usize, Error> {
    if crate::aws::aws_region(ctx, region).is_some() {
        let mut removed = 0;
        for name in names {
            if crate::aws::remove_one(ctx, name, region, primary_vault_id)? {
                removed += 1;
            }
        }
        return Ok(removed);
    }
    let path = region_vault(ctx, region)?;
    check_reachable(&path).map_err(Error::other)?;
    ctx.write_vault(&path, region_timeout(ctx), |doc| {
        let mut removed = 0;
        for name in names {
            let ours =
                doc.get(name)?.is_some_and(|s| s.replica_of.as_ref().is_some_and(|p| p.vault_id == primary_vault_id));
            if ours {
                doc.remove(name);
                doc.audit(Event::ok("ReplicaDeleted", Some(name), None));
                removed += 1;
            }
        }
        Ok(removed)
    })
    .map_err(|e| Error::other(error_text(&e)))
}

/// The second, short write of the primary: each push's status on its secret, and one audit
/// event per push (`REGION:STATUS`) under `operation`.
pub fn record_outcomes(ctx: &Session, outcomes: &[Outcome], operation: &str) -> anyhow::Result<()> {
    if outcomes.is_empty() {
        return Ok(());
    }
    let now = ctx.now;
    ctx.write_vault(&ctx.vault_path, ctx.lock_timeout(), |doc| {
        doc.audit_all(outcomes.iter().map(|o| {
            Event::ok(operation, Some(&o.name), None).with_detail(format!(
                "{}:{}",
                o.region,
                crate::output::status_name(o.status)
            ))
        }));
        for o in outcomes {
            let Some(current) = doc.get(&o.name)? else { continue };
            // A replica removed meanwhile (`replicate --remove`) is not brought back.
            let Some(state) = current.replicas.iter().find(|r| r.region == o.region) else { continue };
            let last_sync = (o.status == ReplicationStatus::InSync).then_some(now);
            let unchanged = state.status == o.status
                && state.message == o.message
                && state.promoted == o.promoted
                && (last_sync.is_none() || state.last_sync == last_sync);
            if unchanged {
                continue;
            }
            if let Some(s) = doc.get_mut(&o.name)? {
                set_state(&mut s.replicas, &o.region, o.status, o.message.clone(), last_sync, o.promoted);
            }
        }
        Ok(())
    })
}

/// A new, empty region vault: its own id, `meta.region = region`, the given recipients.
pub fn create_region_vault(ctx: &Session, path: &Path, region: &str, recipients: Vec<String>) -> Result<String, Error> {
    let meta = store::create_empty_vault(path, region, recipients, ctx.now)?;
    ctx.known.remember(path, &meta, true)?;
    Ok(meta.vault_id)
}

/// The event a region's write records for each replica it takes.
fn updated(name: &str, primary_region: &str) -> Event {
    Event::ok("ReplicaUpdated", Some(name), None).with_detail(format!("from {primary_region}"))
}

/// An error and its causes on one line.
pub fn error_text(err: &anyhow::Error) -> String {
    crate::error_text(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_names() {
        for ok in ["backup", "eu-west-1", "ci_box", "a", "disk.2"] {
            assert!(validate_region_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-x", ".x", "a b", "a/b", &"x".repeat(65)] {
            assert!(validate_region_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn set_state_adds_sorted_and_keeps_last_sync() {
        let t = Timestamp::from_second(1_700_000_000).unwrap();
        let mut reps = Vec::new();
        set_state(&mut reps, "b", ReplicationStatus::InSync, None, Some(t), false);
        set_state(&mut reps, "a", ReplicationStatus::InProgress, None, None, false);
        assert_eq!(reps.iter().map(|r| r.region.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        set_state(&mut reps, "b", ReplicationStatus::Failed, Some("x".into()), None, false);
        assert_eq!(reps[1].last_sync, Some(t));
        assert_eq!(reps[1].status, ReplicationStatus::Failed);
    }
}
