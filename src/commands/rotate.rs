//! `sealbox rotate`: configure rotation (a script or a built-in template, `--every` or an AWS
//! `--schedule`) and rotate now (create, set, test, finish), resume, cancel, disable,
//! `rotate --due` for cron, `--templates`, and the timer that runs `--due`.
//!
//! Every change of state is its own short locked write; no lock is held while a script runs.
//!
//! Over 600 lines on purpose: the rotation protocol (claim, create/set/test, finish,
//! release, resume) is one state machine a reader follows top to bottom in one file.
//! A claim (`rotation.in_progress`: pid and start time) written under the lock makes a second
//! rotation of the same secret fail at once, and is taken over when its process is gone or
//! it is older than any rotation could run.

use std::path::PathBuf;
use std::time::Duration;

use jiff::Timestamp;
use serde_json::{Value, json};
use zeroize::Zeroizing;

use super::{arn_name, existing};
use crate::api::{self, RotateOutcome as Outcome, RotationConfig as Config, Scope};
use crate::audit::Event;
use crate::cli::RotateArgs;
use crate::error::{Error, ExitKind, exit_kind};
use crate::output;
use crate::rotation::templates::{self, Template};
use crate::rotation::{self, Program, Step, StepEnv, StepFailure};
use crate::session::{Session, Tx};
use crate::vault::model::{RotationClaim, RotationOutcome};
use crate::vault::names;
use crate::vault::{AWSCURRENT, AWSPENDING, Secret, SecretValue};

/// What `rotate NAME` was told to change in the stored configuration.
fn config_from_args(args: &RotateArgs) -> Result<Config, Error> {
    let every_days = match &args.every {
        None => None,
        Some(text) => {
            let days = text.parse::<i64>().map_err(|_| {
                Error::usage(format!("--every {text:?} is not a number of days"))
                    .with_hint("for a schedule in hours use --schedule 'rate(12 hours)'")
            })?;
            Some(rotation::validate_every(days)?)
        }
    };
    Ok(Config {
        script: args.script.as_deref().map(rotation::resolve_script).transpose()?,
        template: args.template.as_deref().map(templates::find).transpose()?,
        every_days,
        schedule: args.schedule.as_deref().map(|e| Config::schedule(e, args.window.as_deref())).transpose()?,
        timeout_secs: args.timeout.map(rotation::validate_timeout).transpose()?,
    })
}

pub fn run(ctx: &Session, args: RotateArgs) -> anyhow::Result<()> {
    // clap's `requires = "schedule"` is void when a flag that conflicts with --schedule is
    // given (--every, --install-timer): a window without a schedule would be dropped.
    if let (Some(window), None) = (&args.window, &args.schedule) {
        return Err(Error::usage(format!(
            "--window {window} needs --schedule: as in AWS, a rotation window (Duration) goes with a ScheduleExpression"
        ))
        .with_hint(match &args.every {
            Some(days) => {
                format!("for every {days} days in a window, use --schedule 'rate({days} days)' --window {window}")
            }
            None => "give --schedule 'rate(N days)' or 'cron(…)' with it, or leave --window out".to_string(),
        })
        .into());
    }
    if args.due {
        return run_due(ctx, args.dry_run);
    }
    if args.templates {
        return list_templates(ctx);
    }
    if args.install_timer || args.print_cron || args.remove_timer {
        return timer(ctx, &args);
    }
    let Some(id) = args.name.as_deref() else {
        return Err(Error::usage("give a secret name, or --due").into());
    };
    // A name or an ARN (`rotate arn:…`): everything below works on the secret's name.
    let mut name = id.to_string();
    let result = api::name_of(ctx, &Scope::all(), id).and_then(|n| {
        name = n;
        if args.cancel {
            cancel(ctx, &name)
        } else if args.disable {
            disable(ctx, &name)
        } else {
            configure_and_rotate(ctx, &name, &args)
        }
    });
    if let Err(e) = &result
        && exit_kind(e) != ExitKind::Rotation
    {
        let _ = ctx.record(&[Event::failed("RotateSecret", Some(&name), exit_kind(e))]);
    }
    result
}

