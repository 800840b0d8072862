//! `sealbox put-version`: a new version, AWSCURRENT unless other labels are given.

use serde_json::json;

use super::{modify, new_version_id};
use crate::audit::Event;
use crate::cli::PutVersionArgs;
use crate::output;
use crate::session::Session;
use crate::value;
use crate::vault::model::SecretValue;
use crate::vault::names;

pub fn run(ctx: &Session, args: PutVersionArgs) -> anyhow::Result<()> {
    names::validate_name(&args.name)?;
    if let Some(t) = &args.token {
        names::validate_token(t)?;
    }
    for s in &args.stages {
        names::validate_label(s)?;
    }
    let value = SecretValue::from_bytes(value::read_value(&args.value, ctx)?);
    let version_id = args.token.clone().unwrap_or_else(new_version_id);
    let now = ctx.now;
    let (secret, outcome) = modify(ctx, &args.name, |s, audit| {
        let out = s.put_value(version_id.clone(), value, &args.stages, now)?;
        let mut events = vec![Event::ok("PutSecretValue", Some(&args.name), Some(&out.version_id))];
        if let Some(pending) = &out.abandoned_rotation {
            events.push(Event::ok("RotationAbandoned", Some(&args.name), Some(pending)).with_detail("put-version"));
        }
        audit.extend(events);
        let changed = out.created;
        Ok((out, changed))
    })?;
    if let Some(pending) = &outcome.abandoned_rotation {
        ctx.warn(format!("abandoned the incomplete rotation of {} (version {pending} lost AWSPENDING)", args.name));
    }
    let stages = secret.version(&outcome.version_id).map(|v| v.stages.clone()).unwrap_or_default();
    if ctx.json() {
        output::print_json(&json!({
            "ARN": secret.arn,
            "Name": secret.name,
            "VersionId": outcome.version_id,
            "VersionStages": stages,
        }))?;
    } else if outcome.created {
        ctx.info(format!("{}: new version {} [{}]", args.name, outcome.version_id, stages.join(", ")));
    } else {
        ctx.info(format!("{} already has version {} with this value: nothing changed", args.name, outcome.version_id));
    }
    Ok(())
}
