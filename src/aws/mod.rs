//! AWS Secrets Manager as a region kind (`[regions.NAME] aws = "us-east-1"`): pushing a
//! primary secret to AWS, pulling AWS secrets into the vault, and comparing the two.
//!
//! The SDK is not in this binary: every call goes to the helper executable
//! `sealbox-region-aws` (built from this package with the `aws` feature) over the protocol in
//! `protocol` (docs/region-protocol.md). One helper per AWS region is started on the first
//! use of that region in a process and kept for the rest of it, so commands that never touch
//! one (`get`) pay nothing, not even the loading of a larger executable.

mod helper;
pub mod protocol;

pub use helper::{HELPER, HELPER_VARIABLE, locate as locate_helper};

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::config::RegionConfig;
use crate::error::Error;
use crate::replication::Outcome;
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::model::{ReplicationStatus, SecretValue, Version};
use crate::vault::names;

/// The tag that marks an AWS secret as the replica of one sealbox vault (AWS reserves the
/// `aws:` prefix; `sealbox:` is ours).
pub const OWNER_TAG: &str = "sealbox:vault-id";

/// An AWS secret's metadata: labelled versions only (AWS's VersionIdsToStages), no values.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RemoteSecret {
    /// The name in AWS (the region's name prefix included).
    pub aws_name: String,
    pub description: Option<String>,
    pub tags: BTreeMap<String, String>,
    /// Version id to its labels (sorted), for versions that carry one.
    pub versions: BTreeMap<String, Vec<String>>,
    pub created: Option<Timestamp>,
    pub deleted: Option<Timestamp>,
}

impl RemoteSecret {
    /// The version that carries `label` in AWS.
    pub fn holder(&self, label: &str) -> Option<String> {
        self.versions.iter().find(|(_, stages)| stages.iter().any(|s| s == label)).map(|(id, _)| id.clone())
    }

    /// The vault id in the owner tag, when sealbox made this secret.
    pub fn owner(&self) -> Option<&str> {
        self.tags.get(OWNER_TAG).map(String::as_str)
    }
}

/// One version pulled from AWS, with its value.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RemoteVersion {
    pub id: String,
    pub stages: Vec<String>,
    pub created: Option<Timestamp>,
    pub value: SecretValue,
}

/// The region's config when it is an AWS region.
pub fn aws_region<'a>(ctx: &'a Session, region: &str) -> Option<&'a RegionConfig> {
    ctx.config.regions.get(region).filter(|r| r.is_aws())
}

/// The config of an AWS region, or a usage error naming what `region` is instead.
pub fn require_aws_region<'a>(ctx: &'a Session, region: &str) -> Result<&'a RegionConfig, Error> {
    match ctx.config.regions.get(region) {
        Some(r) if r.is_aws() => Ok(r),
        Some(_) => Err(Error::usage(format!("region {region} is a vault file, not an AWS region"))
            .with_hint("compare or pull a vault region with `sealbox --vault PATH …` instead")),
        None => Err(Error::usage(format!("region {region} is not in the config {}", ctx.config_path.display()))
            .with_hint(format!("add it with `sealbox region add {region} --aws us-east-1`"))),
    }
}

/// The name of `name` in AWS: the region's name prefix in front.
pub fn aws_name(config: &RegionConfig, name: &str) -> String {
    format!("{}{name}", config.name_prefix.as_deref().unwrap_or(""))
}

/// The sealbox name of an AWS secret, when it lies under the region's name prefix and is a
/// valid sealbox name.
pub fn local_name<'a>(config: &RegionConfig, aws_name: &'a str) -> Option<&'a str> {
    let name = aws_name.strip_prefix(config.name_prefix.as_deref().unwrap_or(""))?;
    names::validate_name(name).ok().map(|()| name)
}

/// Checks `region add --aws` arguments: the AWS region code, the endpoint URL, the prefix.
pub fn validate_region_config(config: &RegionConfig) -> Result<(), Error> {
    let region = config.aws.as_deref().unwrap_or("");
    let ok = !region.is_empty()
        && region.len() <= 32
        && region.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && region.starts_with(|c: char| c.is_ascii_lowercase());
    if !ok {
        return Err(Error::usage(format!("invalid AWS region {region:?}: expected a code such as us-east-1")));
    }
    if let Some(url) = &config.endpoint_url
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        return Err(Error::usage(format!("invalid --endpoint-url {url:?}: expected http://… or https://…")));
    }
    if let Some(prefix) = &config.name_prefix {
        names::validate_name(prefix)
            .map_err(|e| Error::usage(format!("invalid --name-prefix {prefix:?}: {}", e.message)))?;
    }
    if let Some(profile) = &config.profile
        && profile.is_empty()
    {
        return Err(Error::usage("--profile must not be empty"));
    }
    Ok(())
}

