//! `sealbox doctor`: a read-only health check of files, identity, vault, regions, audit log,
//! rotations and deletions. Prints a checklist; exits 1 when any check fails.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use jiff::Timestamp;
use serde_json::json;

use super::recipients::{is_among, remove_command, shell_word};
use crate::agent;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::store;
use crate::vault::model::{ReplicaState, ReplicationStatus};
use crate::vault::{Document, Secret};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ok,
    /// Worth knowing, not a failure (exit 0).
    Warn,
    Fail,
    /// Not checked because something it needs failed.
    Skip,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
    fn mark(self) -> &'static str {
        match self {
            Status::Ok => "✓",
            Status::Warn => "!",
            Status::Fail => "✗",
            Status::Skip => "-",
        }
    }
}

struct Check {
    check: String,
    status: Status,
    detail: String,
}

#[derive(Default)]
struct Checklist(Vec<Check>);

impl Checklist {
    fn add(&mut self, check: impl Into<String>, status: Status, detail: impl Into<String>) {
        self.0.push(Check { check: check.into(), status, detail: detail.into() });
    }
}

pub fn run(ctx: &Session) -> anyhow::Result<()> {
    let mut list = Checklist::default();
    check_modes(ctx, &mut list);
    let identity_ok = check_identity(ctx, &mut list);
    check_agent(ctx, &mut list);
    let doc = if identity_ok { check_vault(ctx, &mut list) } else { None };
    check_sync_conflicts(ctx, &mut list);
    match &doc {
        Some(doc) => {
            let secrets: Vec<Secret> = doc.secrets().filter_map(Result::ok).collect();
            check_regions(ctx, &doc.meta.recipients, &secrets, &mut list);
            check_audit(ctx, doc, &mut list);
            check_rotations(ctx.now, &secrets, &mut list);
            check_rotation_unlock(ctx, &secrets, &mut list);
            check_deletions(ctx, &doc.meta.vault_id, &secrets, &mut list);
        }
        None => {
            let why = if identity_ok { "the vault can't be read" } else { "the identity can't be loaded" };
            let skipped: &[&str] = if identity_ok {
                &["replication", "audit", "rotation", "deletion"]
            } else {
                &["vault", "secrets", "labels", "catalog", "recipients", "replication", "audit", "rotation", "deletion"]
            };
            for check in skipped {
                list.add(*check, Status::Skip, why);
            }
        }
    }
    print(ctx, &list)?;
    let failed: Vec<&str> = list.0.iter().filter(|c| c.status == Status::Fail).map(|c| c.check.as_str()).collect();
    if failed.is_empty() {
        return Ok(());
    }
    Err(Error::other(format!("{} check(s) failed: {}", failed.len(), failed.join(", ")))
        .with_hint("fix the ✗ lines above (`sealbox doctor -o json` lists them for scripts)")
        .into())
}

/// File-sync conflict copies beside the vault (Syncthing's `vault.sync-conflict-…age`,
/// Dropbox's and Nextcloud's `vault (conflicted copy …).age`): listed only when there are any.
fn check_sync_conflicts(ctx: &Session, list: &mut Checklist) {
    let vault = &ctx.vault_path;
    let name = vault.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (stem, ext) = name.rsplit_once('.').map_or((name.as_str(), ""), |(s, e)| (s, e));
    let dir = crate::fs::parent_dir(vault);
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut found: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            let rest = n.strip_prefix(stem).unwrap_or_default();
            n != &name
                && n.ends_with(ext)
                && (rest.starts_with(".sync-conflict-")
                    || rest.starts_with(" (conflicted copy")
                    || rest.starts_with(" (conflict"))
        })
        .collect();
    found.sort();
    for copy in found {
        let path = dir.join(&copy);
        list.add(
            "sync conflicts",
            Status::Warn,
            format!(
                "{} is a file-sync conflict copy of the vault: merge it with `sealbox merge --into {} {}`, then remove it",
                path.display(),
                shell_word(&vault.to_string_lossy()),
                shell_word(&path.to_string_lossy())
            ),
        );
    }
}

fn print(ctx: &Session, list: &Checklist) -> anyhow::Result<()> {
    if ctx.json() {
        let checks: Vec<_> =
            list.0.iter().map(|c| json!({"check": c.check, "status": c.status.name(), "detail": c.detail})).collect();
        return output::print_json(&serde_json::Value::Array(checks));
    }
    let mut text = String::new();
    for c in &list.0 {
        text.push_str(&format!("{} {}: {}\n", c.status.mark(), c.check, c.detail));
    }
    output::write_stdout(text.as_bytes())
}

