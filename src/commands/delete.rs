//! `sealbox delete`: schedule deletion after a recovery window, or delete at once.

use crate::api::{self, DeleteSecret, Scope};
use crate::cli::DeleteArgs;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: DeleteArgs) -> anyhow::Result<()> {
    let req = DeleteSecret {
        id: args.name.clone(),
        recovery_window_days: args.recovery_window_days,
        force: args.force_delete_without_recovery,
    };
    let deleted = api::delete_secret(ctx, &Scope::all(), &req)?;
    let name = &deleted.name;
    // AWS regions follow a forced deletion; vault regions must be removed first.
    for (region, result) in crate::aws::propagate_force_delete(ctx, name, &deleted.aws_replicas, &deleted.vault_id) {
        match result {
            Ok(true) => ctx.info(format!("deleted {name} in AWS region {region} too")),
            Ok(false) => {}
            Err(m) => ctx.warn(format!(
                "the replica of {name} in AWS region {region} could not be deleted: {m}; delete it there by hand"
            )),
        }
    }
    if ctx.json() {
        output::print_json(&deleted.json())?;
    } else if req.force {
        ctx.info(format!("deleted {name} for good"));
    } else {
        ctx.info(format!(
            "{name} is scheduled for deletion on {}; `sealbox restore {name}` cancels it",
            output::date(deleted.deletion_date)
        ));
    }
    Ok(())
}
