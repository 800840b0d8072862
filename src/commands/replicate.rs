//! `sealbox replicate`: AWS ReplicateSecretToRegions and RemoveRegionsFromReplication, for
//! one secret or (`--prefix`) a whole subtree whose new secrets follow.

use serde_json::{Value, json};

use crate::audit::Event;
use crate::cli::ReplicateArgs;
use crate::error::Error;
use crate::output;
use crate::replication::{self, Outcome};
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::format::Meta;
use crate::vault::model::{ReplicaState, ReplicationStatus};
use crate::vault::names::{self, Subtree};

pub fn run(ctx: &Session, args: ReplicateArgs) -> anyhow::Result<()> {
    let mut regions: Vec<String> = Vec::new();
    for r in args.to.iter().chain(args.remove.iter()) {
        replication::validate_region_name(r)?;
        if !regions.contains(r) {
            regions.push(r.clone());
        }
    }
    let removing = !args.remove.is_empty();
    if !removing {
        for r in &regions {
            replication::region_config(ctx, r)?;
        }
    }
    match (&args.name, &args.prefix) {
        (Some(name), None) => {
            names::validate_name(name)?;
            if removing { remove(ctx, name, &regions) } else { replicate(ctx, name, &regions, args.force_overwrite) }
        }
        (None, Some(prefix)) => {
            if !prefix.is_empty() {
                names::validate_name(prefix)?;
            }
            if removing {
                remove_prefix(ctx, prefix, &regions)
            } else {
                replicate_prefix(ctx, prefix, &regions, args.force_overwrite)
            }
        }
        _ => Err(Error::usage("give a secret NAME or --prefix PREFIX, not both").into()),
    }
}

fn in_progress(region: &str) -> ReplicaState {
    ReplicaState {
        region: region.to_string(),
        status: ReplicationStatus::InProgress,
        message: None,
        last_sync: None,
        promoted: false,
    }
}

/// Mark `regions` InProgress on the secret (adding them); false when nothing changed.
fn add_regions(secret: &mut Secret, regions: &[String]) -> bool {
    let mut changed = false;
    for r in regions {
        match secret.replicas.iter_mut().find(|s| &s.region == r) {
            Some(s) if s.status == ReplicationStatus::InProgress && !s.promoted => {}
            Some(s) => {
                *s = in_progress(r);
                changed = true;
            }
            None => {
                secret.replicas.push(in_progress(r));
                changed = true;
            }
        }
    }
    secret.replicas.sort_by(|a, b| a.region.cmp(&b.region));
    changed
}

fn check_replicable(secret: &Secret) -> Result<(), Error> {
    secret.ensure_not_replica()?;
    if secret.is_scheduled_for_deletion() {
        return Err(Error::marked_for_deletion(&secret.name));
    }
    Ok(())
}

fn replicate(ctx: &Session, name: &str, regions: &[String], force: bool) -> anyhow::Result<()> {
    ctx.write_vault(&ctx.vault_path, ctx.lock_timeout(), |doc| {
        let mut secret = doc.get(name)?.ok_or_else(|| Error::secret_not_found(name))?;
        check_replicable(&secret)?;
        if add_regions(&mut secret, regions) {
            doc.put(secret);
        }
        doc.audit_all(requested("ReplicateSecretToRegions", name, regions));
        Ok(())
    })?;
    let targets = vec![(name.to_string(), regions.to_vec())];
    let forced: Vec<String> = if force { regions.to_vec() } else { Vec::new() };
    let outcomes = replication::push_all(ctx, &targets, &forced);
    finish(ctx, "ReplicateSecretToRegions", &outcomes)?;
    let secret = current(ctx, name)?;
    if ctx.json() {
        return output::print_json(&json!({"ARN": secret.arn, "ReplicationStatus": status_json(&secret)}));
    }
    for o in outcomes.iter().filter(|o| o.status == ReplicationStatus::InSync) {
        ctx.info(format!("replicated {} to region {}", o.name, o.region));
    }
    Ok(())
}

/// The events of the write that starts a replication: `REGION:InProgress` per region.
fn requested(operation: &str, name: &str, regions: &[String]) -> Vec<Event> {
    regions
        .iter()
        .map(|r| {
            Event::ok(operation, Some(name), None)
                .with_detail(format!("{r}:{}", output::status_name(ReplicationStatus::InProgress)))
        })
        .collect()
}