/// Which permission bits are wrong for a file sealbox owns: any for group/other on a secret
/// key; write for group/other (fail) or read (warn) on the rest.
fn check_file_mode(list: &mut Checklist, check: &str, path: &Path, secret: bool, missing: Option<&str>) {
    if let Some(problem) = crate::fs::unsafe_symlink(path) {
        list.add(check, Status::Fail, problem);
        return;
    }
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            match missing {
                Some(detail) => list.add(check, Status::Ok, format!("{} ({detail})", path.display())),
                None => list.add(check, Status::Fail, format!("{} does not exist", path.display())),
            }
            return;
        }
        Err(e) => {
            list.add(check, Status::Fail, format!("can't stat {}: {e}", path.display()));
            return;
        }
    };
    let mode = meta.mode() & 0o7777;
    let shown = format!("{} is mode {:04o}", path.display(), mode);
    if meta.is_dir() {
        let sticky = mode & 0o1000 != 0;
        if mode & 0o002 != 0 || (mode & 0o020 != 0 && !sticky) {
            list.add(check, Status::Fail, format!("{shown}: others can replace files in it; chmod 700 it"));
        } else if mode & 0o077 != 0 {
            list.add(check, Status::Warn, format!("{shown}: others can list it; sealbox creates it 0700"));
        } else {
            list.add(check, Status::Ok, shown);
        }
    } else if secret && mode & 0o077 != 0 {
        list.add(check, Status::Fail, format!("{shown}: group or others can read it; chmod 600 {}", path.display()));
    } else if mode & 0o022 != 0 {
        list.add(check, Status::Fail, format!("{shown}: group or others can write it; chmod 600 {}", path.display()));
    } else if mode & 0o077 != 0 {
        list.add(check, Status::Warn, format!("{shown}: sealbox creates it 0600"));
    } else {
        list.add(check, Status::Ok, shown);
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn check_modes(ctx: &Session, list: &mut Checklist) {
    check_file_mode(list, "identity file", &ctx.identity_path, true, None);
    check_file_mode(list, "identity directory", parent(&ctx.identity_path), false, None);
    check_file_mode(list, "vault file", &ctx.vault_path, false, None);
    check_file_mode(list, "vault directory", parent(&ctx.vault_path), false, None);
    check_file_mode(list, "config file", &ctx.config_path, false, Some("absent: defaults apply"));
    let log = ctx.audit.path.clone();
    // It names every secret and who read it when: as private as the identity.
    check_file_mode(list, "audit log file", &log, true, Some("absent: nothing logged yet"));
}

fn check_identity(ctx: &Session, list: &mut Checklist) -> bool {
    match ctx.identities() {
        Ok(ids) => {
            list.add("identity", Status::Ok, format!("loads: {}", ids.public_keys().join(", ")));
            true
        }
        Err(e) => {
            list.add("identity", Status::Fail, e.message);
            false
        }
    }
}

/// Full decrypt and parse, every record, the label rules, the catalog against the records,
/// and the seeking reader (what `get` uses) against the whole-file decoder.
/// The vault against this machine's record of known vaults (read-only: nothing is recorded).
fn check_trust(ctx: &Session, doc: &Document, list: &mut Checklist) {
    use crate::trust::{self, Verdict};
    let record = match ctx.known.load() {
        Ok(r) => r,
        Err(e) => return list.add("trust", Status::Fail, e.message),
    };
    let generation = doc.meta.generation;
    match trust::judge(&record, &ctx.vault_path, &doc.meta) {
        Err(e) => list.add("trust", Status::Fail, e.message),
        Ok(Verdict::RolledBack { seen }) => list.add(
            "trust",
            Status::Fail,
            format!(
                "generation {generation}, but this machine has seen generation {seen}: the vault was rolled back; `sealbox trust` accepts it if you restored it on purpose"
            ),
        ),
        Ok(Verdict::KeyRotated) => list.add(
            "trust",
            Status::Warn,
            format!("generation {generation}; its vault key changed since this machine last saw it (a `recipients remove`)"),
        ),
        Ok(Verdict::New) => list.add(
            "trust",
            Status::Warn,
            format!("generation {generation}; not seen on this machine before (the next command records it)"),
        ),
        Ok(Verdict::Known) => {
            list.add("trust", Status::Ok, format!("the vault this machine knows, generation {generation}"))
        }
    }
}

fn check_vault(ctx: &Session, list: &mut Checklist) -> Option<Document> {
    let ids = ctx.identities().ok()?;
    let doc = match store::load_document(&ctx.vault_path, ids) {
        Ok(d) => d,
        Err(e) => {
            list.add("vault", Status::Fail, e.message);
            for check in ["secrets", "labels", "catalog", "recipients"] {
                list.add(check, Status::Skip, "the vault can't be read");
            }
            return None;
        }
    };
    let mut problems = Vec::new();
    if !doc.meta.recipients.iter().any(|r| ids.public_keys().contains(r)) {
        problems.push("this identity is not among the vault's recipients (the next write would lock it out)".into());
    }
    let mut reader_problems = Vec::new();
    match store::open_reader(&ctx.vault_path, ids) {
        Ok(mut reader) => {
            for name in doc.names() {
                match reader.locate(name) {
                    Ok(Some(at)) if Some(at.record_offset) == doc.record_offset(name) => {}
                    Ok(Some(_)) => reader_problems.push(format!("the index finds the wrong record for {name}")),
                    Ok(None) => reader_problems.push(format!("the index does not find {name}")),
                    Err(e) => reader_problems.push(e.message),
                }
            }
        }
        Err(e) => reader_problems.push(e.message),
    }
    problems.extend(reader_problems);
    if problems.is_empty() {
        list.add(
            "vault",
            Status::Ok,
            format!("{} decrypts; {} secret(s), vault id {}", ctx.vault_path.display(), doc.len(), doc.meta.vault_id),
        );
    } else {
        list.add("vault", Status::Fail, problems.join("; "));
    }
    check_trust(ctx, &doc, list);
    let mut bad_records = Vec::new();
    let mut label_problems = Vec::new();
    let mut versions = 0usize;
    for secret in doc.secrets() {
        match secret {
            Ok(s) => {
                versions += s.versions.len();
                label_problems.extend(s.label_problems());
            }
            Err(e) => bad_records.push(e.message),
        }
    }
    if bad_records.is_empty() {
        list.add("secrets", Status::Ok, format!("all {} decode ({versions} versions)", doc.len()));
    } else {
        list.add("secrets", Status::Fail, bad_records.join("; "));
    }
    if label_problems.is_empty() {
        list.add("labels", Status::Ok, "each label on at most one version; AWSCURRENT on exactly one");
    } else {
        list.add("labels", Status::Fail, label_problems.join("; "));
    }
    let catalog = doc.catalog_problems();
    if catalog.is_empty() {
        list.add("catalog", Status::Ok, "agrees with the records");
    } else {
        list.add("catalog", Status::Fail, catalog.join("; "));
    }
    check_recipients(ctx, &doc, list);
    Some(doc)
}

/// One recipient means one key: losing the identity loses the vault (and every region
/// encrypted to the same key).
fn check_recipients(ctx: &Session, doc: &Document, list: &mut Checklist) {
    match doc.meta.recipients.len() {
        1 => list.add(
            "recipients",
            Status::Warn,
            format!(
                "one recipient: back up {} (losing it loses this vault), or add a second key with `sealbox recipients add`",
                ctx.identity_path.display()
            ),
        ),
        n => list.add("recipients", Status::Ok, format!("{n} recipients")),
    }
}

fn check_regions(ctx: &Session, primary: &[String], secrets: &[Secret], list: &mut Checklist) {
    let ids = ctx.identities().ok();
    let mut readers = std::collections::BTreeMap::new();
    let record = ctx.known.load();
    // Regions whose vault is an older copy than this machine has seen: `sync` can't fix
    // them (a push is refused), `trust --vault` can.
    let mut rolled_back = std::collections::BTreeMap::new();
    for (name, region) in &ctx.config.regions {
        let check = format!("region {name}");
        if let Some(aws) = &region.aws {
            // No network calls from doctor; `diff` compares with AWS on request.
            list.add(
                check,
                Status::Skip,
                format!("AWS Secrets Manager ({aws}): not contacted; `sealbox diff --region {name}` compares"),
            );
            continue;
        }
        let Some(vault) = &region.vault else {
            list.add(check, Status::Fail, "the config names neither a vault nor an AWS region for it");
            continue;
        };
        let opened = match ids {
            Some(ids) => store::open_reader(vault, ids),
            None => Err(Error::decrypt("no identity")),
        };
        let judged = match (&opened, &record) {
            (Ok(r), Ok(record)) => crate::trust::judge(record, vault, &r.meta).map(Some),
            _ => Ok(None),
        };
        match (opened, judged) {
            (Ok(_), Err(e)) => list.add(check, Status::Fail, e.message),
            (Ok(r), Ok(Some(crate::trust::Verdict::RolledBack { seen }))) => {
                list.add(
                    check,
                    Status::Fail,
                    format!(
                        "{} is generation {}, but this machine has seen generation {seen}: the region's vault was rolled back; `sealbox trust --vault {}` accepts it if you restored it on purpose",
                        vault.display(),
                        r.meta.generation,
                        vault.display()
                    ),
                );
                rolled_back.insert(name.clone(), vault.clone());
                readers.insert(name.clone(), r);
            }
            (Ok(r), _) => {
                // A region keeps the primary's recipients plus the ones its config names
                // (`region add --recipient`); any other key is one the primary dropped.
                let stale: Vec<&String> = r
                    .meta
                    .recipients
                    .iter()
                    .filter(|k| !is_among(k, primary) && !is_among(k, &region.recipients))
                    .collect();
                match stale.first() {
                    Some(k) => list.add(
                        check,
                        Status::Fail,
                        format!(
                            "{} still encrypts to {}, which the primary no longer has; run: {}",
                            vault.display(),
                            stale.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", "),
                            remove_command(vault, k)
                        ),
                    ),
                    None => list.add(
                        check,
                        Status::Ok,
                        format!("{} opens ({} secret(s))", vault.display(), r.meta.secret_count),
                    ),
                }
                readers.insert(name.clone(), r);
            }
            (Err(e), _) => list.add(check, Status::Fail, e.message),
        }
    }
    let mut in_sync = 0;
    let mut bad = Vec::new();
    let mut to_trust = std::collections::BTreeSet::new();
    for s in secrets {
        for r in s.replicas.iter().filter(|r| !r.promoted) {
            let before = bad.len();
            check_replica(ctx, s, r, &mut readers, &mut in_sync, &mut bad);
            if bad.len() > before && rolled_back.contains_key(&r.region) {
                to_trust.insert(r.region.clone());
                if let Some(last) = bad.last_mut()
                    && !last.contains("rolled back")
                {
                    last.push_str(" (the region's vault was rolled back)");
                }
            }
        }
    }
    if !bad.is_empty() {
        let hint = if to_trust.is_empty() {
            "run `sealbox sync`".to_string()
        } else {
            let trust: Vec<String> = to_trust
                .iter()
                .filter_map(|r| rolled_back.get(r))
                .map(|p: &std::path::PathBuf| format!("`sealbox trust --vault {}`", p.display()))
                .collect();
            format!(
                "{} accepts a rolled-back region's vault if you restored it on purpose (`sealbox sync` is refused until then), then `sealbox sync`",
                trust.join(", ")
            )
        };
        list.add("replication", Status::Fail, format!("{}; {hint}", bad.join("; ")));
    } else if in_sync > 0 {
        list.add("replication", Status::Ok, format!("{in_sync} replica(s) in sync"));
    } else {
        list.add("replication", Status::Ok, "no replicas");
    }
}

