//! `sealbox update NAME [value source] [--description D] [--token T]` (AWS UpdateSecret).

use crate::api::{self, Scope, UpdateSecret};
use crate::cli::UpdateArgs;
use crate::output;
use crate::session::Session;
use crate::value;

pub fn run(ctx: &Session, args: UpdateArgs) -> anyhow::Result<()> {
    // A value only when asked for: an update of the description in a pipe reads no stdin.
    let asked = args.value.value.is_some() || args.value.value_file.is_some() || args.value.generate;
    let value =
        if asked { Some(api::value_from_bytes(value::read_value(&args.value, ctx)?, args.binary)) } else { None };
    let req = UpdateSecret { id: args.name.clone(), value, description: args.description.clone(), token: args.token };
    let (secret, version_id, json) = api::update_secret(ctx, &Scope::all(), req)?;
    if ctx.json() {
        output::print_json(&json)?;
    } else {
        let mut what = Vec::new();
        if args.description.is_some() {
            what.push("description updated".to_string());
        }
        if let Some(v) = version_id {
            what.push(format!("new version {v} [AWSCURRENT]"));
        }
        ctx.info(format!("{}: {}", secret.name, what.join(", ")));
    }
    Ok(())
}
