//! `sealbox rotate`: configure rotation and rotate now (create, set, test, finish), resume,
//! cancel, disable, and `rotate --due` for cron.
//!
//! Every change of state is its own short locked write; no lock is held while a script runs.
//! A claim (`rotation.in_progress`: pid and start time) written under the lock makes a second
//! rotation of the same secret fail at once, and is taken over when its process is gone or
//! it is older than any rotation could run.

use std::path::PathBuf;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use super::{arn_name, existing};
use crate::audit::Event;
use crate::cli::RotateArgs;
use crate::error::{Error, ExitKind, exit_kind};
use crate::output;
use crate::rotation::{self, Step, StepEnv, StepFailure};
use crate::session::Session;
use crate::vault::model::{RotationClaim, RotationOutcome};
use crate::vault::names;
use crate::vault::{AWSCURRENT, AWSPENDING, Secret, SecretValue};

/// What `rotate NAME` was told to change in the stored configuration.
#[derive(Default)]
struct Config {
    script: Option<PathBuf>,
    every_days: Option<u32>,
    timeout_secs: Option<u64>,
}

/// How one rotation ended, when it got as far as running a script.
enum Outcome {
    Rotated { arn: String, version_id: String },
    Tested { arn: String, version_id: String },
    Failed { failure: StepFailure, pending: Option<String> },
}

pub fn run(ctx: &Session, args: RotateArgs) -> anyhow::Result<()> {
    if args.due {
        return run_due(ctx, args.dry_run);
    }
    let Some(name) = args.name.as_deref() else {
        return Err(Error::usage("give a secret name, or --due").into());
    };
    names::validate_name(name)?;
    let result = if args.cancel {
        cancel(ctx, name)
    } else if args.disable {
        disable(ctx, name)
    } else {
        configure_and_rotate(ctx, name, &args)
    };
    if let Err(e) = &result
        && exit_kind(e) != ExitKind::Rotation
    {
        let _ = ctx.record(&[Event::failed("RotateSecret", Some(name), exit_kind(e))]);
    }
    result
}

fn configure_and_rotate(ctx: &Session, name: &str, args: &RotateArgs) -> anyhow::Result<()> {
    let config = Config {
        script: args.script.as_deref().map(rotation::resolve_script).transpose()?,
        every_days: args.every.map(rotation::validate_every).transpose()?,
        timeout_secs: args.timeout.map(rotation::validate_timeout).transpose()?,
    };
    match rotate_one(ctx, name, &config, args.no_rotate_now)? {
        Outcome::Rotated { arn, version_id } => {
            if ctx.json() {
                output::print_json(&json!({"ARN": arn, "Name": name, "VersionId": version_id}))?;
            } else {
                ctx.info(format!("rotated {name}: version {version_id} is AWSCURRENT"));
            }
            Ok(())
        }
        Outcome::Tested { arn, version_id } => {
            if ctx.json() {
                output::print_json(&json!({"ARN": arn, "Name": name, "VersionId": version_id}))?;
            } else {
                ctx.info(format!("{name}: the `test` step passed on the current version; rotation is configured"));
            }
            Ok(())
        }
        Outcome::Failed { failure, pending } => {
            print_script_stderr(&failure);
            let hint = match &pending {
                Some(v) => format!(
                    "AWSCURRENT is unchanged and AWSPENDING stays on version {v}: fix the cause, then run \
                     `sealbox rotate {name}` to resume, or `sealbox rotate {name} --cancel`"
                ),
                None => format!("nothing was changed: fix the cause, then run `sealbox rotate {name}` again"),
            };
            Err(Error::rotation(format!(
                "rotation of {name} failed in step {}: {}",
                failure.step.as_str(),
                failure.reason
            ))
            .with_hint(hint)
            .into())
        }
    }
}