/// One replica of `s` against what the region's vault holds: counted in sync, or a line in `bad`.
fn check_replica(
    ctx: &Session,
    s: &Secret,
    r: &ReplicaState,
    readers: &mut std::collections::BTreeMap<String, store::VaultReader>,
    in_sync: &mut usize,
    bad: &mut Vec<String>,
) {
    if !ctx.config.regions.contains_key(&r.region) {
        bad.push(format!("{} → {}: the region is not in the config", s.name, r.region));
        return;
    }
    match r.status {
        ReplicationStatus::InSync => match readers.get_mut(&r.region).map(|reader| reader.read_secret(&s.name)) {
            // InSync is what the primary recorded; the region's copy must agree.
            Some(Ok(Some(copy))) if copy.stages_map() == s.stages_map() => *in_sync += 1,
            Some(Ok(Some(_))) => bad.push(format!(
                "{} → {}: the region's copy has other versions or labels than the primary",
                s.name, r.region
            )),
            Some(Ok(None)) => bad.push(format!("{} → {}: the region has no copy", s.name, r.region)),
            Some(Err(e)) => bad.push(format!("{} → {}: {}", s.name, r.region, e.message)),
            None if ctx.config.regions.get(&r.region).is_some_and(|c| c.is_aws()) => *in_sync += 1,
            None => bad.push(format!("{} → {}: the region can't be opened", s.name, r.region)),
        },
        ReplicationStatus::Failed => bad.push(format!(
            "{} → {}: Failed{}",
            s.name,
            r.region,
            r.message.as_deref().map(|m| format!(" ({m})")).unwrap_or_default()
        )),
        ReplicationStatus::InProgress => bad.push(format!("{} → {}: InProgress", s.name, r.region)),
    }
}

