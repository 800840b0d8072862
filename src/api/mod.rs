//! AWS Secrets Manager's operations, one function each, shared by the CLI commands and
//! `sealbox serve`: typed requests in, AWS-shaped JSON out, through the session's reads
//! and writes (so the audit, the trust checks and replication are the same for both).
//!
//! [`Scope`] is what a caller may see and do: the CLI sees everything; `serve --prefix`
//! sees a subtree and `serve --read-only` only reads ([`AccessDenied`] otherwise).

use std::collections::BTreeMap;
use std::io::{Read, Seek};

use base64::Engine as _;
use jiff::Timestamp;
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use crate::audit::{self, Event};
use crate::error::Error;
use crate::output;
use crate::session::{Session, Tx};
use crate::vault::format::{CatalogEntry, Meta, Reader};
use crate::vault::model::{DEFAULT_RECOVERY_DAYS, SecretValue, validate_recovery_window};
use crate::vault::names::{self, Subtree};
use crate::vault::{Document, Secret};

mod list;
mod state;
use list::list_page;
pub use list::{Filter, FilterKey, ListSecrets, Page, SortBy, list_event, list_secrets, parse_filters};
pub use state::*;

/// A request for something outside the caller's [`Scope`] (AWS AccessDeniedException).
#[derive(Debug)]
pub struct AccessDenied(pub String);

impl std::fmt::Display for AccessDenied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AccessDenied {}

/// What a caller may see and change, and who it is (for the audit log).
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Only secrets in this subtree (`serve --prefix`).
    pub subtree: Option<String>,
    /// No writes (`serve --read-only`).
    pub read_only: bool,
    /// Who asks, as the audit log's detail (`serve AKID…`); None for the CLI.
    pub actor: Option<String>,
}

impl Scope {
    /// The CLI: everything, as the user.
    pub fn all() -> Scope {
        Scope::default()
    }

    pub fn allows(&self, name: &str) -> bool {
        self.subtree.as_deref().is_none_or(|p| Subtree::new(p).contains(name))
    }

    fn check(&self, name: &str) -> Result<(), AccessDenied> {
        if self.allows(name) { Ok(()) } else { Err(self.denied(name)) }
    }

    fn denied(&self, name: &str) -> AccessDenied {
        // `name` is a validated name (or an ARN's validated secret part).
        AccessDenied(format!(
            "secret {name} is outside the prefix {} this endpoint serves",
            self.subtree.as_deref().unwrap_or_default()
        ))
    }

    /// The names a SecretId may mean that are in this scope, checked before anything is
    /// looked up: a SecretId outside the prefix is denied whether or not it exists (as AWS
    /// IAM denies a resource outside the policy's pattern), so a scoped client can't probe
    /// the vault for names.
    fn candidates(&self, meta: &Meta, id: &str) -> anyhow::Result<Vec<(String, Option<String>)>> {
        let mut candidates = id_candidates(meta, id)?;
        candidates.retain(|(name, _)| self.allows(name));
        if candidates.is_empty() {
            return Err(self.denied(shown_name(id)).into());
        }
        Ok(candidates)
    }

    fn check_write(&self, operation: &str) -> Result<(), AccessDenied> {
        if self.read_only {
            Err(AccessDenied(format!("{operation} is a write, and this endpoint is read-only")))
        } else {
            Ok(())
        }
    }

    /// An audit event of this caller.
    pub fn event(&self, event: Event) -> Event {
        match &self.actor {
            Some(actor) => event.with_detail(actor.clone()),
            None => event,
        }
    }
}

// ----- SecretId --------------------------------------------------------------------------