/// `rotate NAME [config]`: AWS RotateSecret, shared with `serve` (`api::rotate_secret`).
fn configure_and_rotate(ctx: &Session, name: &str, args: &RotateArgs) -> anyhow::Result<()> {
    let req =
        api::RotateSecret { id: name.to_string(), config: config_from_args(args)?, rotate_now: !args.no_rotate_now };
    let (name, outcome) = api::rotate_secret(ctx, &Scope::all(), &req)?;
    let said = match &outcome {
        Outcome::Rotated { version_id, .. } => format!("rotated {name}: version {version_id} is AWSCURRENT"),
        Outcome::Tested { .. } => {
            format!("{name}: the `test` step passed on the current version; rotation is configured")
        }
        Outcome::Failed { failure, .. } => {
            print_script_stderr(failure);
            String::new()
        }
    };
    let answer = outcome.answer(&name)?;
    if ctx.json() {
        output::print_json(&answer)?;
    } else {
        ctx.info(said);
    }
    Ok(())
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

/// What runs the steps of one rotation.
enum Runner {
    Script(PathBuf),
    /// A template, with the master secret's value for alternating users.
    Template(&'static Template, Option<SecretValue>),
}

/// What the claiming write hands to the steps.
struct Plan {
    arn: String,
    runner: Runner,
    timeout: Duration,
    current_id: String,
    current_value: SecretValue,
    pending_id: String,
    /// Set when resuming: the pending version already exists (skip `create`).
    pending_value: Option<SecretValue>,
}

/// The rotation engine of `api::rotate_secret` (and `rotate --due`): one claiming write,
/// the steps with no lock held, the finishing write. `name` is the secret's name.
pub(crate) fn rotate_one(
    ctx: &Session,
    scope: &Scope,
    name: &str,
    config: &Config,
    test_only: bool,
) -> anyhow::Result<Outcome> {
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
        let r = &mut s.rotation;
        if let Some(p) = &config.script {
            r.script =
                Some(p.to_str().map(str::to_string).ok_or_else(|| Error::usage("the script path is not UTF-8"))?);
            r.template = None;
        }
        if let Some(t) = config.template {
            r.template = Some(t.name.to_string());
            r.script = None;
        }
        if config.every_days.is_some() {
            r.every_days = config.every_days;
            r.schedule = None;
            r.window_hours = None;
        }
        if let Some((expr, window)) = &config.schedule {
            r.schedule = Some(expr.clone());
            r.window_hours = *window;
            r.every_days = None;
        }
        if config.timeout_secs.is_some() {
            r.timeout_secs = config.timeout_secs;
        }
        // As AWS RotateSecret: configuring or rotating turns the schedule on.
        r.enabled = r.every_days.is_some() || r.schedule.is_some();
        if test_only {
            r.next_rotation = r.next_after(r.last_rotated.unwrap_or(now));
        } else if r.enabled && r.next_rotation.is_none() {
            // Due from now until a rotation succeeds, so `rotate --due` retries a failed one.
            r.next_rotation = Some(now);
        }
        let current = s.current().ok_or_else(|| Error::other(format!("secret {name} has no AWSCURRENT version")))?;
        let (current_id, current_value) = (current.id.clone(), current.value.clone());
        let runner = runner_of(name, &s, &current_value, doc)?;
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
        doc.audit(scope.event(Event::ok("RotateSecret", Some(name), Some(&pending_id))));
        doc.audit(Event::ok("RotationStarted", Some(name), Some(&pending_id)).with_detail(how));
        let plan = Plan {
            arn: s.arn.clone(),
            runner,
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

/// What runs the steps: the configured script, or the configured template checked against
/// the current value. For alternating users the master secret (`masterarn`) is read here, in
/// the same vault, and that read is audited as a GetSecretValue of it.
fn runner_of(name: &str, s: &Secret, current: &SecretValue, tx: &mut Tx) -> Result<Runner, Error> {
    let Some(template_name) = &s.rotation.template else {
        return match &s.rotation.script {
            Some(script) => Ok(Runner::Script(PathBuf::from(script))),
            None => Err(Error::invalid_state(format!("secret {name} has no rotation script configured"))
                .with_hint(format!("sealbox rotate {name} --template postgres, or --script PATH"))),
        };
    };
    let template = templates::find(template_name)?;
    let creds = template.credentials("current", current, None)?;
    if !template.alternating {
        return Ok(Runner::Template(template, None));
    }
    let reference = creds.master.as_deref().ok_or_else(|| {
        Error::usage(format!("secret {name} has no masterarn field: template {} needs one", template.name)).with_hint(
            "add \"masterarn\": the ARN or name of a secret in this vault with the admin's credentials \
             (sealbox put-version NAME --value-file …)",
        )
    })?;
    let found: Vec<Secret> =
        templates::master_candidates(reference).iter().filter_map(|c| tx.get(c).ok().flatten()).collect();
    // A full ARN that matches wins over a name that merely looks like its prefix.
    let exact = found.iter().position(|m| m.arn == reference).unwrap_or(0);
    let master = found.into_iter().nth(exact).ok_or_else(|| {
        Error::not_found(format!("the masterarn of {name}, {reference:?}, names no secret in this vault"))
            .with_hint("masterarn must be the ARN or name of a secret in this vault with the admin's credentials")
    })?;
    if master.name == s.name {
        return Err(Error::usage(format!("the masterarn of {name} names {name} itself"))
            .with_hint("the master secret holds other, admin credentials"));
    }
    if master.deletion.is_some() {
        return Err(Error::marked_for_deletion(&master.name));
    }
    let version = master
        .current()
        .ok_or_else(|| Error::invalid_state(format!("the master secret {} has no AWSCURRENT version", master.name)))?;
    template.credentials("master", &version.value, Some(&creds))?;
    tx.audit(
        Event::ok("GetSecretValue", Some(&master.name), Some(&version.id))
            .with_detail(format!("master secret of the rotation of {name}")),
    );
    Ok(Runner::Template(template, Some(version.value.clone())))
}

pub(crate) fn in_progress(name: &str, claim: &RotationClaim) -> Error {
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
    let program = match &plan.runner {
        Runner::Script(path) => Program::Script(path),
        Runner::Template(t, _) => Program::Template(t),
    };
    let env = StepEnv {
        program,
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
            let value = match &plan.runner {
                // A template's `create` is sealbox's own: a new password (and the other login).
                Runner::Template(t, _) => t.pending_value(&plan.current_value)?,
                Runner::Script(_) => {
                    let stdin = rotation::stdin_document(name, current, (&plan.pending_id, None))?;
                    let stdout = match rotation::run_step(&env, Step::Create, stdin) {
                        Ok(out) => out,
                        Err(f) => return failed(f, None),
                    };
                    rotation::pending_value(stdout, &plan.current_value)?
                }
            };
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
        let stdin = match &plan.runner {
            Runner::Script(_) => rotation::stdin_document(name, current, pending)?,
            Runner::Template(t, master) => {
                match template_stdin(t, &plan.current_value, &pending_value, master.as_ref()) {
                    Ok(doc) => doc,
                    Err(e) => return failed(StepFailure { step, reason: e.message, stderr: String::new() }, None),
                }
            }
        };
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

/// A template's stdin for `set` and `test`: the current, pending and master credentials.
fn template_stdin(
    template: &Template,
    current: &SecretValue,
    pending: &SecretValue,
    master: Option<&SecretValue>,
) -> Result<Zeroizing<Vec<u8>>, Error> {
    let current = template.credentials("current", current, None)?;
    let pending = template.credentials("pending", pending, None)?;
    let master = master.map(|m| template.credentials("master", m, Some(&current))).transpose()?;
    Ok(template.stdin_document(&current, &pending, master.as_ref()))
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
    let progress = crate::progress::Progress::bar(ctx, due.len() as u64, "rotate --due");
    for (name, _) in &due {
        // The bar is hidden while a script runs: it writes to the same terminal.
        let outcome = progress.suspend(|| rotate_one(ctx, &Scope::all(), name, &Config::default(), false));
        progress.inc(1);
        let (line, entry) = match outcome {
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
            progress.suspend(|| output::write_stdout(format!("{line}\n").as_bytes()))?;
        }
        results.push(entry);
    }
    drop(progress);
    if ctx.json() {
        output::print_json(&json!({"Rotations": results}))?;
    } else if !results.is_empty() && !any_failed {
        // One line at the end (with a failure, the error below is that line).
        let count = |status: &str| results.iter().filter(|r| r["Status"] == status).count();
        ctx.info(format!(
            "rotate --due: {} rotated, {} tested, {} skipped, 0 failed",
            count("Rotated"),
            count("Tested"),
            count("Skipped")
        ));
    }
    if any_failed {
        let failed = results.iter().filter(|r| r["Status"] == "Failed").count();
        return Err(Error::rotation(format!("{failed} of {} due rotations failed", results.len()))
            .with_hint("run `sealbox rotate NAME` to retry one and see its script's stderr")
            .into());
    }
    Ok(())
}

fn list_templates(ctx: &Session) -> anyhow::Result<()> {
    if ctx.json() {
        let list: Vec<Value> = templates::TEMPLATES
            .iter()
            .map(|t| {
                json!({
                    "Name": t.name,
                    "Strategy": if t.alternating { "alternating-users" } else { "single-user" },
                    "Description": t.summary,
                })
            })
            .collect();
        return output::print_json(&json!({"Templates": list}));
    }
    let rows = templates::TEMPLATES.iter().map(|t| vec![t.name.to_string(), t.summary.to_string()]).collect();
    output::print_rows(&["TEMPLATE", "STRATEGY"], rows)
}

/// `--install-timer`, `--print-cron`, `--remove-timer`.
fn timer(ctx: &Session, args: &RotateArgs) -> anyhow::Result<()> {
    use crate::rotation::timer::{Interval, Job, UNIT_NAME};
    let every = Interval::parse(args.every.as_deref().unwrap_or("1h"))?;
    let absolute = |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let exe = std::env::current_exe()
        .map_err(|e| Error::other(format!("can't find the path of this sealbox executable: {e}")))?;
    let job = Job {
        exe,
        vault: absolute(&ctx.vault_path),
        identity: absolute(&ctx.identity_path),
        config: absolute(&ctx.config_path),
        path: std::env::var_os("PATH").filter(|p| !p.is_empty()),
        runtime_dir: std::env::var_os("XDG_RUNTIME_DIR").filter(|p| !p.is_empty()),
    };
    if args.print_cron {
        return output::write_stdout(format!("{}\n", job.cron_line(every)).as_bytes());
    }
    let dir = directories::BaseDirs::new()
        .map(|d| d.config_dir().join("systemd/user"))
        .ok_or_else(|| Error::other("can't find a home directory").with_hint("set HOME"))?;
    let service = dir.join(format!("{UNIT_NAME}.service"));
    let timer = dir.join(format!("{UNIT_NAME}.timer"));
    let timer_unit = format!("{UNIT_NAME}.timer");
    if args.remove_timer {
        let disabled = systemctl(&["disable", "--now", &timer_unit]);
        let mut removed = Vec::new();
        for path in [&timer, &service] {
            match std::fs::remove_file(path) {
                Ok(()) => removed.push(path.display().to_string()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(crate::fs::io_error(format!("can't remove {}", path.display()), e).into()),
            }
        }
        let _ = systemctl(&["daemon-reload"]);
        if ctx.json() {
            return output::print_json(&json!({"Removed": removed, "Disabled": disabled.is_ok()}));
        }
        if removed.is_empty() {
            ctx.info(format!("no timer installed ({} is absent)", timer.display()));
        } else {
            ctx.info(format!("removed {}", removed.join(" and ")));
        }
        return Ok(());
    }
    crate::fs::ensure_private_dir(&dir)?;
    crate::fs::write_file_atomic(&service, crate::fs::Links::Refuse, job.service_unit().as_bytes(), true)?;
    crate::fs::write_file_atomic(&timer, crate::fs::Links::Refuse, job.timer_unit(every).as_bytes(), true)?;
    let enabled = systemctl(&["daemon-reload"]).and_then(|()| systemctl(&["enable", "--now", &timer_unit]));
    if ctx.json() {
        output::print_json(&json!({
            "Service": service.display().to_string(),
            "Timer": timer.display().to_string(),
            "Enabled": enabled.is_ok(),
        }))?;
    }
    match enabled {
        Ok(()) => {
            ctx.info(format!(
                "installed {} and {}: `sealbox rotate --due` runs {} (systemctl --user list-timers shows it)",
                service.display(),
                timer.display(),
                every.describe()
            ));
            Ok(())
        }
        Err(why) => Err(Error::other(format!(
            "systemd is unavailable ({why}): wrote {} and {} but could not enable the timer",
            service.display(),
            timer.display()
        ))
        .with_hint("run `sealbox rotate --print-cron` and add that line with `crontab -e` instead")
        .into()),
    }
}

/// `systemctl --user ARGS`; on failure, its last line of stderr.
fn systemctl(args: &[&str]) -> Result<(), String> {
    let out = std::process::Command::new("systemctl")
        .arg("--user")
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("can't run systemctl: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    Err(stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("systemctl --user failed").trim().to_string())
}
