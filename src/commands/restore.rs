//! `sealbox restore`: cancel a scheduled deletion.

use super::{arn_name, modify};
use crate::audit::Event;
use crate::cli::NameArg;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: NameArg) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, restored) = modify(ctx, &args.name, |s, audit| {
        s.ensure_not_replica()?;
        let restored = s.restore(now);
        let mut events = vec![Event::ok("RestoreSecret", Some(&args.name), None)];
        if restored {
            events.push(Event::ok("CancelSecretDelete", Some(&args.name), None));
        }
        audit.extend(events);
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
