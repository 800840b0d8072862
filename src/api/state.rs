//! The operations that change a secret's state rather than its value: label moves, deletion
//! and restore, tags, and rotation (RotateSecret, CancelRotateSecret).

use super::*;

// ----- UpdateSecretVersionStage, DeleteSecret, RestoreSecret, tags -----------------------

pub struct StageMove {
    pub id: String,
    pub label: String,
    pub to: Option<String>,
    pub from: Option<String>,
}

pub fn update_version_stage(ctx: &Session, scope: &Scope, req: &StageMove) -> anyhow::Result<(Secret, Value)> {
    if req.to.is_none() && req.from.is_none() {
        return Err(Error::usage("give --to VERSION_ID, --from VERSION_ID, or both").into());
    }
    let now = ctx.now;
    let (secret, ()) = modify(ctx, scope, "UpdateSecretVersionStage", &req.id, |s, events| {
        let before = s.stages_map();
        s.move_label(&req.label, req.to.as_deref(), req.from.as_deref(), now)?;
        let changed = s.stages_map() != before;
        let version = req.to.as_deref().or(req.from.as_deref());
        events.push(Event::ok("UpdateSecretVersionStage", Some(&s.name), version).with_detail(req.label.clone()));
        Ok(((), changed))
    })?;
    let json = arn_name(&secret);
    Ok((secret, json))
}

pub struct DeleteSecret {
    pub id: String,
    pub recovery_window_days: Option<i64>,
    pub force: bool,
}

pub struct Deleted {
    pub name: String,
    pub arn: String,
    pub deletion_date: Timestamp,
    /// AWS regions the forced delete must follow to.
    pub aws_replicas: Vec<String>,
    pub vault_id: String,
}

impl Deleted {
    pub fn json(&self) -> Value {
        json!({"ARN": self.arn, "Name": self.name, "DeletionDate": output::date(self.deletion_date)})
    }
}

/// AWS DeleteSecret: schedule the deletion, or (forced) delete at once — and a forced
/// delete of an unknown name answers as if it had existed.
pub fn delete_secret(ctx: &Session, scope: &Scope, req: &DeleteSecret) -> anyhow::Result<Deleted> {
    scope.check_write("DeleteSecret")?;
    if req.force && req.recovery_window_days.is_some() {
        return Err(Error::usage("--recovery-window-days and --force-delete-without-recovery don't go together").into());
    }
    let days = req.recovery_window_days.unwrap_or(DEFAULT_RECOVERY_DAYS);
    if !req.force {
        validate_recovery_window(days)?;
    }
    let now = ctx.now;
    ctx.write(|tx: &mut Tx| {
        let vault_id = tx.meta.vault_id.clone();
        let found = find_scoped(scope, tx, &req.id)?;
        let Some(mut secret) = found else {
            if req.force {
                let name = shown_name(&req.id).to_string();
                scope.check(&name)?;
                names::validate_name(&name)?;
                tx.audit(scope.event(Event::ok("DeleteSecret", Some(&name), None).with_detail("force")));
                let arn = crate::commands::new_arn(tx, &name)?;
                return Ok(Deleted { name, arn, deletion_date: now, aws_replicas: Vec::new(), vault_id });
            }
            return Err(Error::secret_not_found(shown_name(&req.id)).into());
        };
        let name = secret.name.clone();
        let (aws, regions): (Vec<&str>, Vec<&str>) =
            secret.active_replica_regions().into_iter().partition(|r| crate::aws::aws_region(ctx, r).is_some());
        if !regions.is_empty() {
            return Err(Error::invalid_state(format!(
                "secret {name} has replicas in {}: remove them first",
                regions.join(", ")
            ))
            .with_hint(format!("sealbox replicate {name} --remove {}", regions.join(" ")))
            .into());
        }
        if req.force {
            if secret.replica_of.is_some() {
                secret.ensure_writable()?;
            }
            let aws_replicas = aws.iter().map(|r| r.to_string()).collect();
            tx.remove(&name);
            tx.audit_all([
                scope.event(Event::ok("DeleteSecret", Some(&name), None).with_detail("force")),
                Event::ok("EndSecretDelete", Some(&name), None),
            ]);
            return Ok(Deleted { name, arn: secret.arn, deletion_date: now, aws_replicas, vault_id });
        }
        let purge_after = secret.schedule_deletion(days, now)?;
        let arn = secret.arn.clone();
        tx.put(secret);
        tx.audit_all([
            scope.event(Event::ok("DeleteSecret", Some(&name), None)),
            Event::ok("StartSecretDelete", Some(&name), None)
                .with_detail(format!("purge after {}", output::date(purge_after))),
        ]);
        Ok(Deleted { name, arn, deletion_date: purge_after, aws_replicas: Vec::new(), vault_id })
    })
}

pub fn restore_secret(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<(Secret, bool)> {
    let now = ctx.now;
    modify(ctx, scope, "RestoreSecret", id, |s, events| {
        s.ensure_not_replica()?;
        let restored = s.restore(now);
        events.push(Event::ok("RestoreSecret", Some(&s.name), None));
        if restored {
            events.push(Event::ok("CancelSecretDelete", Some(&s.name), None));
        }
        Ok((restored, restored))
    })
}

pub fn tag_resource(ctx: &Session, scope: &Scope, id: &str, tags: &[(String, String)]) -> anyhow::Result<Secret> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, scope, "TagResource", id, |s, events| {
        s.set_tags(tags, now)?;
        events.push(Event::ok("TagResource", Some(&s.name), None));
        Ok(((), true))
    })?;
    Ok(secret)
}

