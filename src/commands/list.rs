//! `sealbox list [PREFIX]`: names and metadata from the catalog, never a value (AWS
//! ListSecrets, with its filters, sort and paging).

use crate::api::{self, ListSecrets, Scope, SortBy};
use crate::cli::ListArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: ListArgs) -> anyhow::Result<()> {
    let descending = match args.sort_order.as_str() {
        "asc" => false,
        "desc" => true,
        other => {
            return Err(Error::usage(format!("unknown --sort-order {}", crate::vault::names::printable(other)))
                .with_hint("use asc or desc")
                .into());
        }
    };
    let req = ListSecrets {
        prefix: args.prefix.clone(),
        filters: api::parse_filters(&args.filters)?,
        include_deleted: args.include_deleted,
        sort_by: SortBy::parse(&args.sort_by)?,
        descending,
        max_results: args.max_results,
        next_token: args.next_token.clone(),
    };
    let mut page = api::list_secrets(ctx, &Scope::all(), &req)?;
    if args.rotation_due {
        page.entries.retain(|e| e.rotation_enabled && e.next_rotation.is_some_and(|t| t <= ctx.now));
    }
    if ctx.json() {
        return output::print_json(&page.json());
    }
    let headers =
        ["NAME", "DESCRIPTION", "VERSIONS", "LAST CHANGED", "LAST ACCESSED", "NEXT ROTATION", "DELETION DATE"];
    let mut rows = Vec::with_capacity(page.entries.len());
    for e in &page.entries {
        rows.push(vec![
            e.name.clone(),
            e.description.clone().unwrap_or_default(),
            e.version_count.to_string(),
            output::short_date(e.last_changed),
            page.accessed.get(&e.name).map(|t| output::day(*t)).unwrap_or_else(|| "-".into()),
            match (e.rotation_enabled, e.next_rotation) {
                (true, Some(t)) => output::short_date(t),
                (true, None) => "enabled".into(),
                _ => "-".into(),
            },
            e.purge_after.map(output::short_date).unwrap_or_else(|| "-".into()),
        ]);
    }
    if let Some(t) = &page.next_token {
        ctx.info(format!("more secrets: add --next-token {t}"));
    }
    if page.entries.is_empty() {
        if !ctx.quiet() {
            let due = if args.rotation_due { " due for rotation" } else { "" };
            let prefix = args.prefix.unwrap_or_default();
            eprintln!("no secrets{due}{}", if prefix.is_empty() { String::new() } else { format!(" under {prefix}") });
        }
        return Ok(());
    }
    output::print_rows(&headers, rows)
}