/// Warn, and record the outcomes on the primary (audited in that write).
fn finish(ctx: &Session, operation: &str, outcomes: &[Outcome]) -> anyhow::Result<()> {
    replication::warn_failures(ctx, outcomes);
    replication::record_or_warn(ctx, outcomes, operation);
    Ok(())
}

fn current(ctx: &Session, name: &str) -> anyhow::Result<Secret> {
    Ok(ctx.reader()?.read_secret(name)?.ok_or_else(|| Error::secret_not_found(name))?)
}

fn status_json(secret: &Secret) -> Value {
    output::describe_json(secret, None).get("ReplicationStatus").cloned().unwrap_or_else(|| json!([]))
}

fn remove(ctx: &Session, name: &str, regions: &[String]) -> anyhow::Result<()> {
    // Check first, delete the replicas, then drop the states: a state is only dropped
    // once its replica is gone (or its region can't be reached, which is warned about).
    let (vault_id, secret) = {
        let mut reader = ctx.reader()?;
        let secret = reader.read_secret(name)?.ok_or_else(|| Error::secret_not_found(name))?;
        (reader.meta.vault_id.clone(), secret)
    };
    secret.ensure_not_replica()?;
    let missing: Vec<&str> =
        regions.iter().filter(|r| !secret.replicas.iter().any(|s| &s.region == *r)).map(String::as_str).collect();
    if !missing.is_empty() {
        return Err(Error::not_found(format!("secret {name} has no replica in {}", missing.join(", ")))
            .with_hint(format!("see `sealbox describe {name}`"))
            .into());
    }
    let mut events = Vec::new();
    for r in regions {
        let promoted = secret.replicas.iter().any(|s| &s.region == r && s.promoted);
        if promoted {
            ctx.info(format!("region {r} holds a promoted, standalone copy of {name}: left as it is"));
        } else {
            match replication::remove_from_region(ctx, r, &[name.to_string()], &vault_id) {
                Ok(1..) => ctx.info(format!("deleted the replica of {name} in region {r}")),
                Ok(_) => ctx.info(format!("region {r} held no replica of {name}")),
                Err(e) => ctx.warn(format!(
                    "the replica of {name} in region {r} could not be deleted: {}; it stays there as a stale read-only copy",
                    e.message
                )),
            }
        }
        events.push(Event::ok("RemoveRegionsFromReplication", Some(name), None).with_detail(r.clone()));
    }
    let secret = ctx.write_vault(&ctx.vault_path, ctx.lock_timeout(), |doc| {
        let mut s = doc.get(name)?.ok_or_else(|| Error::secret_not_found(name))?;
        s.replicas.retain(|st| !regions.contains(&st.region));
        doc.put(s.clone());
        doc.audit_all(events);
        Ok(s)
    })?;
    if ctx.json() {
        output::print_json(&json!({"ARN": secret.arn, "ReplicationStatus": status_json(&secret)}))?;
    }
    Ok(())
}

fn replicate_prefix(ctx: &Session, prefix: &str, regions: &[String], force: bool) -> anyhow::Result<()> {
    let names = ctx.write_vault(&ctx.vault_path, ctx.lock_timeout(), |doc| {
        // `app/ci` and `app/ci/` are one subtree: a second spelling extends the first entry.
        let key = replicated_key(&doc.meta, prefix).unwrap_or_else(|| prefix.to_string());
        let entry = doc.meta.replicated_prefixes.entry(key).or_default();
        for r in regions {
            if !entry.contains(r) {
                entry.push(r.clone());
            }
        }
        entry.sort();
        doc.mark_changed();
        let names: Vec<String> = doc.names_in_subtree(prefix).map(str::to_string).collect();
        let mut chosen = Vec::new();
        for n in names {
            let Some(mut s) = doc.get(&n)? else { continue };
            if s.replica_of.is_some() || s.is_scheduled_for_deletion() {
                continue;
            }
            if add_regions(&mut s, regions) {
                doc.put(s);
            }
            doc.audit_all(requested("ReplicateSecretToRegions", &n, regions));
            chosen.push(n);
        }
        Ok(chosen)
    })?;
    let targets: Vec<(String, Vec<String>)> = names.iter().map(|n| (n.clone(), regions.to_vec())).collect();
    let forced: Vec<String> = if force { regions.to_vec() } else { Vec::new() };
    let outcomes = replication::push_all(ctx, &targets, &forced);
    finish(ctx, "ReplicateSecretToRegions", &outcomes)?;
    if ctx.json() {
        let list: Vec<Value> = outcomes
            .iter()
            .map(|o| {
                let mut v = json!({"Name": o.name, "Region": o.region, "Status": output::status_name(o.status)});
                if let Some(m) = &o.message {
                    v["StatusMessage"] = m.clone().into();
                }
                v
            })
            .collect();
        return output::print_json(&json!({"Prefix": prefix, "Regions": regions, "ReplicationStatus": list}));
    }
    let ok = outcomes.iter().filter(|o| o.status == ReplicationStatus::InSync).count();
    ctx.info(format!(
        "replicated {ok} of {} secret(s) under {prefix:?} to {}; new secrets under it follow",
        names.len(),
        regions.join(", ")
    ));
    Ok(())
}