/// The tags a replica carries in AWS: the secret's own, and the owner tag.
pub fn replica_tags(secret: &Secret, vault_id: &str) -> BTreeMap<String, String> {
    let mut tags = secret.tags.to_map();
    tags.insert(OWNER_TAG.to_string(), vault_id.to_string());
    tags
}

fn outcome(name: &str, region: &str, result: Result<(), String>) -> Outcome {
    let (status, message) = match result {
        Ok(()) => (ReplicationStatus::InSync, None),
        Err(m) => (ReplicationStatus::Failed, Some(m)),
    };
    Outcome { name: name.to_string(), region: region.to_string(), status, message, promoted: false }
}

/// Push the primary's current state of `name` to the AWS region `region` (the replication
/// hook for AWS regions). Never fails: the outcome carries AWS's error text.
pub fn push_one(ctx: &Session, name: &str, region: &str, force_overwrite: bool) -> Outcome {
    outcome(name, region, push(ctx, name, region, force_overwrite))
}

fn push(ctx: &Session, name: &str, region: &str, force_overwrite: bool) -> Result<(), String> {
    let config = require_aws_region(ctx, region).map_err(|e| e.message)?;
    let (vault_id, secret) = {
        let mut reader = ctx.reader().map_err(|e| e.message)?;
        let secret = reader.read_secret(name).map_err(|e| e.message)?;
        (reader.meta.vault_id.clone(), secret)
    };
    // Removed meanwhile: nothing to push (a forced delete propagates on its own).
    let Some(secret) = secret else { return Ok(()) };
    let target = aws_name(config, name);
    with_remote(region, config, |remote| {
        let existing = remote.describe(&target)?;
        if let Some(e) = &existing
            && e.owner() != Some(vault_id.as_str())
            && !force_overwrite
        {
            let who = match e.owner() {
                Some(other) => format!("by another sealbox vault ({other})"),
                None => "outside sealbox".to_string(),
            };
            return Err(format!(
                "the AWS secret {target} exists and was created {who} (no {OWNER_TAG} tag naming this vault); \
                 replicate with --force-overwrite to take it over"
            ));
        }
        remote.push(&target, &secret, existing, &replica_tags(&secret, &vault_id))
    })
}

/// Delete the replica of `name` in an AWS region at once (ForceDeleteWithoutRecovery), if it
/// is ours. Returns whether something was deleted.
pub fn remove_one(ctx: &Session, name: &str, region: &str, vault_id: &str) -> Result<bool, Error> {
    let config = require_aws_region(ctx, region)?;
    let target = aws_name(config, name);
    with_remote(region, config, |remote| match remote.describe(&target)? {
        Some(e) if e.owner() == Some(vault_id) => remote.force_delete(&target).map(|()| true),
        _ => Ok(false),
    })
    .map_err(Error::other)
}

/// After a forced delete of a primary: delete its AWS replicas too. Returns, per region,
/// what happened (an error text when it failed).
pub fn propagate_force_delete(
    ctx: &Session,
    name: &str,
    regions: &[String],
    vault_id: &str,
) -> Vec<(String, Result<bool, String>)> {
    regions
        .iter()
        .filter(|r| aws_region(ctx, r).is_some())
        .map(|r| (r.clone(), remove_one(ctx, name, r, vault_id).map_err(|e| e.message)))
        .collect()
}

/// A cheap call that proves the region answers and the credentials work.
pub fn probe(region: &str, config: &RegionConfig) -> Result<(), String> {
    // Under the name prefix, so an IAM policy scoped to it allows the call.
    let probe = aws_name(config, "sealbox-region-probe");
    with_remote(region, config, |remote| remote.describe(&probe).map(|_| ()))
}

