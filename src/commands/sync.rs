//! `sealbox sync [NAME]`: push replicated secrets to their regions again, and report each
//! push. A failed push is reported (and recorded on the secret), not an error: exit 0.

use serde_json::{Value, json};

use crate::cli::SyncArgs;
use crate::error::Error;
use crate::output;
use crate::replication;
use crate::session::Session;
use crate::vault::model::ReplicationStatus;
use crate::vault::names;

pub fn run(ctx: &Session, args: SyncArgs) -> anyhow::Result<()> {
    let mut reader = ctx.reader()?;
    let entries = match &args.name {
        Some(name) => {
            names::validate_name(name)?;
            let located = reader.locate(name)?.ok_or_else(|| Error::secret_not_found(name))?;
            vec![located]
        }
        None => reader.scan("")?,
    };
    let mut targets = Vec::new();
    let mut stopped = Vec::new();
    for located in &entries {
        if located.entry.replicas.is_empty() {
            continue;
        }
        let secret = reader.read_record(located)?;
        let active: Vec<String> = secret.active_replica_regions().into_iter().map(str::to_string).collect();
        for r in secret.replicas.iter().filter(|r| r.promoted) {
            stopped.push((secret.name.clone(), r.region.clone(), r.message.clone()));
        }
        if !active.is_empty() {
            targets.push((secret.name.clone(), active));
        }
    }
    drop(reader);
    let forced: Vec<String> = if args.force_overwrite {
        targets.iter().flat_map(|(_, regions)| regions.iter().cloned()).collect()
    } else {
        Vec::new()
    };
    let outcomes = replication::push_all(ctx, &targets, &forced);
    replication::warn_failures(ctx, &outcomes);
    replication::record_or_warn(ctx, &outcomes, "SyncReplicas");
    let mut rows: Vec<(String, String, &'static str, String)> = outcomes
        .iter()
        .map(|o| {
            (o.name.clone(), o.region.clone(), output::status_name(o.status), o.message.clone().unwrap_or_default())
        })
        .collect();
    for (name, region, message) in stopped {
        let message = message.unwrap_or_else(|| format!("promoted to standalone in region {region}"));
        rows.push((name, region, output::status_name(ReplicationStatus::Failed), format!("{message} (not pushed)")));
    }
    rows.sort();
    if ctx.json() {
        let list: Vec<Value> = rows
            .iter()
            .map(|(name, region, status, message)| {
                let mut v = json!({"Name": name, "Region": region, "Status": status});
                if !message.is_empty() {
                    v["StatusMessage"] = message.clone().into();
                }
                v
            })
            .collect();
        return output::print_json(&json!({"ReplicationStatus": list}));
    }
    if rows.is_empty() {
        ctx.info("nothing to sync: no secret is replicated");
        return Ok(());
    }
    let failed_name = output::status_name(ReplicationStatus::Failed);
    let failed = rows.iter().filter(|r| r.2 == failed_name).count();
    let in_sync = rows.iter().filter(|r| r.2 == output::status_name(ReplicationStatus::InSync)).count();
    let mut t = output::new_table(&["NAME", "REGION", "STATUS", "MESSAGE"]);
    for (name, region, status, message) in rows {
        t.add_row(vec![name, region, status.to_string(), message]);
    }
    output::print_table(&t)?;
    // One line at the end, so a single failure among a thousand rows is not missed.
    ctx.info(format!("sync: {in_sync} in sync, {failed} failed"));
    Ok(())
}