/// The names a SecretId may mean, most specific first, each with the ARN tail a match
/// must carry: a name; this vault's ARN (`arn:sealbox:<region>:<vault-id>:secret:<name>-<6>`,
/// or AWS's `arn:aws:secretsmanager:<region>:<vault-id>:secret:…`), full or without the
/// suffix.
pub fn id_candidates(meta: &Meta, id: &str) -> Result<Vec<(String, Option<String>)>, Error> {
    if !id.starts_with("arn:") {
        names::validate_name(id)?;
        return Ok(vec![(id.to_string(), None)]);
    }
    let parts: Vec<&str> = id.split(':').collect();
    let (vault, rest) = match parts.as_slice() {
        ["arn", "sealbox", _region, vault, "secret", rest] => (*vault, *rest),
        ["arn", _partition, "secretsmanager", _region, vault, "secret", rest] => (*vault, *rest),
        _ => {
            return Err(Error::usage(format!("invalid secret id {}: not a secret ARN", names::printable(id)))
                .with_hint("give a name, or an ARN as `sealbox describe NAME` shows it"));
        }
    };
    if vault != meta.vault_id {
        return Err(Error::not_found(format!(
            "secret {} not found: the ARN names another vault",
            names::printable(id)
        ))
        .with_hint(format!("this vault's id is {}", meta.vault_id)));
    }
    names::validate_name(rest)?;
    let mut out = Vec::new();
    if let Some((name, suffix)) = rest.rsplit_once('-')
        && suffix.len() == 6
        && suffix.chars().all(|c| c.is_ascii_alphanumeric())
        && !name.is_empty()
    {
        out.push((name.to_string(), Some(format!(":secret:{rest}"))));
    }
    out.push((rest.to_string(), None));
    Ok(out)
}

/// The name shown in "not found" for a SecretId: the name, or the ARN's secret part.
fn shown_name(id: &str) -> &str {
    if id.starts_with("arn:") { id.rsplit(':').next().unwrap_or(id) } else { id }
}

/// Find the secret a SecretId names, with `get` looking names up.
pub fn find_with(
    meta: &Meta,
    id: &str,
    get: impl FnMut(&str) -> Result<Option<Secret>, Error>,
) -> Result<Option<Secret>, Error> {
    first_found(id_candidates(meta, id)?, get)
}

/// The first of the names a SecretId may mean that `get` finds (and whose ARN matches).
fn first_found(
    candidates: Vec<(String, Option<String>)>,
    mut get: impl FnMut(&str) -> Result<Option<Secret>, Error>,
) -> Result<Option<Secret>, Error> {
    for (name, arn_tail) in candidates {
        if let Some(s) = get(&name)?
            && arn_tail.as_deref().is_none_or(|t| s.arn.ends_with(t))
        {
            return Ok(Some(s));
        }
    }
    Ok(None)
}

/// The secret a SecretId names in a reader (exit 3 when none).
pub fn read<R: Read + Seek>(reader: &mut Reader<R>, id: &str) -> Result<Secret, Error> {
    // The candidates first: the meta (its fences grow with the vault) is not copied.
    let candidates = id_candidates(&reader.meta, id)?;
    first_found(candidates, |n| reader.read_secret(n))?.ok_or_else(|| Error::secret_not_found(shown_name(id)))
}

/// The secret a SecretId names in a document being written (exit 3 when none).
pub fn existing(doc: &Document, id: &str) -> Result<Secret, Error> {
    find_with(&doc.meta, id, |n| doc.get(n))?.ok_or_else(|| Error::secret_not_found(shown_name(id)))
}

/// The secret a SecretId names, in the caller's scope (checked first, see [`Scope::candidates`]).
fn read_scoped<R: Read + Seek>(scope: &Scope, reader: &mut Reader<R>, id: &str) -> anyhow::Result<Secret> {
    let candidates = scope.candidates(&reader.meta, id)?;
    Ok(first_found(candidates, |n| reader.read_secret(n))?.ok_or_else(|| Error::secret_not_found(shown_name(id)))?)
}

/// The secret a SecretId names in a document being written, in the caller's scope (checked
/// first); None when there is none.
fn find_scoped(scope: &Scope, doc: &Document, id: &str) -> anyhow::Result<Option<Secret>> {
    Ok(first_found(scope.candidates(&doc.meta, id)?, |n| doc.get(n))?)
}

