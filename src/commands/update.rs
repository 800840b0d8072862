//! `sealbox update NAME --description D`.

use super::{arn_name, modify};
use crate::audit::{self, Event};
use crate::cli::UpdateArgs;
use crate::context::Context;
use crate::output;

pub fn run(ctx: &Context, args: UpdateArgs) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, &args.name, |s| {
        s.set_description(&args.description, now)?;
        audit::record(ctx, &[Event::ok("UpdateSecret", Some(&args.name), None)])?;
        Ok(((), true))
    })?;
    if ctx.json() {
        output::print_json(&arn_name(&secret))?;
    } else {
        ctx.info(format!("{}: description updated", args.name));
    }
    Ok(())
}