/// The script's own stderr (its last 4 KiB), indented, after a line naming the step.
fn print_script_stderr(failure: &StepFailure) {
    let text = failure.stderr.trim_end();
    if text.is_empty() {
        return;
    }
    let mut block = format!("sealbox: stderr of the rotation script's `{}` step:\n", failure.step.as_str());
    for line in text.lines() {
        block.push_str("  ");
        block.push_str(line);
        block.push('\n');
    }
    eprint!("{block}");
}

/// What the claiming write hands to the steps.
struct Plan {
    arn: String,
    script: PathBuf,
    timeout: Duration,
    current_id: String,
    current_value: SecretValue,
    pending_id: String,
    /// Set when resuming: the pending version already exists (skip `create`).
    pending_value: Option<SecretValue>,
}

fn rotate_one(ctx: &Session, name: &str, config: &Config, test_only: bool) -> anyhow::Result<Outcome> {
    let now = ctx.now;
    let pid = std::process::id();
    let plan = ctx.write(|doc| {
        let mut s = existing(doc, name)?;
        s.ensure_writable()?;
        let timeout_secs = config.timeout_secs.or(s.rotation.timeout_secs).unwrap_or(rotation::DEFAULT_TIMEOUT_SECS);
        if let Some(claim) = &s.rotation.in_progress
            && !rotation::claim_is_stale(claim, timeout_secs, now)
        {
            return Err(in_progress(name, claim).into());
        }
        let script = match &config.script {
            Some(p) => p.to_str().map(str::to_string).ok_or_else(|| Error::usage("the script path is not UTF-8"))?,
            None => s.rotation.script.clone().ok_or_else(|| {
                Error::invalid_state(format!("secret {name} has no rotation script configured"))
                    .with_hint(format!("sealbox rotate {name} --script PATH"))
            })?,
        };
        let r = &mut s.rotation;
        r.script = Some(script.clone());
        if config.every_days.is_some() {
            r.every_days = config.every_days;
        }
        if config.timeout_secs.is_some() {
            r.timeout_secs = config.timeout_secs;
        }
        // As AWS RotateSecret: configuring or rotating turns the schedule on.
        r.enabled = r.every_days.is_some();
        if test_only {
            r.next_rotation = match (r.enabled, r.every_days) {
                (true, Some(days)) => r.last_rotated.unwrap_or(now).checked_add(days_span(days)).ok(),
                _ => None,
            };
        } else if r.enabled && r.next_rotation.is_none() {
            // Due from now until a rotation succeeds, so `rotate --due` retries a failed one.
            r.next_rotation = Some(now);
        }
        let current = s.current().ok_or_else(|| Error::other(format!("secret {name} has no AWSCURRENT version")))?;
        let (current_id, current_value) = (current.id.clone(), current.value.clone());
        let (pending_id, pending_value) = if test_only {
            (current_id.clone(), Some(current_value.clone()))
        } else if let Some(p) = s.labelled(AWSPENDING) {
            (p.id.clone(), Some(p.value.clone()))
        } else {
            (super::new_version_id(), None)
        };
        s.rotation.in_progress = Some(RotationClaim { version_id: pending_id.clone(), pid, started: now });
        let how = if test_only {
            "test-only"
        } else if pending_value.is_some() {
            "resume"
        } else {
            "create"
        };
        doc.audit(Event::ok("RotateSecret", Some(name), Some(&pending_id)));
        doc.audit(Event::ok("RotationStarted", Some(name), Some(&pending_id)).with_detail(how));
        let plan = Plan {
            arn: s.arn.clone(),
            script: PathBuf::from(script),
            timeout: Duration::from_secs(timeout_secs),
            current_id,
            current_value,
            pending_id,
            pending_value,
        };
        doc.put(s);
        Ok(plan)
    })?;
    let result = run_steps(ctx, name, &plan, test_only);
    match result {
        Ok(outcome) => Ok(outcome),
        Err(e) => {
            release(ctx, name, &plan.pending_id, None, &[]);
            Err(e)
        }
    }
}