/// The AWS secrets under the region's name prefix and `prefix`, keyed by sealbox name.
pub fn list(region: &str, config: &RegionConfig, prefix: &str) -> Result<BTreeMap<String, RemoteSecret>, String> {
    let all = with_remote(region, config, |remote| remote.list(&aws_name(config, prefix)))?;
    Ok(all
        .into_iter()
        .filter_map(|s| local_name(config, &s.aws_name).map(str::to_string).map(|n| (n, s.clone())))
        .filter(|(n, _)| n.starts_with(prefix))
        .collect())
}

/// Every labelled version of an AWS secret, with its value, oldest first.
pub fn fetch_versions(region: &str, config: &RegionConfig, aws_name: &str) -> Result<Vec<RemoteVersion>, String> {
    with_remote(region, config, |remote| remote.fetch_versions(aws_name))
}

thread_local! {
    /// One helper per AWS region for the life of the process.
    static REMOTES: std::cell::RefCell<BTreeMap<String, std::rc::Rc<helper::Remote>>> =
        const { std::cell::RefCell::new(BTreeMap::new()) };
}

fn with_remote<T>(
    region: &str,
    config: &RegionConfig,
    f: impl FnOnce(&helper::Remote) -> Result<T, String>,
) -> Result<T, String> {
    let cached = REMOTES.with(|m| m.borrow().get(region).cloned());
    let remote = match cached {
        Some(r) => r,
        None => {
            let r = std::rc::Rc::new(helper::Remote::connect(region, config)?);
            REMOTES.with(|m| m.borrow_mut().insert(region.to_string(), r.clone()));
            r
        }
    };
    f(&remote)
}

/// What importing one AWS secret does to the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportAction {
    Created,
    Updated,
    Unchanged,
}

/// The labelled versions of a local secret as `id -> sorted labels`.
pub fn labelled_versions(secret: &Secret) -> BTreeMap<String, Vec<String>> {
    secret
        .versions
        .iter()
        .filter(|v| !v.is_deprecated())
        .map(|v| {
            let mut stages = v.stages.clone();
            stages.sort();
            (v.id.clone(), stages)
        })
        .collect()
}

/// Tags as imported: the owner tag stays in AWS.
fn imported_tags(remote: &RemoteSecret) -> crate::vault::model::Tags {
    remote.tags.iter().filter(|(k, _)| !k.starts_with("sealbox:")).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// Build (or, with `overwrite`, bring up to date) the local secret from an AWS secret:
/// its labelled versions with the same ids, its labels, description and tags.
///
/// An existing secret that differs is refused (exit 4) without `overwrite`; a version id
/// present on both sides with different values is always refused.
pub fn import_into(
    existing: Option<Secret>,
    name: &str,
    arn: impl FnOnce() -> Result<String, Error>,
    remote: &RemoteSecret,
    versions: Vec<RemoteVersion>,
    overwrite: bool,
    now: Timestamp,
) -> Result<(Secret, ImportAction), Error> {
    for v in &versions {
        names::validate_value_len(v.value.len())?;
        for s in &v.stages {
            names::validate_label(s)?;
        }
    }
    let Some(mut secret) = existing else {
        let mut iter = versions.into_iter();
        let first = iter.next().ok_or_else(|| {
            Error::not_found(format!("the AWS secret {} has no labelled version to import", remote.aws_name))
        })?;
        let created = remote.created.or(first.created).unwrap_or(now);
        let mut secret = Secret::new(name, arn()?, first.id.clone(), first.value, created);
        secret.versions[0].stages = first.stages;
        secret.versions[0].created = first.created.unwrap_or(created);
        for v in iter {
            secret.versions.push(Version {
                id: v.id,
                created: v.created.unwrap_or(now),
                stages: v.stages,
                value: v.value,
            });
        }
        secret.description = remote.description.clone().filter(|d| !d.is_empty());
        secret.tags = imported_tags(remote);
        secret.last_changed = now;
        return Ok((secret, ImportAction::Created));
    };
    if let Some(primary) = &secret.replica_of {
        return Err(Error::invalid_state(format!(
            "secret {name} is a read-only replica of vault {}: not imported",
            primary.vault_id
        )));
    }
    if secret.is_scheduled_for_deletion() {
        return Err(Error::marked_for_deletion(name));
    }
    for v in &versions {
        if let Some(mine) = secret.version(&v.id)
            && mine.value != v.value
        {
            return Err(Error::exists(format!(
                "version {} of secret {name} holds another value here than in AWS",
                v.id
            ))
            .with_hint("a version id names one value: compare with `sealbox diff --region …`"));
        }
    }
    let wanted: BTreeMap<String, Vec<String>> = versions
        .iter()
        .map(|v| {
            let mut s = v.stages.clone();
            s.sort();
            (v.id.clone(), s)
        })
        .collect();
    let same_tags = imported_tags(remote) == secret.tags;
    let same_description = remote.description.as_deref().unwrap_or("") == secret.description.as_deref().unwrap_or("");
    if labelled_versions(&secret) == wanted && same_tags && same_description {
        return Ok((secret, ImportAction::Unchanged));
    }
    if !overwrite {
        return Err(Error::exists(format!("secret {name} exists here and differs from AWS"))
            .with_hint("see `sealbox diff --region …`; `import --overwrite` takes AWS's versions and labels"));
    }
    for v in versions {
        if secret.version(&v.id).is_none() {
            secret.versions.push(Version {
                id: v.id,
                created: v.created.unwrap_or(now),
                stages: Vec::new(),
                value: v.value,
            });
        }
    }
    for v in &mut secret.versions {
        v.stages = wanted.get(&v.id).cloned().unwrap_or_default();
    }
    secret.description = remote.description.clone().filter(|d| !d.is_empty());
    secret.tags = imported_tags(remote);
    secret.last_changed = now;
    Ok((secret, ImportAction::Updated))
}

/// How one secret differs between the vault and AWS (names, version ids, labels, deletion;
/// never values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecretDiff {
    pub versions_only_here: BTreeMap<String, Vec<String>>,
    pub versions_only_there: BTreeMap<String, Vec<String>>,
    /// (label, version here, version there)
    pub labels: Vec<(String, Option<String>, Option<String>)>,
    pub deleted_here: bool,
    pub deleted_there: bool,
}