/// Change the secret a SecretId names: `change` works on a copy stored back when it
/// returns true, and records its events (logged by the session before the save).
pub fn modify<T>(
    ctx: &Session,
    scope: &Scope,
    operation: &str,
    id: &str,
    change: impl FnOnce(&mut Secret, &mut Vec<Event>) -> Result<(T, bool), Error>,
) -> anyhow::Result<(Secret, T)> {
    scope.check_write(operation)?;
    ctx.write(|tx| {
        let mut secret = find_scoped(scope, tx, id)?.ok_or_else(|| Error::secret_not_found(shown_name(id)))?;
        let mut events = Vec::new();
        let (out, changed) = change(&mut secret, &mut events)?;
        tx.audit_all(events.into_iter().map(|e| scope.event(e)));
        if changed {
            tx.put(secret.clone());
        }
        Ok((secret, out))
    })
}

fn arn_name(secret: &Secret) -> Value {
    json!({"ARN": secret.arn, "Name": secret.name})
}

// ----- values ----------------------------------------------------------------------------

/// A value as AWS sends it: SecretString, or SecretBinary (base64 in JSON).
pub fn value_of(
    string: Option<Zeroizing<String>>,
    binary: Option<Zeroizing<String>>,
) -> Result<Option<SecretValue>, Error> {
    match (string, binary) {
        (Some(_), Some(_)) => Err(Error::usage("give SecretString or SecretBinary, not both")),
        (Some(s), None) => Ok(Some(SecretValue::Text(s))),
        (None, Some(b)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b.as_bytes())
                .map_err(|_| Error::usage("SecretBinary is not valid base64"))?;
            Ok(Some(SecretValue::Binary(Zeroizing::new(bytes))))
        }
        (None, None) => Ok(None),
    }
}

/// Bytes as the CLI reads them: SecretBinary with `--binary` (or when not UTF-8), else SecretString.
pub fn value_from_bytes(bytes: Zeroizing<Vec<u8>>, binary: bool) -> SecretValue {
    if binary { SecretValue::Binary(bytes) } else { SecretValue::from_bytes(bytes) }
}

// ----- CreateSecret ----------------------------------------------------------------------

pub struct CreateSecret {
    pub name: String,
    /// None: a secret with no version (`create --no-value`).
    pub value: Option<SecretValue>,
    pub description: Option<String>,
    pub tags: Vec<(String, String)>,
    pub token: Option<String>,
}

pub struct Created {
    pub json: Value,
    pub version_id: Option<String>,
    /// False when the token named an existing version with the same value.
    pub created: bool,
}

pub fn create_secret(ctx: &Session, scope: &Scope, req: CreateSecret) -> anyhow::Result<Created> {
    scope.check_write("CreateSecret")?;
    names::validate_name(&req.name)?;
    scope.check(&req.name)?;
    if let Some(d) = &req.description {
        names::validate_description(d)?;
    }
    if req.tags.len() > names::MAX_TAGS {
        return Err(Error::usage(format!("{} tags given, the limit is {}", req.tags.len(), names::MAX_TAGS)).into());
    }
    for (k, v) in &req.tags {
        names::validate_tag(k, v)?;
    }
    if let Some(t) = &req.token {
        names::validate_token(t)?;
    }
    if let Some(v) = &req.value {
        names::validate_value_len(v.len())?;
    }
    let now = ctx.now;
    let name = req.name.clone();
    let (arn, version_id, created) = ctx.write(|tx| {
        if let Some(existing) = tx.get(&name)? {
            if existing.is_scheduled_for_deletion() {
                return Err(Error::invalid_state(format!(
                    "you can't create secret {name} because a secret with this name is already scheduled for deletion"
                ))
                .with_hint(format!("run `sealbox restore {name}`, or wait for the purge"))
                .into());
            }
            if let (Some(token), Some(value)) = (&req.token, &req.value)
                && let Some(v) = existing.version(token)
            {
                if v.value == *value {
                    tx.audit(scope.event(Event::ok("CreateSecret", Some(&name), Some(token))));
                    return Ok((existing.arn.clone(), Some(token.clone()), false));
                }
                return Err(Error::exists(format!(
                    "version {token} of secret {name} already exists with a different value"
                ))
                .into());
            }
            return Err(Error::exists(format!("secret {name} already exists"))
                .with_hint(format!("store a new version with `sealbox put-version {name}`"))
                .into());
        }
        let arn = crate::commands::new_arn(tx, &name)?;
        let (mut secret, version_id) = match &req.value {
            Some(value) => {
                let version_id = req.token.clone().unwrap_or_else(crate::commands::new_version_id);
                (Secret::new(&name, arn.clone(), version_id.clone(), value.clone(), now), Some(version_id))
            }
            None => (Secret::without_value(&name, arn.clone(), now), None),
        };
        secret.description = req.description.clone().filter(|d| !d.is_empty());
        secret.set_tags(&req.tags, now)?;
        tx.put(secret);
        tx.audit(scope.event(Event::ok("CreateSecret", Some(&name), version_id.as_deref())));
        Ok((arn, version_id, true))
    })?;
    let mut json = json!({"ARN": arn, "Name": req.name});
    if let Some(v) = &version_id {
        json["VersionId"] = v.clone().into();
    }
    Ok(Created { json, version_id, created })
}

