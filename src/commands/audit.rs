//! `sealbox audit [NAME|PREFIX] [filters]`, `audit verify`, `audit rotate`.

use jiff::{Timestamp, ToSpan};
use serde_json::{Value, json};

use crate::audit::{self, Line, VaultKey};
use crate::cli::{AuditAction, AuditArgs, AuditQueryArgs, AuditRotateArgs, AuditVerifyArgs};
use crate::error::Error;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: AuditArgs) -> anyhow::Result<()> {
    match args.action {
        None => show(ctx, args.query),
        Some(AuditAction::Show(q)) => show(ctx, q),
        Some(AuditAction::Verify(v)) => verify(ctx, v),
        Some(AuditAction::Rotate(r)) => rotate(ctx, r),
    }
}

/// RFC 3339, a bare date (UTC midnight; with `end`, the next midnight), or `<N>d`/`<N>h` ago.
pub fn parse_date(text: &str, now: Timestamp, end: bool, flag: &str) -> Result<Timestamp, Error> {
    let bad = || {
        Error::usage(format!("{flag} {text:?} is not a date"))
            .with_hint("use RFC 3339 (2026-01-31T12:00:00Z), a day (2026-01-31), or an age (7d, 12h)")
    };
    if let Ok(t) = text.parse::<Timestamp>() {
        return Ok(t);
    }
    if let Ok(d) = text.parse::<jiff::civil::Date>() {
        let d = if end { d.tomorrow().map_err(|_| bad())? } else { d };
        return d.to_zoned(jiff::tz::TimeZone::UTC).map(|z| z.timestamp()).map_err(|_| bad());
    }
    let (num, unit) = text.split_at(text.len().saturating_sub(1));
    let n: i64 = num.parse().map_err(|_| bad())?;
    let span = match unit {
        "d" => (n * 24).hours(),
        "h" => n.hours(),
        _ => return Err(bad()),
    };
    now.checked_sub(span).map_err(|_| bad())
}

/// A query names a subtree, as a `--prefix` does everywhere (DESIGN.md "Prefixes are a
/// hierarchy"): `app/ci` and `app/ci/` both match `app/ci` and `app/ci/…`.
fn name_matches(query: &str, name: &str) -> bool {
    crate::vault::names::in_subtree(name, query)
}

fn outcome_matches(want: &str, outcome: &str) -> bool {
    match want {
        "failed" => outcome != "ok",
        _ => outcome.eq_ignore_ascii_case(want),
    }
}

fn show(ctx: &Session, q: AuditQueryArgs) -> anyhow::Result<()> {
    let since = q.since.as_deref().map(|s| parse_date(s, ctx.now, false, "--since")).transpose()?;
    let until = q.until.as_deref().map(|s| parse_date(s, ctx.now, true, "--until")).transpose()?;
    let path = q.log.clone().unwrap_or_else(|| ctx.audit.path.clone());
    // Only what the chain vouches for is shown as fact: the lines before the first broken
    // one, with the lines anyone could have written (unkeyed) marked as unverified.
    let mut reader = ctx.reader()?;
    // --pending-deletion: each scheduled secret of this vault and when it was scheduled.
    let scheduled: Option<std::collections::BTreeMap<String, Timestamp>> = if q.pending_deletion {
        Some(reader.scan("")?.into_iter().filter_map(|l| Some((l.entry.name, l.entry.deleted?))).collect())
    } else {
        None
    };
    let live = std::path::absolute(&path).ok() == std::path::absolute(&ctx.audit.path).ok();
    let report = ctx.verify_log(&path, &reader.meta, live)?;
    let mut lines = audit::read_lines(&path)?;
    if let (Some(n), Some(problem)) = (report.broken_line, &report.problem) {
        let kept = (n as usize).saturating_sub(1).min(lines.len());
        if kept < lines.len() || n > report.lines {
            ctx.warn(format!(
                "the audit log {} fails verification at line {n} ({problem}); {}",
                path.display(),
                if kept < lines.len() { "lines from there on are not shown" } else { "its end is missing" }
            ));
        }
        lines.truncate(kept);
    }
    let rolled_back =
        |l: &Line| l.seq.is_some_and(|s| report.rolled_back_seqs.iter().any(|(a, b)| (*a..=*b).contains(&s)));
    let lines: Vec<Line> = lines
        .into_iter()
        .filter(|l| q.name.as_deref().is_none_or(|n| l.str("name").is_some_and(|name| name_matches(n, name))))
        .filter(|l| since.is_none_or(|s| l.time.is_some_and(|t| t >= s)))
        .filter(|l| until.is_none_or(|u| l.time.is_some_and(|t| t < u)))
        .filter(|l| {
            q.operation.as_deref().is_none_or(|op| l.str("operation").is_some_and(|o| o.eq_ignore_ascii_case(op)))
        })
        .filter(|l| q.outcome.as_deref().is_none_or(|w| l.str("outcome").is_some_and(|o| outcome_matches(w, o))))
        .filter(|l| {
            scheduled.as_ref().is_none_or(|s| audit::query::is_pending_deletion_read(l, &reader.meta.vault_id, s))
        })
        .collect();
    if ctx.json() {
        let events: Vec<Value> = lines
            .into_iter()
            .map(|l| {
                let (unverified, older) = (l.vault_id.is_none(), rolled_back(&l));
                let mut v = l.value;
                if unverified || older {
                    v.insert("verified".into(), false.into());
                }
                if older {
                    v.insert("rolled_back".into(), true.into());
                }
                Value::Object(v)
            })
            .collect();
        return output::print_json(&json!({"Events": events}));
    }
    if lines.is_empty() {
        ctx.info(format!("no matching lines in {}", path.display()));
        return Ok(());
    }
    let mut table = output::new_table(&["TIME", "OPERATION", "NAME", "VERSION", "OUTCOME", "USER", "PID", "PARENT"]);
    let text = |l: &Line, k: &str| l.str(k).map(str::to_string).unwrap_or_else(|| "-".into());
    for l in &lines {
        table.add_row(vec![
            text(l, "time"),
            text(l, "operation"),
            text(l, "name"),
            text(l, "version_id"),
            match (l.vault_id.is_none(), rolled_back(l)) {
                (true, _) => format!("{} (unverified)", text(l, "outcome")),
                (false, true) => format!("{} (rolled back)", text(l, "outcome")),
                (false, false) => text(l, "outcome"),
            },
            l.str("user").map(str::to_string).or_else(|| l.value.get("uid").map(|u| u.to_string())).unwrap_or_default(),
            l.value.get("pid").map(|p| p.to_string()).unwrap_or_default(),
            text(l, "parent"),
        ]);
    }
    output::print_table(&table)
}

