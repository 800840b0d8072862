//! `sealbox region add|list|remove`: the regions in config.toml, each another vault file.

use serde_json::json;

use crate::audit::Event;
use crate::cli::{RegionAddArgs, RegionArgs, RegionCommand, RegionNameArg};
use crate::config::RegionConfig;
use std::path::PathBuf;

use crate::crypto;
use crate::error::Error;
use crate::output;
use crate::replication;
use crate::session::Session;
use crate::store;

pub fn run(ctx: &Session, args: RegionArgs) -> anyhow::Result<()> {
    match args.command {
        RegionCommand::Add(a) => add(ctx, a),
        RegionCommand::List => list(ctx),
        RegionCommand::Remove(a) => remove(ctx, a),
    }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

/// The primary vault `region add` was given, if any: its own `--vault PATH` (the region's
/// vault) shares its name with the global flag and so replaces it in the parsed arguments,
/// so this is a global `--vault` given before `region` on the command line, else
/// SEALBOX_VAULT. `run` makes the session's vault this (or the config's, or the default),
/// so the session's primary, its audit key and its log are the primary's, not the region's.
pub fn primary_vault_given() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    let mut given = None;
    while let Some(a) = args.next() {
        if a == "region" {
            break;
        }
        if a == "--vault" {
            given = args.next().map(PathBuf::from);
        } else if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--vault=")) {
            given = Some(PathBuf::from(v));
        }
    }
    given.or_else(|| std::env::var_os("SEALBOX_VAULT").filter(|v| !v.is_empty()).map(PathBuf::from))
}

fn add(ctx: &Session, args: RegionAddArgs) -> anyhow::Result<()> {
    if args.aws.is_some() {
        return super::aws_region::add(ctx, args);
    }
    let vault = args.vault.clone().ok_or_else(|| Error::usage("give --vault PATH or --aws AWS_REGION"))?;
    if args.profile.is_some() || args.endpoint_url.is_some() || args.name_prefix.is_some() {
        return Err(Error::usage(
            "--profile, --endpoint-url and --name-prefix are for AWS regions: add --aws AWS_REGION",
        )
        .into());
    }
    let primary_path = ctx.vault_path.clone();
    replication::validate_region_name(&args.name)?;
    if ctx.config.regions.contains_key(&args.name) {
        return Err(Error::exists(format!("region {} already exists", args.name))
            .with_hint(format!("remove it first with `sealbox region remove {}`", args.name))
            .into());
    }
    let mut extra = Vec::new();
    for r in &args.recipients {
        let r = crypto::validate_recipient(r)?;
        if !extra.contains(&r) {
            extra.push(r);
        }
    }
    let path =
        std::path::absolute(&vault).map_err(|e| Error::usage(format!("invalid path {}: {e}", vault.display())))?;
    if same_file(&path, &primary_path) {
        return Err(Error::usage(format!("{} is the primary vault itself", path.display()))
            .with_hint("a region is another vault file: a backup disk, a synced folder, a shared vault")
            .into());
    }
    let primary = ctx.open(&primary_path)?;
    if primary.meta.region == args.name {
        return Err(Error::usage(format!("{} is the region name of this vault itself", args.name)).into());
    }
    let created = if path.exists() {
        // An existing vault: it must open with our identity; add any new recipients.
        ctx.write_vault(&path, ctx.lock_timeout(), |doc| {
            if doc.meta.vault_id == primary.meta.vault_id {
                return Err(Error::usage(format!("{} is a copy of the primary vault (same vault id)", path.display()))
                    .with_hint("a region needs its own vault: give a path where there is none and sealbox creates it")
                    .into());
            }
            // Logged before the save (by the transaction): a log that can't be written
            // leaves the region's vault as it was.
            doc.audit(region_event(&args.name, &format!("existing vault {}", path.display())));
            for r in &extra {
                if !doc.meta.recipients.contains(r) {
                    doc.meta.recipients.push(r.clone());
                    doc.mark_changed();
                    doc.audit(Event::ok("AddRecipient", None, None).with_detail(format!("{r} (region {})", args.name)));
                }
            }
            Ok(())
        })
        .map_err(|e| {
            let hint = "the region's vault must list this vault's identity as a recipient";
            match e.downcast::<Error>() {
                Ok(err) if err.hint.is_none() => err.with_hint(hint).into(),
                Ok(err) => err.into(),
                Err(e) => e,
            }
        })?;
        None
    } else {
        let mut recipients = primary.meta.recipients.clone();
        for r in &extra {
            if !recipients.contains(r) {
                recipients.push(r.clone());
            }
        }
        // Logged before the vault is made: no vault the log doesn't tell of.
        let mut events = vec![region_event(&args.name, &format!("new vault {}", path.display()))];
        events.extend(
            extra
                .iter()
                .map(|r| Event::ok("AddRecipient", None, None).with_detail(format!("{r} (region {})", args.name))),
        );
        ctx.record(&events)?;
        let id = replication::create_region_vault(ctx, &path, &args.name, recipients)?;
        Some(id)
    };
    let mut config = ctx.config.clone();
    config.regions.insert(
        args.name.clone(),
        RegionConfig { vault: Some(path.clone()), recipients: extra.clone(), ..Default::default() },
    );
    crate::fs::write_file_atomic(&ctx.config_path, crate::fs::Links::FollowSafe, config.to_toml()?.as_bytes(), true)?;
    if ctx.json() {
        output::print_json(&json!({
            "Region": args.name,
            "Vault": path.display().to_string(),
            "VaultCreated": created.is_some(),
            "Recipients": extra,
        }))?;
    } else if created.is_some() {
        ctx.info(format!("created the vault {} for region {}", path.display(), args.name));
    } else {
        ctx.info(format!("added region {} (existing vault {})", args.name, path.display()));
    }
    Ok(())
}

