//! `sealbox versions`: a secret's versions and labels (AWS ListSecretVersionIds).

use serde_json::json;

use crate::audit;
use crate::cli::VersionsArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::names;

pub fn run(ctx: &Session, args: VersionsArgs) -> anyhow::Result<()> {
    names::validate_name(&args.name)?;
    let mut reader = ctx.reader()?;
    let s = reader.read_secret(&args.name)?.ok_or_else(|| Error::secret_not_found(&args.name))?;
    ctx.record(&[audit::Event::ok("ListSecretVersionIds", Some(&s.name), None)])?;
    let shown: Vec<_> = s.versions.iter().rev().filter(|v| args.include_deprecated || !v.is_deprecated()).collect();
    if ctx.json() {
        let accessed = audit::last_accessed_versions(&ctx.audit.path, &reader.meta.vault_id, &s.name)?;
        let versions: Vec<_> =
            shown.iter().map(|v| output::version_entry_json(v, accessed.get(&v.id).copied())).collect();
        return output::print_json(&json!({"Versions": versions, "ARN": s.arn, "Name": s.name}));
    }
    let mut table = output::new_table(&["VERSION ID", "STAGES", "CREATED"]);
    for v in shown {
        table.add_row(vec![
            v.id.clone(),
            if v.stages.is_empty() { "-".into() } else { v.stages.join(",") },
            output::date(v.created),
        ]);
    }
    output::print_table(&table)
}
