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

use jiff::Timestamp;

use crate::audit::Event;
use crate::error::Error;
use crate::session::Session;
use crate::store;
use crate::vault::Document;
use crate::vault::format::Meta;
use crate::vault::model::{ReplicaState, ReplicationStatus};

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
    pub fn ok(name: &str, region: &str) -> Outcome {
        Outcome {
            name: name.into(),
            region: region.into(),
            status: ReplicationStatus::InSync,
            message: None,
            promoted: false,
        }
    }
    pub fn failed(name: &str, region: &str, message: impl Into<String>) -> Outcome {
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

/// Regions that a replicated prefix covering `name` names: a prefix is a subtree
/// (`names::in_subtree`), so `app/ci` never covers `app/ci-admin/…`.
pub fn prefix_regions(meta: &Meta, name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (prefix, regions) in &meta.replicated_prefixes {
        if crate::vault::names::in_subtree(name, prefix) {
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
    let total = by_region.iter().map(|(_, names)| names.len() as u64).sum();
    let progress = crate::progress::Progress::bar(ctx, total, "pushing to regions");
    let mut outcomes = Vec::new();
    for (region, names) in by_region {
        outcomes.extend(push_region(ctx, &region, &names, force_overwrite.contains(&region)));
        progress.inc(names.len() as u64);
    }
    outcomes
}

/// Print one warning per failed push.
pub fn warn_failures(ctx: &Session, outcomes: &[Outcome]) {
    for o in outcomes.iter().filter(|o| o.status == ReplicationStatus::Failed) {
        let message = o.message.as_deref().unwrap_or("failed");
        // A rolled-back region refuses every push until it is trusted: `sync` alone fails again.
        let retry = match crate::trust::rolled_back_path(message) {
            _ if o.promoted => String::new(),
            Some(path) => format!(
                "; `sealbox trust --vault {path}` accepts it if you restored it on purpose, then `sealbox sync {}` retries",
                o.name
            ),
            None => format!("; `sealbox sync {}` retries", o.name),
        };
        ctx.warn(format!("secret {} was not replicated to region {}: {}{retry}", o.name, o.region, message));
    }
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

/// Copy the primary's current state of each of `names` into `region`, whatever kind of
/// region it is; a region that can't be opened fails every push.
pub fn push_region(ctx: &Session, region: &str, names: &[String], force_overwrite: bool) -> Vec<Outcome> {
    match crate::regions::open(ctx, region) {
        Ok(r) => r.push(ctx, names, force_overwrite),
        Err(e) => names.iter().map(|n| Outcome::failed(n, region, e.message.clone())).collect(),
    }
}

/// Delete the replicas of `names` from `region` (a promoted or foreign secret of the same
/// name stays). Returns how many replicas were deleted.
pub fn remove_from_region(
    ctx: &Session,
    region: &str,
    names: &[String],
    primary_vault_id: &str,
) -> Result<usize, Error> {
    crate::regions::open(ctx, region)?.remove(ctx, names, primary_vault_id)
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
