//! `sealbox put-version`: a new version, AWSCURRENT unless other labels are given.

use crate::api::{self, PutSecretValue, Scope};
use crate::cli::PutVersionArgs;
use crate::output;
use crate::session::Session;
use crate::value;
use crate::vault::names;

pub fn run(ctx: &Session, args: PutVersionArgs) -> anyhow::Result<()> {
    if let Some(t) = &args.token {
        names::validate_token(t)?;
    }
    for s in &args.stages {
        names::validate_label(s)?;
    }
    let value = api::value_from_bytes(value::read_value(&args.value, ctx)?, args.binary);
    let req = PutSecretValue { id: args.name.clone(), value, stages: args.stages.clone(), token: args.token.clone() };
    let put = api::put_secret_value(ctx, &Scope::all(), req)?;
    let name = &put.secret.name;
    if let Some(pending) = &put.abandoned_rotation {
        ctx.warn(format!("abandoned the incomplete rotation of {name} (version {pending} lost AWSPENDING)"));
    }
    if ctx.json() {
        output::print_json(&put.json())?;
    } else if put.created {
        let stages = put.secret.version(&put.version_id).map(|v| v.stages.join(", ")).unwrap_or_default();
        ctx.info(format!("{name}: new version {} [{stages}]", put.version_id));
    } else {
        ctx.info(format!("{name} already has version {} with this value: nothing changed", put.version_id));
    }
    Ok(())
}
