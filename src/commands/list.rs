//! `sealbox list [PREFIX]`: names and metadata from the catalog, never a value (AWS
//! ListSecrets, with its filters, sort and paging).

use serde_json::json;

use crate::api::{self, ListSecrets, Scope, SortBy};
use crate::audit;
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
    // Names alone, in name order: the catalog's names, no line parsed whole.
    let plain = req.filters.is_empty()
        && req.sort_by == SortBy::Name
        && !descending
        && req.max_results.is_none()
        && req.next_token.is_none()
        && !args.rotation_due;
    if (args.names || args.tree) && plain && !ctx.json() {
        let prefix = args.prefix.clone().unwrap_or_default();
        crate::vault::names::validate_prefix(&prefix)?;
        let names = ctx.reader()?.names_in_subtree(&prefix, args.include_deleted)?;
        ctx.record(&[api::list_event(names.len(), Some(&prefix))])?;
        if args.tree {
            return output::write_stdout(tree(names.iter().map(String::as_str)).as_bytes());
        }
        return print_names(names.iter().map(String::as_str));
    }
    if plain && !args.include_deleted && !ctx.json() {
        return plain_table(ctx, &args);
    }
    let mut page = api::list_secrets(ctx, &Scope::all(), &req)?;
    if args.rotation_due {
        page.entries.retain(|e| e.rotation_enabled && e.next_rotation.is_some_and(|t| t <= ctx.now));
    }
    if ctx.json() {
        return output::print_json(&page.json());
    }
    if args.names {
        return print_names(page.entries.iter().map(|e| e.name.as_str()));
    }
    if args.tree {
        return output::write_stdout(tree(page.entries.iter().map(|e| e.name.as_str())).as_bytes());
    }
    let mut headers =
        vec!["NAME", "DESCRIPTION", "VERSIONS", "LAST CHANGED", "LAST ACCESSED", "NEXT ROTATION", "DELETION DATE"];
    // With --include-deleted: how many reads a scheduled secret has had since (who still uses it?).
    let pending = if args.include_deleted {
        headers.push("READS SINCE DELETE");
        let scheduled = page.entries.iter().filter_map(|e| Some((e.name.clone(), e.deleted?))).collect();
        Some(audit::pending_deletion_reads(&ctx.audit.path, &page.vault_id, &scheduled)?)
    } else {
        None
    };
    let mut rows = Vec::with_capacity(page.entries.len());
    for e in &page.entries {
        let mut row = vec![
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
        ];
        if let Some(pending) = &pending {
            row.push(match (e.deleted, pending.get(&e.name)) {
                (None, _) => "-".into(),
                (Some(_), None) => "0".into(),
                (Some(_), Some(r)) => r.count.to_string(),
            });
        }
        rows.push(row);
    }
    if let Some(t) = &page.next_token {
        ctx.info(format!("more secrets: add --next-token {t}"));
    }
    if page.entries.is_empty() {
        return no_secrets(ctx, &args);
    }
    output::print_rows(&headers, rows)
}

/// What the table shows of a catalog line, borrowed from it: no timestamp parsed, no field
/// the table doesn't show decoded.
#[derive(serde::Deserialize)]
struct TableLine<'a> {
    #[serde(borrow)]
    name: std::borrow::Cow<'a, str>,
    #[serde(default, borrow)]
    description: Option<std::borrow::Cow<'a, str>>,
    version_count: u32,
    #[serde(borrow)]
    last_changed: std::borrow::Cow<'a, str>,
    #[serde(default)]
    rotation_enabled: bool,
    #[serde(default, borrow)]
    next_rotation: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow)]
    deleted: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow)]
    purge_after: Option<std::borrow::Cow<'a, str>>,
}

/// `YYYY-MM-DD HH:MM` of an RFC 3339 UTC time as sealbox writes it, cut from the text;
/// anything else is parsed.
fn short_date_of(text: &str) -> anyhow::Result<String> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() >= 17
        && b.ends_with(b"Z")
        && (b[4], b[7], b[10], b[13]) == (b'-', b'-', b'T', b':')
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && digits(11..13)
        && digits(14..16)
    {
        return Ok(format!("{} {}", &text[..10], &text[11..16]));
    }
    let t: jiff::Timestamp = text.parse().map_err(|e| Error::other(format!("a catalog date does not parse: {e}")))?;
    Ok(output::short_date(t))
}

/// `list [PREFIX]` as a table in name order (the default): each catalog line read for the
/// fields the table shows only.
fn plain_table(ctx: &Session, args: &ListArgs) -> anyhow::Result<()> {
    let prefix = args.prefix.clone().unwrap_or_default();
    crate::vault::names::validate_prefix(&prefix)?;
    let mut reader = ctx.reader()?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut dates = Vec::new();
    reader.subtree_lines(&prefix, |line| {
        let t: TableLine = serde_json::from_slice(line.text)
            .map_err(|e| crate::vault::format::corrupt(format!("a catalog line does not parse: {e}")))?;
        if t.deleted.is_some() {
            return Ok(());
        }
        let rotation = match (t.rotation_enabled, &t.next_rotation) {
            (true, Some(n)) => Some(n.to_string()),
            (true, None) => None,
            _ => Some(String::new()),
        };
        dates.push((t.last_changed.into_owned(), rotation, t.purge_after.map(|p| p.into_owned())));
        rows.push(vec![
            t.name.into_owned(),
            t.description.map(|d| d.into_owned()).unwrap_or_default(),
            t.version_count.to_string(),
        ]);
        Ok(())
    })?;
    ctx.record(&[api::list_event(rows.len(), Some(&prefix))])?;
    if rows.is_empty() {
        return no_secrets(ctx, args);
    }
    let accessed = audit::last_accessed(&ctx.audit.path, &reader.meta.vault_id, None)?;
    for (row, (changed, rotation, purge)) in rows.iter_mut().zip(dates) {
        let last_accessed = accessed.get(&row[0]).map(|t| output::day(*t)).unwrap_or_else(|| "-".into());
        row.push(short_date_of(&changed)?);
        row.push(last_accessed);
        row.push(match rotation {
            Some(n) if n.is_empty() => "-".into(),
            Some(n) => short_date_of(&n)?,
            None => "enabled".into(),
        });
        row.push(match purge {
            Some(p) => short_date_of(&p)?,
            None => "-".into(),
        });
    }
    let headers =
        ["NAME", "DESCRIPTION", "VERSIONS", "LAST CHANGED", "LAST ACCESSED", "NEXT ROTATION", "DELETION DATE"];
    output::print_rows(&headers, rows)
}

