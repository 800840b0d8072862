//! `sealbox restore`: cancel a scheduled deletion.

use super::{arn_name, modify};
use crate::cli::NameArg;
use crate::context::Context;
use crate::output;

pub fn run(ctx: &Context, args: NameArg) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, restored) = modify(ctx, &args.name, |s| {
        s.ensure_not_replica()?;
        let restored = s.restore(now);
        Ok((restored, restored))
    })?;
    if ctx.json() {
        output::print_json(&arn_name(&secret))?;
    } else if restored {
        ctx.info(format!("{} restored", args.name));
    } else {
        ctx.info(format!("{} was not scheduled for deletion: nothing changed", args.name));
    }
    Ok(())
}
