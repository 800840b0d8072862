//! `sealbox update NAME --description D`.

use super::{arn_name, modify};
use crate::audit::Event;
use crate::cli::UpdateArgs;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: UpdateArgs) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, &args.name, |s, audit| {
        s.set_description(&args.description, now)?;
        audit.extend([Event::ok("UpdateSecret", Some(&args.name), None)]);
        Ok(((), true))
    })?;
    if ctx.json() {
        output::print_json(&arn_name(&secret))?;
    } else {
        ctx.info(format!("{}: description updated", args.name));
    }
    Ok(())
}