fn no_secrets(ctx: &Session, args: &ListArgs) -> anyhow::Result<()> {
    if !ctx.quiet() {
        let due = if args.rotation_due { " due for rotation" } else { "" };
        let prefix = args.prefix.clone().unwrap_or_default();
        eprintln!("no secrets{due}{}", if prefix.is_empty() { String::new() } else { format!(" under {prefix}") });
    }
    Ok(())
}

/// `sealbox find PATTERN`: the names containing PATTERN, ignoring case; with `*` or `?` a
/// glob (`*` any run of characters, `/` included; `?` one character) that may match any
/// part of the name.
pub fn find(ctx: &Session, args: crate::cli::FindArgs) -> anyhow::Result<()> {
    let mut reader = ctx.reader()?;
    let pattern = args.pattern.to_lowercase();
    let glob = pattern.contains(['*', '?']);
    let entries: Vec<_> = reader
        .scan("")?
        .into_iter()
        .map(|l| l.entry)
        .filter(|e| e.deleted.is_none())
        .filter(|e| {
            let name = e.name.to_lowercase();
            if glob { glob_contains(&pattern, &name) } else { name.contains(&pattern) }
        })
        .collect();
    let detail = format!("{} listed matching {}", entries.len(), args.pattern);
    ctx.record(&[audit::Event::ok("ListSecrets", None, None).with_detail(detail)])?;
    if ctx.json() {
        let accessed = if entries.is_empty() {
            Default::default()
        } else {
            audit::last_accessed(&ctx.audit.path, &reader.meta.vault_id, None)?
        };
        let list: Vec<_> = entries.iter().map(|e| output::list_entry_json(e, accessed.get(&e.name).copied())).collect();
        return output::print_json(&json!({"SecretList": list}));
    }
    if entries.is_empty() && !ctx.quiet() {
        eprintln!("no secret names contain {}", args.pattern);
    }
    print_names(entries.iter().map(|e| e.name.as_str()))
}

fn print_names<'a>(names: impl Iterator<Item = &'a str>) -> anyhow::Result<()> {
    let mut text = String::new();
    for name in names {
        text.push_str(&output::escape_controls(name));
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())
}

/// True when the glob matches some part of `text` (as if it began and ended with `*`).
fn glob_contains(glob: &str, text: &str) -> bool {
    let p: Vec<char> = glob.chars().collect();
    let t: Vec<char> = text.chars().collect();
    (0..=t.len()).any(|start| glob_prefix(&p, &t[start..]))
}

/// True when the glob matches a prefix of `text`.
fn glob_prefix(p: &[char], t: &[char]) -> bool {
    match p.split_first() {
        None => true,
        Some(('*', rest)) => (0..=t.len()).any(|i| glob_prefix(rest, &t[i..])),
        Some(('?', rest)) => !t.is_empty() && glob_prefix(rest, &t[1..]),
        Some((c, rest)) => t.first() == Some(c) && glob_prefix(rest, &t[1..]),
    }
}

/// The names as a tree, as `pass ls` draws it: one line per path component.
pub fn tree<'a>(names: impl Iterator<Item = &'a str>) -> String {
    #[derive(Default)]
    struct Node(std::collections::BTreeMap<String, Node>);
    let mut root = Node::default();
    for name in names {
        let mut node = &mut root;
        for part in name.split('/') {
            node = node.0.entry(part.to_string()).or_default();
        }
    }
    fn draw(node: &Node, indent: &str, out: &mut String) {
        let count = node.0.len();
        for (i, (part, child)) in node.0.iter().enumerate() {
            let last = i + 1 == count;
            out.push_str(indent);
            out.push_str(if last { "└── " } else { "├── " });
            out.push_str(&output::escape_controls(part));
            out.push('\n');
            draw(child, &format!("{indent}{}", if last { "    " } else { "│   " }), out);
        }
    }
    let mut out = String::new();
    draw(&root, "", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_any_part() {
        assert!(glob_contains("app/*/password", "app/db/password"));
        assert!(glob_contains("d?", "app/db"));
        assert!(!glob_contains("app/?/password", "app/db/password"));
        assert!(glob_contains("*", ""));
    }

    #[test]
    fn a_tree_like_pass_ls() {
        let t = tree(["app/db/password", "app/db/user", "app/key", "web"].into_iter());
        assert_eq!(t, "├── app\n│   ├── db\n│   │   ├── password\n│   │   └── user\n│   └── key\n└── web\n");
    }
}