/// The replicated-prefix entry for the same subtree as `prefix`, however it was spelled.
fn replicated_key(meta: &Meta, prefix: &str) -> Option<String> {
    let root = Subtree::new(prefix).root();
    meta.replicated_prefixes.keys().find(|k| Subtree::new(k).root() == root).cloned()
}

fn remove_prefix(ctx: &Session, prefix: &str, regions: &[String]) -> anyhow::Result<()> {
    let (vault_id, held) = {
        let mut reader = ctx.reader()?;
        let key = replicated_key(&reader.meta, prefix);
        if !key
            .and_then(|k| reader.meta.replicated_prefixes.get(&k))
            .is_some_and(|rs| regions.iter().any(|r| rs.contains(r)))
        {
            return Err(Error::not_found(format!("the prefix {prefix:?} is not replicated to {}", regions.join(", ")))
                .with_hint("see `sealbox region list`")
                .into());
        }
        let held: Vec<(String, Vec<String>)> = reader
            .scan_subtree(prefix)?
            .into_iter()
            .filter_map(|l| {
                let here: Vec<String> =
                    l.entry.replicas.into_iter().map(|(r, _)| r).filter(|r| regions.contains(r)).collect();
                (!here.is_empty()).then_some((l.entry.name, here))
            })
            .collect();
        (reader.meta.vault_id.clone(), held)
    };
    let mut events = Vec::new();
    for r in regions {
        let names: Vec<String> = held.iter().filter(|(_, here)| here.contains(r)).map(|(n, _)| n.clone()).collect();
        if names.is_empty() {
            continue;
        }
        if let Err(e) = replication::remove_from_region(ctx, r, &names, &vault_id) {
            ctx.warn(format!(
                "the replicas under {prefix:?} in region {r} could not be deleted: {}; they stay there as stale read-only copies",
                e.message
            ));
        }
        for name in names {
            events.push(Event::ok("RemoveRegionsFromReplication", Some(&name), None).with_detail(r.clone()));
        }
    }
    ctx.write_vault(&ctx.vault_path, ctx.lock_timeout(), |doc| {
        let key = replicated_key(&doc.meta, prefix).unwrap_or_else(|| prefix.to_string());
        if let Some(rs) = doc.meta.replicated_prefixes.get_mut(&key) {
            rs.retain(|r| !regions.contains(r));
            if rs.is_empty() {
                doc.meta.replicated_prefixes.remove(&key);
            }
            doc.mark_changed();
        }
        for (name, _) in &held {
            if let Some(mut s) = doc.get(name)? {
                s.replicas.retain(|st| !regions.contains(&st.region));
                doc.put(s);
            }
        }
        doc.audit_all(events);
        Ok(())
    })?;
    if ctx.json() {
        output::print_json(&json!({"Prefix": prefix, "RemovedRegions": regions, "Secrets": held.len()}))?;
    } else {
        ctx.info(format!(
            "stopped replicating {prefix:?} to {}; deleted {} replica(s)",
            regions.join(", "),
            held.iter().map(|(_, h)| h.len()).sum::<usize>()
        ));
    }
    Ok(())
}