fn days_span(days: u32) -> SignedDuration {
    SignedDuration::from_hours(24 * i64::from(days))
}

fn in_progress(name: &str, claim: &RotationClaim) -> Error {
    Error::invalid_state(format!(
        "rotation in progress: secret {name} is being rotated by process {} since {}",
        claim.pid,
        output::date(claim.started)
    ))
    .with_hint("wait for it to finish; a rotation whose process died is taken over automatically")
}

/// The claim must still be ours: a `put-version`, `--cancel` or a takeover clears or replaces it.
fn check_claim(s: &Secret, pending_id: &str) -> Result<(), Error> {
    match &s.rotation.in_progress {
        Some(c) if c.pid == std::process::id() && c.version_id == pending_id => Ok(()),
        _ => Err(Error::rotation(format!(
            "the rotation of {} was abandoned (by put-version, stage or --cancel) while it ran",
            s.name
        ))
        .with_hint(format!("run `sealbox describe {}` to see its versions", s.name))),
    }
}

/// Drop our claim (best effort) and record how the rotation ended, with its audit events.
fn release(ctx: &Session, name: &str, pending_id: &str, outcome: Option<RotationOutcome>, events: &[Event]) {
    let result = ctx.write(|doc| {
        doc.audit_all(events.iter().cloned());
        let Some(mut s) = doc.get(name)? else { return Ok(()) };
        if check_claim(&s, pending_id).is_err() {
            return Ok(());
        }
        s.rotation.in_progress = None;
        if let Some(o) = outcome {
            s.rotation.last_outcome = Some(o);
        }
        doc.put(s);
        Ok(())
    });
    if let Err(e) = result {
        ctx.warn(format!("can't clear the rotation claim of {name}: {e}"));
    }
}