// ----- GetSecretValue / BatchGetSecretValue ----------------------------------------------

pub struct GetSecretValue {
    pub id: String,
    pub version_id: Option<String>,
    pub stage: Option<String>,
}

/// The secret and the version a GetSecretValue reads, checked; nothing logged yet.
pub fn locate_value<R: Read + Seek>(
    scope: &Scope,
    reader: &mut Reader<R>,
    req: &GetSecretValue,
) -> anyhow::Result<(Secret, String)> {
    if let Some(l) = &req.stage {
        names::validate_label(l)?;
    }
    if let Some(id) = &req.version_id {
        names::validate_version_id(id, "--version-id")?;
    }
    let secret = read_scoped(scope, reader, &req.id)?;
    if secret.is_scheduled_for_deletion() {
        return Err(Error::marked_for_deletion(&secret.name).into());
    }
    let version = secret.resolve(req.version_id.as_deref(), req.stage.as_deref())?.id.clone();
    Ok((secret, version))
}

/// AWS GetSecretValue: logged before the value is returned.
pub fn get_secret_value(ctx: &Session, scope: &Scope, req: &GetSecretValue) -> anyhow::Result<Value> {
    let mut reader = ctx.reader()?;
    let (secret, vid) = locate_value(scope, &mut reader, req)?;
    ctx.record(&[scope.event(Event::ok("GetSecretValue", Some(&secret.name), Some(&vid)))])?;
    let version = secret.resolve(Some(&vid), None)?;
    Ok(output::secret_value_json(&secret, version))
}

/// At most this many ids (or filtered secrets) per BatchGetSecretValue.
pub const MAX_BATCH: usize = 20;

pub struct BatchGet {
    pub ids: Vec<String>,
    pub filters: Vec<Filter>,
    pub max_results: Option<usize>,
    pub next_token: Option<String>,
}

/// AWS BatchGetSecretValue: the values of up to 20 ids (each failure in `Errors`), or of
/// the secrets the filters match (a page of at most `max_results`, 20 by default).
pub fn batch_get(ctx: &Session, scope: &Scope, req: BatchGet) -> anyhow::Result<Value> {
    if req.ids.is_empty() == req.filters.is_empty() {
        return Err(Error::usage("give secret ids or --filter, not both or neither").into());
    }
    if req.ids.len() > MAX_BATCH {
        return Err(Error::usage(format!("{} secret ids given, the limit is {MAX_BATCH}", req.ids.len())).into());
    }
    let mut reader = ctx.reader()?;
    let mut next_token = None;
    let ids: Vec<String> = if req.ids.is_empty() {
        let page = list_page(
            ctx,
            scope,
            &mut reader,
            &ListSecrets {
                filters: req.filters,
                max_results: Some(req.max_results.unwrap_or(MAX_BATCH).min(MAX_BATCH)),
                next_token: req.next_token,
                ..ListSecrets::default()
            },
        )?;
        next_token = page.next_token;
        page.entries.into_iter().map(|e| e.name).collect()
    } else {
        req.ids
    };
    let mut values = Vec::new();
    let mut errors = Vec::new();
    let mut events = Vec::new();
    let mut found = Vec::new();
    for id in &ids {
        let get = GetSecretValue { id: id.clone(), version_id: None, stage: None };
        match locate_value(scope, &mut reader, &get) {
            Ok((secret, vid)) => {
                events.push(scope.event(Event::ok("GetSecretValue", Some(&secret.name), Some(&vid))));
                found.push((secret, vid));
            }
            Err(e) => {
                let code = error_code(&e);
                errors.push(json!({"SecretId": id, "ErrorCode": code, "Message": e.to_string()}));
                let name = logged_name(&mut reader, id);
                events.push(scope.event(failure_event("GetSecretValue", Some(&name), &e)));
            }
        }
    }
    ctx.record(&events)?;
    for (secret, vid) in &found {
        values.push(output::secret_value_json(secret, secret.resolve(Some(vid), None)?));
    }
    let mut out = json!({"SecretValues": values, "Errors": errors});
    if let Some(t) = next_token {
        out["NextToken"] = t.into();
    }
    Ok(out)
}

