//! `sealbox stage NAME LABEL --to VID [--from VID]` (AWS UpdateSecretVersionStage).

use super::{arn_name, modify};
use crate::audit::Event;
use crate::cli::StageArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: StageArgs) -> anyhow::Result<()> {
    if args.to.is_none() && args.from.is_none() {
        return Err(Error::usage("give --to VERSION_ID, --from VERSION_ID, or both").into());
    }
    let now = ctx.now;
    let (secret, ()) = modify(ctx, &args.name, |s, audit| {
        let before = s.stages_map();
        s.move_label(&args.label, args.to.as_deref(), args.from.as_deref(), now)?;
        let changed = s.stages_map() != before;
        let version = args.to.as_deref().or(args.from.as_deref());
        audit
            .extend([Event::ok("UpdateSecretVersionStage", Some(&args.name), version).with_detail(args.label.clone())]);
        Ok(((), changed))
    })?;
    if ctx.json() {
        output::print_json(&arn_name(&secret))?;
    } else {
        let holder = secret.labelled(&args.label).map(|v| v.id.clone());
        match holder {
            Some(id) => ctx.info(format!("{}: {} is on version {id}", args.name, args.label)),
            None => ctx.info(format!("{}: {} is on no version", args.name, args.label)),
        }
    }
    Ok(())
}