fn run_steps(ctx: &Session, name: &str, plan: &Plan, test_only: bool) -> anyhow::Result<Outcome> {
    let now = ctx.now;
    let vault = std::path::absolute(&ctx.vault_path).unwrap_or_else(|_| ctx.vault_path.clone());
    let env = StepEnv {
        script: &plan.script,
        name,
        pending_version_id: &plan.pending_id,
        current_version_id: &plan.current_id,
        vault: &vault,
        timeout: plan.timeout,
    };
    let current = (plan.current_id.as_str(), &plan.current_value);
    let failed = |failure: StepFailure, pending: Option<String>| -> anyhow::Result<Outcome> {
        let outcome = RotationOutcome {
            at: now,
            succeeded: false,
            failed_step: Some(failure.step.as_str().to_string()),
            message: Some(failure.reason.clone()),
        };
        let mut event =
            Event::failed("RotationFailed", Some(name), ExitKind::Rotation).with_detail(failure.step.as_str());
        event.version_id = Some(plan.pending_id.clone());
        release(ctx, name, &plan.pending_id, Some(outcome), &[event]);
        Ok(Outcome::Failed { failure, pending })
    };

    let pending_value = match &plan.pending_value {
        Some(v) => v.clone(),
        None => {
            let stdin = rotation::stdin_document(name, current, (&plan.pending_id, None))?;
            let stdout = match rotation::run_step(&env, Step::Create, stdin) {
                Ok(out) => out,
                Err(f) => return failed(f, None),
            };
            let value = rotation::pending_value(stdout, &plan.current_value)?;
            if let Err(e) = names::validate_value_len(value.len()) {
                let f = StepFailure { step: Step::Create, reason: e.message, stderr: String::new() };
                return failed(f, None);
            }
            ctx.write(|doc| {
                let mut s = existing(doc, name)?;
                check_claim(&s, &plan.pending_id)?;
                s.put_value(plan.pending_id.clone(), value.clone(), &[AWSPENDING.to_string()], now)?;
                doc.put(s);
                doc.audit(Event::ok("RotationStep", Some(name), Some(&plan.pending_id)).with_detail("create"));
                Ok(())
            })?;
            ctx.info(format!("{name}: created pending version {} (AWSPENDING)", plan.pending_id));
            value
        }
    };
    let pending = (plan.pending_id.as_str(), Some(&pending_value));
    let steps: &[Step] = if test_only { &[Step::Test] } else { &[Step::Set, Step::Test] };
    for &step in steps {
        let stdin = rotation::stdin_document(name, current, pending)?;
        if let Err(f) = rotation::run_step(&env, step, stdin) {
            return failed(f, (!test_only).then(|| plan.pending_id.clone()));
        }
    }
    if test_only {
        let outcome =
            RotationOutcome { at: now, succeeded: true, failed_step: None, message: Some("test only".into()) };
        let event = Event::ok("RotationSucceeded", Some(name), Some(&plan.current_id)).with_detail("test-only");
        release(ctx, name, &plan.pending_id, Some(outcome), &[event]);
        return Ok(Outcome::Tested { arn: plan.arn.clone(), version_id: plan.current_id.clone() });
    }
    ctx.write(|doc| {
        let mut s = existing(doc, name)?;
        check_claim(&s, &plan.pending_id)?;
        if !s.version(&plan.pending_id).is_some_and(|v| v.has(AWSPENDING)) {
            return Err(
                Error::rotation(format!("the pending version of {name} lost AWSPENDING while it rotated")).into()
            );
        }
        let holder = s.current().map(|v| v.id.clone());
        s.move_label(AWSCURRENT, Some(&plan.pending_id), holder.as_deref(), now)?;
        s.move_label(AWSPENDING, None, Some(&plan.pending_id), now)?;
        s.rotation.in_progress = None;
        s.mark_rotated(now);
        s.rotation.last_outcome = Some(RotationOutcome { at: now, succeeded: true, failed_step: None, message: None });
        doc.put(s);
        doc.audit(Event::ok("RotationSucceeded", Some(name), Some(&plan.pending_id)));
        Ok(())
    })?;
    Ok(Outcome::Rotated { arn: plan.arn.clone(), version_id: plan.pending_id.clone() })
}

fn cancel(ctx: &Session, name: &str) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, dropped) = super::modify(ctx, name, |s, audit| {
        s.ensure_writable()?;
        let timeout = s.rotation.timeout_secs.unwrap_or(rotation::DEFAULT_TIMEOUT_SECS);
        if let Some(claim) = &s.rotation.in_progress
            && !rotation::claim_is_stale(claim, timeout, now)
        {
            return Err(in_progress(name, claim));
        }
        let pending = s.labelled(AWSPENDING).map(|v| v.id.clone());
        let had_claim = s.rotation.in_progress.take().is_some();
        if let Some(id) = &pending {
            s.move_label(AWSPENDING, None, Some(id), now)?;
            audit.push(Event::ok("RotationAbandoned", Some(name), Some(id)).with_detail("cancel"));
        }
        Ok((pending.clone(), pending.is_some() || had_claim))
    })?;
    match &dropped {
        Some(id) => {
            ctx.info(format!("{name}: cancelled the incomplete rotation (version {id} lost AWSPENDING)"));
        }
        None => ctx.info(format!("{name} has no incomplete rotation: nothing to cancel")),
    }
    if ctx.json() {
        let mut v = arn_name(&secret);
        if let (Value::Object(m), Some(id)) = (&mut v, &dropped) {
            m.insert("VersionId".into(), id.clone().into());
        }
        output::print_json(&v)?;
    }
    Ok(())
}