/// The audit event of an operation that failed with `err`: its outcome is AWS's error
/// code, AccessDeniedException included.
pub fn failure_event(operation: &str, name: Option<&str>, err: &anyhow::Error) -> Event {
    let mut event = Event::failed(operation, name, crate::error::exit_kind(err));
    event.outcome = error_code(err).to_string();
    event
}

/// The name a failed request for a SecretId is logged under: the secret's name when an ARN
/// finds one (a scheduled secret read by its ARN still counts as a read of it), else the
/// name or the ARN's secret part as given.
pub fn logged_name<R: Read + Seek>(reader: &mut Reader<R>, id: &str) -> String {
    if !id.starts_with("arn:") {
        return id.to_string();
    }
    read(reader, id).map(|s| s.name).unwrap_or_else(|_| shown_name(id).to_string())
}

/// AWS's error code for an error: AccessDeniedException, or the exit kind's class.
pub fn error_code(err: &anyhow::Error) -> &'static str {
    if err.downcast_ref::<AccessDenied>().is_some() {
        return "AccessDeniedException";
    }
    match crate::error::exit_kind(err) {
        crate::error::ExitKind::Usage => "InvalidParameterException",
        kind => kind.class(),
    }
}

// ----- PutSecretValue / UpdateSecret -----------------------------------------------------

pub struct PutSecretValue {
    pub id: String,
    pub value: SecretValue,
    pub stages: Vec<String>,
    pub token: Option<String>,
}

pub struct Put {
    pub secret: Secret,
    pub version_id: String,
    pub created: bool,
    pub abandoned_rotation: Option<String>,
}

impl Put {
    pub fn json(&self) -> Value {
        let stages = self.secret.version(&self.version_id).map(|v| v.stages.clone()).unwrap_or_default();
        json!({"ARN": self.secret.arn, "Name": self.secret.name, "VersionId": self.version_id, "VersionStages": stages})
    }
}

fn put_in(
    s: &mut Secret,
    events: &mut Vec<Event>,
    operation: &str,
    value: SecretValue,
    stages: &[String],
    token: Option<&str>,
    now: Timestamp,
) -> Result<(String, bool, Option<String>), Error> {
    let version_id = token.map(str::to_string).unwrap_or_else(crate::commands::new_version_id);
    let out = s.put_value(version_id, value, stages, now)?;
    events.push(Event::ok(operation, Some(&s.name), Some(&out.version_id)));
    if let Some(pending) = &out.abandoned_rotation {
        events.push(Event::ok("RotationAbandoned", Some(&s.name), Some(pending)).with_detail("put-version"));
    }
    Ok((out.version_id, out.created, out.abandoned_rotation))
}

pub fn put_secret_value(ctx: &Session, scope: &Scope, req: PutSecretValue) -> anyhow::Result<Put> {
    if let Some(t) = &req.token {
        names::validate_token(t)?;
    }
    for s in &req.stages {
        names::validate_label(s)?;
    }
    let now = ctx.now;
    let (secret, (version_id, created, abandoned_rotation)) =
        modify(ctx, scope, "PutSecretValue", &req.id, |s, events| {
            let out = put_in(s, events, "PutSecretValue", req.value, &req.stages, req.token.as_deref(), now)?;
            let changed = out.1;
            Ok((out, changed))
        })?;
    Ok(Put { secret, version_id, created, abandoned_rotation })
}

