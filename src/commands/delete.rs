//! `sealbox delete`: schedule deletion after a recovery window, or delete at once.

use serde_json::json;

use crate::audit::Event;
use crate::cli::DeleteArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::model::{DEFAULT_RECOVERY_DAYS, validate_recovery_window};
use crate::vault::names;

pub fn run(ctx: &Session, args: DeleteArgs) -> anyhow::Result<()> {
    names::validate_name(&args.name)?;
    let days = args.recovery_window_days.unwrap_or(DEFAULT_RECOVERY_DAYS);
    if !args.force_delete_without_recovery {
        validate_recovery_window(days)?;
    }
    let now = ctx.now;
    // AWS regions follow a deletion (DeleteSecret with the same window, or forced); vault
    // regions must be removed first.
    let mut aws_replicas: Vec<String> = Vec::new();
    let mut vault_id = String::new();
    let (arn, deletion_date) = ctx.write(|doc| {
        let Some(mut secret) = doc.get(&args.name)? else {
            if args.force_delete_without_recovery {
                // AWS: a forced delete of an unknown name succeeds.
                // It answers as if the secret had existed: an ARN with a fresh suffix.
                doc.audit_all([Event::ok("DeleteSecret", Some(&args.name), None).with_detail("force")]);
                return Ok((Some(super::new_arn(doc, &args.name)?), now));
            }
            return Err(Error::secret_not_found(&args.name).into());
        };
        let (aws, regions): (Vec<&str>, Vec<&str>) =
            secret.active_replica_regions().into_iter().partition(|r| crate::aws::aws_region(ctx, r).is_some());
        if !regions.is_empty() {
            return Err(Error::invalid_state(format!(
                "secret {} has replicas in {}: remove them first",
                args.name,
                regions.join(", ")
            ))
            .with_hint(format!("sealbox replicate {} --remove {}", args.name, regions.join(" ")))
            .into());
        }
        if args.force_delete_without_recovery {
            if secret.replica_of.is_some() {
                secret.ensure_writable()?;
            }
            aws_replicas = aws.iter().map(|r| r.to_string()).collect();
            vault_id = doc.meta.vault_id.clone();
            doc.remove(&args.name);
            doc.audit_all([
                Event::ok("DeleteSecret", Some(&args.name), None).with_detail("force"),
                Event::ok("EndSecretDelete", Some(&args.name), None),
            ]);
            return Ok((Some(secret.arn), now));
        }
        let purge_after = secret.schedule_deletion(days, now)?;
        let arn = secret.arn.clone();
        doc.put(secret);
        doc.audit_all([
            Event::ok("DeleteSecret", Some(&args.name), None),
            Event::ok("StartSecretDelete", Some(&args.name), None)
                .with_detail(format!("purge after {}", output::date(purge_after))),
        ]);
        Ok((Some(arn), purge_after))
    })?;
    for (region, result) in crate::aws::propagate_force_delete(ctx, &args.name, &aws_replicas, &vault_id) {
        match result {
            Ok(true) => ctx.info(format!("deleted {} in AWS region {region} too", args.name)),
            Ok(false) => {}
            Err(m) => ctx.warn(format!(
                "the replica of {} in AWS region {region} could not be deleted: {m}; delete it there by hand",
                args.name
            )),
        }
    }
    if ctx.json() {
        let mut v = json!({"Name": args.name, "DeletionDate": output::date(deletion_date)});
        if let Some(arn) = arn {
            v["ARN"] = arn.into();
        }
        output::print_json(&v)?;
    } else if args.force_delete_without_recovery {
        ctx.info(format!("deleted {} for good", args.name));
    } else {
        ctx.info(format!(
            "{} is scheduled for deletion on {}; `sealbox restore {}` cancels it",
            args.name,
            output::date(deletion_date),
            args.name
        ));
    }
    Ok(())
}
