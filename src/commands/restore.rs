//! `sealbox restore`: cancel a scheduled deletion.

use super::arn_name;
use crate::api::{self, Scope};
use crate::cli::NameArg;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: NameArg) -> anyhow::Result<()> {
    let (secret, restored) = api::restore_secret(ctx, &Scope::all(), &args.name)?;
    if ctx.json() {
        output::print_json(&arn_name(&secret))?;
    } else if restored {
        ctx.info(format!("{} restored", secret.name));
    } else {
        ctx.info(format!("{} was not scheduled for deletion: nothing changed", secret.name));
    }
    Ok(())
}
