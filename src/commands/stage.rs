//! `sealbox stage NAME LABEL --to VID [--from VID]` (AWS UpdateSecretVersionStage).

use crate::api::{self, Scope, StageMove};
use crate::cli::StageArgs;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: StageArgs) -> anyhow::Result<()> {
    let req = StageMove { id: args.name, label: args.label, to: args.to, from: args.from };
    let (secret, json) = api::update_version_stage(ctx, &Scope::all(), &req)?;
    if ctx.json() {
        output::print_json(&json)?;
    } else {
        match secret.labelled(&req.label) {
            Some(v) => ctx.info(format!("{}: {} is on version {}", secret.name, req.label, v.id)),
            None => ctx.info(format!("{}: {} is on no version", secret.name, req.label)),
        }
    }
    Ok(())
}
