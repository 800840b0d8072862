//! `sealbox restore`: cancel a scheduled deletion.

use super::{arn_name, modify};
use crate::audit::{self, Event};
use crate::cli::NameArg;
use crate::context::Context;
use crate::output;

pub fn run(ctx: &Context, args: NameArg) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, restored) = modify(ctx, &args.name, |s| {
        s.ensure_not_replica()?;
        let restored = s.restore(now);
        let mut events = vec![Event::ok("RestoreSecret", Some(&args.name), None)];
        if restored {
            events.push(Event::ok("CancelSecretDelete", Some(&args.name), None));
        }
        audit::record(ctx, &events)?;
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
