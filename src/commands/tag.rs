//! `sealbox tag NAME K=V…` and `sealbox untag NAME K…`.

use serde_json::json;

use crate::api::{self, Scope};
use crate::cli::{TagArgs, UntagArgs};
use crate::output;
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::names;

pub fn run_tag(ctx: &Session, args: TagArgs) -> anyhow::Result<()> {
    let tags = args.tags.iter().map(|t| names::parse_tag(t)).collect::<Result<Vec<_>, _>>()?;
    report(ctx, &api::tag_resource(ctx, &Scope::all(), &args.name, &tags)?)
}

pub fn run_untag(ctx: &Session, args: UntagArgs) -> anyhow::Result<()> {
    report(ctx, &api::untag_resource(ctx, &Scope::all(), &args.name, &args.keys)?)
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
