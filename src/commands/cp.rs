//! `sealbox cp SRC DST [--all-versions]`: a new secret with SRC's current value (or all its
//! versions and labels), description and tags. Rotation and replication are not copied.

use serde_json::json;

use super::{existing, new_arn, new_version_id};
use crate::audit::Event;
use crate::cli::CpArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::names;

pub fn run(ctx: &Session, args: CpArgs) -> anyhow::Result<()> {
    names::validate_name(&args.source)?;
    names::validate_name(&args.destination)?;
    if args.source == args.destination {
        return Err(Error::usage(format!("{} and {} are the same name", args.source, args.destination)).into());
    }
    let now = ctx.now;
    let copy = ctx.write(|tx| {
        let source = existing(tx, &args.source)?;
        if source.is_scheduled_for_deletion() {
            return Err(Error::marked_for_deletion(&args.source).into());
        }
        if tx.contains(&args.destination) {
            return Err(Error::exists(format!("secret {} already exists", args.destination))
                .with_hint("pick another name, or delete it first")
                .into());
        }
        let current = source
            .current()
            .ok_or_else(|| Error::not_found(format!("secret {} has no AWSCURRENT version", args.source)))?;
        let arn = new_arn(tx, &args.destination)?;
        let mut copy = Secret::new(&args.destination, arn, new_version_id(), current.value.clone(), now);
        if args.all_versions {
            copy.versions = source.versions.clone();
        }
        copy.description = source.description.clone();
        copy.tags = source.tags.clone();
        let read = Event::ok("GetSecretValue", Some(&args.source), Some(&current.id));
        tx.audit(read.with_detail(format!("copied to {}", args.destination)));
        let detail = format!("copy of {}{}", args.source, if args.all_versions { ", all versions" } else { "" });
        for v in &copy.versions {
            tx.audit(Event::ok("CreateSecret", Some(&args.destination), Some(&v.id)).with_detail(detail.clone()));
        }
        tx.put(copy.clone());
        Ok(copy)
    })?;
    if ctx.json() {
        let current = copy.current().map(|v| v.id.clone());
        return output::print_json(&json!({"ARN": copy.arn, "Name": copy.name, "VersionId": current}));
    }
    let versions = copy.versions.len();
    let what = if versions == 1 { "1 version".to_string() } else { format!("{versions} versions") };
    ctx.info(format!("copied {} to {} ({what})", args.source, args.destination));
    Ok(())
}