fn disable(ctx: &Session, name: &str) -> anyhow::Result<()> {
    let (secret, changed) = super::modify(ctx, name, |s, audit| {
        s.ensure_writable()?;
        audit.push(Event::ok("CancelRotateSecret", Some(name), None));
        let changed = s.rotation.enabled || s.rotation.next_rotation.is_some();
        s.rotation.enabled = false;
        s.rotation.next_rotation = None;
        Ok((changed, changed))
    })?;
    if ctx.json() {
        output::print_json(&arn_name(&secret))?;
    } else if changed {
        ctx.info(format!("{name}: scheduled rotation is off (`sealbox rotate {name} --every DAYS` turns it on)"));
    } else {
        ctx.info(format!("{name}: scheduled rotation was already off"));
    }
    Ok(())
}

/// Names of the secrets whose next rotation date is at or before `now`, with that date.
pub fn due_secrets(ctx: &Session, now: Timestamp) -> anyhow::Result<Vec<(String, Timestamp)>> {
    let mut reader = ctx.reader()?;
    Ok(reader
        .scan("")?
        .into_iter()
        .map(|l| l.entry)
        .filter(|e| e.rotation_enabled && e.deleted.is_none() && e.primary_region.is_none())
        .filter_map(|e| e.next_rotation.filter(|t| *t <= now).map(|t| (e.name, t)))
        .collect())
}

fn run_due(ctx: &Session, dry_run: bool) -> anyhow::Result<()> {
    let due = due_secrets(ctx, ctx.now)?;
    if dry_run {
        if ctx.json() {
            let list: Vec<Value> =
                due.iter().map(|(n, t)| json!({"Name": n, "NextRotationDate": output::date(*t)})).collect();
            return output::print_json(&json!({"Due": list}));
        }
        if due.is_empty() {
            ctx.info("nothing is due for rotation");
        }
        let text: String = due.iter().map(|(n, t)| format!("{n}: due since {}\n", output::date(*t))).collect();
        return output::write_stdout(text.as_bytes());
    }
    if due.is_empty() && !ctx.json() {
        ctx.info("nothing is due for rotation");
    }
    let mut results = Vec::new();
    let mut any_failed = false;
    for (name, _) in &due {
        let (line, entry) = match rotate_one(ctx, name, &Config::default(), false) {
            Ok(Outcome::Rotated { version_id, .. }) => (
                format!("{name}: rotated (version {version_id})"),
                json!({"Name": name, "Status": "Rotated", "VersionId": version_id}),
            ),
            Ok(Outcome::Tested { .. }) => (format!("{name}: tested"), json!({"Name": name, "Status": "Tested"})),
            Ok(Outcome::Failed { failure, pending }) => {
                any_failed = true;
                print_script_stderr(&failure);
                let step = failure.step.as_str();
                let mut entry =
                    json!({"Name": name, "Status": "Failed", "FailedStep": step, "Message": failure.reason});
                if let (Value::Object(m), Some(p)) = (&mut entry, &pending) {
                    m.insert("PendingVersionId".into(), p.clone().into());
                }
                (format!("{name}: failed at step {step}: {}", failure.reason), entry)
            }
            Err(e) if exit_kind(&e) == ExitKind::InvalidState || exit_kind(&e) == ExitKind::Busy => {
                let message = crate::error_text(&e);
                (format!("{name}: skipped: {message}"), json!({"Name": name, "Status": "Skipped", "Message": message}))
            }
            Err(e) => {
                any_failed = true;
                let message = crate::error_text(&e);
                (format!("{name}: failed: {message}"), json!({"Name": name, "Status": "Failed", "Message": message}))
            }
        };
        if !ctx.json() {
            output::write_stdout(format!("{line}\n").as_bytes())?;
        }
        results.push(entry);
    }
    if ctx.json() {
        output::print_json(&json!({"Rotations": results}))?;
    }
    if any_failed {
        let failed = results.iter().filter(|r| r["Status"] == "Failed").count();
        return Err(Error::rotation(format!("{failed} of {} due rotations failed", results.len()))
            .with_hint("run `sealbox rotate NAME` to retry one and see its script's stderr")
            .into());
    }
    Ok(())
}