/// The audit log's HMAC chain, intact up to the end the vault recorded.
fn check_audit(ctx: &Session, doc: &Document, list: &mut Checklist) {
    let log = ctx.audit.path.clone();
    match ctx.verify_log(&log, &doc.meta, true) {
        Ok(report) => match (report.broken_line, report.problem) {
            (Some(line), Some(problem)) if report.unreachable_vault.is_some() => list.add(
                "audit",
                Status::Warn,
                format!("{} can't be checked from line {line} on: {problem}", log.display()),
            ),
            (Some(_), Some(problem)) if report.older_copy.is_some() => list.add(
                "audit",
                Status::Warn,
                format!(
                    "{}: {problem}; `sealbox trust` accepts the copy if you restored it on purpose (see the trust check)",
                    log.display()
                ),
            ),
            (Some(line), Some(problem)) => list.add(
                "audit",
                Status::Fail,
                format!("{} is broken at line {line}: {problem}; `sealbox audit verify` shows it", log.display()),
            ),
            _ => list.add(
                "audit",
                Status::Ok,
                format!(
                    "{}: {} line(s), chain intact ({} verified with the vault key{})",
                    log.display(),
                    report.lines,
                    report.verified,
                    match report.rolled_back {
                        0 => String::new(),
                        n => format!(", {n} of a rolled-back generation, vouched for by `sealbox trust`"),
                    }
                ),
            ),
        },
        Err(e) => list.add("audit", Status::Fail, e.message),
    }
}

