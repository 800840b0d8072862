//! `sealbox versions`: a secret's versions and labels (AWS ListSecretVersionIds).

use crate::api::{self, Scope};
use crate::cli::VersionsArgs;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: VersionsArgs) -> anyhow::Result<()> {
    let (s, json) = api::list_versions(ctx, &Scope::all(), &args.name, args.include_deprecated)?;
    if ctx.json() {
        return output::print_json(&json);
    }
    let mut table = output::new_table(&["VERSION ID", "STAGES", "CREATED"]);
    for v in s.versions.iter().rev().filter(|v| args.include_deprecated || !v.is_deprecated()) {
        table.add_row(vec![
            v.id.clone(),
            if v.stages.is_empty() { "-".into() } else { v.stages.join(",") },
            output::date(v.created),
        ]);
    }
    output::print_table(&table)
}
