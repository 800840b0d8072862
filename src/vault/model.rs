//! Secrets, versions and staging labels, deletion, rotation and replication state: the
//! AWS Secrets Manager model as plain data and pure functions (no I/O, no clock).
//!
//! Past 600 lines (with its tests) on purpose: one secret's state and the rules that keep
//! its labels consistent change together, and the property tests below check them together.

use std::collections::BTreeMap;
use std::fmt;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::names::{self, MAX_LABELS_PER_VERSION};
use crate::error::Error;

pub const AWSCURRENT: &str = "AWSCURRENT";
pub const AWSPREVIOUS: &str = "AWSPREVIOUS";
pub const AWSPENDING: &str = "AWSPENDING";
/// Deprecated versions (no label) are dropped, oldest first, beyond this many versions.
pub const MAX_VERSIONS: usize = 100;
pub const MIN_RECOVERY_DAYS: i64 = 7;
pub const MAX_RECOVERY_DAYS: i64 = 30;
pub const DEFAULT_RECOVERY_DAYS: i64 = 30;

/// A secret value: SecretString when it is UTF-8, SecretBinary otherwise. Zeroized on drop;
/// `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecretValue {
    #[serde(rename = "string", with = "zeroizing_string")]
    Text(Zeroizing<String>),
    #[serde(rename = "binary", with = "base64_bytes")]
    Binary(Zeroizing<Vec<u8>>),
}

impl SecretValue {
    /// UTF-8 bytes become a string value, anything else a binary one.
    pub fn from_bytes(bytes: Zeroizing<Vec<u8>>) -> SecretValue {
        match std::str::from_utf8(&bytes) {
            Ok(s) => SecretValue::Text(Zeroizing::new(s.to_string())),
            Err(_) => SecretValue::Binary(bytes),
        }
    }
    pub fn text(s: &str) -> SecretValue {
        SecretValue::Text(Zeroizing::new(s.to_string()))
    }
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            SecretValue::Text(s) => s.as_bytes(),
            SecretValue::Binary(b) => b,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            SecretValue::Text(s) => Some(s),
            SecretValue::Binary(_) => None,
        }
    }
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Debug for SecretValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self {
            SecretValue::Text(_) => "Text",
            SecretValue::Binary(_) => "Binary",
        };
        write!(f, "SecretValue::{kind}(<redacted {} bytes>)", self.len())
    }
}