pub fn untag_resource(ctx: &Session, scope: &Scope, id: &str, keys: &[String]) -> anyhow::Result<Secret> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, scope, "UntagResource", id, |s, events| {
        s.remove_tags(keys, now)?;
        events.push(Event::ok("UntagResource", Some(&s.name), None));
        Ok(((), true))
    })?;
    Ok(secret)
}

// ----- RotateSecret ----------------------------------------------------------------------

/// The name of the secret a SecretId names, in the caller's scope. A plain name is only
/// validated (the write that follows reads it); an ARN is looked up, lock-free.
pub fn name_of(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<String> {
    if !id.starts_with("arn:") {
        names::validate_name(id)?;
        scope.check(id)?;
        return Ok(id.to_string());
    }
    Ok(read_scoped(scope, &mut ctx.reader()?, id)?.name)
}

/// What a RotateSecret changes in the stored rotation configuration (None: keep it).
#[derive(Default)]
pub struct RotationConfig {
    pub script: Option<std::path::PathBuf>,
    pub template: Option<&'static crate::rotation::templates::Template>,
    pub every_days: Option<u32>,
    /// AWS's ScheduleExpression as given (AWS shows it back verbatim) and its Duration in hours.
    pub schedule: Option<(String, Option<u32>)>,
    pub timeout_secs: Option<u64>,
}

impl RotationConfig {
    /// A schedule as AWS's RotationRules give it (both from `rotate --schedule --window`
    /// and RotateSecret's ScheduleExpression and Duration).
    pub fn schedule(expr: &str, window: Option<&str>) -> Result<(String, Option<u32>), Error> {
        use crate::rotation::schedule::{Schedule, parse_window};
        let parsed = Schedule::parse(expr)?;
        let window = window.map(parse_window).transpose()?;
        parsed.check_window(window.unwrap_or(parsed.default_window_hours()))?;
        Ok((expr.trim().to_string(), window))
    }
}

pub struct RotateSecret {
    /// A SecretId: name or ARN.
    pub id: String,
    pub config: RotationConfig,
    /// AWS's RotateImmediately: false runs only the `test` step, against the current value.
    pub rotate_now: bool,
}

/// How a rotation ended once it got as far as running its steps.
pub enum RotateOutcome {
    /// AWSCURRENT moved to `version_id`.
    Rotated { arn: String, version_id: String },
    /// Only `test` ran, against the current version.
    Tested { arn: String, version_id: String },
    /// A step failed; `pending` is the version that keeps AWSPENDING (rotating again resumes it).
    Failed { failure: crate::rotation::StepFailure, pending: Option<String> },
}

impl RotateOutcome {
    /// AWS RotateSecret's answer (`ARN`, `Name`, `VersionId`), or a failed step's error (exit 7).
    pub fn answer(&self, name: &str) -> Result<Value, Error> {
        match self {
            RotateOutcome::Rotated { arn, version_id } | RotateOutcome::Tested { arn, version_id } => {
                Ok(json!({"ARN": arn, "Name": name, "VersionId": version_id}))
            }
            RotateOutcome::Failed { failure, pending } => {
                let hint = match pending {
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
                .with_hint(hint))
            }
        }
    }
}

/// AWS RotateSecret, for `sealbox rotate NAME` and `serve` alike: store the configuration
/// change, then rotate now with the secret's script or template (create, set, test, finish),
/// or resume the pending version of an incomplete rotation. Returns the secret's name.
pub fn rotate_secret(ctx: &Session, scope: &Scope, req: &RotateSecret) -> anyhow::Result<(String, RotateOutcome)> {
    scope.check_write("RotateSecret")?;
    let name = name_of(ctx, scope, &req.id)?;
    let outcome = crate::commands::rotate::rotate_one(ctx, scope, &name, &req.config, !req.rotate_now)?;
    Ok((name, outcome))
}

/// AWS CancelRotateSecret: drop an incomplete rotation's AWSPENDING and turn scheduled
/// rotation off.
pub fn cancel_rotate_secret(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<Value> {
    let now = ctx.now;
    let (secret, pending) = modify(ctx, scope, "CancelRotateSecret", id, |s, events| {
        s.ensure_writable()?;
        // A rotation running now (its script may be setting the pending password on the
        // real system this moment) is not cut off: as `rotate --cancel`, wait for it.
        let timeout = s.rotation.timeout_secs.unwrap_or(crate::rotation::DEFAULT_TIMEOUT_SECS);
        if let Some(claim) = &s.rotation.in_progress
            && !crate::rotation::claim_is_stale(claim, timeout, now)
        {
            return Err(crate::commands::rotate::in_progress(&s.name, claim));
        }
        let pending = s.labelled(crate::vault::AWSPENDING).map(|v| v.id.clone());
        if let Some(p) = &pending {
            s.move_label(crate::vault::AWSPENDING, None, Some(p), now)?;
        }
        s.rotation.enabled = false;
        s.rotation.next_rotation = None;
        s.rotation.in_progress = None;
        s.last_changed = now;
        events.push(Event::ok("CancelRotateSecret", Some(&s.name), pending.as_deref()));
        Ok((pending, true))
    })?;
    let mut json = arn_name(&secret);
    if let Some(p) = pending {
        json["VersionId"] = p.into();
    }
    Ok(json)
}