/// The audit operations of `region add` and `region remove` (sealbox's own: AWS has no
/// API for a region's existence).
pub const ADD_REGION: &str = "AddRegion";
pub const REMOVE_REGION: &str = "RemoveRegion";

/// `AddRegion`, detail `NAME: WHAT` (`new vault PATH`, `existing vault PATH`, `AWS REGION`).
pub fn region_event(name: &str, what: &str) -> Event {
    Event::ok(ADD_REGION, None, None).with_detail(format!("{name}: {what}"))
}

struct RegionRow {
    name: String,
    vault: String,
    recipients: Vec<String>,
    reachable: Result<(), String>,
    prefixes: Vec<String>,
    replicas: Option<usize>,
}

fn list(ctx: &Session) -> anyhow::Result<()> {
    // The primary tells which secrets and prefixes replicate where; a machine that only
    // holds a region identity still gets the list, without those columns.
    let primary = ctx.reader().and_then(|mut r| {
        let entries = r.scan("")?;
        Ok((r.meta.clone(), entries))
    });
    let mut rows = Vec::new();
    for (name, rc) in &ctx.config.regions {
        let (reachable, recipients) = match &rc.vault {
            _ if rc.is_aws() => (crate::aws::probe(name, rc), Vec::new()),
            None => (Err("no vault in the config".to_string()), rc.recipients.clone()),
            Some(vault) => {
                let opened = match std::fs::metadata(vault) {
                    Err(_) => Err(format!("no vault at {}", vault.display())),
                    Ok(_) => ctx.identities().and_then(|ids| store::open_reader(vault, ids)).map_err(|e| e.message),
                };
                match opened {
                    Ok(r) => (Ok(()), r.meta.recipients.clone()),
                    Err(m) => (Err(m), rc.recipients.clone()),
                }
            }
        };
        let (prefixes, replicas) = match &primary {
            Ok((meta, entries)) => (
                meta.replicated_prefixes
                    .iter()
                    .filter(|(_, regions)| regions.contains(name))
                    .map(|(p, _)| p.clone())
                    .collect(),
                Some(entries.iter().filter(|e| e.entry.replicas.iter().any(|(r, _)| r == name)).count()),
            ),
            Err(_) => (Vec::new(), None),
        };
        rows.push(RegionRow { name: name.clone(), vault: rc.location(), recipients, reachable, prefixes, replicas });
    }
    if ctx.json() {
        let list: Vec<_> = rows
            .iter()
            .map(|r| {
                let mut v = json!({
                    "Region": r.name,
                    "Vault": r.vault,
                    "Recipients": r.recipients,
                    "Reachable": r.reachable.is_ok(),
                    "ReplicatedPrefixes": r.prefixes,
                });
                if let Err(m) = &r.reachable {
                    v["StatusMessage"] = m.clone().into();
                }
                if let Some(n) = r.replicas {
                    v["Replicas"] = n.into();
                }
                if let Some(aws) = crate::aws::aws_region(ctx, &r.name) {
                    v["AwsRegion"] = aws.aws.clone().into();
                    v["Profile"] = aws.profile.clone().into();
                    v["EndpointUrl"] = aws.endpoint_url.clone().into();
                    v["NamePrefix"] = aws.name_prefix.clone().into();
                }
                v
            })
            .collect();
        return output::print_json(&json!({"Regions": list}));
    }
    if rows.is_empty() {
        ctx.info("no regions; add one with `sealbox region add NAME --vault PATH`");
        return Ok(());
    }
    let mut t = output::new_table(&["REGION", "VAULT", "REACHABLE", "REPLICAS", "PREFIXES", "RECIPIENTS"]);
    for r in &rows {
        t.add_row(vec![
            r.name.clone(),
            r.vault.clone(),
            match &r.reachable {
                Ok(()) => "yes".to_string(),
                Err(m) => format!("no: {m}"),
            },
            r.replicas.map_or_else(|| "?".to_string(), |n| n.to_string()),
            if r.prefixes.is_empty() { "-".into() } else { r.prefixes.join(" ") },
            r.recipients.join(" "),
        ]);
    }
    output::print_table(&t)
}