pub struct UpdateSecret {
    pub id: String,
    pub value: Option<SecretValue>,
    pub description: Option<String>,
    pub token: Option<String>,
}

/// AWS UpdateSecret: the description, and a value as a new AWSCURRENT version.
pub fn update_secret(
    ctx: &Session,
    scope: &Scope,
    req: UpdateSecret,
) -> anyhow::Result<(Secret, Option<String>, Value)> {
    if req.value.is_none() && req.description.is_none() {
        return Err(Error::usage(
            "nothing to update: give a value (--value, --value-file, --generate) or --description",
        )
        .into());
    }
    if let Some(t) = &req.token {
        names::validate_token(t)?;
        if req.value.is_none() {
            return Err(Error::usage("--token goes with a value: it becomes the new version's id").into());
        }
    }
    let now = ctx.now;
    let (secret, version_id) = modify(ctx, scope, "UpdateSecret", &req.id, |s, events| {
        s.ensure_writable()?;
        let mut changed = false;
        if let Some(d) = &req.description {
            s.set_description(d, now)?;
            changed = true;
        }
        let mut version_id = None;
        match req.value {
            Some(value) => {
                let (vid, created, _) = put_in(s, events, "UpdateSecret", value, &[], req.token.as_deref(), now)?;
                changed |= created;
                version_id = Some(vid);
            }
            None => events.push(Event::ok("UpdateSecret", Some(&s.name), None)),
        }
        Ok((version_id, changed))
    })?;
    let mut json = arn_name(&secret);
    if let Some(v) = &version_id {
        json["VersionId"] = v.clone().into();
    }
    Ok((secret, version_id, json))
}

// ----- DescribeSecret / ListSecretVersionIds ---------------------------------------------

pub struct Described {
    pub secret: Secret,
    pub last_accessed: Option<Timestamp>,
    /// Replicated prefixes the secret falls under, with their regions.
    pub prefixes: Vec<(String, Vec<String>)>,
    /// The vault's id (whose lines in a shared audit log are this secret's).
    pub vault_id: String,
}

impl Described {
    pub fn json(&self) -> Value {
        let mut v = output::describe_json(&self.secret, self.last_accessed);
        if !self.prefixes.is_empty() {
            v["ReplicatedPrefixes"] =
                self.prefixes.iter().map(|(p, r)| json!({"Prefix": p, "Regions": r})).collect::<Vec<_>>().into();
        }
        v
    }
}

pub fn describe_secret(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<Described> {
    let mut reader = ctx.reader()?;
    let secret = read_scoped(scope, &mut reader, id)?;
    ctx.record(&[scope.event(Event::ok("DescribeSecret", Some(&secret.name), None))])?;
    let last_accessed =
        audit::last_accessed(&ctx.audit.path, &reader.meta.vault_id, Some(&secret.name))?.remove(&secret.name);
    let prefixes = if secret.replica_of.is_some() {
        Vec::new()
    } else {
        reader
            .meta
            .replicated_prefixes
            .iter()
            .filter(|(p, _)| names::in_subtree(&secret.name, p))
            .map(|(p, r)| (p.clone(), r.clone()))
            .collect()
    };
    Ok(Described { secret, last_accessed, prefixes, vault_id: reader.meta.vault_id.clone() })
}

/// AWS ListSecretVersionIds (newest first, as sealbox has always shown them).
pub fn list_versions(
    ctx: &Session,
    scope: &Scope,
    id: &str,
    include_deprecated: bool,
) -> anyhow::Result<(Secret, Value)> {
    let mut reader = ctx.reader()?;
    let s = read_scoped(scope, &mut reader, id)?;
    ctx.record(&[scope.event(Event::ok("ListSecretVersionIds", Some(&s.name), None))])?;
    let accessed = audit::last_accessed_versions(&ctx.audit.path, &reader.meta.vault_id, &s.name)?;
    let versions: Vec<Value> = s
        .versions
        .iter()
        .rev()
        .filter(|v| include_deprecated || !v.is_deprecated())
        .map(|v| output::version_entry_json(v, accessed.get(&v.id).copied()))
        .collect();
    let json = json!({"Versions": versions, "ARN": s.arn, "Name": s.name});
    Ok((s, json))
}