/// The unlock agent: its directory private, and whether it answers and holds this identity.
fn check_agent(ctx: &Session, list: &mut Checklist) {
    let dir = agent::runtime_dir();
    let socket = agent::socket_path();
    if std::fs::symlink_metadata(&socket).is_err() {
        list.add("agent", Status::Ok, "not running (the identity is read from its file)");
        return;
    }
    if let Ok(m) = std::fs::symlink_metadata(&dir)
        && (m.mode() & 0o077 != 0 || m.uid() != crate::hardening::current_uid() || !m.is_dir())
    {
        list.add(
            "agent",
            Status::Fail,
            format!(
                "{} is mode {:04o}, owner {}: it must be a private directory of yours",
                dir.display(),
                m.mode() & 0o7777,
                m.uid()
            ),
        );
        return;
    }
    let Some(mut client) = agent::Client::connect() else {
        list.add(
            "agent",
            Status::Warn,
            format!(
                "{} exists but no agent answers (a stale socket; `sealbox unlock` starts a new agent)",
                socket.display()
            ),
        );
        return;
    };
    match client.status(Some(&ctx.identity_path)) {
        Ok((pid, entries)) => {
            let held = match entries.first() {
                Some(e) => format!(
                    "this identity is unlocked until {}",
                    Timestamp::from_second(i64::try_from(e.expires_at).unwrap_or(i64::MAX))
                        .map(output::short_date)
                        .unwrap_or_else(|_| "?".into())
                ),
                None => "this identity is not loaded".into(),
            };
            list.add("agent", Status::Ok, format!("running (pid {pid}); {held}"));
        }
        Err(e) => list.add("agent", Status::Warn, format!("the agent at {} does not answer: {e}", socket.display())),
    }
}