fn remove(ctx: &Session, args: RegionNameArg) -> anyhow::Result<()> {
    if !ctx.config.regions.contains_key(&args.name) {
        return Err(Error::not_found(format!(
            "region {} is not in the config {}",
            args.name,
            ctx.config_path.display()
        ))
        .with_hint("see `sealbox region list`")
        .into());
    }
    let mut reader = ctx.reader()?;
    let prefixes: Vec<String> = reader
        .meta
        .replicated_prefixes
        .iter()
        .filter(|(_, regions)| regions.contains(&args.name))
        .map(|(p, _)| p.clone())
        .collect();
    let held: Vec<String> = reader
        .scan("")?
        .into_iter()
        .filter(|l| l.entry.replicas.iter().any(|(r, _)| *r == args.name))
        .map(|l| l.entry.name)
        .collect();
    if !held.is_empty() {
        let shown: Vec<&str> = held.iter().take(5).map(String::as_str).collect();
        let more =
            if held.len() > shown.len() { format!(" and {} more", held.len() - shown.len()) } else { String::new() };
        return Err(Error::invalid_state(format!(
            "region {} still holds replicas of {} secret(s): {}{more}",
            args.name,
            held.len(),
            shown.join(", ")
        ))
        .with_hint(format!("remove them first: sealbox replicate {} --remove {}", held[0], args.name))
        .into());
    }
    if !prefixes.is_empty() {
        return Err(Error::invalid_state(format!(
            "region {} is the target of the replicated prefix {}",
            args.name,
            prefixes.join(", ")
        ))
        .with_hint(format!("sealbox replicate --prefix {} --remove {}", prefixes[0], args.name))
        .into());
    }
    ctx.record(&[Event::ok(REMOVE_REGION, None, None).with_detail(args.name.clone())])?;
    let mut config = ctx.config.clone();
    config.regions.remove(&args.name);
    crate::fs::write_file_atomic(&ctx.config_path, crate::fs::Links::FollowSafe, config.to_toml()?.as_bytes(), true)?;
    if ctx.json() {
        output::print_json(&json!({"Region": args.name, "Removed": true}))?;
    } else {
        ctx.info(format!("removed region {} from the config (its vault file is left as it is)", args.name));
    }
    Ok(())
}