mod zeroizing_string {
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    pub fn serialize<S: Serializer>(s: &Zeroizing<String>, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(s)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Zeroizing<String>, D::Error> {
        String::deserialize(d).map(Zeroizing::new)
    }
}

mod base64_bytes {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    pub fn serialize<S: Serializer>(bytes: &Zeroizing<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        let encoded = Zeroizing::new(STANDARD.encode(bytes.as_slice()));
        s.serialize_str(&encoded)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Zeroizing<Vec<u8>>, D::Error> {
        let encoded = Zeroizing::new(String::deserialize(d)?);
        STANDARD.decode(encoded.as_bytes()).map(Zeroizing::new).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub id: String,
    pub created: Timestamp,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<String>,
    pub value: SecretValue,
}

impl Version {
    pub fn has(&self, label: &str) -> bool {
        self.stages.iter().any(|s| s == label)
    }
    /// A version with no label is deprecated: hidden by default, dropped past the cap.
    pub fn is_deprecated(&self) -> bool {
        self.stages.is_empty()
    }
}

/// A scheduled deletion: when it was asked for and when the secret may be purged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deletion {
    pub deleted: Timestamp,
    pub purge_after: Timestamp,
}

/// Rotation settings and state (DESIGN.md "Rotation").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    #[serde(default)]
    pub enabled: bool,
    /// Absolute path of the rotation script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// A built-in template (`rotate --template`), used instead of a script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u32>,
    /// AWS's ScheduleExpression (`rate(…)`/`cron(…)`), instead of `every_days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// AWS's Duration in hours (`--window 3h`); None: the schedule's default window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_hours: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_secs: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_rotated: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_rotation: Option<Timestamp>,
    /// Set while a rotation runs: who runs it, so a second one fails fast and a dead one
    /// does not block the next forever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<RotationClaim>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_outcome: Option<RotationOutcome>,
}

impl Rotation {
    /// When a rotation is next due after one at `last`: `every_days` later, or when the
    /// schedule's next window opens. None when scheduling is off (or a stored schedule
    /// doesn't parse: such a secret is never due rather than always).
    pub fn next_after(&self, last: Timestamp) -> Option<Timestamp> {
        if !self.enabled {
            return None;
        }
        if let Some(expr) = &self.schedule {
            return crate::rotation::schedule::Schedule::parse(expr).ok()?.next_window(last);
        }
        let days = self.every_days?;
        last.checked_add(SignedDuration::from_hours(24 * i64::from(days))).ok()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotationClaim {
    pub version_id: String,
    pub pid: u32,
    pub started: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RotationOutcome {
    pub at: Timestamp,
    pub succeeded: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_step: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Replication status of one replica, kept on the primary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplicaState {
    pub region: String,
    pub status: ReplicationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync: Option<Timestamp>,
    /// The replica was promoted to a standalone secret in its region: no more pushes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub promoted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplicationStatus {
    InSync,
    Failed,
    InProgress,
}

/// On a replica: which vault holds the primary. Replicas are read-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrimaryRef {
    pub vault_id: String,
    pub region: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault_path: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secret {
    pub name: String,
    pub arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub created: Timestamp,
    pub last_changed: Timestamp,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
    /// Oldest first.
    pub versions: Vec<Version>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion: Option<Deletion>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub rotation: Rotation,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replicas: Vec<ReplicaState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_of: Option<PrimaryRef>,
    /// Set by `promote`: the primary this secret was a replica of, so that primary's next
    /// push sees a promotion rather than a name collision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted_from: Option<PrimaryRef>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// What `put_value` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PutOutcome {
    pub version_id: String,
    /// False when the token named an existing version with the same value (idempotent retry).
    pub created: bool,
    /// The version that lost AWSPENDING because this put abandoned an incomplete rotation.
    pub abandoned_rotation: Option<String>,
}

impl Secret {
    /// A new secret whose first version is AWSCURRENT.
    pub fn new(name: &str, arn: String, version_id: String, value: SecretValue, now: Timestamp) -> Secret {
        Secret {
            name: name.to_string(),
            arn,
            description: None,
            created: now,
            last_changed: now,
            tags: BTreeMap::new(),
            versions: vec![Version { id: version_id, created: now, stages: vec![AWSCURRENT.to_string()], value }],
            deletion: None,
            rotation: Rotation::default(),
            replicas: Vec::new(),
            replica_of: None,
            promoted_from: None,
        }
    }

    pub fn version(&self, id: &str) -> Option<&Version> {
        self.versions.iter().find(|v| v.id == id)
    }

    fn version_index(&self, id: &str) -> Option<usize> {
        self.versions.iter().position(|v| v.id == id)
    }

    pub fn labelled(&self, label: &str) -> Option<&Version> {
        self.versions.iter().find(|v| v.has(label))
    }

    pub fn current(&self) -> Option<&Version> {
        self.labelled(AWSCURRENT)
    }

    pub fn is_scheduled_for_deletion(&self) -> bool {
        self.deletion.is_some()
    }

    /// The version `get` reads: by id, by label (default AWSCURRENT), or both when they agree.
    pub fn resolve(&self, version_id: Option<&str>, stage: Option<&str>) -> Result<&Version, Error> {
        match (version_id, stage) {
            (Some(id), stage) => {
                let v = self.version(id).ok_or_else(|| {
                    Error::not_found(format!("secret {} has no version {id}", self.name))
                        .with_hint(format!("run `sealbox versions {} --include-deprecated`", self.name))
                })?;
                if let Some(label) = stage
                    && !v.has(label)
                {
                    return Err(Error::invalid_state(format!(
                        "version {id} of secret {} does not carry the label {label}",
                        self.name
                    ))
                    .with_hint("give --version-id or --stage, or both naming the same version"));
                }
                Ok(v)
            }
            (None, stage) => {
                let label = stage.unwrap_or(AWSCURRENT);
                self.labelled(label).ok_or_else(|| {
                    Error::not_found(format!("secret {} has no version labelled {label}", self.name))
                        .with_hint(format!("run `sealbox versions {}`", self.name))
                })
            }
        }
    }

    /// Versions to stages for every labelled version (AWS VersionIdsToStages).
    pub fn stages_map(&self) -> BTreeMap<String, Vec<String>> {
        self.versions.iter().filter(|v| !v.is_deprecated()).map(|v| (v.id.clone(), v.stages.clone())).collect()
    }

    /// Broken label rules, as messages: a label on two versions, AWSCURRENT missing or
    /// twice, a label twice on one version, two versions with one id. Empty when sound.
    pub fn label_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
        let mut ids = std::collections::BTreeSet::new();
        for v in &self.versions {
            if !ids.insert(v.id.as_str()) {
                problems.push(format!("{}: two versions have the id {}", self.name, v.id));
            }
            let mut seen = std::collections::BTreeSet::new();
            for label in &v.stages {
                if !seen.insert(label.as_str()) {
                    problems.push(format!("{}: version {} carries {label} twice", self.name, v.id));
                } else if let Some(first) = owner.insert(label.as_str(), v.id.as_str()) {
                    problems.push(format!("{}: {label} is on versions {first} and {}", self.name, v.id));
                }
            }
        }
        if !owner.contains_key(AWSCURRENT) {
            problems.push(format!("{}: no version is labelled AWSCURRENT", self.name));
        }
        problems
    }

    /// Fails with exit 5 naming the primary when the secret is a read-only replica.
    pub fn ensure_not_replica(&self) -> Result<(), Error> {
        match &self.replica_of {
            Some(primary) => Err(self.replica_error(primary)),
            None => Ok(()),
        }
    }

    fn replica_error(&self, primary: &PrimaryRef) -> Error {
        Error::invalid_state(format!(
            "secret {} is a read-only replica; its primary is in region {} (vault {})",
            self.name, primary.region, primary.vault_id
        ))
        .with_hint(format!(
            "change it in the primary vault, or run `sealbox promote {}` against this vault to make it standalone",
            self.name
        ))
    }

    /// Regions this secret is still pushed to (promoted replicas are not).
    pub fn active_replica_regions(&self) -> Vec<&str> {
        self.replicas.iter().filter(|r| !r.promoted).map(|r| r.region.as_str()).collect()
    }

    /// The copy a region holds: everything but the primary's own replication state, marked
    /// read-only with its primary, its ARN naming the region.
    pub fn replica_copy(&self, primary: PrimaryRef, region: &str) -> Secret {
        let mut copy = self.clone();
        copy.replicas = Vec::new();
        copy.promoted_from = None;
        copy.rotation.in_progress = None;
        copy.arn = arn_in_region(&self.arn, region);
        copy.replica_of = Some(primary);
        copy
    }

    /// Fails when the secret may not be changed: scheduled for deletion, or a read-only replica.
    pub fn ensure_writable(&self) -> Result<(), Error> {
        if self.is_scheduled_for_deletion() {
            return Err(Error::marked_for_deletion(&self.name));
        }
        self.ensure_not_replica()
    }

    /// AWS PutSecretValue: add a version with `stages` (default AWSCURRENT).
    ///
    /// With an existing `version_id` (a reused ClientRequestToken) the same value is a no-op
    /// and a different value is "already exists".
    pub fn put_value(
        &mut self,
        version_id: String,
        value: SecretValue,
        stages: &[String],
        now: Timestamp,
    ) -> Result<PutOutcome, Error> {
        self.ensure_writable()?;
        names::validate_value_len(value.len())?;
        let default_stages = [AWSCURRENT.to_string()];
        let stages: &[String] = if stages.is_empty() { &default_stages } else { stages };
        validate_stage_list(stages)?;
        if let Some(existing) = self.version(&version_id) {
            if existing.value == value {
                return Ok(PutOutcome { version_id, created: false, abandoned_rotation: None });
            }
            return Err(Error::exists(format!(
                "version {version_id} of secret {} already exists with a different value",
                self.name
            ))
            .with_hint("a token can only be reused with the same value; use a new --token"));
        }
        // A put that is not itself the pending version abandons an incomplete rotation.
        let mut abandoned_rotation = None;
        if !stages.iter().any(|s| s == AWSPENDING)
            && let Some(pending) = self.versions.iter_mut().find(|v| v.has(AWSPENDING))
        {
            pending.stages.retain(|s| s != AWSPENDING);
            abandoned_rotation = Some(pending.id.clone());
            self.rotation.in_progress = None;
        }
        self.versions.push(Version { id: version_id.clone(), created: now, stages: Vec::new(), value });
        for label in stages {
            self.attach_label(label, &version_id);
        }
        if stages.iter().any(|s| s == AWSCURRENT) && self.rotation.enabled {
            // AWS counts a manual change of AWSCURRENT as a rotation for the schedule.
            self.mark_rotated(now);
        }
        self.prune_deprecated();
        self.last_changed = now;
        Ok(PutOutcome { version_id, created: true, abandoned_rotation })
    }

    /// Record a completed rotation and schedule the next one.
    pub fn mark_rotated(&mut self, now: Timestamp) {
        self.rotation.last_rotated = Some(now);
        self.rotation.next_rotation = self.rotation.next_after(now);
    }

    /// Put `label` on version `to`, taking it off whichever version had it. Moving
    /// AWSCURRENT moves AWSPREVIOUS to the version that was current.
    fn attach_label(&mut self, label: &str, to: &str) {
        let previous_holder = self.labelled(label).map(|v| v.id.clone());
        if previous_holder.as_deref() == Some(to) {
            return;
        }
        for v in &mut self.versions {
            v.stages.retain(|s| s != label);
        }
        if let Some(v) = self.versions.iter_mut().find(|v| v.id == to) {
            v.stages.push(label.to_string());
        }
        if label == AWSCURRENT
            && let Some(old) = previous_holder
        {
            for v in &mut self.versions {
                v.stages.retain(|s| s != AWSPREVIOUS);
            }
            if let Some(v) = self.versions.iter_mut().find(|v| v.id == old) {
                v.stages.push(AWSPREVIOUS.to_string());
            }
        }
    }

    /// AWS UpdateSecretVersionStage: move `label` to `to`, removing it from `from`.
    ///
    /// A label attached elsewhere can only move when `from` names that version
    /// (AWS's RemoveFromVersionId rule). With no `to`, the label is removed from `from`.
    pub fn move_label(
        &mut self,
        label: &str,
        to: Option<&str>,
        from: Option<&str>,
        now: Timestamp,
    ) -> Result<(), Error> {
        self.ensure_writable()?;
        names::validate_label(label)?;
        for id in to.iter().chain(from.iter()) {
            if self.version(id).is_none() {
                return Err(Error::not_found(format!("secret {} has no version {id}", self.name))
                    .with_hint(format!("run `sealbox versions {} --include-deprecated`", self.name)));
            }
        }
        let holder = self.labelled(label).map(|v| v.id.clone());
        if let Some(f) = from
            && holder.as_deref() != Some(f)
        {
            return Err(Error::usage(format!(
                "label {label} is not attached to version {f} (--from) of secret {}",
                self.name
            )));
        }
        match to {
            Some(to) => {
                if holder.as_deref() == Some(to) {
                    return Ok(());
                }
                if let Some(h) = &holder
                    && from.is_none()
                {
                    return Err(Error::usage(format!(
                        "label {label} is attached to version {h} of secret {}, so --from must name that version",
                        self.name
                    ))
                    .with_hint(format!("sealbox stage {} {label} --to {to} --from {h}", self.name)));
                }
                let target_labels = self.version(to).map_or(0, |v| v.stages.len());
                if target_labels >= MAX_LABELS_PER_VERSION {
                    return Err(Error::usage(format!(
                        "version {to} already has {MAX_LABELS_PER_VERSION} labels, the limit"
                    )));
                }
                if label == AWSPENDING && self.rotation.in_progress.is_some() {
                    self.rotation.in_progress = None;
                }
                self.attach_label(label, to);
                if label == AWSCURRENT && self.rotation.enabled {
                    self.mark_rotated(now);
                }
            }
            None => {
                let Some(f) = from else {
                    return Err(Error::usage("give --to VERSION_ID, --from VERSION_ID, or both"));
                };
                if label == AWSCURRENT {
                    return Err(Error::usage("AWSCURRENT can't be removed from a version, only moved: add --to"));
                }
                if let Some(i) = self.version_index(f) {
                    self.versions[i].stages.retain(|s| s != label);
                }
                if label == AWSPENDING {
                    self.rotation.in_progress = None;
                }
            }
        }
        self.prune_deprecated();
        self.last_changed = now;
        Ok(())
    }

    /// Drop the oldest deprecated versions while there are more than [`MAX_VERSIONS`].
    pub fn prune_deprecated(&mut self) {
        while self.versions.len() > MAX_VERSIONS {
            match self.versions.iter().position(Version::is_deprecated) {
                Some(i) => {
                    self.versions.remove(i);
                }
                None => break,
            }
        }
    }

    /// Schedule deletion after `days` (7..30). Returns the purge date.
    pub fn schedule_deletion(&mut self, days: i64, now: Timestamp) -> Result<Timestamp, Error> {
        validate_recovery_window(days)?;
        if self.is_scheduled_for_deletion() {
            return Err(Error::marked_for_deletion(&self.name));
        }
        self.ensure_not_replica()?;
        let purge_after = now
            .checked_add(SignedDuration::from_hours(24 * days))
            .map_err(|e| Error::usage(format!("invalid recovery window: {e}")))?;
        self.deletion = Some(Deletion { deleted: now, purge_after });
        self.last_changed = now;
        Ok(purge_after)
    }

    /// Cancel a scheduled deletion. Restoring a secret that is not scheduled is a no-op.
    pub fn restore(&mut self, now: Timestamp) -> bool {
        if self.deletion.take().is_some() {
            self.last_changed = now;
            true
        } else {
            false
        }
    }

    pub fn is_due_for_purge(&self, now: Timestamp) -> bool {
        self.deletion.as_ref().is_some_and(|d| d.purge_after <= now)
    }

    pub fn set_tags(&mut self, tags: &[(String, String)], now: Timestamp) -> Result<(), Error> {
        self.ensure_writable()?;
        let mut merged = self.tags.clone();
        for (k, v) in tags {
            names::validate_tag(k, v)?;
            merged.insert(k.clone(), v.clone());
        }
        if merged.len() > names::MAX_TAGS {
            return Err(Error::usage(format!(
                "secret {} would have {} tags, the limit is {}",
                self.name,
                merged.len(),
                names::MAX_TAGS
            )));
        }
        self.tags = merged;
        self.last_changed = now;
        Ok(())
    }

    pub fn remove_tags(&mut self, keys: &[String], now: Timestamp) -> Result<(), Error> {
        self.ensure_writable()?;
        for k in keys {
            self.tags.remove(k);
        }
        self.last_changed = now;
        Ok(())
    }

    pub fn set_description(&mut self, description: &str, now: Timestamp) -> Result<(), Error> {
        self.ensure_writable()?;
        names::validate_description(description)?;
        self.description = (!description.is_empty()).then(|| description.to_string());
        self.last_changed = now;
        Ok(())
    }
}

/// `arn:sealbox:<region>:…` with the region part replaced (AWS keeps the rest of a replica's ARN).
pub fn arn_in_region(arn: &str, region: &str) -> String {
    let parts: Vec<&str> = arn.splitn(4, ':').collect();
    match parts.as_slice() {
        [scheme, service, _, rest] => format!("{scheme}:{service}:{region}:{rest}"),
        _ => arn.to_string(),
    }
}

pub fn validate_recovery_window(days: i64) -> Result<(), Error> {
    if (MIN_RECOVERY_DAYS..=MAX_RECOVERY_DAYS).contains(&days) {
        Ok(())
    } else {
        Err(Error::usage(format!("--recovery-window-days {days} is outside {MIN_RECOVERY_DAYS}..{MAX_RECOVERY_DAYS}"))
            .with_hint("use --force-delete-without-recovery to delete at once"))
    }
}

fn validate_stage_list(stages: &[String]) -> Result<(), Error> {
    if stages.len() > MAX_LABELS_PER_VERSION {
        return Err(Error::usage(format!("at most {MAX_LABELS_PER_VERSION} labels per version")));
    }
    for (i, s) in stages.iter().enumerate() {
        names::validate_label(s)?;
        if stages[..i].contains(s) {
            return Err(Error::usage(format!("label {s} is given twice")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitKind;
    use proptest::prelude::*;

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_second(1_700_000_000 + secs).unwrap()
    }

    fn secret() -> Secret {
        Secret::new("app/db", "arn".into(), "v1".into(), SecretValue::text("one"), t(0))
    }

    fn labels(s: &Secret, id: &str) -> Vec<String> {
        let mut l = s.version(id).unwrap().stages.clone();
        l.sort();
        l
    }

    #[test]
    fn replica_copy_is_read_only_and_names_its_region() {
        let mut s = Secret::new(
            "app/db",
            "arn:sealbox:local:vid:secret:app/db-abcdef".into(),
            "v1".into(),
            SecretValue::text("one"),
            t(0),
        );
        s.replicas.push(ReplicaState {
            region: "backup".into(),
            status: ReplicationStatus::InSync,
            message: None,
            last_sync: None,
            promoted: false,
        });
        let primary = PrimaryRef { vault_id: "vid".into(), region: "local".into(), vault_path: None };
        let copy = s.replica_copy(primary, "backup");
        assert_eq!(copy.arn, "arn:sealbox:backup:vid:secret:app/db-abcdef");
        assert!(copy.replicas.is_empty());
        assert_eq!(copy.versions, s.versions);
        let err = copy.clone().put_value("v2".into(), SecretValue::text("x"), &[], t(1)).unwrap_err();
        assert_eq!(err.kind, ExitKind::InvalidState);
        assert!(err.message.contains("its primary is in region local (vault vid)"), "{}", err.message);
        assert_eq!(copy.ensure_not_replica().unwrap_err().kind, ExitKind::InvalidState);
        assert!(s.ensure_not_replica().is_ok());
        assert_eq!(s.active_replica_regions(), ["backup"]);
        s.replicas[0].promoted = true;
        assert!(s.active_replica_regions().is_empty());
        assert_eq!(arn_in_region("not-an-arn", "x"), "not-an-arn");
    }

    #[test]
    fn put_moves_current_and_previous() {
        let mut s = secret();
        s.put_value("v2".into(), SecretValue::text("two"), &[], t(1)).unwrap();
        assert_eq!(labels(&s, "v2"), ["AWSCURRENT"]);
        assert_eq!(labels(&s, "v1"), ["AWSPREVIOUS"]);
        s.put_value("v3".into(), SecretValue::text("three"), &[], t(2)).unwrap();
        assert_eq!(labels(&s, "v3"), ["AWSCURRENT"]);
        assert_eq!(labels(&s, "v2"), ["AWSPREVIOUS"]);
        assert!(s.version("v1").unwrap().is_deprecated());
        assert_eq!(s.last_changed, t(2));
    }

    #[test]
    fn pending_put_leaves_current_alone() {
        let mut s = secret();
        s.put_value("v2".into(), SecretValue::text("two"), &[AWSPENDING.into()], t(1)).unwrap();
        assert_eq!(labels(&s, "v1"), ["AWSCURRENT"]);
        assert_eq!(labels(&s, "v2"), ["AWSPENDING"]);
        assert!(s.labelled(AWSPREVIOUS).is_none());
    }

    #[test]
    fn a_put_to_current_abandons_pending() {
        let mut s = secret();
        s.put_value("v2".into(), SecretValue::text("two"), &[AWSPENDING.into()], t(1)).unwrap();
        let out = s.put_value("v3".into(), SecretValue::text("three"), &[], t(2)).unwrap();
        assert_eq!(out.abandoned_rotation.as_deref(), Some("v2"));
        assert!(s.labelled(AWSPENDING).is_none());
    }

    #[test]
    fn token_reuse() {
        let mut s = secret();
        let out = s.put_value("v1".into(), SecretValue::text("one"), &[], t(1)).unwrap();
        assert!(!out.created);
        assert_eq!(s.versions.len(), 1);
        let err = s.put_value("v1".into(), SecretValue::text("other"), &[], t(1)).unwrap_err();
        assert_eq!(err.kind, ExitKind::Exists);
    }

    #[test]
    fn resolve_rules() {
        let mut s = secret();
        s.put_value("v2".into(), SecretValue::text("two"), &[], t(1)).unwrap();
        assert_eq!(s.resolve(None, None).unwrap().id, "v2");
        assert_eq!(s.resolve(None, Some(AWSPREVIOUS)).unwrap().id, "v1");
        assert_eq!(s.resolve(Some("v1"), Some(AWSPREVIOUS)).unwrap().id, "v1");
        assert_eq!(s.resolve(Some("v1"), Some(AWSCURRENT)).unwrap_err().kind, ExitKind::InvalidState);
        assert_eq!(s.resolve(Some("nope"), None).unwrap_err().kind, ExitKind::NotFound);
        assert_eq!(s.resolve(None, Some("nolabel")).unwrap_err().kind, ExitKind::NotFound);
    }

    #[test]
    fn stage_requires_from_when_attached_elsewhere() {
        let mut s = secret();
        s.put_value("v2".into(), SecretValue::text("two"), &["AWSPENDING".into()], t(1)).unwrap();
        let err = s.move_label(AWSCURRENT, Some("v2"), None, t(2)).unwrap_err();
        assert_eq!(err.kind, ExitKind::Usage);
        let err = s.move_label(AWSCURRENT, Some("v2"), Some("v2"), t(2)).unwrap_err();
        assert_eq!(err.kind, ExitKind::Usage);
        s.move_label(AWSCURRENT, Some("v2"), Some("v1"), t(2)).unwrap();
        assert_eq!(labels(&s, "v2"), ["AWSCURRENT", "AWSPENDING"]);
        assert_eq!(labels(&s, "v1"), ["AWSPREVIOUS"]);
    }

    #[test]
    fn custom_labels_and_removal() {
        let mut s = secret();
        s.put_value("v2".into(), SecretValue::text("two"), &[], t(1)).unwrap();
        s.move_label("canary", Some("v1"), None, t(2)).unwrap();
        assert_eq!(labels(&s, "v1"), ["AWSPREVIOUS", "canary"]);
        s.move_label("canary", Some("v2"), Some("v1"), t(3)).unwrap();
        assert_eq!(labels(&s, "v2"), ["AWSCURRENT", "canary"]);
        s.move_label("canary", None, Some("v2"), t(4)).unwrap();
        assert_eq!(labels(&s, "v2"), ["AWSCURRENT"]);
        assert_eq!(s.move_label(AWSCURRENT, None, Some("v2"), t(5)).unwrap_err().kind, ExitKind::Usage);
        assert_eq!(s.move_label("x", Some("nope"), None, t(5)).unwrap_err().kind, ExitKind::NotFound);
    }

    #[test]
    fn deprecated_versions_are_capped() {
        let mut s = secret();
        for i in 2..=150 {
            s.put_value(format!("v{i}"), SecretValue::text(&format!("value {i}")), &[], t(i)).unwrap();
        }
        assert_eq!(s.versions.len(), MAX_VERSIONS);
        assert_eq!(s.current().unwrap().id, "v150");
        assert_eq!(s.labelled(AWSPREVIOUS).unwrap().id, "v149");
        assert!(s.version("v1").is_none());
        assert!(s.version("v51").is_some());
    }

    #[test]
    fn deletion_window() {
        let mut s = secret();
        assert_eq!(s.schedule_deletion(6, t(0)).unwrap_err().kind, ExitKind::Usage);
        assert_eq!(s.schedule_deletion(31, t(0)).unwrap_err().kind, ExitKind::Usage);
        let purge = s.schedule_deletion(7, t(0)).unwrap();
        assert_eq!(purge, t(7 * 86_400));
        assert_eq!(s.schedule_deletion(7, t(0)).unwrap_err().kind, ExitKind::InvalidState);
        assert_eq!(
            s.put_value("v2".into(), SecretValue::text("x"), &[], t(1)).unwrap_err().kind,
            ExitKind::InvalidState
        );
        assert!(!s.is_due_for_purge(t(7 * 86_400 - 1)));
        assert!(s.is_due_for_purge(t(7 * 86_400)));
        assert!(s.restore(t(2)));
        assert!(!s.restore(t(3)));
        assert!(s.put_value("v2".into(), SecretValue::text("x"), &[], t(4)).is_ok());
    }

    #[test]
    fn debug_never_shows_values() {
        let s = Secret::new("app/db", "arn".into(), "v1".into(), SecretValue::text("s3cr3t-value"), t(0));
        let shown = format!("{s:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("redacted 12 bytes"));
    }

    #[test]
    fn binary_detection() {
        let v = SecretValue::from_bytes(Zeroizing::new(vec![0xff, 0x00, 0x41]));
        assert!(matches!(v, SecretValue::Binary(_)));
        let v = SecretValue::from_bytes(Zeroizing::new(b"plain".to_vec()));
        assert_eq!(v.as_str(), Some("plain"));
    }

    #[test]
    fn label_problems_name_what_is_wrong() {
        let mut s = secret();
        assert!(s.label_problems().is_empty());
        s.put_value("v2".into(), SecretValue::text("b"), &[], t(2)).unwrap();
        assert!(s.label_problems().is_empty());
        s.versions[0].stages.push(AWSCURRENT.into());
        s.versions[1].stages.push("blue".into());
        s.versions[1].stages.push("blue".into());
        let p = s.label_problems();
        assert!(p.iter().any(|m| m.contains("AWSCURRENT is on versions")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("carries blue twice")), "{p:?}");
        for v in &mut s.versions {
            v.stages.clear();
        }
        s.versions[1].id = s.versions[0].id.clone();
        let p = s.label_problems();
        assert!(p.iter().any(|m| m.contains("no version is labelled AWSCURRENT")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("two versions have the id")), "{p:?}");
    }

    #[derive(Debug, Clone)]
    enum Op {
        Put(Vec<usize>),
        Move(usize, Option<usize>, Option<usize>),
    }

    fn label_pool() -> Vec<String> {
        vec![AWSCURRENT.into(), AWSPREVIOUS.into(), AWSPENDING.into(), "blue".into(), "green".into()]
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            proptest::collection::vec(0usize..5, 0..3).prop_map(Op::Put),
            (0usize..5, proptest::option::of(0usize..40), proptest::option::of(0usize..40))
                .prop_map(|(l, to, from)| Op::Move(l, to, from)),
        ]
    }

    fn continue_checks(s: &Secret, pool: &[String]) -> Result<(), TestCaseError> {
        prop_assert!(s.label_problems().is_empty(), "{:?}", s.label_problems());
        for label in pool {
            prop_assert!(s.versions.iter().filter(|v| v.has(label)).count() <= 1, "{label} on two versions");
        }
        prop_assert_eq!(s.versions.iter().filter(|v| v.has(AWSCURRENT)).count(), 1);
        for v in &s.versions {
            let mut seen = v.stages.clone();
            seen.sort();
            seen.dedup();
            prop_assert_eq!(seen.len(), v.stages.len(), "a label twice on one version");
        }
        Ok(())
    }

    proptest! {
        /// Every label on at most one version; exactly one AWSCURRENT; AWSPREVIOUS never on
        /// the current version unless a user put it there with `stage`.
        #[test]
        fn label_invariants(ops in proptest::collection::vec(op(), 1..60)) {
            let pool = label_pool();
            let mut s = secret();
            let mut explicit_previous = false;
            for (i, op) in ops.into_iter().enumerate() {
                let now = t(i as i64 + 1);
                match op {
                    Op::Put(ls) => {
                        let stages: Vec<String> = ls.iter().map(|&l| pool[l].clone()).collect();
                        let ok = s.put_value(format!("p{i}"), SecretValue::text(&format!("v{i}")), &stages, now).is_ok();
                        if !ok { continue_checks(&s, &pool)?; continue; }
                        if stages.iter().any(|l| l == AWSPREVIOUS) { explicit_previous = true; }
                        if stages.is_empty() || stages.iter().any(|l| l == AWSCURRENT) {
                            // A fresh current version: AWSPREVIOUS moved off it, unless given explicitly.
                            if !stages.iter().any(|l| l == AWSPREVIOUS) { explicit_previous = false; }
                        }
                    }
                    Op::Move(l, to, from) => {
                        let id = |k: usize| s.versions.get(k % s.versions.len()).map(|v| v.id.clone());
                        let to = to.and_then(id);
                        let from = from.and_then(id);
                        let before = s.current().map(|v| v.id.clone());
                        let ok = s.move_label(&pool[l], to.as_deref(), from.as_deref(), now).is_ok();
                        let moved_current = s.current().map(|v| v.id.clone()) != before;
                        if ok && pool[l] == AWSPREVIOUS && to.is_some() { explicit_previous = true; }
                        if ok && moved_current { explicit_previous = false; }
                    }
                }
                continue_checks(&s, &pool)?;
                if !explicit_previous {
                    let cur = s.current().unwrap();
                    prop_assert!(!cur.has(AWSPREVIOUS));
                }
                prop_assert!(s.versions.len() <= MAX_VERSIONS);
            }
        }
    }
}