fn verify(ctx: &Session, args: AuditVerifyArgs) -> anyhow::Result<()> {
    let reader = ctx.reader()?;
    let live = ctx.audit.path.clone();
    let path = args.log.clone().unwrap_or_else(|| live.clone());
    let is_live = std::path::absolute(&path).ok() == std::path::absolute(&live).ok();
    if let Some(seen) = ctx.rolled_back(&ctx.vault_path, &reader.meta)? {
        // The vault the log is checked against is an older copy: lines after it can't be.
        return Err(Error::other(format!(
            "the vault {} is an older copy (generation {}; this machine has seen generation {seen}): the log can't be checked against it",
            ctx.vault_path.display(),
            reader.meta.generation
        ))
        .with_hint("if you restored the vault on purpose, run `sealbox trust`; otherwise put the newer copy back")
        .into());
    }
    let report = ctx.verify_log(&path, &reader.meta, is_live)?;
    if ctx.json() {
        let mut v = json!({
            "Log": path.display().to_string(),
            "Valid": report.problem.is_none(),
            "Lines": report.lines,
            "Verified": report.verified,
            "Unkeyed": report.unkeyed,
            "RolledBack": report.rolled_back,
            "OtherVaults": report.other_vaults,
            "FirstSeq": report.first_seq,
            "LastSeq": report.last_seq,
            "ContinuesArchive": report.continues_archive,
        });
        if let (Some(line), Some(problem)) = (report.broken_line, &report.problem) {
            v["BrokenLine"] = line.into();
            v["Problem"] = problem.clone().into();
        }
        output::print_json(&v)?;
    }
    if let (Some(line), Some(problem)) = (report.broken_line, &report.problem)
        && report.unreachable_vault.is_some()
    {
        return Err(Error::other(format!("the audit log {} can't be checked from line {line} on: {problem}", path.display()))
            .with_hint("make that vault reachable again (mount it, or restore it) and run `sealbox audit verify` again; the lines before are intact")
            .into());
    }
    if let (Some(line), Some(problem)) = (report.broken_line, report.problem) {
        return Err(Error::other(format!("the audit log {} is broken at line {line}: {problem}", path.display()))
            .with_hint("restore the log from a backup; lines before the broken one are intact")
            .into());
    }
    if !ctx.json() {
        let mut extra = Vec::new();
        if report.unkeyed > 0 {
            extra.push(format!("{} written without the vault key (failed decrypts)", report.unkeyed));
        }
        if report.rolled_back > 0 {
            let seqs: Vec<String> = report.rolled_back_seqs.iter().map(|(a, b)| format!("seq {a}..{b}")).collect();
            extra.push(format!(
                "{} written by a newer generation that was rolled back, then trusted ({}): vouched for by `sealbox trust`, not checkable with this vault's key",
                report.rolled_back,
                seqs.join(", ")
            ));
        }
        if report.other_vaults > 0 {
            extra.push(format!("{} of other vaults, verified with their keys", report.other_vaults));
        }
        if report.continues_archive {
            extra.push("continues a rotated-out file".into());
        }
        let range = match (report.first_seq, report.last_seq) {
            (Some(a), Some(b)) => format!(", seq {a}..{b}"),
            _ => String::new(),
        };
        output::write_stdout(
            format!(
                "ok: {} lines, chain intact, {} verified with this vault's key{range}{}\n",
                report.lines,
                report.verified,
                if extra.is_empty() { String::new() } else { format!("; {}", extra.join("; ")) }
            )
            .as_bytes(),
        )?;
    }
    Ok(())
}

fn rotate(ctx: &Session, args: AuditRotateArgs) -> anyhow::Result<()> {
    let reader = ctx.reader()?;
    let key = VaultKey::from_meta(&reader.meta)?;
    let archive = ctx.audit.rotate(&key, args.if_larger_than, crate::terminal::now().unwrap_or(ctx.now))?;
    if ctx.json() {
        return output::print_json(&json!({
            "Log": ctx.audit.path.clone().display().to_string(),
            "Rotated": archive.is_some(),
            "Archive": archive.as_ref().map(|a| a.display().to_string()),
        }));
    }
    match archive {
        Some(a) => ctx.info(format!("rotated: the old lines are in {}; the new log continues the chain", a.display())),
        None => ctx.info("nothing to rotate"),
    }
    Ok(())
}