fn check_rotations(now: Timestamp, secrets: &[Secret], list: &mut Checklist) {
    let live = || secrets.iter().filter(|s| s.deletion.is_none());
    let overdue: Vec<String> = live()
        .filter(|s| s.rotation.enabled && s.rotation.next_rotation.is_some_and(|t| t < now))
        .map(|s| format!("{} (due {})", s.name, s.rotation.next_rotation.map(output::day).unwrap_or_default()))
        .collect();
    let incomplete: Vec<&str> = live()
        .filter(|s| s.labelled(crate::vault::AWSPENDING).is_some() && s.rotation.enabled)
        .map(|s| s.name.as_str())
        .collect();
    let enabled = live().filter(|s| s.rotation.enabled).count();
    if !overdue.is_empty() {
        list.add("rotation", Status::Fail, format!("overdue: {}; run `sealbox rotate --due`", overdue.join(", ")));
    } else if !incomplete.is_empty() {
        list.add(
            "rotation",
            Status::Warn,
            format!("incomplete (AWSPENDING): {}; `sealbox rotate NAME` resumes", incomplete.join(", ")),
        );
    } else {
        list.add("rotation", Status::Ok, format!("none overdue ({enabled} with rotation enabled)"));
    }
}

/// Whether `rotate --due` from a timer or cron (which can't prompt) can unlock: a
/// passphrase-protected identity must be held by the agent.
fn check_rotation_unlock(ctx: &Session, secrets: &[Secret], list: &mut Checklist) {
    let enabled: Vec<&Secret> = secrets.iter().filter(|s| s.deletion.is_none() && s.rotation.enabled).collect();
    if enabled.is_empty() {
        return;
    }
    let head = crate::fs::read_capped(&ctx.identity_path, 64 * 1024, "identity").unwrap_or_default();
    let head = String::from_utf8_lossy(&head);
    let protected = head.trim_start().starts_with("age-encryption.org/")
        || head.trim_start().starts_with("-----BEGIN AGE ENCRYPTED FILE-----");
    let held = || {
        agent::Client::connect()
            .and_then(|mut c| c.status(Some(&ctx.identity_path)).ok())
            .is_some_and(|(_, entries)| !entries.is_empty())
    };
    if !protected || held() {
        let how = if protected { "the agent holds the identity" } else { "the identity needs no passphrase" };
        list.add("rotation unlock", Status::Ok, format!("`rotate --due` can run unattended: {how}"));
        return;
    }
    let due = enabled.iter().any(|s| s.rotation.next_rotation.is_some_and(|t| t <= ctx.now));
    list.add(
        "rotation unlock",
        if due { Status::Fail } else { Status::Warn },
        format!(
            "a timer's `rotate --due` can't unlock: the identity is passphrase-protected and the agent doesn't \
             hold it{}; run `sealbox unlock`",
            if due { " (a rotation is due now)" } else { "" }
        ),
    );
}

fn check_deletions(ctx: &Session, vault_id: &str, secrets: &[Secret], list: &mut Checklist) {
    let now = ctx.now;
    let scheduled = secrets.iter().filter_map(|s| Some((s.name.clone(), s.deletion.as_ref()?.deleted))).collect();
    // Something that still reads a secret scheduled for deletion will break when it is purged.
    let reads = crate::audit::pending_deletion_reads(&ctx.audit.path, vault_id, &scheduled).unwrap_or_default();
    let mut pending = Vec::new();
    let mut due = Vec::new();
    for s in secrets {
        if let Some(d) = &s.deletion {
            if d.purge_after <= now {
                due.push(s.name.clone());
            } else {
                let still_read = reads.get(&s.name).map_or(String::new(), |r| {
                    format!(
                        "; still read: {} attempt(s) since it was scheduled, last {} by {}",
                        r.count,
                        output::date(r.last_time),
                        r.last_actor
                    )
                });
                pending.push(format!("{} (purged after {}{still_read})", s.name, output::day(d.purge_after)));
            }
        }
    }
    if !due.is_empty() {
        list.add(
            "deletion",
            Status::Warn,
            format!(
                "past the recovery window, awaiting purge: {}{}; run `sealbox purge`",
                due.join(", "),
                if pending.is_empty() { String::new() } else { format!("; pending: {}", pending.join(", ")) }
            ),
        );
    } else if !pending.is_empty() {
        list.add(
            "deletion",
            Status::Warn,
            format!("pending deletion: {}; `sealbox restore NAME` cancels", pending.join(", ")),
        );
    } else {
        list.add("deletion", Status::Ok, "no secret scheduled for deletion");
    }
}
