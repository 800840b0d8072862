//! `sealbox tag NAME K=V…` and `sealbox untag NAME K…`.

use serde_json::json;

use super::modify;
use crate::audit::Event;
use crate::cli::{TagArgs, UntagArgs};
use crate::output;
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::names;

pub fn run_tag(ctx: &Session, args: TagArgs) -> anyhow::Result<()> {
    let tags = args.tags.iter().map(|t| names::parse_tag(t)).collect::<Result<Vec<_>, _>>()?;
    let now = ctx.now;
    let (secret, ()) = modify(ctx, &args.name, |s, audit| {
        s.set_tags(&tags, now)?;
        audit.extend([Event::ok("TagResource", Some(&args.name), None)]);
        Ok(((), true))
    })?;
    report(ctx, &secret)
}

pub fn run_untag(ctx: &Session, args: UntagArgs) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, &args.name, |s, audit| {
        s.remove_tags(&args.keys, now)?;
        audit.extend([Event::ok("UntagResource", Some(&args.name), None)]);
        Ok(((), true))
    })?;
    report(ctx, &secret)
}

fn report(ctx: &Session, secret: &Secret) -> anyhow::Result<()> {
    if ctx.json() {
        return output::print_json(
            &json!({"ARN": secret.arn, "Name": secret.name, "Tags": output::tags_json(&secret.tags)}),
        );
    }
    let tags: Vec<String> = secret.tags.iter().map(|(k, v)| format!("{k}={v}")).collect();
    ctx.info(format!("{}: tags {}", secret.name, if tags.is_empty() { "-".into() } else { tags.join(", ") }));
    Ok(())
}
