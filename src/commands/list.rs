//! `sealbox list [PREFIX]`: names and metadata from the catalog, never a value.

use serde_json::json;

use crate::audit;
use crate::cli::ListArgs;
use crate::output;
use crate::session::Session;
use crate::vault::names;

pub fn run(ctx: &Session, args: ListArgs) -> anyhow::Result<()> {
    let prefix = args.prefix.unwrap_or_default();
    names::validate_prefix(&prefix)?;
    let mut reader = ctx.reader()?;
    let mut entries = Vec::new();
    for l in reader.scan_subtree(&prefix)? {
        let e = &l.entry;
        if !(args.include_deleted || e.deleted.is_none())
            || (args.rotation_due && !(e.rotation_enabled && e.next_rotation.is_some_and(|t| t <= ctx.now)))
        {
            continue;
        }
        let mut entry = l.entry.clone();
        // A catalog line written before it carried the rotation rules: read them from the record.
        if (entry.rotation_enabled || entry.last_rotated.is_some()) && !entry.rotation_configured {
            let secret = reader.read_record(&l)?;
            entry.rotation_every_days = secret.rotation.every_days;
            entry.rotation_configured = secret.rotation.is_configured();
        }
        entries.push(entry);
    }
    // One line per secret listed: a list shows what it read.
    let events: Vec<_> = entries.iter().map(|e| audit::Event::ok("ListSecrets", Some(&e.name), None)).collect();
    ctx.record(&events)?;
    // One pass over the log for all the names, only when there is something to show.
    let accessed = if entries.is_empty() {
        Default::default()
    } else {
        audit::last_accessed(&ctx.audit.path, &reader.meta.vault_id, None)?
    };
    if ctx.json() {
        let list: Vec<_> = entries.iter().map(|e| output::list_entry_json(e, accessed.get(&e.name).copied())).collect();
        return output::print_json(&json!({"SecretList": list}));
    }
    let headers =
        ["NAME", "DESCRIPTION", "VERSIONS", "LAST CHANGED", "LAST ACCESSED", "NEXT ROTATION", "DELETION DATE"];
    let mut rows = Vec::with_capacity(entries.len());
    for e in &entries {
        rows.push(vec![
            e.name.clone(),
            e.description.clone().unwrap_or_default(),
            e.version_count.to_string(),
            output::short_date(e.last_changed),
            accessed.get(&e.name).map(|t| output::day(*t)).unwrap_or_else(|| "-".into()),
            match (e.rotation_enabled, e.next_rotation) {
                (true, Some(t)) => output::short_date(t),
                (true, None) => "enabled".into(),
                _ => "-".into(),
            },
            e.purge_after.map(output::short_date).unwrap_or_else(|| "-".into()),
        ]);
    }
    if entries.is_empty() {
        if !ctx.quiet() {
            let due = if args.rotation_due { " due for rotation" } else { "" };
            eprintln!("no secrets{due}{}", if prefix.is_empty() { String::new() } else { format!(" under {prefix}") });
        }
        return Ok(());
    }
    output::print_rows(&headers, rows)
}
