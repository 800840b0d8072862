//! `sealbox describe`: a secret's metadata (AWS DescribeSecret). Works while a secret is
//! scheduled for deletion.

use serde_json::json;

use crate::api::{self, Scope};
use crate::audit::{self, PendingReads};
use crate::cli::NameArg;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: NameArg) -> anyhow::Result<()> {
    let described = api::describe_secret(ctx, &Scope::all(), &args.name)?;
    // Who still reads a secret scheduled for deletion (DESIGN.md "Deletion, part 2").
    let pending = match &described.secret.deletion {
        Some(d) => {
            let scheduled = [(described.secret.name.clone(), d.deleted)].into_iter().collect();
            let mut reads = audit::pending_deletion_reads(&ctx.audit.path, &described.vault_id, &scheduled)?;
            Some(reads.remove(&described.secret.name))
        }
        None => None,
    };
    if ctx.json() {
        let mut v = described.json();
        // sealbox's own field (AWS has none): only here, never in serve's DescribeSecret.
        if let Some(reads) = &pending {
            v["PendingDeletionReads"] = match reads {
                Some(r) => json!({"Count": r.count, "LastTime": r.last_time.to_string(), "LastActor": r.last_actor}),
                None => json!({"Count": 0}),
            };
        }
        return output::print_json(&v);
    }
    let api::Described { secret: s, last_accessed, prefixes, .. } = described;
    let mut rows: Vec<(String, String)> = vec![
        ("Name".into(), s.name.clone()),
        ("ARN".into(), s.arn.clone()),
        ("Description".into(), s.description.clone().unwrap_or_else(|| "-".into())),
        ("Created".into(), output::date(s.created)),
        ("Last changed".into(), output::date(s.last_changed)),
        ("Last accessed".into(), last_accessed.map(output::day).unwrap_or_else(|| "-".into())),
    ];
    if let Some(d) = &s.deletion {
        rows.push(("Deleted".into(), output::date(d.deleted)));
        rows.push(("Deletion date".into(), format!("{} (restore before then)", output::date(d.purge_after))));
        rows.push(("Reads since scheduled".into(), pending_text(pending.flatten().as_ref())));
    }
    let r = &s.rotation;
    rows.push((
        "Rotation".into(),
        match (r.enabled, r.every_days) {
            (true, Some(1)) => "every day".into(),
            (true, Some(days)) => format!("every {days} days"),
            (true, None) => "enabled".into(),
            (false, _) => "disabled".into(),
        },
    ));
    if let Some(script) = &r.script {
        rows.push(("Rotation script".into(), script.clone()));
    }
    if let Some(t) = r.last_rotated {
        rows.push(("Last rotated".into(), output::date(t)));
    }
    if let Some(t) = r.next_rotation {
        rows.push(("Next rotation".into(), output::date(t)));
    }
    if let Some(o) = &r.last_outcome {
        let text = if o.succeeded {
            format!("succeeded at {}", output::date(o.at))
        } else {
            format!(
                "failed at {} in step {}{}",
                output::date(o.at),
                o.failed_step.as_deref().unwrap_or("?"),
                o.message.as_deref().map(|m| format!(": {m}")).unwrap_or_default()
            )
        };
        rows.push(("Last rotation".into(), text));
    }
    if let Some(c) = &r.in_progress {
        rows.push((
            "Rotation in progress".into(),
            format!("version {} by process {} since {}", c.version_id, c.pid, output::date(c.started)),
        ));
    }
    if let Some(p) = &s.replica_of {
        rows.push(("Primary region".into(), format!("{} (read-only replica of vault {})", p.region, p.vault_id)));
    }
    for rep in &s.replicas {
        rows.push((
            format!("Replica {}", rep.region),
            format!(
                "{}{}{}",
                output::status_name(rep.status),
                rep.message.as_deref().map(|m| format!(": {m}")).unwrap_or_default(),
                rep.last_sync.map(|t| format!(" (last sync {})", output::date(t))).unwrap_or_default()
            ),
        ));
    }
    for (p, regions) in &prefixes {
        rows.push(("Replicated prefix".into(), format!("{p} to {} (new secrets under it follow)", regions.join(", "))));
    }
    let tags = s.tags.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", ");
    rows.push(("Tags".into(), if tags.is_empty() { "-".into() } else { tags }));
    for v in s.versions.iter().rev().filter(|v| !v.is_deprecated()) {
        rows.push((format!("Version {}", v.id), v.stages.join(", ")));
    }
    output::print_fields(&rows)
}

/// `none`, or `3, last 2026-03-02T10:00:00Z by alice (cron, pid 42)`.
pub fn pending_text(reads: Option<&PendingReads>) -> String {
    match reads {
        Some(r) => format!("{}, last {} by {}", r.count, output::date(r.last_time), r.last_actor),
        None => "none".into(),
    }
}