impl SecretDiff {
    pub fn is_empty(&self) -> bool {
        self.versions_only_here.is_empty()
            && self.versions_only_there.is_empty()
            && self.labels.is_empty()
            && self.deleted_here == self.deleted_there
    }
}

pub fn diff_secret(local: &Secret, remote: &RemoteSecret) -> SecretDiff {
    let here = labelled_versions(local);
    let there = &remote.versions;
    let versions_only_here: BTreeMap<_, _> =
        here.iter().filter(|(id, _)| !there.contains_key(*id)).map(|(k, v)| (k.clone(), v.clone())).collect();
    let versions_only_there: BTreeMap<_, _> =
        there.iter().filter(|(id, _)| !here.contains_key(*id)).map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut labels: Vec<String> = here.values().chain(there.values()).flatten().cloned().collect();
    labels.sort();
    labels.dedup();
    let holder = |map: &BTreeMap<String, Vec<String>>, label: &str| {
        map.iter().find(|(_, s)| s.iter().any(|x| x == label)).map(|(id, _)| id.clone())
    };
    let labels = labels
        .into_iter()
        .filter_map(|l| {
            let (h, t) = (holder(&here, &l), holder(there, &l));
            (h != t).then_some((l, h, t))
        })
        .collect();
    SecretDiff {
        versions_only_here,
        versions_only_there,
        labels,
        deleted_here: local.is_scheduled_for_deletion(),
        deleted_there: remote.deleted.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: i64) -> Timestamp {
        Timestamp::from_second(s).unwrap()
    }

    fn remote(versions: &[(&str, &[&str])]) -> RemoteSecret {
        RemoteSecret {
            aws_name: "team/app/db".into(),
            description: Some("db".into()),
            tags: [("env".to_string(), "prod".to_string()), (OWNER_TAG.to_string(), "v1".to_string())].into(),
            versions: versions
                .iter()
                .map(|(id, s)| (id.to_string(), s.iter().map(|x| x.to_string()).collect()))
                .collect(),
            created: Some(ts(1_700_000_000)),
            deleted: None,
        }
    }

    fn rv(id: &str, stages: &[&str], value: &str, at: i64) -> RemoteVersion {
        RemoteVersion {
            id: id.into(),
            stages: stages.iter().map(|s| s.to_string()).collect(),
            created: Some(ts(at)),
            value: SecretValue::text(value),
        }
    }

    fn config(prefix: Option<&str>) -> RegionConfig {
        RegionConfig { aws: Some("us-east-1".into()), name_prefix: prefix.map(str::to_string), ..Default::default() }
    }

    #[test]
    fn names_map_through_the_prefix() {
        let c = config(Some("team/"));
        assert_eq!(aws_name(&c, "app/db"), "team/app/db");
        assert_eq!(local_name(&c, "team/app/db"), Some("app/db"));
        assert_eq!(local_name(&c, "other/app/db"), None);
        assert_eq!(local_name(&config(None), "app/db"), Some("app/db"));
    }

    #[test]
    fn region_config_is_checked() {
        assert!(validate_region_config(&config(Some("team/"))).is_ok());
        let mut c = config(None);
        c.aws = Some("US East".into());
        assert!(validate_region_config(&c).is_err());
        let mut c = config(None);
        c.endpoint_url = Some("localhost:5000".into());
        assert!(validate_region_config(&c).is_err());
        assert!(validate_region_config(&config(Some("bad prefix"))).is_err());
    }

    #[test]
    fn import_creates_then_is_unchanged_then_needs_overwrite() {
        let r = remote(&[("a", &["AWSPREVIOUS"]), ("b", &["AWSCURRENT"])]);
        let versions = vec![rv("a", &["AWSPREVIOUS"], "one", 1), rv("b", &["AWSCURRENT"], "two", 2)];
        let (s, action) =
            import_into(None, "app/db", || Ok("arn".into()), &r, versions.clone(), false, ts(10)).unwrap();
        assert_eq!(action, ImportAction::Created);
        assert_eq!(s.current().unwrap().id, "b");
        assert_eq!(s.labelled("AWSPREVIOUS").unwrap().id, "a");
        assert_eq!(s.tags.get("env").map(String::as_str), Some("prod"));
        assert!(!s.tags.contains_key(OWNER_TAG));
        let (_, again) =
            import_into(Some(s.clone()), "app/db", || Ok("x".into()), &r, versions.clone(), false, ts(11)).unwrap();
        assert_eq!(again, ImportAction::Unchanged);

        let r2 = remote(&[("b", &["AWSPREVIOUS"]), ("c", &["AWSCURRENT"])]);
        let v2 = vec![rv("b", &["AWSPREVIOUS"], "two", 2), rv("c", &["AWSCURRENT"], "three", 3)];
        let err =
            import_into(Some(s.clone()), "app/db", || Ok("x".into()), &r2, v2.clone(), false, ts(12)).unwrap_err();
        assert_eq!(err.kind, crate::error::ExitKind::Exists);
        let (u, action) = import_into(Some(s), "app/db", || Ok("x".into()), &r2, v2, true, ts(12)).unwrap();
        assert_eq!(action, ImportAction::Updated);
        assert_eq!(u.current().unwrap().id, "c");
        assert!(u.version("a").unwrap().is_deprecated());
    }

    #[test]
    fn import_refuses_a_version_id_with_another_value() {
        let r = remote(&[("a", &["AWSCURRENT"])]);
        let (s, _) =
            import_into(None, "x", || Ok("arn".into()), &r, vec![rv("a", &["AWSCURRENT"], "one", 1)], false, ts(1))
                .unwrap();
        let err =
            import_into(Some(s), "x", || Ok("arn".into()), &r, vec![rv("a", &["AWSCURRENT"], "two", 1)], true, ts(2))
                .unwrap_err();
        assert_eq!(err.kind, crate::error::ExitKind::Exists);
    }

    #[test]
    fn diff_names_versions_and_labels() {
        let r = remote(&[("a", &["AWSPREVIOUS"]), ("b", &["AWSCURRENT"])]);
        let (mut s, _) = import_into(
            None,
            "x",
            || Ok("arn".into()),
            &r,
            vec![rv("a", &["AWSPREVIOUS"], "one", 1), rv("b", &["AWSCURRENT"], "two", 2)],
            false,
            ts(3),
        )
        .unwrap();
        assert!(diff_secret(&s, &r).is_empty());
        s.put_value("c".into(), SecretValue::text("three"), &[], ts(4)).unwrap();
        let d = diff_secret(&s, &r);
        assert_eq!(d.versions_only_here.keys().collect::<Vec<_>>(), ["c"]);
        assert!(d.versions_only_there.contains_key("a"));
        assert!(d.labels.contains(&("AWSCURRENT".into(), Some("c".into()), Some("b".into()))));
        assert!(!d.is_empty());
    }
}
